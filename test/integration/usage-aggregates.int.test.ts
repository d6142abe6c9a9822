// Issue 29: declaredVsObserved and criticality count, classify and page from the aggregates each usage
// import writes (src/modules/usage/ingest/materialise.ts), read into working sets (pairs.ts,
// criticality-inputs.ts; here built for each call: the context keeps none). Their answers must be exactly those of the
// computation before (every consumer–service pair read from OBSERVED_USE: test/helpers/usage-reference.ts),
// on the seed with the sample imports (a CSV, then a log replacing it: superseded rows kept, `knownAt`
// before and after) and on a generated national-style log (bench/usage-log.ts): every tier, both bases
// and eras, thresholds, windows, one asset, several pages, `asOf` and `knownAt`. Each test is rolled back.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nationalRows } from "../../bench/national.js";
import { logMapping, planLog, platformRows, writeLog } from "../../bench/usage-log.js";
import { writeRows } from "../../seed/load.js";
import { loadQueries } from "../../src/db/queries.js";
import { createDb, type Db } from "../../src/db/run.js";
import { GraphVersion } from "../../src/kernel/cache/graph-version.js";
import { MemoryBudget } from "../../src/kernel/cache/memory-budget.js";
import { VersionMemos } from "../../src/kernel/cache/version-memo.js";
import type { QueryDeclaredVsObservedArgs } from "../../src/__generated__/resolvers-types.js";
import { declaredVsObserved } from "../../src/modules/usage/declared.js";
import { criticality } from "../../src/modules/usage/criticality.js";
import { observedByAsset, readCriticalityInputs } from "../../src/modules/usage/criticality-inputs.js";
import { loadImports, makeWindow } from "../../src/modules/usage/window.js";
import { useRollbackServer } from "../helpers/neo4j.js";
import { importInto, sharedSampleFiles, type SampleFiles } from "../helpers/usage.js";
import { referenceDeclaredVsObserved } from "../helpers/usage-reference.js";

const t = useRollbackServer();
let files: SampleFiles;
beforeAll(async () => {
    files = await sharedSampleFiles();
});

const db = (): Db => createDb(t.tx, loadQueries());
const call = (resolver: unknown, args: Record<string, unknown>, ctx: Record<string, unknown> = {}) => (resolver as (p: unknown, a: unknown, c: unknown, i: unknown) => Promise<any>)(undefined, args, { db: db(), ...ctx }, undefined);

// Working sets kept across questions as a server keeps them (per graph version, src/kernel/cache/
// version-memo.ts): each answer is asked again of them, so pages, thresholds, windows, asOf and knownAt
// are answered from sets built by earlier questions. The test's writes (in its transaction) advance the
// version as a write scope announces a commit, which drops them.
let version = 0;
const versionSource = new GraphVersion({ run: async () => [{ version }] } as unknown as Db, 60_000);
const sets = new VersionMemos(versionSource, new MemoryBudget(256 << 20), { maxEntryShare: 1 });
const memos = new VersionMemos(versionSource, new MemoryBudget(16 << 20));
const wrote = (): void => versionSource.advanceTo(++version);
const kept = { workingSets: sets, memos };
beforeAll(() => versionSource.start());
afterAll(() => versionSource.stop());

type Args = Partial<QueryDeclaredVsObservedArgs>;
const full = (a: Args): Args => ({ tier: "PROVINCE", regular: { minMonthlyExchanges: 100, minMonthShare: 0.75 }, limit: 100, offset: 0, ...a });

/**
 * The reference's answer for a page. The reference reads, classifies and sorts every pair whatever the
 * page, slices the page (slicePage) and then fills in each pair on it from that pair's own links and
 * uses: its page is its whole answer's slice. So the page is cut from the whole answer instead of
 * running the reference's full read again per page; past the first 5,000 pairs (all the whole answer
 * holds) the reference is asked. The first page of each basis is asked too, to show the slice is its answer.
 */
type Reference = Awaited<ReturnType<typeof referenceDeclaredVsObserved>>;
const sliceShown = new Set<string>();
async function referencePage(whole: Reference, args: Args): Promise<Reference> {
    const { offset = 0, limit = 100 } = args;
    if (whole.pairs.length < whole.total && offset + limit > whole.pairs.length) return referenceDeclaredVsObserved(db(), args);
    const page = { ...whole, pairs: whole.pairs.slice(offset, offset + limit) };
    if (!sliceShown.has(whole.basis)) {
        expect(await referenceDeclaredVsObserved(db(), args), `the reference's own page ${JSON.stringify(args)}`).toEqual(page);
        sliceShown.add(whole.basis);
    }
    return page;
}

