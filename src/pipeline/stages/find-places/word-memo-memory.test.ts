import assert from 'node:assert/strict'
import { test } from 'node:test'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { memoryGazetteer } from '../../../gazetteer/memory.ts'
import { recognize } from './recognize.ts'

// A service reads reports for days: what the word memo files must not hold the reports themselves.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

test('the word memo keeps no report alive: 60 reports of a megabyte, each with a new long name, leave under 10 MB', () => {
  const gaz = memoryGazetteer([{ id: 1, name: 'Qorvath', lat: 35, lon: 37, cc: 'SY', fcode: 'PPL', population: 5000 }], 'SY')
  const body = ' and so on'.repeat(100_000)
  gc()
  const before = process.memoryUsage().heapUsed
  for (let i = 0; i < 60; i++) {
    // A capitalised word of 13 characters or more, new to the memo, at the head of a report of its own.
    const name = `Vandermeerhoven${i}`
    const report = `${name} said${body} ${i}.`
    recognize(report, [[[0, name.length]]], gaz)
  }
  gc()
  const grownMb = (process.memoryUsage().heapUsed - before) / 1e6
  assert.ok(grownMb < 10, `heap grew ${grownMb.toFixed(1)} MB over 60 reports of 1 MB`)
})
