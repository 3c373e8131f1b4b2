// `npm run eval:stories`: scores story detection, roles, origin and event fusion on the labelled corpus in
// eval/stories/corpus.json (written for this project; see its README). Prints numbers; exits 1 below target.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExtractedDocument } from '../src/core/contract.ts'
import { familyRoots } from '../src/core/family-roots.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'
import { loadSamples } from '../eval/stories/samples.ts'
import { loadCorpus } from '../eval/stories/load.ts'
import { fuseIncidents } from '../src/pipeline/corpus/stories/fuse.ts'
import { storyRoles } from '../src/pipeline/corpus/stories/roles.ts'
import { membershipKey, StoryIndex, type Membership } from '../src/pipeline/corpus/stories/story-index.ts'
import { buildStories } from '../src/pipeline/corpus/stories/build-stories.ts'
import { storiesOfStore } from '../src/pipeline/corpus/stories/store-stories.ts'
import { runBatch } from '../src/cli/run-batch.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'

const path = fileURLToPath(new URL('../eval/stories/corpus.json', import.meta.url))
const { corpus, documents, labels, incidents } = loadCorpus(path)
const verbose = process.argv.includes('--verbose')

const index = new StoryIndex()
for (const d of documents) index.add(d)
const ms = index.memberships()

/** Pairwise precision/recall of a predicted grouping against a gold one, over all unordered pairs. */
function pairwise(items: readonly string[], pred: (x: string) => string, gold: (x: string) => string) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < items.length; i++) for (let j = 0; j < i; j++) {
    const p = pred(items[i]!) === pred(items[j]!)
    const g = gold(items[i]!) === gold(items[j]!)
    if (p && g) tp++
    else if (p) fp++
    else if (g) fn++
  }
  const precision = tp + fp ? tp / (tp + fp) : 1
  const recall = tp + fn ? tp / (tp + fn) : 1
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn }
}

const byId = new Map(ms.map((m) => [m.id, m]))
const ids = documents.map((d) => d.id)
const stories = pairwise(ids, (x) => String(byId.get(x)!.story), (x) => labels.get(x)!.story)
// A family counts as its root: the families a later text tied to one origin are one (familyRoots).
const rootOf = familyRoots(ms)
const families = pairwise(ids, (x) => String(rootOf(byId.get(x)!.family)), (x) => labels.get(x)!.family)

// Roles, origin and independent sources, per predicted story.
const groups = new Map<number, Membership[]>()
for (const m of ms) groups.set(m.story, [...(groups.get(m.story) ?? []), m])
let roleOk = 0
let originOk = 0
let sourcesOk = 0
const wrong: string[] = []
for (const g of groups.values()) {
  const r = storyRoles(g)
  for (const m of g) {
    const want = labels.get(m.id)!.role
    const got = r.roles.get(membershipKey(m))
    if (got === want) roleOk++
    else wrong.push(`role ${m.id}: got ${got}, want ${want}`)
  }
  const goldStory = labels.get(g[0]!.id)!.story
  const gold = corpus.stories[goldStory]!
  if (r.origin === gold.origin) originOk++
  else wrong.push(`origin ${goldStory}: got ${r.origin}, want ${gold.origin}`)
  if (r.independentSources === gold.independentSources) sourcesOk++
  else wrong.push(`sources ${goldStory}: got ${r.independentSources}, want ${gold.independentSources}`)
}

// Fused-event linking: pairs of events put in one fused event, against pairs labelled one incident.
const fused = fuseIncidents(documents, (docId) => {
  const m = byId.get(docId)!
  return { family: `family:${rootOf(m.family)}`, story: `story:${m.story}` }
})
const fusedOf = new Map<string, string>()
fused.forEach((f, i) => { for (const e of f.events) fusedOf.set(e, `f${i}`) })
const eventIds = [...incidents.keys()]
// Events fusion drops (hypotheticals, lone background mentions) each count as their own group.
const linking = pairwise(eventIds, (e) => fusedOf.get(e) ?? `dropped:${e}`, (e) => incidents.get(e)!)

