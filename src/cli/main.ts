// The `sitrep` command: one file per subcommand registers itself here.
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { registerControl } from './control.ts'
import { registerExtract } from './extract.ts'
import { registerWhatIf } from './whatif.ts'
import { registerStories } from './stories.ts'
import { registerIngest } from './ingest.ts'
import { registerServe } from './serve.ts'
import { registerExport } from './export.ts'
import { registerImport } from './import.ts'
import { registerReport } from './report.ts'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

export function buildProgram(): Command {
  const program = new Command()
  program
    .name('sitrep')
    .description('Turn raw news reports about an armed conflict into a sourced situation picture.')
    .version(pkg.version)
    .showHelpAfterError()
  registerExtract(program)
  registerControl(program)
  registerWhatIf(program)
  registerStories(program)
  registerIngest(program)
  registerServe(program)
  registerExport(program)
  registerImport(program)
  registerReport(program)
  return program
}

await buildProgram().parseAsync(process.argv)
