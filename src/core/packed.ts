// Array.prototype.map builds its result in a preallocated array, so its elements kind (holey, or small-integer while
// empty) differs from a list built by push. Code that loops over lists from both sources meets array shapes it was
// not optimised for, and V8 throws the optimised code away each time a new shape turns up: in find-places that
// happened again and again on a stream of new reports, and recompiling resolution cost more than resolving did.
// (Measured with --trace-deopt over four corpora: 13 "wrong map" deoptimisations in resolve.ts after the first
// corpus before, none after; find-places on new text 1.2-1.35x faster.)

/** list.map(fn), the result built by push: always a packed array of objects (or numbers), whatever the list. */
export function mapPacked<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = []
  for (let i = 0; i < list.length; i++) out.push(fn(list[i] as T, i))
  return out
}
