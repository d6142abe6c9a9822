// Every purpose-built question over every valid combination of its inputs on the seeded graph: each
// asset (by id, number and code), each agency of both eras, each tier, status, snapshot, era and
// depth, and hostile search strings. No answer may be an internal error, and each answer's own
// invariants must hold (checked ≥ gaps, matrix totals = sums of cells, impact total = sum of services…).
// Invalid combinations must be refused with BAD_USER_INPUT, never answered with an internal error.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();

const TIERS = ["MINISTRY", "MINISTRY_OR_AGENCY", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ENTERPRISE"] as const;
const ERAS = ["E2023", "E2025"] as const;
const SNAPSHOTS = [null, "Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"] as const;
const STATUSES = ["OFFICIAL", "ANY"] as const;
const ERA_TIERS = new Set(["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY"]);

type Answer = Awaited<ReturnType<typeof t.ask>>;

/**
 * Asks every item with a few requests in flight (`inFlight`) and checks each answer; returns how many.
 * The server runs in this process, so its CPU, not Neo4j, bounds the pace: twelve in flight were no
 * faster than six (30.6 s against 27.5 s for coverageGaps, cold Neo4j each).
 */
async function sweep<T>(items: T[], label: (x: T) => string, ask: (x: T) => Promise<Answer>, check: (x: T, a: Answer) => void, inFlight = 6): Promise<number> {
    let next = 0;
    const failures: string[] = [];
    const worker = async () => {
        while (next < items.length) {
            const x = items[next++]!;
            const a = await ask(x);
            const internal = (a.errors ?? []).filter((e) => e.extensions?.code !== "BAD_USER_INPUT");
            if (a.status >= 500 || internal.length > 0) {
                failures.push(`${label(x)} → ${a.status} ${JSON.stringify(internal.map((e) => e.message))}`);
                continue;
            }
            try {
                check(x, a);
            } catch (e) {
                failures.push(`${label(x)} → ${(e as Error).message.split("\n")[0]}`);
            }
        }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    expect(failures.slice(0, 20), `${failures.length} of ${items.length} failed`).toEqual([]);
    return items.length;
}

const product = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b) => [a, b] as [A, B]));
const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
const ok = (a: Answer) => {
    if (a.errors?.length) throw new Error(`unexpected errors ${JSON.stringify(a.errors.map((e) => e.message))}`);
};
const refused = (a: Answer) => {
    if (a.errors?.[0]?.extensions?.code !== "BAD_USER_INPUT") throw new Error(`expected BAD_USER_INPUT, got ${JSON.stringify(a.errors ?? a.data)}`);
};

async function inputs() {
    const res = await t.ask(`{ assets(sort: [{ id: ASC }]) { id number code name } agencies(sort: [{ id: ASC }]) { id era kind name } agencies2025(sort: [{ id: ASC }]) { id era kind name } }`);
    expect(res.errors).toBeUndefined();
    const assets = res.data!.assets as { id: string; number: number | null; code: string | null; name: string }[];
    const agencies = [...res.data!.agencies, ...res.data!.agencies2025] as { id: string; era: number; kind: string; name: string }[];
    expect(agencies.filter((a) => a.era === 2025).length).toBeGreaterThan(50);
    // Every way an asset may be named: id, Phụ lục 1 number, code, name.
    const assetRefs = [...new Set(assets.flatMap((a) => [a.id, a.name, ...(a.number !== null ? [String(a.number)] : []), ...(a.code ? [a.code] : [])]))];
    return { assets, agencies, assetRefs };
}

