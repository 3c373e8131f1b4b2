// The incremental story index: each new document joins a story (and a derivation family inside it) or starts
// one, at a cost bounded by the candidate caps, not by the corpus. Owns candidate lookup and membership only;
// roles, origin and fusion are read from the memberships afterwards (roles.ts, fuse.ts).
import type { ExtractedDocument } from '../../../core/contract.ts'
import { hashString, mix32 } from './hash.ts'
import { SIGNATURE_SIZE } from './minhash.ts'
import { dayNumber, docFeatures, type DocFeatures } from './fingerprints.ts'
import { compare, REPRINT_CONTAINMENT, type Relation } from './similarity.ts'
import { outletIsWire } from './origin.ts'

export interface StoryIndexOptions {
  /** Documents published more than this many days apart are never compared (a rewrite follows within days). */
  readonly windowDays: number
  /** Most recent documents kept per lookup key: bounds the work per document whatever the corpus size. */
  readonly bucketCap: number
  /** Most candidates compared in full per new document (those sharing the most keys). */
  readonly maxCompared: number
}

/** The joins of almost every membership: one shared empty list, not one per document (bench:stories heap). */
const NO_JOINS: readonly number[] = Object.freeze([])

export const DEFAULT_OPTIONS: StoryIndexOptions = { windowDays: 3, bucketCap: 24, maxCompared: 48 }

/** Where one document landed. Plain data: survives JSON. */
export interface Membership {
  readonly id: string
  readonly source: string
  readonly outlet: string | null
  readonly publishedAt: string | null
  /** Index of the story (dense, in order of creation). */
  readonly story: number
  /** Index of the derivation family: one report and its reprints and rewrites (one source). */
  readonly family: number
  /** How it relates to the closest earlier document of its story ("none" for the first). */
  readonly relation: Relation
  /** Id of the earlier member of its family whose text it nearly copies, or null. */
  readonly nearDuplicateOf: string | null
  /** Wire service the text traces to, whether the outlet is that wire, and whether it carries its dateline. */
  readonly wire: string | null
  readonly outletIsWire: boolean
  readonly dateline: boolean
  /** Outlet of the family member whose report this text credits by name ("…, Levant Wire reported"), or null. */
  readonly credits: string | null
  /**
   * Families placed before it that this text shows share its family's origin (a late wire copy that two separate
   * rewrites derive from), smallest first; its `family` is then the smallest of them all. Usually empty.
   */
  readonly joins: readonly number[]
}


/**
 * A membership's key: the document id and its source. An exact reprint whose boilerplate cleaning removed has the
 * same text, so the same id, as its original; it is still another outlet's copy and is listed on its own.
 */
export function membershipKey(m: { readonly id: string; readonly source: string }): string {
  return `${m.id}\n${m.source}`
}

/** Another outlet's copy of the text `twin` placed: a reprint in its story and family. */
export function copyMembership(twin: Membership, copy: { readonly source: string; readonly outlet: string | null; readonly publishedAt: string | null }): Membership {
  return {
    ...twin, source: copy.source, outlet: copy.outlet, publishedAt: copy.publishedAt, relation: 'reprint', nearDuplicateOf: twin.id,
    outletIsWire: outletIsWire(copy.outlet, twin.wire), joins: NO_JOINS,
  }
}

export interface StoryIndexSnapshot {
  readonly schema: 'sitrep.story-index/1'
  readonly options: StoryIndexOptions
  readonly memberships: readonly Membership[]
  readonly families: readonly { readonly story: number; readonly wire: string | null }[]
  readonly storyCount: number
}

