/**
 * The last `capacity` results of an expensive computation, by a key that names everything the
 * result depends on (so an entry is never stale, only unused). Callers asking for a key being
 * computed share its promise; a failed computation is forgotten, so the next call tries again.
 */
export class RecentResults<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`capacity must be a positive integer: ${capacity}`);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const computed = compute();
    this.entries.set(key, computed);
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return computed;
  }
}
