/** A seeded pseudo-random generator (mulberry32) with the draws the corpus generator needs: deterministic for a seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index drawn from a Zipf-like law over n ranks (rank 0 most frequent), exponent s. */
  zipf(n: number, s = 1.05): number {
    // Inverse-CDF of the continuous power law on [1, n + 1): cheap and skewed like word and outlet frequencies.
    const u = this.next();
    if (Math.abs(s - 1) < 1e-9) return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1))) - 1);
    const a = 1 - s;
    const x = Math.pow(1 + u * (Math.pow(n + 1, a) - 1), 1 / a);
    return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
  }

  /** k distinct indices of [0, n), drawn with the Zipf law (popular ranks first more often). */
  distinctZipf(n: number, k: number, s = 1.05): number[] {
    const chosen = new Set<number>();
    const want = Math.min(k, n);
    let tries = 0;
    while (chosen.size < want && tries < want * 20) {
      chosen.add(this.zipf(n, s));
      tries++;
    }
    for (let i = 0; chosen.size < want; i++) chosen.add(i);
    return [...chosen];
  }

  /** A value from weighted choices. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let u = this.next() * total;
    for (const [value, weight] of choices) {
      u -= weight;
      if (u < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }
}
