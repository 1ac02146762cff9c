/** Small assertions for the web worker, where Node's `assert` does not exist. */

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
