import assert from 'node:assert/strict'
import { test } from 'node:test'
import { boilerplateReason } from './boilerplate.ts'

// Invented page furniture of each kind, with the reason it must get.
const BOILERPLATE: readonly (readonly [string, string])[] = [
  ['See also\u00a0Farmers in the south sell their herds as the drought deepens', 'related-link'],
  ['Read more: Council leader rejects ceasefire offer', 'related-link'],
  ['RELATED: How the Ostra bridge became a front line', 'related-link'],
  ['You might also like', 'related-link'],
  ['Latest Northern Province stories', 'more-stories'],
  ['More stories from the region', 'more-stories'],
  ['Most read', 'more-stories'],
  ['Discover more from The Velmar Ledger', 'subscribe'],
  ['Subscribe to receive every new post by email.', 'subscribe'],
  ['Sign up for our morning briefing and get the top stories in your inbox.', 'subscribe'],
  ['Never miss a story: join our weekly newsletter', 'subscribe'],
  ['We use cookies to personalise content. By continuing to browse you agree to our cookie policy. Accept', 'cookie'],
  ['This site relies on cookies for analytics. Accept Decline', 'cookie'],
  ['Leave a Comment', 'comment-form'],
  ['Comments (14)', 'comment-form'],
  ['Your email address will never be shared.', 'comment-form'],
  ['Required fields are marked *', 'comment-form'],
  ['Share this article', 'share'],
  ['Share on Facebook | Share on X | Email', 'share'],
  ['By Jane Roe and Ali Doe', 'byline'],
  ['(Reporting by Jane Roe; Editing by Ali Doe)', 'byline'],
  ['Photo: Jane Roe / Velmar Ledger', 'credit'],
  ['Updated 14:02 GMT, 6 March 2024', 'timestamp'],
  ['Published 4 March 2024, 09:10 GMT | Updated 4 March 2024, 17:45 GMT', 'timestamp'],
  ['Advertisement', 'site-chrome'],
  ['Read next: Port strike enters its third week', 'related-link'],
  ['The post Fighters reach Velmar appeared first on The Ledger.', 'related-link'],
  ['Notify me of new posts by email.', 'comment-form'],
  ['Ali Doe says: March 3, 2024 at 10:12 am', 'comment-form'],
  ['Follow The Velmar Ledger on Google News', 'promo'],
  ['Image source, Ledger Pictures', 'credit'],
  ['Previous article', 'site-chrome'],
  ['Posted in World, Conflict', 'site-chrome'],
  ['Recommended Stories', 'more-stories'],
  ['list 2 of 4', 'related-link'],
  ['end of list', 'related-link'],
  ['Related article Council leader rejects ceasefire offer', 'related-link'],
  ['AFP via Getty Images', 'credit'],
  ['Home > World > Northern Province', 'navigation'],
  ['News    Region    Opinion    Sport', 'navigation'],
  ['الرئيسية | أخبار | المحافظات | رأي', 'navigation'],
  ['Posted by the Ledger desk', 'byline'],
  ['By our northern correspondent', 'byline'],
  ['Velmar Ledger staff  |  Tuesday', 'byline'],
  ['Name *', 'comment-form'],
  ['3 comments - Log in to comment', 'comment-form'],
  ['Support our reporting in the north: donate today', 'promo'],
  ['More in World', 'more-stories'],
  ['VELMAR/QORVATH, Mar 4 (Ledger)', 'timestamp'],
  ['Tuesday', 'timestamp'],
  ['اقرأ أيضاً: ماذا بعد قورفات؟', 'related-link'],
  ['اشترك في نشرتنا البريدية', 'subscribe'],
  ['Follow us on Telegram', 'promo'],
  ['Join our forums to keep the debate going', 'promo'],
  ['This blog is no longer being updated. Follow our coverage of the siege of Velmar here.', 'promo'],
  ['Follow our live coverage of the fall of Qorvath here.', 'promo'],
  ['We have now closed this live blog. Thank you for reading.', 'promo'],
  ['Have a tip? Email the desk at tips@ledger.example or follow us @velmarledger', 'author-contact'],
  ['Jane Roe and Ali Doe contributed to this report.', 'byline'],
  ['© 2024 Velmar Ledger. All rights reserved.', 'site-chrome'],
]

// Invented story lines that mention the same words and must stay.
const STORY = [
  'The council urged its followers to subscribe to its channel, officials said.',
  'By Friday, fighters had entered the outskirts of Velmar.',
  'Related fighting broke out in Qorvath overnight.',
  'More than 2,000 fighters joined the offensive, the monitor said.',
  'Residents said the newspaper had stopped printing after the shelling.',
  'Watchers of the conflict expect the bridge to fall within days.',
  'The latest figures from the relief agency show 12,000 displaced.',
  'Share prices in Velmar fell sharply after the bridge was hit.',
  'The council posted the order on its account, @northcouncil, on Friday.',
  'Next week the council says it will reopen the bridge.',
  'CORRESPONDENT: "At the border gate, officials said nearly 2,000 people returned on Wednesday."',
  'Posted troops in Velmar have not been paid for months, officers said.',
  'Hospital staff in Velmar worked through the night.',
  'The council, the army and the relief agency met in Qorvath.',
  'This page of the town\'s history is closed, the mayor said after the ceasefire.',
  'We have now closed the road to Velmar, a council officer told reporters.',
  'Follow-up talks on the bridge are planned for Monday.',
]

for (const [line, reason] of BOILERPLATE) {
  test(`boilerplate:${reason}: ${line.slice(0, 50)}`, () => assert.equal(boilerplateReason(line), `boilerplate:${reason}`))
}

for (const line of STORY) {
  test(`not boilerplate: ${line.slice(0, 50)}`, () => assert.equal(boilerplateReason(line), null))
}