/** A snapshot rebuilt from stored memberships alone (families and their wires are read off the members). */
export function snapshotFromMemberships(memberships: readonly Membership[], options: StoryIndexOptions = DEFAULT_OPTIONS): StoryIndexSnapshot {
  const families: { story: number; wire: string | null }[] = []
  let storyCount = 0
  for (const m of memberships) {
    storyCount = Math.max(storyCount, m.story + 1)
    const f = families[m.family]
    if (!f) families[m.family] = { story: m.story, wire: m.wire }
    else if (f.wire === null && m.wire) f.wire = m.wire
  }
  for (let i = 0; i < families.length; i++) {
    if (!families[i]) throw new Error(`snapshotFromMemberships: family ${i} has no member; memberships are incomplete`)
  }
  return { schema: 'sitrep.story-index/1', options, memberships: [...memberships], families, storyCount }
}

/** A document as the store files it for later lookups (story_keys, story_features). */
export interface FiledDocument {
  /** Its index in the order documents were added (story_documents.seq). */
  readonly seq: number
  readonly id: string
  /** Its day in the index (publication day, or the newest day seen when undated). */
  readonly day: number
  /** The keys it is filed under, each once. */
  readonly keys: readonly number[]
  readonly features: DocFeatures
}

/** What StoryIndex.resume needs (see there). */
export interface ResumePoint {
  readonly options: StoryIndexOptions
  /** Documents, stories and families of the whole index. */
  readonly size: number
  readonly stories: number
  readonly familyCount: number
  readonly watermark: number
  readonly documents: readonly { readonly seq: number; readonly membership: Membership; readonly day: number; readonly features: DocFeatures }[]
  /** Every family of the stories of `documents`, with its wire (first member's that names one) and root (familyRoots). */
  readonly knownFamilies: readonly { readonly family: number; readonly story: number; readonly wire: string | null; readonly root: number }[]
}

const S_BANDS = 16 // x 4 rows of the shingle signature: catches copies (J >= ~0.5)
const S_ROWS = 4
const W_BANDS = 21 // x 3 rows of the word signature: catches paraphrases (J >= ~0.3 half the time)
const W_ROWS = 3
const CELL_DEG = 0.1
/** Lead incidents are filed by type and day in cells wider than a town's tolerance (15 km); queries look next door. */
const LEAD_CELL_DEG = 0.25

type Bucket = number | number[]

