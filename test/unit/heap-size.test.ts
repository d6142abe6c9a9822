// estimateHeapBytes (src/kernel/cache/heap-size.ts) against the heap itself: for each shape the caches keep,
// the estimate is within a factor of 1.5 of what the heap really grows by (a child process with
// --expose-gc builds 2,000 copies of each and measures after full collections).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { estimateHeapBytes, stringBytes } from "../../src/kernel/cache/heap-size.js";

describe("estimateHeapBytes", () => {
    it("counts strings by their representation, shared objects once, Buffers by their bytes", () => {
        expect(stringBytes("abcdefgh")).toBe(24);
        expect(stringBytes("Đà Nẵng!")).toBe(32); // two bytes a character once any is above U+00FF
        const shared = { name: "x".repeat(100) };
        expect(estimateHeapBytes([shared, shared])).toBeLessThan(2 * estimateHeapBytes(shared));
        expect(estimateHeapBytes(Buffer.alloc(1000))).toBeGreaterThanOrEqual(1000);
    });

    it("is within a factor of 1.5 of the heap's own growth for every shape the caches keep", () => {
        const out = JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "test/helpers/heap-probe.ts"], { cwd: PROJECT_ROOT, encoding: "utf8" })) as Record<string, { measured: number; estimated: number }>;
        console.log(Object.entries(out).map(([k, v]) => `${k}: measured ${Math.round(v.measured)} B, estimated ${Math.round(v.estimated)} B`).join("; "));
        expect(Object.keys(out)).toHaveLength(4);
        for (const [shape, { measured, estimated }] of Object.entries(out)) {
            expect(estimated / measured, shape).toBeGreaterThan(1 / 1.5);
            expect(estimated / measured, shape).toBeLessThan(1.5);
        }
    });
});
