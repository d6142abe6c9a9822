// Integer maximum flow (Dinic). The sample generator uses it to round real matrices to whole numbers
// without losing a single exchange: every row and column total stays exact.
export class MaxFlow {
    private readonly head: number[];
    private readonly to: number[] = [];
    private readonly cap: number[] = [];
    private readonly next: number[] = [];
    private level: Int32Array;
    private it: Int32Array;

    constructor(readonly nodes: number) {
        this.head = new Array<number>(nodes).fill(-1);
        this.level = new Int32Array(nodes);
        this.it = new Int32Array(nodes);
    }

    /** Adds an edge u → v with capacity c; returns its id (flow on it: flowOn(id)). */
    edge(u: number, v: number, c: number): number {
        const id = this.to.length;
        this.to.push(v, u);
        this.cap.push(c, 0);
        this.next.push(this.head[u]!, this.head[v]!);
        this.head[u] = id;
        this.head[v] = id + 1;
        return id;
    }

    flowOn(id: number): number {
        return this.cap[id + 1]!;
    }

    run(s: number, t: number): number {
        let total = 0;
        while (this.bfs(s, t)) {
            this.it = Int32Array.from(this.head);
            for (let f = this.dfs(s, t, Infinity); f > 0; f = this.dfs(s, t, Infinity)) total += f;
        }
        return total;
    }

    private bfs(s: number, t: number): boolean {
        this.level.fill(-1);
        this.level[s] = 0;
        const queue = [s];
        for (let q = 0; q < queue.length; q++) {
            const u = queue[q]!;
            for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
                const v = this.to[e]!;
                if (this.cap[e]! > 0 && this.level[v] === -1) {
                    this.level[v] = this.level[u]! + 1;
                    queue.push(v);
                }
            }
        }
        return this.level[t] !== -1;
    }

    // Iterative augmenting-path search along the level graph (graphs here are shallow: 4 levels).
    private dfs(s: number, t: number, limit: number): number {
        const path: number[] = [];
        let u = s;
        while (true) {
            if (u === t) {
                let f = limit;
                for (const e of path) f = Math.min(f, this.cap[e]!);
                for (const e of path) {
                    this.cap[e]! -= f;
                    this.cap[e ^ 1]! += f;
                }
                return f;
            }
            let advanced = false;
            for (let e = this.it[u]!; e !== -1; e = this.next[e]!) {
                const v = this.to[e]!;
                if (this.cap[e]! > 0 && this.level[v] === this.level[u]! + 1) {
                    this.it[u] = e;
                    path.push(e);
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (advanced) continue;
            this.it[u] = -1;
            this.level[u] = -1;
            if (path.length === 0) return 0;
            const e = path.pop()!;
            u = this.to[e ^ 1]!;
            this.it[u] = this.next[this.it[u]!]!;
        }
    }
}
