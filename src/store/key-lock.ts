/**
 * A per-key promise chain: work queued under one key runs one after another,
 * work under different keys runs concurrently. Memory is released as soon as
 * a key's queue drains, so idle keys cost nothing, and work under a free key
 * starts at once.
 *
 * @example
 *   const lock = new KeyLock();
 *   await Promise.all([lock.run('s1', turnA), lock.run('s1', turnB)]); // B starts after A settles
 */
export class KeyLock {
  private readonly queues = new Map<string, Queue>();

  /** Runs `work` once every earlier `run` with the same key has settled (at once when there is none). */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(key);
    const result = queue ? queue.tail.then(work, work) : start(work);
    if (!queue) this.queues.set(key, (queue = { tail: result, pending: 0 }));
    queue.tail = result;
    queue.pending += 1;
    const settled = () => {
      queue.pending -= 1;
      if (queue.pending === 0) this.queues.delete(key);
    };
    result.then(settled, settled);
    return result;
  }

  /** How many keys have work queued or running (for tests and metrics). */
  get size(): number {
    return this.queues.size;
  }
}

interface Queue {
  /** The last work queued under the key; the next one starts when it settles. */
  tail: Promise<unknown>;
  /** Work queued or running under the key. */
  pending: number;
}

/** Calls `work` now; a synchronous throw becomes a rejection like any other failure. */
function start<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (error) {
    return Promise.reject(error);
  }
}
