// Test helper run as a child process by sqlite-kill.test.ts: saves a large batch of fixture documents to a
// SQLite file, saying "saving" just before the transaction starts and "saved" after it commits.
// Usage: node --import tsx src/store/save-batch.fixture.ts DB DOCS EVENTS_PER_DOC
import { openSqliteStore } from './sqlite.ts'
import { fixtureDoc } from './store.contract.ts'

const [db, docs, events] = process.argv.slice(2)
if (!db || !docs || !events) throw new Error('usage: save-batch.fixture.ts DB DOCS EVENTS_PER_DOC')
const batch = Array.from({ length: Number(docs) }, (_, i) =>
  fixtureDoc(`Batch report ${i}: fighters entered Qorvath.`, Array.from({ length: Number(events) }, () => ({}))))
const store = await openSqliteStore(db)
process.stdout.write('saving\n')
await store.saveDocuments(batch)
process.stdout.write('saved\n')
await store.close()
