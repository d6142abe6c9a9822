// The one paging rule: every `limit`/`offset` of every question goes through `page`, with one set of
// bounds and one error. `limit` omitted (where a question allows it) asks for the whole list; the
// answer-size bound (src/db/answer-bound.ts) still refuses a whole list too big to send.
import { InputError } from "./errors.js";

export const PAGE_BOUNDS = {
    /** The smallest page: 0 rows is never a useful page, and was accepted by one question and refused by the others. */
    minLimit: 1,
    /** The largest page of any list. */
    maxLimit: 5000,
    /** Offsets past any list answer an empty page; this bound only keeps the number sane. */
    maxOffset: 100_000_000,
} as const;

export interface Page {
    /** Rows asked for; null = the whole list. */
    limit: number | null;
    offset: number;
}

const fmt = (n: number): string => n.toLocaleString("en-US");

/** Checks a page against the bounds; throws the one paging error naming the argument at fault. */
export function page(args: { limit?: number | null; offset?: number | null }): Page {
    const { limit = null, offset = 0 } = args;
    if (limit !== null && (!Number.isInteger(limit) || limit < PAGE_BOUNDS.minLimit || limit > PAGE_BOUNDS.maxLimit)) {
        throw new InputError(`limit must be between ${PAGE_BOUNDS.minLimit} and ${fmt(PAGE_BOUNDS.maxLimit)} (got ${limit}); ask for the rest with offset`, "limit", { ...PAGE_BOUNDS });
    }
    const o = offset ?? 0;
    if (!Number.isInteger(o) || o < 0 || o > PAGE_BOUNDS.maxOffset) {
        throw new InputError(`offset must be between 0 and ${fmt(PAGE_BOUNDS.maxOffset)} (got ${offset})`, "offset", { ...PAGE_BOUNDS });
    }
    return { limit, offset: o };
}

/** The page's rows of a list already in memory. */
export function slicePage<T>(items: readonly T[], p: Page): T[] {
    return items.slice(p.offset, p.limit === null ? undefined : p.offset + p.limit);
}