export class StoryIndex {
  readonly options: StoryIndexOptions
  private readonly members: Membership[] = []
  private readonly days: number[] = []
  /** Features of documents still inside the window; null once evicted (their membership stays). */
  private readonly features: (DocFeatures | null)[] = []
  /** Indexes of the documents whose features are held, so a sweep costs what the window holds. */
  private liveIdx: number[] = []
  private readonly families: { story: number; wire: string | null }[] = []
  /** Union-find over families: a text that ties two families' origins makes them one source (familyRoots). */
  private readonly parent: number[] = []
  /** Families of each story, so joining one never scans all families. */
  private readonly storyFamilies: number[][] = []
  private storyCount = 0
  private readonly buckets = new Map<number, Bucket>()
  private watermark = Number.NEGATIVE_INFINITY
  private lastSweep = Number.NEGATIVE_INFINITY

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options }
  }

  /** Number of documents added. */
  get size(): number {
    return this.members.length
  }

  /** Documents whose features are still held for matching (inside the time window). */
  get live(): number {
    return this.liveIdx.length
  }

  /** Adds one document and returns where it landed. Adding the same id and source twice returns the first membership. */
  add(doc: ExtractedDocument, given?: DocFeatures): Membership {
    const copy = this.addCopy(doc)
    if (copy) return copy
    // Features only now: a known document or a verbatim twin needs none, and computing them is most of the cost.
    const features = given ?? docFeatures(doc)
    const day = features.day ?? (Number.isFinite(this.watermark) ? this.watermark : 0)
    if (day > this.watermark) this.watermark = day
    if (this.watermark - this.lastSweep >= 1) this.sweep()

    // Candidates ranked by how many keys they share; only the best few are compared, so the work per document
    // stays bounded even when a common key's bucket is full.
    const hits = new Map<number, number>()
    for (const key of lookupKeys(features, false)) {
      const b = this.buckets.get(key)
      if (b === undefined) continue
      if (typeof b === 'number') hits.set(b, (hits.get(b) ?? 0) + 1)
      else for (const idx of b) hits.set(idx, (hits.get(idx) ?? 0) + 1)
    }
    const ranked = topByCount(hits, this.options.maxCompared)
    let best: { idx: number; relation: Relation; score: number } | null = null
    const derived: { idx: number; cS: number; credits: boolean }[] = []
    const relatedStories = new Set<number>()
    const sameOutlet: number[] = []
    const outlet = outletKey(doc.outlet)
    for (const idx of ranked) {
      const f = this.features[idx]
      if (!f || Math.abs(this.days[idx]! - day) > this.options.windowDays) continue
      const s = compare(features, f)
      if (s.relation === 'none') continue
      if (outlet !== null && outletKey(this.members[idx]!.outlet) === outlet) sameOutlet.push(idx)
      if (s.relation === 'related') relatedStories.add(this.members[idx]!.story)
      else derived.push({ idx, cS: s.shingleContainment, credits: s.credits })
      if (!best || rank(s.relation) > rank(best.relation) || (rank(s.relation) === rank(best.relation) && s.score > best.score)) {
        best = { idx, relation: s.relation, score: s.score }
      }
    }

    // A report that shares incidents with several stories is a round-up: it joins none of them on that alone.
    if (best?.relation === 'related' && relatedStories.size > 1) best = null

    let story: number
    let family: number
    let nearDuplicateOf: string | null = null
    let credits: string | null = null
    let joins: readonly number[] = NO_JOINS
    if (!best) {
      story = this.storyCount++
      this.storyFamilies.push([])
      family = this.newFamily(story, features.wire)
    } else {
      story = this.members[best.idx]!.story
      const inStory = derived.filter((d) => this.members[d.idx]!.story === story)
      if (inStory.length > 0) {
        const closest = inStory.reduce((a, b) => (b.cS > a.cS ? b : a))
        family = this.root(this.members[closest.idx]!.family)
        if (closest.cS >= REPRINT_CONTAINMENT) nearDuplicateOf = this.members[closest.idx]!.id
        const credited = inStory.find((d) => d.credits && this.root(this.members[d.idx]!.family) === family)
        if (credited) credits = this.members[credited.idx]!.outlet
      } else {
        // "… told Reuters" in two reports of one story: both rest on Reuters' reporting, so one source.
        const sameWire = features.wire ? this.storyFamilies[story]!.find((f) => this.families[f]!.wire === features.wire) : undefined
        // An outlet's own later report of the incident (a toll that rose, an update) is the same source again; not
        // when its earlier text rewrote another outlet's report: that one is the other outlet's source.
        const ownEarlier = sameOutlet.find((idx) => this.members[idx]!.story === story && (this.members[idx]!.relation === 'none' || this.members[idx]!.relation === 'related'))
        family = sameWire !== undefined ? this.root(sameWire)
          : ownEarlier !== undefined ? this.root(this.members[ownEarlier]!.family) : this.newFamily(story, features.wire)
      }
      // A text derived from two families, or tracing to a wire another family traces to, shows they share one origin:
      // had it come first, both would have joined its family (the wire's copy arriving after two separate rewrites of
      // it). They become one source, whatever order the texts came in.
      const tied = new Set(inStory.map((d) => this.root(this.members[d.idx]!.family)))
      if (features.wire) for (const f of this.storyFamilies[story]!) if (this.families[f]!.wire === features.wire) tied.add(this.root(f))
      tied.add(family)
      const [root, ...others] = [...tied].sort((a, b) => a - b)
      for (const f of others) this.unite(root!, f)
      family = root!
      if (others.length > 0) joins = others
    }
    const idx = this.members.length
    const m: Membership = {
      id: doc.id, source: doc.source, outlet: doc.outlet, publishedAt: doc.publishedAt, story, family,
      relation: best?.relation ?? 'none', nearDuplicateOf,
      wire: features.wire, outletIsWire: outletIsWire(doc.outlet, features.wire), dateline: features.dateline, credits, joins,
    }
    if (this.families[family]!.wire === null && features.wire) this.families[family]!.wire = features.wire
    this.members.push(m)
    this.days.push(day)
    this.features.push(features)
    this.liveIdx.push(idx)
    this.byId.set(membershipKey(doc), idx)
    this.firstOfId.set(doc.id, idx)
    for (const key of lookupKeys(features, true)) this.insert(key, idx)
    return m
  }

  /**
   * Adds another copy of a text already placed (the same id from another source): a verbatim reprint, whatever
   * the script it is written in, in its twin's story and family. Returns the copy's membership, or null when no
   * document with this id is placed yet. Needs no text, so the store adds copies without reading documents.
   */
  addCopy(copy: { readonly id: string; readonly source: string; readonly outlet: string | null; readonly publishedAt: string | null }): Membership | null {
    const known = this.byId.get(membershipKey(copy))
    if (known !== undefined) return this.members[known]!
    const twin = this.firstOfId.get(copy.id)
    if (twin === undefined) return null
    const m = copyMembership(this.members[twin]!, copy)
    this.members.push(m)
    this.days.push(this.days[twin]!)
    this.features.push(null)
    this.byId.set(membershipKey(copy), this.members.length - 1)
    return m
  }

  /** All memberships, in the order documents were added. */
  memberships(): readonly Membership[] {
    return this.members
  }

  /** Plain-JSON state for the store: memberships and families. Features are not kept; see restore. */
  snapshot(): StoryIndexSnapshot {
    return {
      schema: 'sitrep.story-index/1', options: this.options, memberships: [...this.members],
      families: this.families.map((f) => ({ ...f })), storyCount: this.storyCount,
    }
  }

  /**
   * Rebuilds an index from a snapshot. Memberships come back as they were; to let new documents match recent
   * ones again, pass those documents (the store keeps them) and their features are recomputed.
   */
  static restore(s: StoryIndexSnapshot, recent: readonly ExtractedDocument[] = []): StoryIndex {
    const index = new StoryIndex(s.options)
    index.storyCount = s.storyCount
    for (let i = 0; i < s.storyCount; i++) index.storyFamilies.push([])
    s.families.forEach((f, i) => {
      index.families.push({ ...f })
      index.parent.push(i)
      index.storyFamilies[f.story]!.push(i)
    })
    for (const m of s.memberships) for (const j of m.joins) index.unite(m.family, j)
    const recentById = new Map(recent.map((d) => [d.id, d]))
    for (const m of s.memberships) {
      const idx = index.members.length
      const doc = recentById.get(m.id)
      const f = doc ? docFeatures(doc) : null
      const day = f?.day ?? dayNumber(m.publishedAt) ?? 0
      index.members.push(m)
      index.days.push(day)
      index.features.push(f)
      if (f) index.liveIdx.push(idx)
      index.byId.set(membershipKey(m), idx)
      if (!index.firstOfId.has(m.id)) index.firstOfId.set(m.id, idx)
      if (day > index.watermark) index.watermark = day
      if (f) for (const key of lookupKeys(f, true)) index.insert(key, idx)
    }
    return index
  }

  /**
   * Resumes an index from the part of it that can still matter: what the store filed of its recent documents
   * (their features and index days; the caller passes at least, for every key a new document looks up, the last
   * `bucketCap` documents filed under it inside the window), the families of those documents' stories, and the
   * counts and watermark of the whole index. New documents then land where the whole index would put them
   * (documents are filed in order of day, so a key's most recent documents in the window are what its bucket holds).
   */
  static resume(r: ResumePoint): StoryIndex {
    const index = new StoryIndex(r.options)
    index.storyCount = r.stories
    index.members.length = r.size
    index.days.length = r.size
    index.features.length = r.size
    index.families.length = r.familyCount
    index.parent.length = r.familyCount
    index.storyFamilies.length = r.stories
    for (const f of [...r.knownFamilies].sort((a, b) => a.family - b.family)) {
      index.families[f.family] = { story: f.story, wire: f.wire }
      index.parent[f.family] = f.root
      ;(index.storyFamilies[f.story] ??= []).push(f.family)
    }
    index.watermark = r.watermark
    for (const d of [...r.documents].sort((a, b) => a.seq - b.seq)) {
      index.members[d.seq] = d.membership
      index.days[d.seq] = d.day
      index.features[d.seq] = d.features
      index.liveIdx.push(d.seq)
      index.byId.set(membershipKey(d.membership), d.seq)
      if (!index.firstOfId.has(d.membership.id)) index.firstOfId.set(d.membership.id, d.seq)
      for (const key of lookupKeys(d.features, true)) index.insert(key, d.seq)
    }
    return index
  }

  /** What the store files for the documents added from `seq` on that are still in the window: day, keys, features. */
  filed(from = 0): FiledDocument[] {
    const out: FiledDocument[] = []
    for (const idx of this.liveIdx) {
      const f = this.features[idx]
      if (idx >= from && f) out.push({ seq: idx, id: this.members[idx]!.id, day: this.days[idx]!, keys: [...new Set(lookupKeys(f, true))], features: f })
    }
    return out
  }

  /** The newest day the index has seen (documents before it minus windowDays are never compared again). */
  get newestDay(): number {
    return this.watermark
  }

  private readonly byId = new Map<string, number>()
  /** First membership of each document id, for later sources of the same text. */
  private readonly firstOfId = new Map<string, number>()

  private newFamily(story: number, wire: string | null): number {
    this.parent.push(this.families.length)
    this.families.push({ story, wire })
    this.storyFamilies[story]!.push(this.families.length - 1)
    return this.families.length - 1
  }

  /** The family that stands for `f`'s origin: the smallest family tied to it. */
  private root(f: number): number {
    while (this.parent[f] !== f) f = this.parent[f]!
    return f
  }

  /** Makes two families one source; returns the root of both (the smaller root). */
  private unite(a: number, b: number): number {
    const ra = this.root(a)
    const rb = this.root(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
    return Math.min(ra, rb)
  }

  private insert(key: number, idx: number): void {
    const b = this.buckets.get(key)
    if (b === undefined) this.buckets.set(key, idx)
    else if (typeof b === 'number') { if (b !== idx) this.buckets.set(key, [b, idx]) }
    else if (b[b.length - 1] !== idx) {
      b.push(idx)
      if (b.length > this.options.bucketCap) b.shift()
    }
  }

  /** Drops documents older than the window from every bucket, and their features. Runs once per new day. */
  private sweep(): void {
    this.lastSweep = this.watermark
    const oldest = this.watermark - this.options.windowDays
    for (const [key, b] of this.buckets) {
      if (typeof b === 'number') { if (this.days[b]! < oldest) this.buckets.delete(key) }
      else {
        const kept = b.filter((i) => this.days[i]! >= oldest)
        if (kept.length === 0) this.buckets.delete(key)
        else this.buckets.set(key, kept.length === 1 ? kept[0]! : kept)
      }
    }
    this.liveIdx = this.liveIdx.filter((i) => {
      if (this.days[i]! >= oldest) return true
      this.features[i] = null
      return false
    })
  }
}

