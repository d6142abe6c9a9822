// The one memory budget (src/kernel/cache/memory-budget.ts): every cache is a region of one LRU measured in
// bytes, so the sum never passes the budget; too-big entries are served, not kept; regions clear
// alone; shedding drops the least recently used; the default is sized from the heap limit.
import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { BUDGET_SHARE_OF_HEAP, MemoryBudget, budgetBytesFor, workingSetBytesFor } from "../../src/kernel/cache/memory-budget.js";

describe("MemoryBudget", () => {
    it("holds at most its bytes across every region, dropping the least recently used", () => {
        const b = new MemoryBudget(10_000);
        const answers = b.region<string>("answers");
        const names = b.region<string>("names");
        for (let i = 0; i < 100; i++) {
            answers.set(`a${i}`, "x", 600);
            names.set(`n${i}`, "y", 400);
            expect(b.stats().heldBytes).toBeLessThanOrEqual(10_000);
        }
        const s = b.stats();
        expect(s.evictions).toBeGreaterThan(150);
        expect(s.regions.answers!.bytes + s.regions.names!.bytes).toBe(s.heldBytes);
        // The most recent entries are the ones kept.
        expect(answers.get("a99")).toBe("x");
        expect(answers.get("a0")).toBeUndefined();
    });

    it("serves but does not keep an entry over an eighth of the budget", () => {
        const b = new MemoryBudget(8_000);
        const r = b.region<string>("answers");
        expect(r.set("small", "s", 1_000)).toBe(true);
        expect(r.set("big", "b", 1_001)).toBe(false);
        expect(r.get("big")).toBeUndefined();
        expect(b.stats().tooBig).toBe(1);
        expect(new MemoryBudget(0).region("x").set("k", 1, 1)).toBe(false);
    });

    it("clears one region without touching another, and counts a replaced entry once", () => {
        const b = new MemoryBudget(100_000);
        const one = b.region<number>("memo");
        const two = b.region<number>("memo");
        one.set("k", 1, 100);
        one.set("k", 2, 300);
        two.set("k", 3, 100);
        expect(b.stats().heldBytes).toBe(400);
        expect(b.stats().regions.memo).toEqual({ entries: 2, bytes: 400 });
        one.clear();
        expect(one.get("k")).toBeUndefined();
        expect(two.get("k")).toBe(3);
        expect(b.stats().heldBytes).toBe(100);
    });

    it("sheds the least recently used half on demand", () => {
        const b = new MemoryBudget(100_000);
        const r = b.region<number>("answers");
        for (let i = 0; i < 10; i++) r.set(String(i), i, 1_000);
        r.get("0");
        b.shed(0.5);
        expect(b.stats().heldBytes).toBeLessThanOrEqual(5_000);
        expect(r.get("0")).toBe(0);
        expect(r.get("1")).toBeUndefined();
    });

    it("is a tenth of the process's heap limit unless CACHE_BUDGET_MB says otherwise", () => {
        const limit = v8.getHeapStatistics().heap_size_limit;
        expect(budgetBytesFor({})).toBe(Math.floor(limit * BUDGET_SHARE_OF_HEAP));
        expect(budgetBytesFor({}, 304 * 1048576)).toBe(Math.floor(304 * 1048576 * 0.1));
        expect(budgetBytesFor({ CACHE_BUDGET_MB: "16" })).toBe(16 * 1048576);
        expect(() => budgetBytesFor({ CACHE_BUDGET_MB: "lots" })).toThrow(/CACHE_BUDGET_MB/);
    });

    it("keeps an entry up to the share its region names (a working set may take the whole budget)", () => {
        const b = new MemoryBudget(8_000);
        const analysis = b.region<string>("duplicate analysis", { maxEntryShare: 1 });
        const answers = b.region<string>("answers");
        expect(analysis.maxEntryBytes).toBe(8_000);
        expect(answers.maxEntryBytes).toBe(1_000);
        expect(analysis.set("v1", "a", 7_000)).toBe(true);
        expect(analysis.set("v1", "a", 8_001)).toBe(false);
        expect(analysis.set("v2", "b", 8_000)).toBe(true);
        expect(b.stats().heldBytes).toBe(8_000);
        expect(answers.set("small", "s", 1_001)).toBe(false);
    });

    it("sizes the working sets at a fifth of the heap limit unless WORKING_SET_MB says otherwise", () => {
        expect(workingSetBytesFor({}, 304 * 1048576)).toBe(Math.floor(304 * 1048576 * 0.2));
        expect(workingSetBytesFor({ WORKING_SET_MB: "64" })).toBe(64 * 1048576);
        expect(() => workingSetBytesFor({ WORKING_SET_MB: "-1" })).toThrow(/WORKING_SET_MB/);
    });
});
