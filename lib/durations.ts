// Exchange durations as a fixed log-scale histogram: bounded memory per aggregate whatever the file
// size, and mergeable across files and months, so percentiles of any slice come from summed counts.
// Bucket k holds durations in (2^((k-1)/2), 2^(k/2)] ms (bucket 0: ≤ 1 ms); the last bucket also
// holds everything longer. A percentile is reported as its bucket's upper bound, i.e. within a
// factor √2 (≈ +41 %) above the true value, never below it.

export const BUCKETS = 41;

/** Upper bound of bucket k in ms (the last bucket is open-ended; its bound is a floor). */
export const bucketBound = (k: number): number => Math.round(2 ** (k / 2) * 10) / 10;

export function bucketOf(ms: number): number {
    if (ms <= 1) return 0;
    const k = Math.ceil(2 * Math.log2(ms));
    return k >= BUCKETS ? BUCKETS - 1 : k;
}

export interface Percentiles {
    /** Exchanges with a duration. */
    samples: number;
    p50Ms: number;
    p95Ms: number;
    p99Ms: number;
}

/** Percentiles of a histogram (counts per bucket), or null without samples. */
export function percentiles(counts: ArrayLike<number>): Percentiles | null {
    let samples = 0;
    for (let k = 0; k < counts.length; k++) samples += counts[k]!;
    if (samples === 0) return null;
    const at = (q: number): number => {
        const rank = Math.ceil(q * samples);
        let seen = 0;
        for (let k = 0; k < counts.length; k++) {
            seen += counts[k]!;
            if (seen >= rank) return bucketBound(k);
        }
        return bucketBound(counts.length - 1);
    };
    return { samples, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

/** Adds `from` (one month's slice of a flat months × BUCKETS array, or a plain histogram) into `into`. */
export function addInto(into: number[], from: ArrayLike<number>, offset = 0): void {
    for (let k = 0; k < BUCKETS; k++) into[k] = (into[k] ?? 0) + (from[offset + k] ?? 0);
}
