/** Small assertions that run in every extension host, including the web worker where Node's `assert` does not exist. */

/** Throws unless `actual === expected`. */
export function equal<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) {
    throw new Error(`${message ? `${message}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Throws unless `value` is truthy; narrows its type. */
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

/** Throws unless both values have the same JSON form (for arrays and plain objects). */
export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  const a = JSON.stringify(actual, null, 1);
  const e = JSON.stringify(expected, null, 1);
  if (a !== e) throw new Error(`${message ? `${message}: ` : ''}expected ${e}\ngot ${a}`);
}
