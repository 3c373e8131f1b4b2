// ACLED's country name, ISO 3166 numeric code and region for the countries of the bundled theater's area, by
// ISO 3166 alpha-2 (the gazetteer's country). A country missing here exports its alpha-2 code and an empty iso.
export interface AcledCountry { readonly name: string; readonly iso: number; readonly region: string }

export const ACLED_COUNTRIES: Readonly<Record<string, AcledCountry>> = {
  SY: { name: 'Syria', iso: 760, region: 'Middle East' },
  LB: { name: 'Lebanon', iso: 422, region: 'Middle East' },
  IQ: { name: 'Iraq', iso: 368, region: 'Middle East' },
  TR: { name: 'Turkey', iso: 792, region: 'Middle East' },
  JO: { name: 'Jordan', iso: 400, region: 'Middle East' },
  IL: { name: 'Israel', iso: 376, region: 'Middle East' },
  IR: { name: 'Iran', iso: 364, region: 'Middle East' },
}
