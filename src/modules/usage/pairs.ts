// declaredVsObserved's working set: every agency–asset pair a tier can have (an agency, or a 2025 unit
// with its 2023 parts, × an asset it declared a link to or exchanged with under any import), with the
// facts that decide whether the pair exists and what its class is for any question — the links with
// their validity, the snapshots covering each agency, the import-time aggregates of every import, the
// Phụ lục 4 totals (cypher/usage/declared-pair-groups.cypher, declared-pair-facts.cypher, read CHUNK
// agencies at a time so that building holds little more than the set). Built once per graph version and tier
// (ctx.workingSets, the working sets' memory budget), in the order the answer sorts pairs in (the
// group's sortName, the asset's number and id, the group's id), so a question filters, classifies,
// counts and pages in one pass over typed arrays (pair-classes.ts): no sort and no Neo4j read per question.
import type { Db } from "../../db/run.js";
import type { UseRow } from "./series.js";
import { IntColumn, interner } from "./tables.js";

/** A group of the tier: an agency, or a 2025 unit with its 2023 parts of the tier's kinds. */
interface Group {
    id: string;
    name: string;
    agencyIds: string[];
    /** Its agencies' Phụ lục 4 totals added up, or null when none is listed. */
    reported: number | null;
}

/** One import's monthly successes of a pair (OBSERVED_ASSET with `provided`), as read. */
interface Use {
    document: number;
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
    /** Uses of pair p (one per import: OBSERVED_ASSET with `provided`): useStart[p] … useStart[p + 1] - 1. */
    useStart: Int32Array;
    /** The use's import (index into `documents`). */
    useDocument: Int32Array;
    /** Months of use u: useMonthStart[u] … useMonthStart[u + 1] - 1 — indexes into `months`, and the successes in each. */
    useMonthStart: Int32Array;
    useMonth: Int32Array;
    useSucceeded: Float64Array;
    months: string[];
    documents: string[];
    /** OBSERVED_UNPROVIDED of the groups' agencies, every import. */
    unprovided: UseRow[];
}

/** An agency of the tier with its group, in group order (cypher/usage/declared-pair-groups.cypher). */
interface AgencyRow {
    agencyId: string;
    groupId: string;
    groupName: string;
    groupSort: string | null;
}

/** One agency's facts (cypher/usage/declared-pair-facts.cypher). */
interface FactRow {
    agencyId: string;
    links: [string, string | null, string | null, string | null][];
    reportedIn: [string | null, string | null][];
    uses: [string, string, string[], number[]][];
    unprovided: UseRow[];
    reported: number | null;
}

/** Agencies whose facts are read per query: what the API holds at once while building (a commune tier has ~660,000 links). */
const CHUNK = 500;

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

/** Dense ranks of `items` under `compare` (equal items share a rank). */
function ranks<T>(items: T[], compare: (a: T, b: T) => number): Int32Array {
    const order = items.map((_, i) => i).sort((i, j) => compare(items[i]!, items[j]!));
    const rank = new Int32Array(items.length);
    order.forEach((i, k) => (rank[i] = k > 0 && compare(items[order[k - 1]!]!, items[i]!) === 0 ? rank[order[k - 1]!]! : k));
    return rank;
}

/**
 * Positions start[0 … n] and the order in which items grouped by `keyOf` (0 … n - 1) follow each other:
 * a counting sort, so the facts of each pair lie together, in the order they were read.
 */
function groupBy(count: number, n: number, keyOf: (i: number) => number): { start: Int32Array; order: Int32Array } {
    const start = new Int32Array(n + 1);
    for (let i = 0; i < count; i++) start[keyOf(i) + 1]! += 1;
    for (let k = 0; k < n; k++) start[k + 1]! += start[k]!;
    const next = start.slice(0, n);
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) order[next[keyOf(i)]!++] = i;
    return { start, order };
}

