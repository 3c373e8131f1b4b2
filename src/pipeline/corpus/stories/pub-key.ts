// The publication key fusion orders members by, in memory and in the store's rows (fusion_members.pub_key).
/**
 * The publication key fusion orders members by: the date, and for an undated document a key that sorts after every
 * date (in SQL too: letters follow digits in every collation). Fusion meets undated documents last, as placement does
 * (build-stories.ts byPublication): an undated event fits incidents of any day, so met first it would open an
 * incident every later report of any day could join through it ("have already seized Aleppo and Hama" in an undated
 * text had tied the capture of Hama to towns taken a week before it), and would head it with no date.
 */
export const UNDATED_KEY = 'undated'
export const pubKeyOf = (publishedAt: string | null): string => publishedAt ?? UNDATED_KEY
export const publishedOfKey = (key: string): string | null => (key === UNDATED_KEY || key === '' ? null : key)
