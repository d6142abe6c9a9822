// Asking as of a date. Every fact has a valid time (when it was true: a snapshot's day, a usage month,
// the day a merger took effect) and a record time (when the graph learned it: the load, an import, an
// edit). `asOf` answers from the facts valid on that day — per agency, the latest snapshot on or before
// it that covers the agency (REPORTED_IN), so a link that snapshot does not list was not there — on the
// administrative map in force that day; `knownAt` answers from the facts recorded by then only. Both
// travel to Cypher as `$asOf` (ISO date) and `$knownAt` (ISO instant, UTC), null when not asked.
import type { Db } from "../db/run.js";
import { badUserInput } from "./errors.js";
import type { Era } from "./era.js";
import { TIER_KINDS, type Tier } from "./tier.js";

export interface TimeArgs {
    asOf: string | null;
    knownAt: string | null;
}

export const NO_TIME: TimeArgs = { asOf: null, knownAt: null };

/** Today in Vietnam (UTC+7), the reports' time zone. */
export const todayVn = (now = Date.now()): string => new Date(now + 7 * 3600_000).toISOString().slice(0, 10);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(d: string): boolean {
    const m = DATE.exec(d);
    if (!m) return false;
    const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return t.toISOString().slice(0, 10) === d;
}

interface Bounds {
    /** The earliest valid day of any fact (the first snapshot's day). */
    firstValid: string | null;
    /** The earliest record time (the first load). */
    firstRecorded: string | null;
}

/**
 * Checks `asOf` (a Date) and `knownAt` (a DateTime) against what the graph holds: a malformed value, a
 * day after today, a day before the first fact, or a record time before the first load is refused with
 * a sentence saying why.
 */
export async function readTime(db: Db, args: { asOf?: unknown; knownAt?: unknown }, now = Date.now()): Promise<TimeArgs> {
    const asOf = args.asOf == null ? null : String(args.asOf);
    const knownAtRaw = args.knownAt == null ? null : String(args.knownAt);
    if (asOf === null && knownAtRaw === null) return NO_TIME;
    if (asOf !== null && !isDay(asOf)) throw badUserInput(`asOf must be a day, YYYY-MM-DD (got "${asOf}")`, "asOf");
    const knownMs = knownAtRaw === null ? null : Date.parse(knownAtRaw);
    if (knownAtRaw !== null && (knownMs === null || Number.isNaN(knownMs))) throw badUserInput(`knownAt must be a date and time, e.g. 2026-12-01T09:00:00+07:00 (got "${knownAtRaw}")`, "knownAt");
    const [b] = await db.run<Bounds>("era/time-bounds");
    if (asOf !== null) {
        if (asOf > todayVn(now)) throw badUserInput(`asOf ${asOf} is after today (${todayVn(now)}): the graph holds no facts about the future`, "asOf");
        if (b?.firstValid && asOf < b.firstValid) throw badUserInput(`asOf ${asOf} is before the first fact the graph holds (${b.firstValid}): nothing is known to have been true then`, "asOf");
    }
    let knownAt: string | null = null;
    if (knownMs !== null) {
        if (knownMs > now) throw badUserInput(`knownAt ${knownAtRaw} is in the future: the graph cannot know yet what it will learn`, "knownAt");
        knownAt = new Date(knownMs).toISOString();
        if (b?.firstRecorded && knownAt < b.firstRecorded) throw badUserInput(`knownAt ${knownAtRaw} is before the graph's first load (${b.firstRecorded}): it knew nothing then`, "knownAt");
    }
    return { asOf, knownAt };
}

/**
 * The map in force on a day for a tier: the 2025 units once every succession of the tier's kinds has
 * taken effect (provinces from 1 July 2025, ministries from 1 March 2025: SUCCEEDED_BY.effective, from
 * the legal sources in seed/reference/), else the 2023 units. An era asked for explicitly wins.
 */
export async function eraOn(db: Db, asOf: string | null, tier: Tier, asked: Era | null | undefined): Promise<Era> {
    if (asked) return asked;
    if (asOf === null) return "E2023";
    const [row] = await db.run<{ effective: string | null }>("era/map-effective", { kinds: TIER_KINDS[tier] });
    return row?.effective && asOf >= row.effective ? "E2025" : "E2023";
}

/** The latest snapshot whose day is on or before `asOf` (any agency's), or null before the first. */
export async function latestSnapshotOn(db: Db, asOf: string): Promise<string | null> {
    const dates = await db.run<{ snapshot: string; validFrom: string }>("era/snapshot-dates");
    const on = dates.filter((d) => d.validFrom <= asOf).sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
    return on[0]?.snapshot ?? null;
}

/**
 * Gives each connection of these agencies (null: every agency) the day it stops being valid — the next
 * snapshot covering its agency (cypher/era/close-links.cypher). Every writer of connections or
 * snapshots runs it in its own write scope, after writing.
 */
export async function closeLinks(db: Db, agencyIds: string[] | null): Promise<number> {
    const [r] = await db.write<{ links: number }>("era/close-links", { agencyIds });
    return r?.links ?? 0;
}
