// The theater pack's hand-written places (places.json): regions, bases, roads, crossings and features the
// gazetteers lack, and epithets of places they have. Checked at the boundary, before the index is built.
import { z } from 'zod'
import { AppError } from '../core/errors.ts'

const TheaterPlaces = z.object({
  country: z.string(),
  places: z.array(z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    kind: z.enum(['city', 'admin', 'country', 'region', 'feature']),
    fcode: z.string(),
    precision: z.enum(['exact', 'near', 'region', 'country']),
    lat: z.number(),
    lon: z.number(),
    cc: z.string(),
    admin1: z.string(),
    names: z.array(z.string()),
    /** Why the place is written by hand: which sources lack it. */
    note: z.string().optional(),
    /** Names that mean this place only in a text about the theater country ("the south"). */
    focusNames: z.array(z.string()).optional(),
  })),
  /**
   * More names of places the gazetteer already has, by GeoNames id or OCHA pcode: epithets ("Syria's second city" ->
   * Aleppo) and spellings neither source gives ("Qamishlo" -> Qamishli); and names it gives them wrongly (notNames).
   */
  aliases: z.array(z.object({
    geonameId: z.number().int().optional(),
    pcode: z.string().regex(/^C\d+$/).optional(),
    note: z.string().optional(),
    names: z.array(z.string()).default([]),
    focusNames: z.array(z.string()).optional(),
    /**
     * Other names GeoNames gives the place that news uses for another ("Adra", Daraa's ancient name, is the town of
     * Adra near Damascus): the place is not found by them.
     */
    notNames: z.array(z.string()).optional(),
  })).default([]),
}).superRefine((pack, ctx) => {
  // Two entries under one slug become two places with one id: mentions split between them at random.
  const seen = new Set<string>()
  for (const [i, p] of pack.places.entries()) {
    if (seen.has(p.slug)) ctx.addIssue({ code: 'custom', path: ['places', i, 'slug'], message: `duplicate slug "${p.slug}"` })
    seen.add(p.slug)
  }
  for (const [i, a] of pack.aliases.entries()) {
    if ((a.geonameId === undefined) === (a.pcode === undefined)) ctx.addIssue({ code: 'custom', path: ['aliases', i], message: 'an alias names its place by geonameId or by pcode (one of them)' })
  }
})

export type TheaterPlacesFile = z.infer<typeof TheaterPlaces>

/** Parses a places.json; `source` names the file in the error. */
export function parseTheaterPlaces(text: string, source: string): TheaterPlacesFile {
  let json: unknown
  try { json = JSON.parse(text) } catch (err) {
    throw new AppError('theater_invalid', `not JSON (${(err as Error).message})`, source)
  }
  const parsed = TheaterPlaces.safeParse(json)
  if (!parsed.success) throw new AppError('theater_invalid', `${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, source)
  return parsed.data
}