/**
 * An outlet's name as two documents' metadata may spell it ("The Gulf Ledger", "gulf ledger"), or null when it
 * names none: two reports of one incident by one outlet are one source, however it wrote them.
 */
export function outletKey(outlet: string | null): string | null {
  const k = (outlet ?? '').trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ')
  return k.length > 0 ? k : null
}

/** Lookup keys: LSH bands of both signatures, quotations, figures, and event cells (neighbours when querying). */
export function lookupKeys(f: DocFeatures, inserting: boolean): number[] {
  const keys: number[] = []
  band(f.shingleSig, S_BANDS, S_ROWS, 0x5, keys)
  band(f.wordSig, W_BANDS, W_ROWS, 0x7, keys)
  for (const q of f.quotes) keys.push(smi(mix32(q ^ 0x51)))
  for (const n of f.numbers) keys.push(smi(mix32(n ^ 0x4e)))
  // "…, Levant Wire reported": a document is filed under its outlet's name words and looked up by the names
  // it mentions, so a rewrite that credits its source finds it.
  for (const t of inserting ? f.outlet : f.names) keys.push(smi(mix32(t ^ 0x6f)))
  if (f.lead) {
    const l = f.lead
    const r = inserting ? 0 : 1
    // Each place the lead gives its incident ("captured Rastan and Talbiseh") is a place another report may lead
    // with; neighbouring places share cells, which count once (a candidate's rank is the number of keys it shares).
    const from = keys.length
    for (let i = -1; i < l.alsoAt.length; i++) {
      const p = i < 0 ? l : l.alsoAt[i]!
      const la = Math.floor(p.lat / LEAD_CELL_DEG)
      const lo = Math.floor(p.lon / LEAD_CELL_DEG)
      for (let dla = -r; dla <= r; dla++) for (let dlo = -r; dlo <= r; dlo++) for (let dd = -r; dd <= r; dd++) {
        const key = smi(hashString(`l${l.kind}|${la + dla}|${lo + dlo}|${l.day + dd}`))
        if (i < 0 || keys.indexOf(key, from) < 0) keys.push(key)
      }
    }
  }
  for (const e of f.events) {
    const la = Math.floor(e.lat / CELL_DEG)
    const lo = Math.floor(e.lon / CELL_DEG)
    // "near Tessik" may be resolved to a town next door: query the neighbouring cells and days too.
    const r = inserting ? 0 : 1
    for (let dla = -r; dla <= r; dla++) for (let dlo = -r; dlo <= r; dlo++) for (let dd = -r; dd <= r; dd++) {
      keys.push(smi(hashString(`e${e.type}|${la + dla}|${lo + dlo}|${e.day + dd}`)))
    }
  }
  return keys
}

