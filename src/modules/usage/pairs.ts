// declaredVsObserved's working set: every agency–asset pair a tier can have (an agency, or a 2025 unit
// with its 2023 parts, × an asset it declared a link to or exchanged with under any import), with the
// facts that decide whether the pair exists and what its class is for any question — the links with
// their validity, the snapshots covering each agency, the import-time aggregates of every import, the
// Phụ lục 4 totals (cypher/usage/declared-pair-facts.cypher). Built once per graph version and tier
// (ctx.workingSets, the working sets' memory budget), in the order the answer sorts pairs in (the
// group's sortName, the asset's number and id, the group's id), so a question filters, classifies,
// counts and pages in one pass over typed arrays (pair-classes.ts): no sort and no Neo4j read per question.
import type { Db } from "../../db/run.js";
import type { UseRow } from "./series.js";

/** A group of the tier: an agency, or a 2025 unit with its 2023 parts of the tier's kinds. */
interface Group {
    id: string;
    name: string;
    agencyIds: string[];
    /** Its agencies' Phụ lục 4 totals added up, or null when none is listed. */
    reported: number | null;
}

/** One import's monthly successes of a pair (OBSERVED_ASSET with `provided`). */
export interface Use {
    /** The import (index into `documents`). */
    document: number;
    /** Month indexes (into `months`) and the successes in each. */
    month: number[];
    succeeded: number[];
}

export interface PairFacts {
    groups: Group[];
    assets: { id: string; name: string | null; number: number | null }[];
    /** Pairs in answer order: their group and asset (-1: the group's pair without an asset, reported basis). */
    pairGroup: Int32Array;
    pairAsset: Int32Array;
    /** Links of pair p: positions linkStart[p] … linkStart[p + 1] - 1. */
    linkStart: Int32Array;
    /** Per pair, whatever the time: 3 when it has a link, 7 when one is OFFICIAL (classifyPairs' state bits), else 0. */
    declaredEver: Uint8Array;
    linkOfficial: Uint8Array;
    /** The link's agency (its REPORTED_IN list) and its validFrom / recordedAt (indexes into `times`; -1: none). */
    linkAgency: Int32Array;
    linkValidFrom: Int32Array;
    linkRecordedAt: Int32Array;
    /** Per agency, the snapshots covering it: [validFrom, recordedAt] indexes into `times`. */
    reportedIn: [number, number][][];
    times: string[];
    /** Uses of pair p: useStart[p] … useStart[p + 1] - 1. */
    useStart: Int32Array;
    uses: Use[];
    months: string[];
    documents: string[];
    /** OBSERVED_UNPROVIDED of the groups' agencies, every import. */
    unprovided: UseRow[];
}

interface FactRow {
    agencyId: string;
    groupId: string;
    groupName: string;
    groupSort: string | null;
    links: [string, string | null, string | null, string | null][];
    reportedIn: [string | null, string | null][];
    uses: [string, string, string[], number[]][];
    unprovided: UseRow[];
    reported: number | null;
}

/** Cypher's ORDER BY on strings: code points, null last. */
function compareText(a: string | null, b: string | null): number {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    // UTF-16 order is code-point order unless surrogates are involved.
    if (!/[\ud800-\udfff]/.test(a + b)) return a < b ? -1 : 1;
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
}

/** An index per distinct value, so repeated strings are held once. */
function interner(): { table: string[]; of(s: string | null): number } {
    const table: string[] = [];
    const at = new Map<string, number>();
    return {
        table,
        of: (s) => {
            if (s === null || s === undefined) return -1;
            let i = at.get(s);
            if (i === undefined) at.set(s, (i = table.push(s) - 1));
            return i;
        },
    };
}

