// declaredVsObserved per question: every pair of the tier's working set (pairs.ts) that exists for the
// question — a link that holds on `asOf` as known at `knownAt`, or observed: a use of an import in force;
// one asset, or all — classified by 001's rules as declared.ts states them, counted per class, and the
// page cut, in one pass in answer order (pairs are kept sorted; classes are buckets, so the order holds).
import type { TimeArgs } from "../../kernel/time.js";
import type { UseRow } from "./series.js";
import type { PairFacts } from "./pairs.js";

/** What a question asks of the pairs (declared.ts computes the window's floors). */
export interface PairQuestion {
    time: TimeArgs;
    assetId: string | null;
    observed: boolean;
    /** The imports in force. */
    documents: ReadonlySet<string>;
    /** Observed: a covered month's floor (threshold × coverage); months not in the map do not count. */
    floors: ReadonlyMap<string, number>;
    covered: number;
    needed: number;
    /** Reported: the least total one link with regular traffic needs. */
    floor: number;
    offset: number;
    limit: number | null;
}

/** One pair of the page (cls: its index in CLASS_ORDER). */
export interface PairRow {
    cls: number;
    agencyId: string;
    agencyName: string;
    /** The 2023 agencies of the tier behind the pair (a 2025 unit's parts, or the agency itself). */
    agencyIds: string[];
    assetId: string | null;
    assetName: string | null;
    assetNumber: number | null;
    declaredOfficial: boolean;
    regularMonths: number | null;
    reported: number | null;
    /** The group's assets (its links, and observed: the assets it exchanged with). */
    links: number;
}

export interface PairAnswer {
    total: number;
    /** Pairs per class, in CLASS_ORDER. */
    counts: number[];
    page: PairRow[];
    /** Observed, every asset: traffic of the groups' agencies with services no asset provides. */
    unprovided: UseRow[];
}

/** Whether link l holds for the question's time: valid on `asOf` (not replaced by a later snapshot of its agency by then) and recorded by `knownAt`. */
function linkHolds(f: PairFacts, l: number, { asOf, knownAt }: TimeArgs): boolean {
    const recordedAt = f.linkRecordedAt[l]!;
    if (knownAt !== null && (recordedAt < 0 ? "" : f.times[recordedAt]!) > knownAt) return false;
    if (asOf === null) return true;
    const from = f.linkValidFrom[l]! < 0 ? null : f.times[f.linkValidFrom[l]!]!;
    if (from === null || from > asOf) return false;
    for (const [validFrom, at] of f.reportedIn[f.linkAgency[l]!]!) {
        const later = validFrom < 0 ? null : f.times[validFrom]!;
        if (later !== null && from < later && later <= asOf && (knownAt === null || (at < 0 ? "" : f.times[at]!) <= knownAt)) return false;
    }
    return true;
}

/** Months of regular use of pair p: per window month, the successes of the imports in force against its floor. */
function regularMonths(f: PairFacts, p: number, inForce: Uint8Array, floorOf: Float64Array): number {
    let count = 0;
    let one = -1;
    for (let u = f.useStart[p]!; u < f.useStart[p + 1]!; u++) {
        if (!inForce[f.useDocument[u]!]) continue;
        count += 1;
        one = u;
    }
    if (count === 0) return 0;
    let n = 0;
    if (count === 1) {
        // One aggregate (the usual case) is counted directly.
        for (let k = f.useMonthStart[one]!; k < f.useMonthStart[one + 1]!; k++) if (f.useSucceeded[k]! >= floorOf[f.useMonth[k]!]!) n += 1;
        return n;
    }
    // Several imports (or several 2025 parts) add up month by month first.
    const sum = new Map<number, number>();
    for (let u = f.useStart[p]!; u < f.useStart[p + 1]!; u++) {
        if (!inForce[f.useDocument[u]!]) continue;
        for (let k = f.useMonthStart[u]!; k < f.useMonthStart[u + 1]!; k++) sum.set(f.useMonth[k]!, (sum.get(f.useMonth[k]!) ?? 0) + f.useSucceeded[k]!);
    }
    for (const [m, s] of sum) if (s >= floorOf[m]!) n += 1;
    return n;
}

