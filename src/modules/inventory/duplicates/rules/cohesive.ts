// Splitting a connected component of alike items into cohesive groups (clusters.ts). Connected
// components chain unlike items through one shared word each ("số liệu thống kê" ~ "kết quả thi" ~
// "thi đua khen thưởng"); the same kind of database is linked to most of its kind. The least-linked
// member is peeled off while any member is linked to fewer than half of the others (ties: the first in
// the component's order); what is peeled off is grouped again the same way, so a tight group that was
// only chained to the rest is kept on its own.
//
// The least-linked member is found through buckets by degree, each a heap of positions, instead of a
// scan of every member per peel: a component of thousands of items (10,000 inventory entries) made
// that scan a third of the whole analysis.

/** A binary min-heap of numbers (positions in the component). */
class MinHeap {
    private readonly a: number[] = [];
    get size(): number {
        return this.a.length;
    }
    peek(): number | undefined {
        return this.a[0];
    }
    push(x: number): void {
        const a = this.a;
        let i = a.push(x) - 1;
        while (i > 0) {
            const up = (i - 1) >> 1;
            if (a[up]! <= x) break;
            a[i] = a[up]!;
            i = up;
        }
        a[i] = x;
    }
    pop(): void {
        const a = this.a;
        const last = a.pop()!;
        if (a.length === 0) return;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= a.length) break;
            const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l;
            if (a[c]! >= last) break;
            a[i] = a[c]!;
            i = c;
        }
        a[i] = last;
    }
}

export function cohesiveGroups(component: number[], linked: Map<number, Set<number>>): number[][] {
    const at = new Map(component.map((k, i) => [k, i]));
    const neighbours = component.map((k) => [...(linked.get(k) ?? [])].flatMap((j) => (at.has(j) ? [at.get(j)!] : [])));
    const degree = neighbours.map((n) => n.length);
    const alive = component.map(() => true);
    // buckets[d]: positions whose degree was d when pushed; an entry is stale once the member is gone or its degree moved.
    const buckets: MinHeap[] = [];
    const bucket = (d: number): MinHeap => (buckets[d] ??= new MinHeap());
    let low = Infinity;
    degree.forEach((d, i) => {
        bucket(d).push(i);
        low = Math.min(low, d);
    });
    let size = component.length;
    const peeled: number[] = [];
    for (;;) {
        // The least degree still held, and its first member in the component's order.
        let worst: number | undefined;
        for (let d = low; d < buckets.length && worst === undefined; d++) {
            const h = buckets[d];
            while (h && h.size > 0 && !(alive[h.peek()!] && degree[h.peek()!] === d)) h.pop();
            if (h && h.size > 0) {
                low = d;
                worst = h.peek();
            }
        }
        if (worst === undefined || degree[worst]! * 2 >= size - 1) break;
        buckets[degree[worst]!]!.pop();
        alive[worst] = false;
        size -= 1;
        peeled.push(component[worst]!);
        for (const j of neighbours[worst]!) {
            if (!alive[j]) continue;
            degree[j] = degree[j]! - 1;
            bucket(degree[j]!).push(j);
            low = Math.min(low, degree[j]!);
        }
    }
    const groups = [component.filter((_, i) => alive[i])];
    for (const part of componentsOf(peeled, linked)) groups.push(...cohesiveGroups(part, linked));
    return groups;
}

/** Connected components of `ids` through links among themselves. */
function componentsOf(ids: number[], linked: Map<number, Set<number>>): number[][] {
    const inside = new Set(ids);
    const seen = new Set<number>();
    const out: number[][] = [];
    for (const start of ids) {
        if (seen.has(start)) continue;
        const part: number[] = [];
        const stack = [start];
        seen.add(start);
        while (stack.length > 0) {
            const k = stack.pop()!;
            part.push(k);
            for (const j of linked.get(k) ?? []) if (inside.has(j) && !seen.has(j)) (seen.add(j), stack.push(j));
        }
        out.push(part);
    }
    return out;
}
