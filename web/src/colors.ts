// Colours for holders (ISW's conventions where they exist) and for event types.
const HOLDERS: Record<string, string> = {
  'syrian-government': '#c0392b', hts: '#2e8b57', sna: '#7cb342', sdf: '#e0b000',
  'southern-operations-room': '#8e44ad', isis: '#333333', israel: '#1f6fd1',
}
const PALETTE = ['#16a085', '#d35400', '#2c3e50', '#7f8c8d', '#c2185b', '#5d4037']

/** A stable colour per actor: the table above, else one picked from the palette by a hash of the id. */
export function holderColor(actorId: string): string {
  if (HOLDERS[actorId]) return HOLDERS[actorId]
  let h = 0
  for (const ch of actorId) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return PALETTE[h % PALETTE.length]!
}

export const TYPE_COLORS: Record<string, string> = {
  territory_change: '#1565c0', battle: '#d32f2f', strike: '#ef6c00', deployment: '#6d4c41', military_aid: '#455a64',
  displacement: '#7b1fa2', casualties: '#000000', statement: '#90a4ae', denial: '#b0bec5', call_to_action: '#00838f',
  protest: '#f06292', infrastructure_damage: '#8d6e63', other: '#9e9e9e',
}

export function typeLabel(t: string): string {
  return t.replace(/_/g, ' ')
}