const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
const nStories = Object.keys(corpus.stories).length
console.log(`stories corpus: ${documents.length} documents, ${nStories} labelled stories, ${eventIds.length} events, ${new Set(incidents.values()).size} incidents`)
console.log(`story pairs       P ${pct(stories.precision)}  R ${pct(stories.recall)}  F1 ${pct(stories.f1)}   (tp ${stories.tp}, fp ${stories.fp}, fn ${stories.fn}; target P >= 95, R >= 90)`)
console.log(`family pairs      P ${pct(families.precision)}  R ${pct(families.recall)}  F1 ${pct(families.f1)}`)
console.log(`fused-event links P ${pct(linking.precision)}  R ${pct(linking.recall)}  F1 ${pct(linking.f1)}   (tp ${linking.tp}, fp ${linking.fp}, fn ${linking.fn}; target F1 >= 95)`)
console.log(`roles ${roleOk}/${documents.length}   origin ${originOk}/${groups.size} stories   independent sources ${sourcesOk}/${groups.size} stories   (predicted stories: ${groups.size})`)
if (verbose || wrong.length) for (const w of wrong) console.log(`  ${w}`)
if (verbose) {
  for (const f of fused) {
    const labs = [...new Set(f.events.map((e) => incidents.get(e)))]
    console.log(`  ${f.fused.type} ${f.fused.place?.name ?? '-'} ${f.fused.status} src=${f.fused.independentSources} [${labs.join(',')}] ${f.fused.documents.join(' ')} ${JSON.stringify(f.fused.disagreements)}`)
  }
}
// Arrival order must not matter much: the same corpus, last document first.
const reversed = new StoryIndex()
for (const d of [...documents].reverse()) reversed.add(d)
const revById = new Map(reversed.memberships().map((m) => [m.id, m]))
const rev = pairwise(ids, (x) => String(revById.get(x)!.story), (x) => labels.get(x)!.story)
const revRoot = familyRoots(reversed.memberships())
const revFam = pairwise(ids, (x) => String(revRoot(revById.get(x)!.family)), (x) => labels.get(x)!.family)
console.log(`reversed order    story P ${pct(rev.precision)}  R ${pct(rev.recall)}   family P ${pct(revFam.precision)}  R ${pct(revFam.recall)}`)
// The repository's demo corpus (samples/), run through the extractor as it is today.
const samplesDir = fileURLToPath(new URL('../samples', import.meta.url))
if (existsSync(join(samplesDir, 'stories.labels.json'))) {
  const { records, labels: sampleLabels } = loadSamples(samplesDir)
  const ctx = defaultContext()
  const docOf = new Map<string, ExtractedDocument>()
  for (const [file, record] of records) docOf.set(file, presentDocument(runPipeline(record, ctx)))
  const files = [...records.keys()].sort((a, b) => {
    const pa = docOf.get(a)!.publishedAt ?? '9999'
    const pb = docOf.get(b)!.publishedAt ?? '9999'
    return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : 1
  })
  const sIndex = new StoryIndex()
  for (const f of files) sIndex.add(docOf.get(f)!)
  const member = new Map(sIndex.memberships().map((m) => [membershipKey(m), m]))
  const goldStory = new Map<string, string>()
  const goldRole = new Map<string, string>()
  for (const [story, items] of Object.entries(sampleLabels)) for (const it of items) { goldStory.set(it.file, story); goldRole.set(it.file, it.role) }
  const sp = pairwise(files, (f) => String(member.get(membershipKey(docOf.get(f)!))!.story), (f) => goldStory.get(f)!)
  const byStory = new Map<number, Membership[]>()
  for (const m of sIndex.memberships()) byStory.set(m.story, [...(byStory.get(m.story) ?? []), m])
  const roleByKey = new Map<string, string>()
  for (const g of byStory.values()) for (const [key, role] of storyRoles(g).roles) roleByKey.set(key, role)
  let rolesRight = 0
  const roleMisses: string[] = []
  for (const f of files) {
    const got = roleByKey.get(membershipKey(docOf.get(f)!))
    if (got === goldRole.get(f)) rolesRight++
    else roleMisses.push(`${f.replace('corpus/', '')}: ${got} (want ${goldRole.get(f)})`)
  }
  const nEvents = [...docOf.values()].reduce((n, d) => n + d.events.length, 0)
  console.log(`samples/ (${files.length} documents, ${Object.keys(sampleLabels).length} stories, ${nEvents} events from today's extractor)`)
  console.log(`  story pairs     P ${pct(sp.precision)}  R ${pct(sp.recall)}  F1 ${pct(sp.f1)}   (tp ${sp.tp}, fp ${sp.fp}, fn ${sp.fn})`)
  console.log(`  roles ${rolesRight}/${files.length}`)
  if (verbose) for (const r of roleMisses) console.log(`    role ${r}`)
}

// The two seed articles (../shared/seeds, when present): one Reuters report rewritten twice — one story, two
// rewrites, origin Reuters, one independent source — straight from the files and through the store.
let seedsOk = true
const seedsDir = fileURLToPath(new URL('../../shared/seeds', import.meta.url))
if (existsSync(seedsDir)) {
  // Undated as the files are, and dated as a feed would date them (the day they were collected).
  const undated = (await runBatch([seedsDir], defaultContext(), { skipBad: false, label: 'seeds', plainProgress: true })).docs
  const dated = (await runBatch([seedsDir], defaultContext({ publishedOverride: '2024-12-06' }), { skipBad: false, label: 'seeds', plainProgress: true })).docs
  const store = await openSqliteStore(':memory:')
  await store.saveDocuments(dated)
  const stored = (await storiesOfStore(store, { save: true })).stories
  await store.close()
  const runs = [['files', buildStories(undated.map(presentDocument))], ['files, dated', buildStories(dated.map(presentDocument))], ['store, dated', stored]] as const
  for (const [how, got] of runs) {
    const s = got[0]
    const roles = s ? s.documents.map((d) => d.role).sort().join(',') : '-'
    const right = got.length === 1 && roles === 'rewrite,rewrite' && s!.origin === 'Reuters' && s!.independentSources === 1
    seedsOk &&= right
    console.log(`seeds (${how})`.padEnd(22) + `${got.length} stor${got.length === 1 ? 'y' : 'ies'}, roles ${roles}, origin ${s?.origin ?? '-'}, independent sources ${s?.independentSources ?? '-'}   ${right ? 'as expected' : 'WRONG: want 1 story, rewrite,rewrite, Reuters, 1'}`)
  }
}

const ok = stories.precision >= 0.95 && stories.recall >= 0.9 && linking.f1 >= 0.95 && seedsOk
process.exitCode = ok ? 0 : 1