export async function readPairFacts(db: Db, kinds: string[], unitKinds: string[] | null): Promise<PairFacts> {
    const [agencies, assets] = await Promise.all([
        db.run<AgencyRow>("usage/declared-pair-groups", { kinds, unitKinds }),
        db.run<{ id: string; name: string | null; number: number | null }>("usage/assets"),
    ]);
    const assetIndex = new Map(assets.map((a, i) => [a.id, i]));
    const groups: Group[] = [];
    const groupSort: (string | null)[] = [];
    const times = interner();
    const months = interner();
    const documents = interner();
    const reportedIn: [number, number][][] = [];
    const unprovided: UseRow[] = [];
    // Pairs, links and uses as they are read (agencies come group by group; a group's pairs by asset).
    const pair = { group: new IntColumn(), asset: new IntColumn() };
    const link = { pair: new IntColumn(), official: new IntColumn(), agency: new IntColumn(), validFrom: new IntColumn(), recordedAt: new IntColumn() };
    const usePair = new IntColumn();
    const useFacts: Use[] = [];
    let pairOfAsset = new Map<number, number>();
    const pairOf = (asset: number): number => {
        let p = pairOfAsset.get(asset);
        if (p === undefined) {
            pair.group.push(groups.length - 1);
            pairOfAsset.set(asset, (p = pair.asset.push(asset)));
        }
        return p;
    };
    for (let from = 0; from < agencies.length; from += CHUNK) {
        const chunk = agencies.slice(from, from + CHUNK);
        const facts = new Map((await db.run<FactRow>("usage/declared-pair-facts", { agencyIds: chunk.map((a) => a.agencyId) })).map((r) => [r.agencyId, r]));
        for (const a of chunk) {
            // An agency removed since the first read (a write in between: this set is then not kept) is left out.
            const r = facts.get(a.agencyId);
            if (!r) continue;
            if (groups[groups.length - 1]?.id !== a.groupId) {
                groups.push({ id: a.groupId, name: a.groupName, agencyIds: [], reported: null });
                groupSort.push(a.groupSort);
                pairOfAsset = new Map();
                pairOf(-1);
            }
            const group = groups[groups.length - 1]!;
            group.agencyIds.push(a.agencyId);
            if (r.reported !== null) group.reported = (group.reported ?? 0) + r.reported;
            const agency = reportedIn.push(r.reportedIn.map(([validFrom, at]) => [times.of(validFrom), times.of(at)])) - 1;
            for (const [assetId, status, validFrom, recordedAt] of r.links) {
                const asset = assetIndex.get(assetId);
                if (asset === undefined) continue;
                link.pair.push(pairOf(asset));
                link.official.push(status === "OFFICIAL" ? 1 : 0);
                link.agency.push(agency);
                link.validFrom.push(times.of(validFrom));
                link.recordedAt.push(times.of(recordedAt));
            }
            for (const [assetId, documentId, ms, succeeded] of r.uses) {
                const asset = assetIndex.get(assetId);
                if (asset === undefined) continue;
                usePair.push(pairOf(asset));
                useFacts.push({ document: documents.of(documentId), month: ms.map((m) => months.of(m)), succeeded });
            }
            unprovided.push(...r.unprovided);
        }
    }
    // The answer's order after the class: the group's sortName, the asset's number (none: 1e9) and id (none: ''), the group's id.
    const groupRank = ranks(groups.map((_, i) => i), (i, j) => compareText(groupSort[i]!, groupSort[j]!));
    const groupTie = ranks(groups, (x, y) => compareText(x.id, y.id));
    const assetRank = ranks([...assets.map((a) => [a.number ?? 1e9, a.id] as const), [1e9, ""] as const], (x, y) => x[0] - y[0] || compareText(x[1], y[1]));
    const n = pair.group.length;
    const rankOf = (p: number): number => assetRank[pair.asset.at(p) < 0 ? assets.length : pair.asset.at(p)]!;
    const order = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => {
        const gx = pair.group.at(x);
        const gy = pair.group.at(y);
        return groupRank[gx]! - groupRank[gy]! || rankOf(x) - rankOf(y) || groupTie[gx]! - groupTie[gy]!;
    });
    const position = new Int32Array(n);
    order.forEach((p, k) => (position[p] = k));
    const links = groupBy(link.pair.length, n, (l) => position[link.pair.at(l)]!);
    const uses = groupBy(usePair.length, n, (u) => position[usePair.at(u)]!);
    const at = (column: IntColumn) => Int32Array.from(links.order, (l) => column.at(l));
    const linkOfficial = Uint8Array.from(links.order, (l) => link.official.at(l));
    const inOrder = Array.from(uses.order, (u) => useFacts[u]!);
    const useMonthStart = new Int32Array(inOrder.length + 1);
    inOrder.forEach((u, i) => (useMonthStart[i + 1] = useMonthStart[i]! + u.month.length));
    const declaredEver = new Uint8Array(n);
    for (let p = 0; p < n; p++) for (let l = links.start[p]!; l < links.start[p + 1]!; l++) declaredEver[p]! |= linkOfficial[l] ? 7 : 3;
    return {
        groups, assets, pairGroup: Int32Array.from(order, (p) => pair.group.at(p)), pairAsset: Int32Array.from(order, (p) => pair.asset.at(p)),
        linkStart: links.start, declaredEver, linkOfficial, linkAgency: at(link.agency), linkValidFrom: at(link.validFrom), linkRecordedAt: at(link.recordedAt),
        reportedIn, times: times.table, useStart: uses.start, useDocument: Int32Array.from(inOrder, (u) => u.document), useMonthStart,
        useMonth: Int32Array.from(inOrder.flatMap((u) => u.month)), useSucceeded: Float64Array.from(inOrder.flatMap((u) => u.succeeded)), months: months.table, documents: documents.table, unprovided,
    };
}
