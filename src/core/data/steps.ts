/**
 * Long work written as a generator that yields between steps, run either at once or in slices that give the
 * event loop a turn (`pause`) whenever a run of steps has taken `sliceMs`.
 */

/** Runs every step at once; returns the generator's result. */
export function runAll<T>(steps: Generator<void, T, void>): T {
  let result = steps.next();
  while (!result.done) result = steps.next();
  return result.value;
}

/** Runs the steps, awaiting `pause()` whenever they have run for `sliceMs` without one. */
export async function runInSlices<T>(steps: Generator<void, T, void>, pause: () => Promise<void>, sliceMs = 8): Promise<T> {
  let started = performance.now();
  let result = steps.next();
  while (!result.done) {
    if (performance.now() - started >= sliceMs) {
      await pause();
      started = performance.now();
    }
    result = steps.next();
  }
  return result.value;
}
