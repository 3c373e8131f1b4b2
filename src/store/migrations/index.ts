// The store's migrations in order. Add `NNN-what.ts` beside this file and list it here; never edit one that has shipped.
// Listed statically (not read from the folder) so they load the same under tsx, in workers and in a bundle.
import type { Migration } from 'kysely'
import * as m001 from './001-documents-events.ts'
import * as m002 from './002-story-documents.ts'
import * as m003 from './003-reference-events.ts'
import * as m004 from './004-document-sources.ts'
import * as m005 from './005-fused-events.ts'
import * as m006 from './006-fusion-members.ts'
import * as m007 from './007-family-joins.ts'
import * as m008 from './008-fusion-member-outlet.ts'

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-documents-events': m001,
  '002-story-documents': m002,
  '003-reference-events': m003,
  '004-document-sources': m004,
  '005-fused-events': m005,
  '006-fusion-members': m006,
  '007-family-joins': m007,
  '008-fusion-member-outlet': m008,
}