/** The new answer against the reference, page by page over the whole list (and the whole list at once). */
async function same(a: Args, pageSize: number): Promise<{ total: number; basis: string }> {
    const whole = await referenceDeclaredVsObserved(db(), full({ ...a, limit: 5000 }));
    expect(await call(declaredVsObserved, full({ ...a, limit: 5000 })), JSON.stringify(a)).toEqual(whole);
    expect(await call(declaredVsObserved, full({ ...a, limit: 5000 }), kept), `${JSON.stringify(a)}, working set kept`).toEqual(whole);
    const pages = Math.min(3, Math.ceil(whole.total / pageSize));
    for (let i = 0; i < pages; i++) {
        const offset = Math.floor((i * whole.total) / pages);
        const args = full({ ...a, limit: pageSize, offset });
        const expected = await referencePage(whole, args);
        expect(await call(declaredVsObserved, args), JSON.stringify(args)).toEqual(expected);
        expect(await call(declaredVsObserved, args, kept), `${JSON.stringify(args)}, working set kept`).toEqual(expected);
    }
    return { total: whole.total, basis: whole.basis };
}

/** Criticality's per-asset figures from its working set's aggregates against the reference query, for the resolver's parameters. */
async function sameByAsset(kinds: string[], era: 2023 | 2025, from?: string, to?: string): Promise<number> {
    const w = makeWindow(await loadImports(db()), from, to, null);
    if (w.basis !== "OBSERVED") return 0;
    const params = { from: w.months[0]!, to: w.months[w.months.length - 1]!, kinds, era, documents: [...w.imports.keys()] };
    type Row = { assets: { assetId: string; exchanges: number; agencies: number }[]; platform: { exchanges: number; agencies: number } };
    const byId = (r: Row | undefined) => ({ platform: r?.platform, assets: [...(r?.assets ?? [])].sort((x, y) => (x.assetId < y.assetId ? -1 : 1)) });
    const now = observedByAsset(await readCriticalityInputs(db()), { ...params, documents: new Set(params.documents) });
    const [ref] = await db().run<Row>("usage/reference-observed-by-asset", params);
    expect(byId({ platform: now.platform, assets: [...now.assets].map(([assetId, a]) => ({ assetId, ...a })) }), JSON.stringify({ kinds, era, from, to })).toEqual(byId(ref));
    return now.assets.size;
}

