// zod schema of a theater pack's actor lexicon (theaters/<name>/actors/actors.json). The boundary where data enters.
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase slug like "hts"')

export const affiliationSchema = z.object({
  actor: slug,
  relation: z.string().min(1),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
}).strict()

/**
 * An alias that names the actor only for a time: "the military operations command" is the rebels' until the fall
 * of the government and the new authorities' after it. `from` / `until` are inclusive; either may be left out.
 */
export const datedAliasSchema = z.object({
  text: z.string().min(1),
  from: isoDate.optional(),
  until: isoDate.optional(),
}).strict().refine((a) => !a.from || !a.until || a.from <= a.until, { message: 'alias "from" must not come after "until"' })

export const actorEntrySchema = z.object({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(['state', 'state_force', 'armed_group', 'organization', 'person', 'civilians']),
  aliases: z.array(z.union([z.string().min(1), datedAliasSchema])).default([]),
  metonyms: z.array(z.string().min(1)).default([]),
  tags: z.array(z.enum(['media', 'state-media', 'monitor', 'un', 'humanitarian'])).default([]),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
  affiliations: z.array(affiliationSchema).default([]),
  /**
   * A group that holds one region: a generic mention of `standsFor` ("rebels", "opposition fighters") in an event whose
   * place lies in one of these provinces (admin1 names as the gazetteer writes them) is this group.
   */
  regional: z.object({ admin1: z.array(z.string().min(1)).min(1), standsFor: z.array(slug).min(1) }).strict().optional(),
  source: z.string().optional(),
  notes: z.string().optional(),
}).strict()

export const actorLexiconSchema = z.object({
  theater: slug,
  period: z.object({ from: isoDate, to: isoDate }).strict(),
  actors: z.array(actorEntrySchema).min(1),
}).strict()

export type ActorEntry = z.infer<typeof actorEntrySchema>
export type DatedAlias = z.infer<typeof datedAliasSchema>
export type ActorLexiconFile = z.infer<typeof actorLexiconSchema>
