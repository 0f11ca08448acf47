/** Arbitraries for fuzzing JSON inputs from a real sample, so the fuzz reaches past the first check. */
import fc from 'fast-check';

/** Values like `value`, mostly: the same shape with some parts replaced, dropped or repeated. */
export function mutated(value: unknown, depth = 0): fc.Arbitrary<unknown> {
  const other = fc.jsonValue({ maxDepth: 2 });
  if (Array.isArray(value)) {
    if (value.length === 0 || depth > 6) return fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, other);
    return fc.oneof({ weight: 8, arbitrary: fc.tuple(...value.map((v) => mutated(v, depth + 1))) }, fc.array(mutated(value[0], depth + 1), { maxLength: 4 }), other);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const kept = entries.map(([k, v]) => [k, fc.oneof({ weight: 12, arbitrary: mutated(v, depth + 1) }, fc.constant(undefined))] as const);
    return fc.oneof({ weight: 12, arbitrary: fc.record(Object.fromEntries(kept)) }, other);
  }
  const near = typeof value === 'number' ? fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53, Number.MAX_VALUE)) : typeof value === 'string' ? fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '2026-02-30', '1e999', 'null')) : other;
  return fc.oneof({ weight: 12, arbitrary: fc.constant(value) }, near, other);
}
