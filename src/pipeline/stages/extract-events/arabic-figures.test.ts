import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { arabicFigures } from './arabic-figures.ts'

describe('Arabic figures', () => {
  // Invented sentences; قرفاث = Qorvath, بلميرا = Belmira.
  const table: [string, 'casualties' | 'displacement', Record<string, number>][] = [
    // "at least 7 civilians were killed in Qorvath": the verb first, "at least" after the noun
    ['قتل 7 مدنيين على الأقل في قرفاث', 'casualties', { killed: 7, killed_low: 7 }],
    // Arabic-Indic digits, and "dozens were wounded" coded 12 as ACLED does
    ['قتل ١٤ شخصاً وأصيب العشرات', 'casualties', { killed: 14, injured: 12, injured_low: 12, injured_high: 99 }],
    // "more than 40 dead"
    ['سقط أكثر من 40 قتيلاً في الاشتباكات', 'casualties', { killed: 40, killed_low: 40 }],
    // "dozens of soldiers were killed": the figure first, the verb after the noun
    ['أن عشرات الجنود قتلوا في بلميرا', 'casualties', { killed: 12, killed_low: 12, killed_high: 99 }],
    // "between 10 and 15 were wounded"
    ['أصيب بين 10 و15 شخصاً', 'casualties', { injured: 10, injured_low: 10, injured_high: 15 }],
    // "among them 5 children": a part, not the count
    ['قتل 30 شخصاً بينهم 5 أطفال', 'casualties', { killed: 30 }],
    // "thousands of Syrians crossed into Belmira": "عبر" before the figure, the people after it
    ['عبر آلاف السوريين إلى بلميرا', 'displacement', { displaced: 1000, displaced_low: 1000, displaced_high: 9999 }],
    // "families arrived via 3 crossings": "عبر" (via) before a figure of crossings counts no one
    ['وصلت العائلات إلى بلميرا عبر 3 معابر', 'displacement', {}],
    // "about two thousand people fled", a dual number word
    ['فر نحو ألفي شخص من بلميرا', 'displacement', { displaced: 2000 }],
    // "more than 120 thousand were displaced"
    ['نزح أكثر من 120 ألف شخص', 'displacement', { displaced: 120000, displaced_low: 120000 }],
    // "hundreds of thousands of residents were displaced"
    ['مئات الآلاف من السكان نزحوا منذ بدء الهجوم', 'displacement', { displaced: 100000, displaced_low: 100000, displaced_high: 999999 }],
    // "up to 5,000 could flee"
    ['قد يفر ما يصل إلى 5,000 شخص', 'displacement', { displaced: 5000, displaced_high: 5000 }],
    // Number words: a teen ("thirteen"), hundreds in one word, a compound joined by و with a part of it left out
    ['قُتل ما لا يقل عن ثلاثة عشر شخصاً في بلميرا', 'casualties', { killed: 13, killed_low: 13 }],
    ['أسفر القصف عن مقتل أكثر من أربعمائة عنصر', 'casualties', { killed: 400, killed_low: 400 }],
    ['ارتفع عدد القتلى إلى مئة وخمسة وأربعين قتيلاً، بينهم ستة وعشرون طفلاً', 'casualties', { killed: 145 }],
    // "six thousand fled" (a number word with its scale), and the harakat of "فرّ" and "قُتل خلاله" (killed during it)
    ['فرّ ستة آلاف شخص من قرفاث', 'displacement', { displaced: 6000 }],
    ['حصار قُتل خلاله مئات السكان', 'casualties', { killed: 100, killed_low: 100, killed_high: 999 }],
    // "a siege of four weeks during which hundreds were killed": the weeks are no toll
    ['بعد حصار دام أربعة أسابيع وقُتل خلاله مئات السكان', 'casualties', { killed: 100, killed_low: 100, killed_high: 999 }],
    // "a correspondent reported the killing of 9 soldiers": the noun after "ب"
    ['أفاد مراسل محلي بمقتل ٩ جنود في بلميرا', 'casualties', { killed: 9 }],
    // "teams recovered the bodies of seven civilians and aided more than a hundred wounded"
    ['انتشلت الفرق جثث سبعة مدنيين وأسعفت أكثر من مئة مصاب', 'casualties', { killed: 7, injured: 100, injured_low: 100 }],
    // "inflicted dozens of dead and wounded": the kind word with its article; "eliminated more than 200 gunmen"
    ['أوقعت في صفوفهم عشرات القتلى والجرحى', 'casualties', { killed: 12, killed_low: 12, killed_high: 99 }],
    ['أعلن الجيش أنه قضى على أكثر من مئتي مسلح', 'casualties', { killed: 200, killed_low: 200 }],
    // a dual of a word for people is two, unless more people are added to it; "مدنيين" is also a plural
    ['أدى القصف إلى إصابة طفلين بجروح', 'casualties', { injured: 2 }],
    ['قتل طفلان وامرأة في القصف', 'casualties', {}],
    ['قتل مدنيين في القصف', 'casualties', {}],
    // a count of villages is no casualty figure; a casualty figure is not a displacement
    ['سيطرت الفصائل على 12 قرية', 'casualties', {}],
    ['قتل 3 أشخاص', 'displacement', {}],
  ]
  for (const [text, type, want] of table) it(`"${text}" → ${JSON.stringify(want)}`, () => assert.deepEqual(arabicFigures(type, text), want))
})