/** Every pair of the question classified (001's rules, as declared.ts states them), counted, and the page cut. */
export function classifyPairs(f: PairFacts, q: PairQuestion): PairAnswer {
    const n = f.pairGroup.length;
    const time = q.time;
    const timeless = time.asOf === null && time.knownAt === null;
    const assetFilter = q.assetId === null ? -1 : f.assets.findIndex((a) => a.id === q.assetId);
    // A month's floor by month index; months outside the window never reach theirs.
    const floorOf = new Float64Array(f.months.length).fill(Infinity);
    f.months.forEach((m, i) => q.floors.has(m) && (floorOf[i] = q.floors.get(m)!));
    const inForce = Uint8Array.from(f.documents, (d) => (q.documents.has(d) ? 1 : 0));
    // First pass: which pairs exist (a link that holds, or observed: a use of an import in force), their official flag, and each group's assets.
    const state = new Uint8Array(n); // bit 0: exists, bit 1: declared, bit 2: official
    const assetsOf = new Int32Array(f.groups.length);
    for (let p = 0; p < n; p++) {
        const asset = f.pairAsset[p]!;
        if (asset < 0 || (q.assetId !== null && asset !== assetFilter)) continue;
        let s = timeless ? f.declaredEver[p]! : 0;
        if (!timeless) {
            for (let l = f.linkStart[p]!; l < f.linkStart[p + 1]!; l++) {
                if (!linkHolds(f, l, time)) continue;
                s |= 3;
                if (f.linkOfficial[l]) s |= 4;
            }
        }
        if (q.observed && s === 0) for (let u = f.useStart[p]!; u < f.useStart[p + 1]! && s === 0; u++) if (inForce[f.useDocument[u]!]) s = 1;
        state[p] = s;
        if (s) assetsOf[f.pairGroup[p]!]! += 1;
    }
    // Second pass: the class of each pair (NONE: not in the answer), counted per class.
    const NONE = 255;
    const classOf = new Uint8Array(n).fill(NONE);
    const counts = [0, 0, 0, 0, 0];
    for (let p = 0; p < n; p++) {
        const group = f.groups[f.pairGroup[p]!]!;
        let cls: number = NONE;
        const s = state[p]!;
        const official = (s & 4) !== 0;
        if (f.pairAsset[p]! < 0) {
            if (!q.observed && assetsOf[f.pairGroup[p]!] === 0 && (group.reported ?? 0) > 0 && q.assetId === null) cls = 1;
        } else if (!s) {
            continue;
        } else if (q.observed) {
            // Undeclared traffic is its own class whatever its regularity.
            const isRegular = (s & 2) !== 0 && q.covered > 0 && regularMonths(f, p, inForce, floorOf) >= q.needed;
            cls = official && !isRegular ? 0 : (s & 2) === 0 ? 1 : !official && isRegular ? 2 : 4;
        } else if ((group.reported ?? 0) < q.floor) cls = official ? 0 : 4;
        else if (assetsOf[f.pairGroup[p]!] === 1) cls = official ? 4 : 2;
        else cls = 3;
        if (cls === NONE) continue;
        classOf[p] = cls;
        counts[cls]! += 1;
    }
    // The page: classes in order, and within a class the pairs in answer order (they are kept sorted).
    const page: number[] = [];
    const limit = q.limit ?? Infinity;
    let skip = q.offset;
    for (let cls = 0; cls < counts.length && page.length < limit; cls++) {
        if (skip >= counts[cls]!) {
            skip -= counts[cls]!;
            continue;
        }
        for (let p = 0; p < n && page.length < limit; p++) {
            if (classOf[p] !== cls) continue;
            if (skip > 0) skip -= 1;
            else page.push(p);
        }
    }
    return {
        total: counts.reduce((x, y) => x + y, 0),
        counts,
        page: page.map((p) => {
            const g = f.pairGroup[p]!;
            const group = f.groups[g]!;
            const asset = f.assets[f.pairAsset[p]!];
            return {
                cls: classOf[p]!,
                agencyId: group.id, agencyName: group.name, agencyIds: group.agencyIds,
                assetId: asset?.id ?? null, assetName: asset ? (asset.name ?? asset.id) : null, assetNumber: asset?.number ?? null,
                declaredOfficial: (state[p]! & 4) !== 0, regularMonths: q.observed && asset ? regularMonths(f, p, inForce, floorOf) : null, reported: group.reported, links: assetsOf[g]!,
            };
        }),
        unprovided: q.observed && q.assetId === null ? f.unprovided.filter((u) => q.documents.has(u.documentId)) : [],
    };
}
