// Data: wire services whose copy other outlets reprint and rewrite, with the names the text calls them by.
// Only agencies that sell copy belong here. Broadcasters and papers (CNN, BBC, Al Jazeera) do not: "told CNN"
// names the source of a quote, not the origin of the text. State agencies (SANA, TASS, IRNA) are left out
// too: "according to TASS" cites one party's outlet for one fact, it does not say the text is TASS copy.
export interface Wire {
  readonly name: string
  /** Regex sources (case-sensitive) for the names in running text. */
  readonly aliases: readonly string[]
}

export const WIRES: readonly Wire[] = [
  { name: 'Reuters', aliases: ['Reuters'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'AP', aliases: ['AP', 'The Associated Press', 'the Associated Press', 'Associated Press'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu'] },
]
