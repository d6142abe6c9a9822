// VersionMemo (src/kernel/cache/version-memo.ts): one computation per key and graph version, shared by
// concurrent callers; a new version, a failure or an unknown version keeps nothing. Working sets: a
// value may take its region's share of the budget (all of it), least recently used first, and one too
// big for it is served without being kept; without working sets each request builds its own.
import { describe, expect, it } from "vitest";
import { GraphVersion } from "../../src/kernel/cache/graph-version.js";
import { VersionMemo, VersionMemos, keptPerVersion } from "../../src/kernel/cache/version-memo.js";
import { estimateHeapBytes } from "../../src/kernel/cache/heap-size.js";
import { MemoryBudget } from "../../src/kernel/cache/memory-budget.js";
import type { Db } from "../../src/db/run.js";

// The version source is the only collaborator; it is read from a variable here instead of Neo4j.
function versionAt(start: number): { version: GraphVersion; set: (v: number) => void } {
    let v = start;
    const db = { run: async () => [{ version: v }] } as unknown as Db;
    const version = new GraphVersion(db, 60_000);
    return { version, set: (n) => { v = n; version.advanceTo(n); } };
}

describe("VersionMemo", () => {
    it("computes once per key and version, sharing the computation between concurrent callers", async () => {
        const { version, set } = versionAt(3);
        await version.start();
        const memo = new VersionMemo<number>(version, new MemoryBudget(1 << 20), "test");
        let calls = 0;
        const compute = async () => ++calls;
        expect(await Promise.all([memo.get("k", compute), memo.get("k", compute), memo.get("k", compute)])).toEqual([1, 1, 1]);
        expect(await memo.get("other", compute)).toBe(2);
        expect(await memo.get("k", compute)).toBe(1);
        set(4);
        expect(await memo.get("k", compute)).toBe(3);
        version.stop();
    });

    it("keeps no failure and nothing while the version is unknown", async () => {
        const { version } = versionAt(1);
        const memo = new VersionMemo<number>(version, new MemoryBudget(1 << 20), "test");
        let calls = 0;
        // Not started: the version is -1, so every call computes.
        expect(version.current).toBe(-1);
        await memo.get("k", async () => ++calls);
        await memo.get("k", async () => ++calls);
        expect(calls).toBe(2);
        await version.start();
        await expect(memo.get("k", async () => { throw new Error("Neo4j away"); })).rejects.toThrow("Neo4j away");
        expect(await memo.get("k", async () => 42)).toBe(42);
        version.stop();
    });
});

describe("working sets (VersionMemos with an entry share, keptPerVersion())", () => {
    // Values of a known size: an array of n non-small numbers (a heap number each).
    const sized = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 0.5);

    it("keeps a value up to the whole budget, the least recently used going first; a bigger one is served, not kept", async () => {
        const { version } = versionAt(7);
        await version.start();
        const budget = new MemoryBudget(estimateHeapBytes(sized(1000)) + 1024);
        const sets = new VersionMemos(version, budget, { maxEntryShare: 1 });
        const shared = new VersionMemos(version, budget);
        let calls = 0;
        const build = (n: number) => async () => (calls++, sized(n));
        // Most of the budget: kept as a working set, never as a plain memo (an eighth of the budget).
        await keptPerVersion(sets, "usage/test", "a", build(1000));
        await keptPerVersion(sets, "usage/test", "a", build(1000));
        expect(calls).toBe(1);
        await keptPerVersion(shared, "usage/test", "a", build(1000));
        await keptPerVersion(shared, "usage/test", "a", build(1000));
        expect(calls).toBe(3);
        // Another key: the first one goes (least recently used) to make room.
        await keptPerVersion(sets, "usage/test", "b", build(900));
        await keptPerVersion(sets, "usage/test", "b", build(900));
        expect(calls).toBe(4);
        await keptPerVersion(sets, "usage/test", "a", build(1000));
        expect(calls).toBe(5);
        expect(budget.stats().evictions).toBeGreaterThan(0);
        expect(budget.stats().heldBytes).toBeLessThanOrEqual(budget.bytes);
        // Bigger than the whole budget: answered each time, kept never.
        const big = await keptPerVersion(sets, "usage/test", "c", build(2000));
        expect(big).toHaveLength(2000);
        await keptPerVersion(sets, "usage/test", "c", build(2000));
        expect(calls).toBe(7);
        expect(budget.stats().tooBig).toBe(4);
        version.stop();
    });

    it("without working sets (a caller's transaction), each request builds its own", async () => {
        let calls = 0;
        await keptPerVersion(undefined, "usage/test", "a", async () => ++calls);
        await keptPerVersion(undefined, "usage/test", "a", async () => ++calls);
        expect(calls).toBe(2);
    });
});