export async function readPairFacts(db: Db, kinds: string[], unitKinds: string[] | null): Promise<PairFacts> {
    const [rows, assetRows] = await Promise.all([
        db.run<FactRow>("usage/declared-pair-facts", { kinds, unitKinds }),
        db.run<{ id: string; name: string | null; number: number | null }>("usage/assets"),
    ]);
    const assetIndex = new Map(assetRows.map((a, i) => [a.id, i]));
    const groups: Group[] = [];
    const groupIndex = new Map<string, number>();
    const sortOf: (string | null)[] = [];
    const times = interner();
    const months = interner();
    const documents = interner();
    const reportedIn: [number, number][][] = [];
    const unprovided: UseRow[] = [];
    // Per pair key (group × asset): its links and uses, gathered before the pairs are ordered.
    type Gathered = { group: number; asset: number; links: [number, number, number, number][]; uses: Use[] };
    const byPair = new Map<number, Gathered>();
    const pair = (group: number, asset: number): Gathered => {
        const key = group * (assetRows.length + 1) + asset + 1;
        let p = byPair.get(key);
        if (!p) byPair.set(key, (p = { group, asset, links: [], uses: [] }));
        return p;
    };
    for (const r of rows) {
        let g = groupIndex.get(r.groupId);
        if (g === undefined) {
            groupIndex.set(r.groupId, (g = groups.push({ id: r.groupId, name: r.groupName, agencyIds: [], reported: null }) - 1));
            sortOf.push(r.groupSort);
            pair(g, -1);
        }
        const group = groups[g]!;
        group.agencyIds.push(r.agencyId);
        if (r.reported !== null) group.reported = (group.reported ?? 0) + r.reported;
        const agency = reportedIn.push(r.reportedIn.map(([from, at]) => [times.of(from), times.of(at)])) - 1;
        for (const [assetId, status, validFrom, recordedAt] of r.links) {
            const asset = assetIndex.get(assetId);
            if (asset !== undefined) pair(g, asset).links.push([status === "OFFICIAL" ? 1 : 0, agency, times.of(validFrom), times.of(recordedAt)]);
        }
        for (const [assetId, documentId, ms, succeeded] of r.uses) {
            const asset = assetIndex.get(assetId);
            if (asset !== undefined) pair(g, asset).uses.push({ document: documents.of(documentId), month: ms.map((m) => months.of(m)), succeeded });
        }
        unprovided.push(...r.unprovided);
    }
    // The answer's order after the class: the group's sortName, the asset's number (none: 1e9) and id (none: ''), the group's id.
    const ordered = [...byPair.values()].sort((x, y) => {
        const ax = assetRows[x.asset];
        const ay = assetRows[y.asset];
        return compareText(sortOf[x.group]!, sortOf[y.group]!) || (ax?.number ?? 1e9) - (ay?.number ?? 1e9) || compareText(ax?.id ?? "", ay?.id ?? "") || compareText(groups[x.group]!.id, groups[y.group]!.id);
    });
    const n = ordered.length;
    const f: PairFacts = {
        groups, assets: assetRows, pairGroup: new Int32Array(n), pairAsset: new Int32Array(n),
        linkStart: new Int32Array(n + 1), declaredEver: new Uint8Array(n), linkOfficial: new Uint8Array(0), linkAgency: new Int32Array(0), linkValidFrom: new Int32Array(0), linkRecordedAt: new Int32Array(0),
        reportedIn, times: times.table, useStart: new Int32Array(n + 1), uses: [], months: months.table, documents: documents.table, unprovided,
    };
    const links = ordered.reduce((k, p) => k + p.links.length, 0);
    Object.assign(f, { linkOfficial: new Uint8Array(links), linkAgency: new Int32Array(links), linkValidFrom: new Int32Array(links), linkRecordedAt: new Int32Array(links) });
    let l = 0;
    ordered.forEach((p, i) => {
        f.pairGroup[i] = p.group;
        f.pairAsset[i] = p.asset;
        f.linkStart[i] = l;
        for (const [official, agency, validFrom, recordedAt] of p.links) {
            f.declaredEver[i]! |= official ? 7 : 3;
            f.linkOfficial[l] = official;
            f.linkAgency[l] = agency;
            f.linkValidFrom[l] = validFrom;
            f.linkRecordedAt[l] = recordedAt;
            l += 1;
        }
        f.useStart[i] = f.uses.length;
        f.uses.push(...p.uses);
    });
    f.linkStart[n] = l;
    f.useStart[n] = f.uses.length;
    return f;
}