const TIERS = ["MINISTRY", "MINISTRY_OR_AGENCY", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ENTERPRISE"] as const;

describe("usage questions from the import-time aggregates", () => {
    it("on the seed: no usage (reported basis), the 2023 CSV, then a log replacing it — every tier, both eras, asOf and knownAt", { timeout: 600_000 }, async () => {
        wrote();
        for (const tier of ["PROVINCE", "MINISTRY_OR_AGENCY", "ENTERPRISE"] as const) await same({ tier }, 37);
        await same({ tier: "PROVINCE", era: "E2025" }, 13);
        const csv = await importInto(t.tx, files.csv);
        wrote();
        await new Promise((r) => setTimeout(r, 20));
        const between = new Date().toISOString();
        const observed: Record<string, number> = {};
        for (const tier of TIERS) observed[tier] = (await same({ tier }, 29)).total;
        expect((await same({ tier: "PROVINCE" }, 50)).basis).toBe("OBSERVED");
        for (const tier of ["PROVINCE", "MINISTRY_OR_AGENCY"] as const) {
            await same({ tier, era: "E2025" }, 11);
            await same({ tier, asOf: "2023-03-15" }, 31);
        }
        await same({ tier: "PROVINCE", basis: "REPORTED" }, 23);
        await same({ tier: "PROVINCE", regular: { minMonthlyExchanges: 1000, minMonthShare: 0.5 } }, 31);
        await same({ tier: "PROVINCE", from: "2023-02", to: "2023-04" }, 31);
        await same({ tier: "PROVINCE", asOf: "2023-01-10", era: "E2023" }, 31);
        await same({ tier: "PROVINCE", asset: "asset:001:2" }, 7);
        expect(Object.values(observed).some((n) => n > 0)).toBe(true);
        // The log of the small services replaces the CSV: the CSV's rows and aggregates stay, superseded.
        await new Promise((r) => setTimeout(r, 20));
        const log = await importInto(t.tx, files.opmon, { mapping: files.mapping, replace: [csv.documentId] });
        wrote();
        expect(log.replaced).toEqual([csv.documentId]);
        const after = new Date().toISOString();
        for (const tier of ["PROVINCE", "MINISTRY_OR_AGENCY"] as const) {
            await same({ tier }, 29);
            await same({ tier, knownAt: between }, 29);
            await same({ tier, knownAt: after, asOf: "2023-05-31" }, 29);
        }
        // As known between the two imports, the answer is the CSV's.
        const asKnown = await call(declaredVsObserved, full({ tier: "PROVINCE", knownAt: between, limit: 5000 }));
        expect(asKnown.note).toContain(path.basename(files.csv));
        for (const [kinds, era] of [[[], 2023], [["PROVINCE"], 2023], [["PROVINCE"], 2025], [["MINISTRY", "GOVERNMENT_AGENCY"], 2023]] as const) {
            expect(await sameByAsset([...kinds], era)).toBeGreaterThan(0);
            await sameByAsset([...kinds], era, "2023-03", "2023-04");
        }
        const ranking = await call(criticality, { tiers: null, era: "E2023", limit: 1000, offset: 0 });
        expect(ranking.basis).toBe("OBSERVED");
        expect(ranking.assets[0].id).toBe("asset:ndxp");
        for (const args of [{ tiers: null, era: "E2023" }, { tiers: ["PROVINCE"], era: "E2025", from: "2023-03", to: "2023-04" }, { tiers: ["MINISTRY_OR_AGENCY"], era: "E2023", basis: "REPORTED" }]) {
            const q = { limit: 1000, offset: 0, ...args };
            expect(await call(criticality, q, kept), JSON.stringify(q)).toEqual(await call(criticality, q));
        }
    });

    it("on a generated log: provinces and departments, several pages, windows, asOf and knownAt", { timeout: 600_000 }, async () => {
        wrote();
        // A national-style graph without communes, fewer links per agency and one month of figures,
        // written in the test's transaction, and a log of 60,000 records over 2024 for it.
        const rows = nationalRows({ communes: 0, assetsPerAgency: 6, months: 1 });
        await writeRows(t.tx, rows, { batchSize: 5000 });
        await writeRows(t.tx, platformRows(), { batchSize: 5000 });
        const plan = planLog(rows);
        const dir = mkdtempSync(path.join(os.tmpdir(), "usage-aggregates-"));
        const mapping = path.join(dir, "national.mapping.json");
        writeFileSync(mapping, JSON.stringify(logMapping(plan)));
        const file = path.join(dir, "national-2024.jsonl.gz");
        await writeLog(plan, 60_000, file);
        const before = new Date().toISOString();
        await new Promise((r) => setTimeout(r, 20));
        const r = await importInto(t.tx, file, { mapping });
        wrote();
        expect(r.records).toBe(60_000);
        expect((await same({ tier: "MINISTRY" }, 10)).basis).toBe("OBSERVED");
        for (const tier of ["PROVINCE", "DEPARTMENT"] as const) {
            const { total, basis } = await same({ tier }, 100);
            expect(basis).toBe("OBSERVED");
            expect(total).toBeGreaterThan(100);
            await same({ tier, from: "2024-03", to: "2024-05" }, 250);
            await same({ tier, regular: { minMonthlyExchanges: 3, minMonthShare: 0.5 } }, 250);
            await same({ tier, knownAt: before }, 250);
            await same({ tier, asOf: "2024-06-30" }, 250);
        }
        await same({ tier: "DEPARTMENT", asset: "syn:asset:7" }, 10);
        for (const [kinds, era] of [[[], 2023], [["PROVINCE"], 2023], [["DEPARTMENT"], 2023], [["PROVINCE"], 2025]] as const) {
            expect(await sameByAsset([...kinds], era)).toBeGreaterThan(100);
            await sameByAsset([...kinds], era, "2024-02", "2024-02");
        }
    });
});
