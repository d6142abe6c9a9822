// The one paging rule (src/kernel/paging.ts): one set of bounds and one error for every question.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/kernel/errors.js";
import { PAGE_BOUNDS, page, slicePage } from "../../src/kernel/paging.js";

describe("page", () => {
    it("accepts 1–5,000 rows from any offset ≥ 0; an omitted limit is the whole list", () => {
        expect(page({ limit: 1, offset: 0 })).toEqual({ limit: 1, offset: 0 });
        expect(page({ limit: PAGE_BOUNDS.maxLimit, offset: 7 })).toEqual({ limit: 5000, offset: 7 });
        expect(page({})).toEqual({ limit: null, offset: 0 });
        expect(page({ limit: null, offset: null })).toEqual({ limit: null, offset: 0 });
    });

    it("refuses 0, negative, fractional and oversized pages with the one error naming the argument", () => {
        for (const [args, arg] of [[{ limit: 0 }, "limit"], [{ limit: -1 }, "limit"], [{ limit: 1.5 }, "limit"], [{ limit: 5001 }, "limit"], [{ offset: -1 }, "offset"], [{ offset: 1e9 }, "offset"]] as const) {
            let caught: unknown;
            try {
                page(args);
            } catch (e) {
                caught = e;
            }
            expect(caught, JSON.stringify(args)).toBeInstanceOf(InputError);
            expect((caught as InputError).argumentName).toBe(arg);
        }
        expect(() => page({ limit: 0 })).toThrow("limit must be between 1 and 5,000 (got 0); ask for the rest with offset");
    });

    it("slices a list in memory the same way", () => {
        const xs = [1, 2, 3, 4, 5];
        expect(slicePage(xs, { limit: 2, offset: 1 })).toEqual([2, 3]);
        expect(slicePage(xs, { limit: null, offset: 3 })).toEqual([4, 5]);
    });
});
