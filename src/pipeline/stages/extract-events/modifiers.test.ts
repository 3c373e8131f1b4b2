import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isModifier, isPossessor } from './modifiers.ts'

/** Whether the named actor in `text` sits in a modifier (it neither acts nor speaks there). */
const modifies = (text: string, name: string): boolean => {
  const start = text.indexOf(name)
  return isModifier(text, { start, end: start + name.length })
}

test('what a monument or an image shows is no party: "a statue of the late president X", "posters of X"', () => {
  assert.equal(modifies('Crowds pulled down a statue of the late president Karim Vell on Saturday.', 'Karim Vell'), true)
  assert.equal(modifies('Students tore up posters of Karim Vell in the square.', 'Karim Vell'), true)
  assert.equal(modifies('Karim Vell unveiled a statue in the square.', 'Karim Vell'), false)
})

test('a modifier\'s actor is not the head ("rebels opposed to X"), but a force under X\'s command is X\'s own', () => {
  assert.equal(modifies('Rebels opposed to the Qorvath Front entered the town.', 'Qorvath Front'), true)
  assert.equal(modifies('Fighters led by the Qorvath Front entered the town.', 'Qorvath Front'), false)
})

test('forces a name leads are its own ("Qorvath Front-led fighters"), forces it backs are not ("Qorvath Front-backed fighters")', () => {
  assert.equal(modifies('Qorvath Front-led fighters entered the town.', 'Qorvath Front'), false)
  assert.equal(modifies('Qorvath Front-backed fighters entered the town.', 'Qorvath Front'), true)
  assert.equal(modifies('The Qorvath Front-led offensive reached the town.', 'Qorvath Front'), true)
})

const possesses = (text: string, name: string): boolean => {
  const start = text.indexOf(name)
  return isPossessor(text, { start, end: start + name.length })
}

test('a possessor with an office word before its office still acts ("X\'s defence ministry denied"), not of a hold', () => {
  assert.equal(possesses('The Qorvath Front\'s defence ministry denied the reports.', 'Qorvath Front'), false)
  assert.equal(possesses('The Qorvath Front\'s foreign ministry said the talks had ended.', 'Qorvath Front'), false)
  assert.equal(possesses('The Qorvath Front\'s hold on the town weakened.', 'Qorvath Front'), true)
})
