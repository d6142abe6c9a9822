// The path search: breadth-first from both ends (one named query per level), then every simple path
// of at most maxHops hops enumerated shortest first over the explored subgraph. Meeting in the middle
// keeps each side to half the hops, and pruning by the exact distance to the end keeps the enumeration
// proportional to the paths it finds.
import { NO_TIME, type TimeArgs } from "../../kernel/time.js";
import type { Db } from "../../db/run.js";
import { EXCLUDED_RELATIONSHIPS } from "./shapes.js";

export interface Rules {
    forward: string[];
    backward: string[];
    any: boolean;
}

type Adjacency = Map<string, Set<string>>;

const link = (adj: Adjacency, from: string, to: string) => {
    const s = adj.get(from) ?? new Set<string>();
    s.add(to);
    adj.set(from, s);
};

/** Expands `levels` hops from `start`, adding each hop to `adj` in path direction. */
async function explore(db: Db, start: string, rules: Rules, levels: number, reverse: boolean, adj: Adjacency, ids: Map<string, string>, time: TimeArgs): Promise<void> {
    const seen = new Set([start]);
    let frontier = [start];
    const params = reverse ? { forward: rules.backward, backward: rules.forward } : { forward: rules.forward, backward: rules.backward };
    for (let level = 1; level <= levels && frontier.length > 0; level++) {
        const rows = await db.run<{ from: string; to: string; toId: string }>("paths/expand", { eids: frontier, ...params, any: rules.any, excluded: EXCLUDED_RELATIONSHIPS, ...time });
        const next: string[] = [];
        for (const r of rows) {
            ids.set(r.to, r.toId);
            if (reverse) link(adj, r.to, r.from);
            else link(adj, r.from, r.to);
            if (!seen.has(r.to)) {
                seen.add(r.to);
                next.push(r.to);
            }
        }
        frontier = next;
    }
}

/** Distance of every node to `end` inside the explored subgraph (BFS over reversed hops). */
function distancesTo(end: string, adj: Adjacency): Map<string, number> {
    const rev: Adjacency = new Map();
    for (const [from, tos] of adj) for (const to of tos) link(rev, to, from);
    const dist = new Map([[end, 0]]);
    let frontier = [end];
    while (frontier.length > 0) {
        const next: string[] = [];
        for (const v of frontier) for (const u of rev.get(v) ?? []) if (!dist.has(u)) { dist.set(u, dist.get(v)! + 1); next.push(u); }
        frontier = next;
    }
    return dist;
}

/** Simple paths from `start` to `end`, fewest hops first, at most `cap` of them. */
export function enumeratePaths(start: string, end: string, adj: Adjacency, maxHops: number, cap: number): { paths: string[][]; complete: boolean } {
    const toEnd = distancesTo(end, adj);
    const paths: string[][] = [];
    for (let length = 1; length <= maxHops; length++) {
        const path = [start];
        const onPath = new Set(path);
        const walk = (v: string): boolean => {
            if (path.length - 1 === length) {
                if (v === end) paths.push([...path]);
                return paths.length < cap;
            }
            if (v === end) return true;
            for (const w of adj.get(v) ?? []) {
                const d = toEnd.get(w);
                if (onPath.has(w) || d === undefined || path.length + d > length) continue;
                path.push(w);
                onPath.add(w);
                const go = walk(w);
                path.pop();
                onPath.delete(w);
                if (!go) return false;
            }
            return true;
        };
        if (!walk(start)) return { paths, complete: false };
    }
    return { paths, complete: true };
}

/** Every simple path of at most maxHops hops (up to `cap`), as element-id sequences, with node ids. */
export async function findPaths(db: Db, from: string, to: string, rules: Rules, maxHops: number, cap: number, time: TimeArgs = NO_TIME) {
    const adj: Adjacency = new Map();
    const ids = new Map<string, string>();
    const forwardLevels = Math.ceil(maxHops / 2);
    await explore(db, from, rules, forwardLevels, false, adj, ids, time);
    await explore(db, to, rules, maxHops - forwardLevels, true, adj, ids, time);
    return { ...enumeratePaths(from, to, adj, maxHops, cap), ids };
}
