import assert from 'node:assert/strict'
import { test } from 'node:test'
import { deniedTypes } from './denied-types.ts'

test('a denial denies what its clause reports, not the line the denier adds after it', () => {
  assert.deepEqual([...deniedTypes('The command denied reports that its units had withdrawn from Tessik, saying troops were still fighting in the north.')], ['territory_change'])
  assert.deepEqual([...deniedTypes('The NLF denied targeting civilians in the market.')], ['strike'])
  assert.deepEqual([...deniedTypes('The ministry denied sending troops across the border.')], ['deployment'])
  // "entered" reports a capture; "and said …" is the denier's own line, as after a comma.
  assert.deepEqual([...deniedTypes('The ministry denied on Thursday that the Front had entered Tessik and said the army was sending reinforcements to protect civilians.')], ['territory_change'])
})

test('a denial that names no kind of incident, or none before its first comma, denies no type in particular', () => {
  assert.equal(deniedTypes('The army denied, in a statement, that anything had changed.').size, 0)
  assert.equal(deniedTypes('The spokesman denied the reports.').size, 0)
})

test('a force leaving, a fall and an advance are kinds a denial names; a person leaving is none', () => {
  assert.deepEqual([...deniedTypes('The ministry denied that its troops had left the town.')], ['territory_change'])
  assert.deepEqual([...deniedTypes('The army rejected reports of the fall of Tessik.')], ['territory_change'])
  assert.deepEqual([...deniedTypes('The command denied that the Front had reached the outskirts.')], ['other'])
  assert.equal(deniedTypes('His office denied that the president had left the capital.').size, 0)
})
