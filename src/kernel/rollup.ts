// Rolling 2023 answers up to 2025 units: one query for the succession map, then pure grouping, so
// a rolled-up question costs one extra round trip whatever its size.
import type { Db } from "../db/run.js";
import type { AgencyKind } from "./tier.js";

/** How many of a 2025 unit's 2023 parts meet a requirement (the GraphQL enum Coverage). */
export type Coverage = "FULL" | "PARTIAL" | "NONE";

export interface Unit2025 {
    id: string;
    name: string;
    kind: AgencyKind;
    parts: { id: string; name: string }[];
}

export function loadUnits(db: Db, kinds: AgencyKind[]): Promise<Unit2025[]> {
    return db.run<Unit2025>("era/successions", { kinds });
}

/** FULL when every part satisfies `ok`, PARTIAL when some do, NONE otherwise. */
export function coverageOf(parts: { id: string }[], ok: (id: string) => boolean): Coverage {
    const n = parts.filter((p) => ok(p.id)).length;
    return n === parts.length ? "FULL" : n > 0 ? "PARTIAL" : "NONE";
}

export function countCoverage(values: Coverage[]): { coverage: Coverage; count: number }[] {
    return (["FULL", "PARTIAL", "NONE"] as const).map((coverage) => ({ coverage, count: values.filter((v) => v === coverage).length }));
}