/**
 * The `k` candidates sharing the most keys, most first (the later document first on a tie): a counting sort,
 * since counts are small, instead of sorting every candidate.
 */
function topByCount(hits: ReadonlyMap<number, number>, k: number): number[] {
  const byCount: number[][] = []
  for (const [idx, c] of hits) (byCount[c] ??= []).push(idx)
  const out: number[] = []
  for (let c = byCount.length - 1; c > 0 && out.length < k; c--) {
    const xs = byCount[c]
    if (!xs) continue
    xs.sort((a, b) => b - a)
    for (let i = 0; i < xs.length && out.length < k; i++) out.push(xs[i]!)
  }
  return out
}

function rank(r: Relation): number {
  return r === 'reprint' ? 3 : r === 'rewrite' ? 2 : r === 'related' ? 1 : 0
}

/** Map keys as small integers: V8 stores them unboxed, which keeps the index near 30 bytes per entry. */
function smi(h: number): number {
  return h & 0x3fffffff
}

function band(sig: Uint32Array, bands: number, rows: number, tag: number, out: number[]): void {
  for (let b = 0; b < bands && (b + 1) * rows <= SIGNATURE_SIZE; b++) {
    let h = mix32(tag * 0x1000 + b)
    let empty = true
    for (let r = 0; r < rows; r++) {
      const v = sig[b * rows + r]!
      if (v !== 0xffffffff) empty = false
      h = mix32(h ^ v)
    }
    if (!empty) out.push(smi(h))
  }
}
