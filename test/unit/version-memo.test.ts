// VersionMemo (src/kernel/cache/version-memo.ts): one computation per key and graph version, shared by
// concurrent callers; a new version, a failure or an unknown version keeps nothing.
import { describe, expect, it } from "vitest";
import { GraphVersion } from "../../src/kernel/cache/graph-version.js";
import { VersionMemo } from "../../src/kernel/cache/version-memo.js";
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
