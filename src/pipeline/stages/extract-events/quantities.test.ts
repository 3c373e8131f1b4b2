import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { figuresIn, parseAmount } from './quantities.ts'

describe('figures', () => {
  const table: [string, 'casualties' | 'displacement', Record<string, number>][] = [
    ['At least 7 people were killed in Qorvath', 'casualties', { killed: 7, killed_low: 7 }],
    ['three fighters died and 12 were wounded', 'casualties', { killed: 3, injured: 12 }],
    ['dozens were injured', 'casualties', { injured: 12, injured_low: 12, injured_high: 99 }],
    ['between 10 and 15 civilians were killed', 'casualties', { killed: 10, killed_low: 10, killed_high: 15 }],
    ['the shelling killed 4 and wounded 9', 'casualties', { killed: 4, injured: 9 }],
    ['40 people, including 11 children, were killed', 'casualties', { killed: 40 }],
    ['up to 1.5 million people could be forced to flee', 'displacement', { displaced: 1500000, displaced_high: 1500000 }],
    ['the fighting has forced 20,000 people to flee', 'displacement', { displaced: 20000 }],
    ['displacement could reach 300,000 people', 'displacement', { displaced: 300000 }],
    ['thousands fled Belmira', 'displacement', { displaced: 1000, displaced_low: 1000, displaced_high: 9999 }],
    // people leaving a place are counted as its flight; people "left dead" are no flight
    ['about 30,000 people had left the city by nightfall', 'displacement', { displaced: 30000 }],
    ['the shelling left 20 people dead', 'displacement', {}],
    ['the rebels captured 12 villages', 'casualties', {}],
    // a count named by whom it counts, put at or grown to a figure
    ['local officials put the number of displaced at nearly 100,000', 'displacement', { displaced: 100000 }],
    ['the number of dead has risen to 73', 'casualties', { killed: 73 }],
    ["the number of soldiers killed in Monday's strike on the Belmira depot has risen to nine", 'casualties', { killed: 9 }],
    // people made to leave, and forced from their homes
    ['the siege forced about 35,000 people to leave the city', 'displacement', { displaced: 35000 }],
    // people crossing back, with or without the country they enter
    ['around 25,000 people had crossed back from Lebanon since Sunday', 'displacement', { displaced: 25000 }],
    ['up to 900,000 people could be forced from their homes', 'displacement', { displaced: 900000, displaced_high: 900000 }],
    ['Since 27 November, an estimated 115,000 people have been displaced', 'displacement', { displaced: 115000 }],
    ['by December 5, 280,000 people had fled', 'displacement', { displaced: 280000 }],
    ['as many as 200,000 may flee', 'displacement', { displaced: 200000, displaced_high: 200000 }],
    ['the war, which began in 2011, has killed hundreds of thousands', 'casualties', { killed: 100000, killed_low: 100000, killed_high: 999999 }],
    ['shelling on Qorvath killed 3 to 8 people', 'casualties', { killed: 3, killed_low: 3, killed_high: 8 }],
    // "a" as the one of a scale
    ['a million people have fled their homes', 'displacement', { displaced: 1000000 }],
    ['a hundred people were killed in the raids', 'casualties', { killed: 100 }],
    ['a thousand families fled Belmira', 'displacement', { displaced: 1000 }],
    // a live blog's clock time counts no one
    ['16:20 A family of five was killed when a shell hit their home', 'casualties', { killed: 5 }],
    ['11:30 The agency says about 40,000 people have fled since Tuesday', 'displacement', { displaced: 40000 }],
    ['At 3 pm a drone strike killed two children', 'casualties', { killed: 2 }],
    ['14.45 Nine people were killed in the market', 'casualties', { killed: 9 }],
    ['an estimated 12,000-15,000 residents have fled Belmira', 'displacement', { displaced: 12000, displaced_low: 12000, displaced_high: 15000 }],
    ['the toll rose from 40 to 52 killed', 'casualties', { killed: 52 }],
    ['Qorvath saw a 1987 massacre in which soldiers killed between 800 and 1,200 villagers', 'casualties', { killed: 800, killed_low: 800, killed_high: 1200 }],
    ["Belmira's 2012 siege, which killed dozens", 'casualties', { killed: 12, killed_low: 12, killed_high: 99 }],
    ['strikes from 1 to 4 December killed 9 people', 'casualties', { killed: 9 }],
    ['officials evacuated some 3,000 residents', 'displacement', { displaced: 3000 }],
    ['several hundred families fled Belmira', 'displacement', { displaced: 100, displaced_low: 100, displaced_high: 999 }],
    ['between 12 and 15 bodies reached the hospital and 40 were wounded', 'casualties', { killed: 12, killed_low: 12, killed_high: 15, injured: 40 }],
    // counts of two sides joined by "and" are one toll: their sum (a bound one of them has bounds the sum)
    ['21 Kurdish and 10 Turkish-backed fighters were killed', 'casualties', { killed: 31 }],
    ['clashes that killed nine of their fighters and at least 17 members of the council', 'casualties', { killed: 26, killed_low: 26 }],
    ['the drone strike killed four soldiers and three civilians', 'casualties', { killed: 7 }],
    ['the shelling killed four people and wounded 12', 'casualties', { killed: 4, injured: 12 }],
    ['the bodies of six men were found', 'casualties', { killed: 6 }],
    ['its forces had "neutralised" 21 militants', 'casualties', { killed: 21 }],
    ['about 1,200 villagers were evacuated', 'displacement', { displaced: 1200 }],
    // killings told by how they were done
    ['gunmen shot dead four men at a checkpoint', 'casualties', { killed: 4 }],
    ['masked men gunned down at least three farmers', 'casualties', { killed: 3, killed_low: 3 }],
    ['the militia executed 11 detainees and wounded two', 'casualties', { killed: 11, injured: 2 }],
    ['the monitor documented the killing of at least 27 civilians', 'casualties', { killed: 27, killed_low: 27 }],
    ['the deaths of 14 prisoners in custody', 'casualties', { killed: 14 }],
    ['thousands of people began leaving the city for the coast', 'displacement', { displaced: 1000, displaced_low: 1000, displaced_high: 9999 }],
    // a figure that counts strikes or places counts no one
    ['jets carried out at least 18 air strikes near Qorvath, killing 25 civilians', 'casualties', { killed: 25 }],
    ['drones dropped dozens of bombs on three villages, wounding 40 people', 'casualties', { injured: 40 }],
  ]
  for (const [text, type, want] of table) it(`"${text}" → ${JSON.stringify(want)}`, () => assert.deepEqual(figuresIn(type, text), want))

  it('gives no figures for event types that carry none', () => {
    assert.deepEqual(figuresIn('battle', '30 people were killed'), {})
  })
  it('reads words and scales', () => {
    assert.deepEqual(parseAmount('twenty'), [20, null])
    assert.deepEqual(parseAmount('2.5 million'), [2500000, null])
    assert.deepEqual(parseAmount('hundreds'), [100, 999])
  })
})
