/** Per-key debouncing for work that follows typing, e.g. re-checking one document after a pause. */

/** Runs work for a key after a pause; asking again for the same key restarts its wait. */
export class KeyedDebounce {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly delayMs: number) {}

  /** Runs `work` once `delayMs` pass without another call for `key`. */
  schedule(key: string, work: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      work();
    }, this.delayMs));
  }

  /** Drops the pending work of `key`, if any. */
  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Drops all pending work. */
  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }
}
