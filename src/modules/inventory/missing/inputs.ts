// What the missing-database questions read beside the duplicate analysis (agencies, official links,
// snapshot coverage, reference kinds), read once per analysis — whose version already moves with every
// import, connection and agency — and kept with it, so they count in the same region of the memory
// budget (the analysis's views grow its entry: analysis.ts).
import type { Db } from "../../../db/run.js";
import { duplicateAnalysisAt, type Analysis } from "../duplicates/analysis.js";
import { NO_TIME, type TimeArgs } from "../../../kernel/time.js";

export interface AgencyRow {
    id: string;
    name: string;
    kind: string;
    era: number;
    parentId: string | null;
    unitId: string | null;
    unitName: string | null;
    unitKind: string | null;
}

export interface TimedFact {
    validFrom: string | null;
    recordedAt: string | null;
}

export interface OfficialLink extends TimedFact {
    agencyId: string;
    assetId: string;
}

export interface ReferenceRow extends TimedFact {
    id: string;
    kind: string;
    description: string | null;
    appliesTo: string;
    /** A tier (PROVINCE, MINISTRY…) when the row applies to one, else null. */
    appliesTier: string | null;
    /** A department kind's key (`so-tu-phap`) when the row applies to one, else null. */
    appliesKey: string | null;
    appliesName: string | null;
    responsible: string | null;
    responsibleKey: string | null;
    legalBasis: string | null;
    documentId: string;
    file: string;
    locator: string;
}

export interface MissingInputs {
    agencies: Map<string, AgencyRow>;
    /** 2025 unit → its 2023 parts. */
    parts: Map<string, string[]>;
    /** `agency|asset` → its OFFICIAL connection facts. */
    links: Map<string, OfficialLink[]>;
    /** agency → the snapshots that cover it (a link a later snapshot does not list was not there then). */
    coverage: Map<string, TimedFact[]>;
    references: ReferenceRow[];
}

interface Row {
    agencies: AgencyRow[];
    links: OfficialLink[];
    coverage: (TimedFact & { agencyId: string })[];
    references: ReferenceRow[];
}

const loaded = new WeakMap<Analysis, Promise<MissingInputs>>();

/**
 * The analysis of the items valid on `time.asOf` and recorded by `time.knownAt` (duplicateAnalysisAt: matched
 * and clustered among themselves), and the inputs read with it (one read per analysis; concurrent
 * requests share it).
 */
export async function missingAnalysis(db: Db, time: TimeArgs = NO_TIME): Promise<{ a: Analysis; inputs: MissingInputs }> {
    const a = await duplicateAnalysisAt(db, time);
    let p = loaded.get(a);
    if (!p) {
        p = readMissingInputs(db).then((inputs) => {
            // Not kept with an analysis at its bound: read again by the next question.
            if (a.onGrow?.(inputs) === false) loaded.delete(a);
            return inputs;
        });
        loaded.set(a, p);
        p.catch(() => loaded.delete(a));
    }
    return { a, inputs: await p };
}

/** Reads the inputs (one query); missingAnalysis keeps them with their analysis. */
export async function readMissingInputs(db: Db): Promise<MissingInputs> {
    const [row] = await db.run<Row>("inventory/missing-inputs");
    const agencies = new Map((row?.agencies ?? []).map((g) => [g.id, g]));
    const parts = new Map<string, string[]>();
    for (const g of agencies.values()) if (g.unitId && g.era === 2023) parts.set(g.unitId, [...(parts.get(g.unitId) ?? []), g.id]);
    const links = new Map<string, OfficialLink[]>();
    for (const l of row?.links ?? []) links.set(`${l.agencyId}|${l.assetId}`, [...(links.get(`${l.agencyId}|${l.assetId}`) ?? []), l]);
    const coverage = new Map<string, TimedFact[]>();
    for (const c of row?.coverage ?? []) coverage.set(c.agencyId, [...(coverage.get(c.agencyId) ?? []), { validFrom: c.validFrom, recordedAt: c.recordedAt }]);
    return { agencies, parts, links, coverage, references: row?.references ?? [] };
}
