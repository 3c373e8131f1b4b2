import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CellIndex } from './cell-index.ts'

// Cells as resolve.ts numbers them: latitude row * 1000 + longitude column.
const cell = (row: number, col: number): number => row * 1000 + col

test('counts the distinct other names in a cell and its eight neighbours', () => {
  const cells = new CellIndex()
  cells.clear()
  cells.add(cell(120, 215), 0)
  cells.add(cell(121, 216), 1) // diagonal neighbour
  cells.add(cell(119, 215), 2) // neighbour below
  cells.add(cell(120, 214), 2) // the same name in a second neighbour counts once
  cells.add(cell(122, 215), 3) // two rows away: not a neighbour
  assert.equal(cells.nearCount(cell(120, 215), 0), 2)
  assert.equal(cells.nearCount(cell(120, 215), -1), 3)
  assert.equal(cells.nearCount(cell(121, 215), 3), 3)
  assert.equal(cells.nearCount(cell(50, 50), -1), 0)
  assert.equal(cells.size, 5)
})

test('adding a name to a cell twice records it once', () => {
  const cells = new CellIndex()
  cells.clear()
  cells.add(cell(100, 100), 4)
  cells.add(cell(100, 100), 4)
  cells.add(cell(100, 100), 5)
  assert.equal(cells.size, 1)
  assert.equal(cells.nearCount(cell(100, 101), -1), 2)
})

test('clear forgets the last document, and the table grows past its first size', () => {
  const cells = new CellIndex()
  cells.clear()
  cells.add(cell(10, 10), 0)
  cells.clear()
  assert.equal(cells.size, 0)
  assert.equal(cells.nearCount(cell(10, 10), -1), 0)
  // Many cells, in alternate columns of rows five apart, one name each (seven names in turn): every cell stays findable
  // after the table grows.
  const at = (c: number): number => cell(10 + 5 * Math.floor(c / 400), (c % 400) * 2)
  for (let c = 0; c < 2000; c++) cells.add(at(c), c % 7)
  assert.equal(cells.size, 2000)
  for (let c = 1; c < 1999; c += 97) if (c % 400 !== 399) assert.equal(cells.nearCount(at(c) + 1, -1), 2)
  assert.equal(cells.nearCount(at(0) + 1, 0), 1)
})
