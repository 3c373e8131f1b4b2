import { eventsOf, extract } from '../src/pipeline/stages/extract-events/test-doc.ts'
import { annotationsOf } from '../src/core/doc.ts'
for (const t of process.argv.slice(2)) {
  const doc = extract(t, ['Qorvath', 'Belmira'])
  console.log(t)
  for (const e of eventsOf(doc)) console.log('   ', e.type, e.modality, e.place?.name, JSON.stringify(e.quantities), JSON.stringify(e.actors), 'attr:', e.attribution, 'speaker:', JSON.stringify((e as any).speaker ?? null))
  for (const a of annotationsOf(doc, 'actor')) console.log('    actor', JSON.stringify(a).slice(0, 200))
}