describe("every question answers every valid input", () => {
    it("coverageGaps: each asset × tier × status × snapshot × era, and each asset by number, code and name", async () => {
        const { assets, assetRefs } = await inputs();
        const full = product(assets.map((a) => a.id), product(TIERS, product(STATUSES, product(SNAPSHOTS, ERAS)))).map(([asset, [tier, [status, [snapshot, era]]]]) => ({ asset, tier, status, snapshot, era }));
        const named = assetRefs.map((asset) => ({ asset, tier: "PROVINCE" as const, status: "ANY" as const, snapshot: null, era: "E2023" as const }));
        const combos = [...full, ...named];
        const n = await sweep(
            combos,
            (c) => JSON.stringify(c),
            (c) =>
                t.ask(
                    `query($asset: String!, $tier: Tier!, $status: RequiredStatus!, $snapshot: Snapshot, $era: Era!) { coverageGaps(asset: $asset, tier: $tier, status: $status, snapshot: $snapshot, era: $era) { assetId checked total gaps { id has { snapshot status } } rolledUp { id coverage parts { id ok } } coverageCounts { coverage count } } }`,
                    c,
                ),
            (c, a) => {
                const invalid = (c.status === "OFFICIAL" && c.snapshot === "JUNE_2023") || (c.era === "E2025" && !ERA_TIERS.has(c.tier));
                if (invalid) return refused(a);
                ok(a);
                const r = a.data!.coverageGaps;
                if (c.era === "E2023") {
                    expect(r.gaps.length).toBe(r.total);
                    expect(r.total).toBeLessThanOrEqual(r.checked);
                } else {
                    expect(sum(r.coverageCounts.map((x: { count: number }) => x.count))).toBe(r.checked);
                    expect(r.rolledUp.length).toBe(sum(r.coverageCounts.filter((x: { coverage: string }) => x.coverage !== "FULL").map((x: { count: number }) => x.count)));
                    for (const u of r.rolledUp) expect(u.coverage).toBe(u.parts.every((p: { ok: boolean }) => p.ok) ? "FULL" : u.parts.some((p: { ok: boolean }) => p.ok) ? "PARTIAL" : "NONE");
                }
            },
        );
        expect(n).toBeGreaterThan(5000);
    }, 600_000);

    it("assetImpact: each asset × depth 1–5; the total is the sum of its services", async () => {
        const { assetRefs } = await inputs();
        await sweep(
            product(assetRefs, [1, 2, 3, 4, 5]),
            (c) => JSON.stringify(c),
            ([asset, depth]) => t.ask(`query($asset: String!, $depth: Int!) { assetImpact(asset: $asset, depth: $depth) { id totalTransactions services { transactions } connectedAgencies { id } dependents { id depth } } }`, { asset, depth }),
            ([, depth], a) => {
                ok(a);
                const r = a.data!.assetImpact;
                expect(r.totalTransactions).toBe(sum(r.services.map((s: { transactions: number }) => s.transactions)));
                for (const d of r.dependents) expect(d.depth).toBeLessThanOrEqual(depth);
            },
        );
    });

    it("agencyDependencies: each agency of both eras, by id and by name, × era", async () => {
        const { agencies } = await inputs();
        const refs = agencies.flatMap((g) => [g.id, g.name]);
        await sweep(
            product(refs, ERAS),
            (c) => JSON.stringify(c),
            ([agency, era]) => t.ask(`query($agency: String!, $era: Era!) { agencyDependencies(agency: $agency, era: $era) { id assets { id facts { snapshot } services { id } } directServices { id } } }`, { agency, era }),
            ([agency], a) => {
                // A name shared by two units of one era is refused as ambiguous; anything else answers.
                if (a.errors?.length) return refused(a);
                ok(a);
                if (agency.includes(":")) expect(a.data!.agencyDependencies.id).toBe(agency);
            },
        );
    });

    it("connectionMatrix: each tier × era; column totals are the sums of the cells", async () => {
        await sweep(
            product(TIERS, ERAS),
            (c) => JSON.stringify(c),
            ([tier, era]) => t.ask(`query($tier: Tier!, $era: Era!) { connectionMatrix(tier: $tier, era: $era) { assets { id total2022 totalJune2023 } totalRows rows { id total2022 totalJune2023 cells { assetId y2022 june2023 state } } } }`, { tier, era }),
            ([tier, era], a) => {
                if (era === "E2025" && !ERA_TIERS.has(tier)) return refused(a);
                ok(a);
                const m = a.data!.connectionMatrix;
                expect(m.rows.length).toBe(m.totalRows);
                m.assets.forEach((col: { id: string; total2022: number; totalJune2023: number }, i: number) => {
                    expect(col.total2022).toBe(m.rows.filter((r: any) => r.cells[i].y2022).length);
                    expect(col.totalJune2023).toBe(m.rows.filter((r: any) => r.cells[i].june2023).length);
                });
                for (const r of m.rows) expect(r.total2022).toBe(r.cells.filter((c: any) => c.y2022).length);
            },
        );
    });

    it("snapshotDiff: each pair of snapshots × tier × era × includeContinued; counts add up to the changes", async () => {
        const snaps = SNAPSHOTS.filter((s): s is Exclude<typeof s, null> => s !== null);
        const combos = product(product(snaps, snaps), product(TIERS, ERAS)).map(([[from, to], [tier, era]]) => ({ from, to, tier, era }));
        await sweep(
            combos,
            (c) => JSON.stringify(c),
            (c) => t.ask(`query($from: Snapshot!, $to: Snapshot!, $tier: Tier!, $era: Era!) { snapshotDiff(from: $from, to: $to, tier: $tier, era: $era, includeContinued: true) { counts { change count } changes { change agencyId assetId } } }`, c),
            (c, a) => {
                if (c.from === c.to || (c.era === "E2025" && !ERA_TIERS.has(c.tier))) return a.errors?.length ? refused(a) : undefined;
                ok(a);
                const d = a.data!.snapshotDiff;
                expect(sum(d.counts.map((x: { count: number }) => x.count))).toBe(d.changes.length);
            },
        );
    });

    it("missingPieces, usageTotals, targetProgress: each tier (and set of tiers) × era", async () => {
        const tierSets = [...TIERS.map((x) => [x]), [...TIERS], ["MINISTRY_OR_AGENCY", "PROVINCE"]];
        await sweep(
            product(tierSets, ERAS),
            (c) => JSON.stringify(c),
            ([tiers, era]) => t.ask(`query($tiers: [Tier!]!, $era: Era!) { missingPieces(tiers: $tiers, era: $era) { withoutCatalogue { id coverage } withoutOpenDataPlan { id } databasesWithoutStandard { id } } }`, { tiers, era }),
            ([tiers, era], a) => (era === "E2025" && !tiers.every((x) => ERA_TIERS.has(x)) && a.errors?.length ? refused(a) : ok(a)),
        );
        await sweep(
            product(TIERS, ERAS),
            (c) => JSON.stringify(c),
            ([tier, era]) => t.ask(`query($tier: Tier!, $era: Era!) { usageTotals(tier: $tier, era: $era) { id transactions parts { id transactions } } }`, { tier, era }),
            ([tier, era], a) => {
                if (era === "E2025" && !ERA_TIERS.has(tier) && a.errors?.length) return refused(a);
                ok(a);
                for (const u of a.data!.usageTotals) {
                    const known = u.parts.filter((p: { transactions: number | null }) => p.transactions !== null);
                    if (known.length) expect(u.transactions).toBe(sum(known.map((p: { transactions: number }) => p.transactions)));
                }
            },
        );
        await sweep([...ERAS], String, (era) => t.ask(`query($era: Era!) { targetProgress(era: $era) { number listedAgencies computedPercent evidence { disagrees } unitsByCoverage { count } } }`, { era }), (_e, a) => ok(a));
    });

    it("duplicateCandidates: every minScore from 0 to 1; a higher bar never adds candidates", async () => {
        const scores = [0, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 1];
        const counts = new Map<number, number>();
        await sweep(scores, String, (minScore) => t.ask(`query($m: Float!) { duplicateCandidates(minScore: $m) { rule candidates { datasetId databaseId score } } }`, { m: minScore }), (m, a) => {
            ok(a);
            const cs = a.data!.duplicateCandidates.candidates;
            for (const c of cs) expect(c.score).toBeGreaterThanOrEqual(m);
            counts.set(m, cs.length);
        });
        for (let i = 1; i < scores.length; i++) expect(counts.get(scores[i]!)!).toBeLessThanOrEqual(counts.get(scores[i - 1]!)!);
    });

    it("search: hostile and odd strings are answered or refused, never an internal error", async () => {
        const hostile = [
            "da nang", "ĐÀ NẴNG", "Đà Nẵ", "\"", "\\", "*", "?", "~", "a AND", "OR", "NOT x", "(", ")", "[", "{", "}", "^", ":", "/", "!", "+-&&||",
            "field:value", "name:*", "*:*", "a~2", "\"unterminated", "' OR 1=1 --", "MATCH (n) DETACH DELETE n", "<script>alert(1)</script>", "😀", "\u0000", "\u200b",
            "   ", "x".repeat(200), "x".repeat(201), "a".repeat(50) + " " + "b".repeat(50), "d\u0300a\u0300 na\u0306ng", "ｄａ　ｎａｎｇ", "AND AND AND", "1", "23", "paygov", "CSDLQG",
        ];
        const limits = [1, 10, 100];
        await sweep(product(hostile, limits), (c) => JSON.stringify(c), ([text, limit]) => t.ask(`query($text: String!, $limit: Int!) { search(text: $text, limit: $limit) { id type name score } }`, { text, limit }), ([, limit], a) => {
            if (a.errors?.length) return refused(a);
            expect(a.data!.search.length).toBeLessThanOrEqual(limit);
        });
    });

    it("usage questions: every service and every agency of both eras × era; declaredVsObserved and criticality per tier × era", async () => {
        const { agencies } = await inputs();
        const services = ((await t.ask(`{ services(sort: [{ number: ASC }]) { number } }`)).data!.services as { number: number }[]).map((x) => String(x.number));
        await sweep(
            product(services, ERAS),
            (c) => JSON.stringify(c),
            ([service, era]) => t.ask(`query($s: String!, $e: Era!) { serviceConsumers(service: $s, era: $e) { basis totalConsumers consumers { name } months { month total } } }`, { s: service, e: era }),
            (_c, a) => {
                ok(a);
                expect(a.data!.serviceConsumers.consumers.length).toBeLessThanOrEqual(Math.max(a.data!.serviceConsumers.totalConsumers, 0) || 50);
            },
        );
        await sweep(
            product(agencies.map((g) => g.id), ERAS),
            (c) => JSON.stringify(c),
            ([agency, era]) => t.ask(`query($a: String!, $e: Era!) { consumedServices(agency: $a, era: $e) { id basis services { number } } }`, { a: agency, e: era }),
            ([agency], a) => {
                ok(a);
                expect(a.data!.consumedServices.id).toBe(agency);
            },
        );
        await sweep(
            product(TIERS, product(ERAS, [null, "REPORTED", "OBSERVED"] as const)).map(([tier, [era, basis]]) => ({ tier, era, basis })),
            (c) => JSON.stringify(c),
            (c) => t.ask(`query($t: Tier!, $e: Era!, $b: UsageBasis) { declaredVsObserved(tier: $t, era: $e, basis: $b, limit: 5000) { basis total counts { class count } pairs { agencyName } } }`, { t: c.tier, e: c.era, b: c.basis }),
            (_c, a) => {
                if (a.errors?.length) return refused(a);
                const d = a.data!.declaredVsObserved;
                expect(sum(d.counts.map((x: { count: number }) => x.count))).toBe(d.total);
                expect(d.pairs.length).toBe(d.total);
            },
            // Each answer pairs every agency of a tier (limit 5000): six of them at once on a loaded
            // 2-core machine ran past the 10 s query timeout (504), so two at a time.
            2,
        );
        await sweep(
            product([null, ...TIERS.map((x) => [x])], ERAS),
            (c) => JSON.stringify(c),
            ([tiers, era]) => t.ask(`query($t: [Tier!], $e: Era!) { criticality(tiers: $t, era: $e, limit: 1000) { total assets { rank score } } }`, { t: tiers, e: era }),
            (_c, a) => {
                if (a.errors?.length) return refused(a);
                const r = a.data!.criticality;
                expect(r.assets.length).toBe(r.total);
                r.assets.forEach((x: { rank: number; score: number }, i: number) => {
                    expect(x.rank).toBe(i + 1);
                    if (i > 0) expect(x.score).toBeLessThanOrEqual(r.assets[i - 1].score);
                });
            },
        );
    }, 600_000);

    it("duplicate questions: every tier × era and every national asset", async () => {
        const { assets } = await inputs();
        const tiers = [null, ...TIERS] as const;
        await sweep(
            product(tiers, ERAS),
            (c) => JSON.stringify(c),
            ([tier, era]) =>
                t.ask(
                    `query($t: Tier, $e: Era!) { duplicateCandidates(tier: $t, era: $e, minScore: 0, kinds: [COPY, OWN_LISTING, CROSS_AGENCY]) { total candidates { score } } duplicateClusters(tier: $t, era: $e) { total } redundantCopies(tier: $t, era: $e) { total } missingLinks(tier: $t, era: $e) { total } }`,
                    { t: tier, e: era },
                ),
            (_c, a) => {
                if (a.errors?.length) return refused(a);
                expect(a.data!.duplicateCandidates.candidates.length).toBe(a.data!.duplicateCandidates.total);
            },
        );
        await sweep(
            product(TIERS, ERAS),
            (c) => JSON.stringify(c),
            ([tier, era]) => t.ask(`query($t: Tier!, $e: Era!) { agenciesWithoutInventory(tier: $t, era: $e) { checked total } }`, { t: tier, e: era }),
            (_c, a) => {
                if (a.errors?.length) return refused(a);
                expect(a.data!.agenciesWithoutInventory.total).toBeLessThanOrEqual(a.data!.agenciesWithoutInventory.checked);
            },
        );
        await sweep(
            assets.map((x) => x.id),
            String,
            (asset) => t.ask(`query($a: String) { duplicateCandidates(nationalAsset: $a, minScore: 0) { total } duplicateClusters(nationalAsset: $a) { total } redundantCopies(nationalAsset: $a) { total } }`, { a: asset }),
            (_c, a) => ok(a),
        );
    }, 600_000);
});
