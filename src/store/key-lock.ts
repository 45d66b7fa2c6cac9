/**
 * A per-key promise chain: work queued under one key runs one after another,
 * work under different keys runs concurrently. Memory is released as soon as
 * a key's queue drains, so idle keys cost nothing.
 *
 * @example
 *   const lock = new KeyLock();
 *   await Promise.all([lock.run('s1', turnA), lock.run('s1', turnB)]); // B starts after A settles
 */
export class KeyLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier `run` with the same key has settled. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}
