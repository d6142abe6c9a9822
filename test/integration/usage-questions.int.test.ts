// The usage questions on the seed alone (no usage imported: they fall back to the reports' figures and
// say so), their 2025 roll-ups, paging, arguments and errors, and NDXP in assetImpact. Expected answers
// are computed here from the parsed reports, never typed in.
import { beforeAll, describe, expect, it } from "vitest";
import { buildSeedGraph } from "../../seed/pipeline.js";
import { reportedUsage } from "../../seed/usage-sample/reports.js";
import { useRollbackServer } from "../helpers/neo4j.js";
import { importInto, sharedSampleFiles, type SampleFiles } from "../helpers/usage.js";

const g = buildSeedGraph();
const reported = reportedUsage(g);
const all = <T>(pick: (s: (typeof g.sources)[number]) => T[]): T[] => g.sources.flatMap(pick);
const connections = all((s) => s.connections);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
// 1 Jan – 7 Jun 2023, 18:00: five whole months and 6¾ of June's 30 days.
const JUNE = (6 * 24 + 18) / (30 * 24);
const MONTHS_2023 = 5 + JUNE;

// Every test but the two after an import only reads the seed: one transaction and one API server for
// the file (rolled back at its end) instead of one per test; the import gets a scope of its own.
const t = useRollbackServer({ per: "file" });
const ask = t.ask;
const code = async (query: string, variables?: Record<string, unknown>) => (await t.post(query, variables)).errors?.[0]?.extensions?.code;
let files: SampleFiles;
beforeAll(async () => {
    files = await sharedSampleFiles();
});

/** The reported-basis classes, computed independently from Phụ lục 2 and Phụ lục 4. */
function expectedReported(agencyIds: string[], minMonthly: number) {
    const floor = minMonthly * (JUNE + 4); // 75 % of 6 months = 5 months: June and four whole months
    const out = new Map<string, string>();
    for (const id of agencyIds) {
        const facts = connections.filter((c) => c.agencyId === id);
        const total = reported.agencies.find((a) => a.id === id)?.transactions ?? 0;
        const assets = [...new Set(facts.map((f) => f.assetId))];
        if (assets.length === 0) {
            if (total > 0) out.set(`${id}|null`, "TRAFFIC_WITHOUT_DECLARED_LINK");
            continue;
        }
        for (const asset of assets) {
            const official = facts.some((f) => f.assetId === asset && f.status === "OFFICIAL");
            const cls = total < floor ? (official ? "OFFICIAL_WITHOUT_REGULAR_TRAFFIC" : "CONSISTENT") : assets.length === 1 ? (official ? "CONSISTENT" : "TECHNICAL_IN_REGULAR_USE") : "UNDETERMINED";
            out.set(`${id}|${asset}`, cls);
        }
    }
    return out;
}

const DVO = `query ($tier: Tier!, $min: Int!, $limit: Int!, $offset: Int!) {
    declaredVsObserved(tier: $tier, regular: { minMonthlyExchanges: $min, minMonthShare: 0.75 }, limit: $limit, offset: $offset) {
        basis note rule threshold { minMonthlyExchanges minMonthShare } window { month coverage } total counts { class count }
        pairs { agencyId agencyName assetId class reason declaredOfficial reportedAgencyTransactions observed { total } months { month } declared { snapshot status } }
    }
}`;

describe("declaredVsObserved on the seed alone", () => {
    it("falls back to Phụ lục 4's agency totals against Phụ lục 2's links, says so, and classifies every pair", async () => {
        const d = (await ask(DVO, { tier: "MINISTRY_OR_AGENCY", min: 100, limit: 5000, offset: 0 })).declaredVsObserved;
        expect(d.basis).toBe("REPORTED");
        expect(d.note).toMatch(/^No usage is imported .*falls back to 001 Phụ lục 4's per-agency totals/);
        expect(d.rule).toMatch(/not split by asset/);
        expect(d.window.map((w: any) => w.month)).toEqual(reported.months.map((m) => m.month));
        expect(d.window[5].coverage).toBeCloseTo(JUNE, 4);
        const ministries = g.agencies.filter((a) => (a.kind === "MINISTRY" || a.kind === "GOVERNMENT_AGENCY") && (a.era ?? 2023) === 2023).map((a) => a.id);
        const expected = expectedReported(ministries, 100);
        expect(Object.fromEntries(d.pairs.map((p: any) => [`${p.agencyId}|${p.assetId}`, p.class]))).toEqual(Object.fromEntries(expected));
        expect(d.pairs.every((p: any) => p.observed === null && p.months.length === 0)).toBe(true);
        const construction = d.pairs.filter((p: any) => p.agencyName === "Bộ Xây dựng" && p.class === "OFFICIAL_WITHOUT_REGULAR_TRAFFIC");
        expect(construction.length).toBeGreaterThan(0);
        const total = reported.agencies.find((a) => a.name === "Bộ Xây dựng")!.transactions.toLocaleString("en-US");
        expect(construction[0].reason).toBe(`declared OFFICIAL, but the agency's Phụ lục 4 total is ${total} transactions, below the ${(100 * (JUNE + 4)).toFixed(1)} one link with regular traffic needs`);
    });

    it("the threshold is adjustable and changes the classes accordingly", async () => {
        const ministries = g.agencies.filter((a) => (a.kind === "MINISTRY" || a.kind === "GOVERNMENT_AGENCY") && (a.era ?? 2023) === 2023).map((a) => a.id);
        for (const min of [10, 1000, 100_000]) {
            const d = (await ask(DVO, { tier: "MINISTRY_OR_AGENCY", min, limit: 1, offset: 0 })).declaredVsObserved;
            const expected = [...expectedReported(ministries, min).values()];
            expect(Object.fromEntries(d.counts.map((c: any) => [c.class, c.count]))).toEqual(Object.fromEntries(["OFFICIAL_WITHOUT_REGULAR_TRAFFIC", "TRAFFIC_WITHOUT_DECLARED_LINK", "TECHNICAL_IN_REGULAR_USE", "UNDETERMINED", "CONSISTENT"].map((c) => [c, expected.filter((x) => x === c).length])));
            expect(d.threshold).toEqual({ minMonthlyExchanges: min, minMonthShare: 0.75 });
        }
    });

    it("enterprises have traffic and no declared link", async () => {
        const d = (await ask(DVO, { tier: "ENTERPRISE", min: 100, limit: 100, offset: 0 })).declaredVsObserved;
        const enterprises = reported.agencies.filter((a) => a.id.startsWith("enterprise:"));
        expect(d.pairs.map((p: any) => [p.agencyId, p.assetId, p.class, p.reportedAgencyTransactions]).sort()).toEqual(enterprises.map((a) => [a.id, null, "TRAFFIC_WITHOUT_DECLARED_LINK", a.transactions]).sort());
    });

    it("pages keep the order and the total; problem classes come first", async () => {
        const full = (await ask(DVO, { tier: "PROVINCE", min: 100, limit: 5000, offset: 0 })).declaredVsObserved;
        const pages = [];
        for (let offset = 0; offset < full.total; offset += 97) pages.push(...(await ask(DVO, { tier: "PROVINCE", min: 100, limit: 97, offset })).declaredVsObserved.pairs);
        expect(pages).toEqual(full.pairs);
        const order = ["OFFICIAL_WITHOUT_REGULAR_TRAFFIC", "TRAFFIC_WITHOUT_DECLARED_LINK", "TECHNICAL_IN_REGULAR_USE", "UNDETERMINED", "CONSISTENT"];
        const ranks = full.pairs.map((p: any) => order.indexOf(p.class));
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    });

    it("one asset, and the 2025 units", async () => {
        const d = (await ask(`{ declaredVsObserved(tier: PROVINCE, asset: "CSDLQG về dân cư", limit: 1000) { total pairs { assetId } } }`)).declaredVsObserved;
        expect(d.total).toBe(new Set(connections.filter((c) => c.assetId === "asset:001:2" && c.agencyId.startsWith("province:")).map((c) => c.agencyId)).size);
        expect(new Set(d.pairs.map((p: any) => p.assetId))).toEqual(new Set(["asset:001:2"]));
        const u = (await ask(`{ declaredVsObserved(tier: PROVINCE, era: E2025, asset: "asset:001:2", limit: 1000) { total pairs { agencyId parts declared { agency } } } }`)).declaredVsObserved;
        expect(u.pairs.every((p: any) => p.agencyId.startsWith("province-2025:"))).toBe(true);
        const caMau = u.pairs.find((p: any) => p.agencyId.includes("ca-mau"));
        expect(caMau.parts).toEqual(expect.arrayContaining(["Bạc Liêu", "Cà Mau"]));
    });
});

describe("criticality on the seed alone", () => {
    const CRIT = `query ($tiers: [Tier!], $era: Era!) { criticality(tiers: $tiers, era: $era, limit: 1000) { basis note rule total assets { rank id services monthlyExchangesLost agenciesCutOff alternativeProvider singlePointOfFailure score parts { name value outOf weight points } dependentAssets { id depth } } } }`;

    it("ranks NDXP first: every Phụ lục 3 service transits it, every connected agency is cut off", async () => {
        const c = (await ask(CRIT, { tiers: null, era: "E2023" })).criticality;
        expect(c.basis).toBe("REPORTED");
        expect(c.note).toMatch(/falls back to the reports' figures/);
        expect(c.total).toBe(all((s) => s.assets).filter((a, i, xs) => xs.findIndex((b) => b.id === a.id) === i).length);
        const ndxp = c.assets[0];
        expect(ndxp).toMatchObject({ rank: 1, id: "asset:ndxp", services: 41, agenciesCutOff: new Set(connections.map((x) => x.agencyId)).size, alternativeProvider: false, singlePointOfFailure: true });
        expect(ndxp.monthlyExchangesLost).toBeCloseTo(sum(reported.services.map((s) => s.transactions)) / MONTHS_2023, 0);
        expect(ndxp.parts.map((p: any) => p.name)).toEqual(["monthly exchanges lost", "agencies cut off", "dependent assets", "services"]);
    });

    it("an asset's parts: its services' reported totals, its connected agencies, its dependents", async () => {
        const c = (await ask(CRIT, { tiers: null, era: "E2023" })).criticality;
        const pop = c.assets.find((a: any) => a.id === "asset:001:2");
        const services = reported.services.filter((s) => s.providerId === "asset:001:2");
        expect(pop.services).toBe(services.length);
        expect(pop.monthlyExchangesLost).toBeCloseTo(sum(services.map((s) => s.transactions)) / MONTHS_2023, 0);
        expect(pop.agenciesCutOff).toBe(new Set(connections.filter((x) => x.assetId === "asset:001:2").map((x) => x.agencyId)).size);
        const consumers = all((s) => s.serviceLinks).filter((l) => l.role === "CONSUMER" && l.targetId.startsWith("asset:") && services.some((s) => s.id === l.serviceId)).map((l) => l.targetId);
        expect(pop.dependentAssets.filter((d: any) => d.depth === 1).map((d: any) => d.id).sort()).toEqual([...new Set(consumers)].sort());
        for (const a of c.assets) expect(Math.abs(sum(a.parts.map((p: any) => p.points)) - a.score)).toBeLessThanOrEqual(0.06);
    });

    it("counts agencies of the tiers asked, or 2025 units", async () => {
        const prov = (await ask(CRIT, { tiers: ["PROVINCE"], era: "E2023" })).criticality.assets[0];
        expect(prov.agenciesCutOff).toBe(63);
        const units = (await ask(CRIT, { tiers: ["PROVINCE"], era: "E2025" })).criticality.assets[0];
        expect(units.agenciesCutOff).toBe(34);
    });
});

describe("consumers and consumed services", () => {
    it("on the seed alone: the reported figures, no observed consumer, and the note says why", async () => {
        const s = (await ask(`{ serviceConsumers(service: "Dịch vụ chia sẻ thông tin thẻ BHYT từ CSDLQG về Bảo hiểm") { id number basis note reported { transactions errorRatePercent section locator } observed { total } totalConsumers consumers { id } } }`)).serviceConsumers;
        const s3 = reported.services.find((x) => x.number === 3)!;
        expect(s).toMatchObject({ id: s3.id, number: 3, basis: "REPORTED", reported: { transactions: s3.transactions, errorRatePercent: s3.errorRatePercent, section: "Phụ lục 3", locator: "row 3" }, observed: { total: 0 }, totalConsumers: 0, consumers: [] });
        expect(s.note).toMatch(/No usage is imported.*falls back to the service's own figures in 001 Phụ lục 3 row 3/);
        const a = (await ask(`{ consumedServices(agency: "da nang") { id basis reported { transactions } totalServices } }`)).consumedServices;
        expect(a).toEqual({ id: "province:da-nang", basis: "REPORTED", reported: { transactions: reported.agencies.find((x) => x.id === "province:da-nang")!.transactions }, totalServices: 0 });
        expect((await ask(`{ usageImports { total imports { id } } }`)).usageImports).toEqual({ total: 0, imports: [] });
    });

    describe("after the 2023 CSV is imported", () => {
        // One import for both tests (they only read it), in a transaction of its own rolled back after them.
        const u = useRollbackServer({ per: "file" });
        const ask = u.ask;
        beforeAll(async () => {
            await importInto(u.tx, files.csv);
        });

        it("after an import, a 2025 unit adds up its parts, beside their Phụ lục 4 figures", async () => {
            const q = `query ($a: String!, $era: Era!) { consumedServices(agency: $a, era: $era, limit: 1000) { id kind parts basis observed { total } reported { transactions parts { id transactions } } services { id observed { total } } months { month total } } }`;
            const unit = (await ask(q, { a: "Tỉnh Cà Mau", era: "E2025" })).consumedServices;
            const parts = all((s) => s.successions).filter((x) => x.toId === unit.id).map((x) => x.fromId);
            expect(parts.length).toBe(2);
            const expected = sum(parts.map((p) => reported.agencies.find((a) => a.id === p)!.transactions));
            expect(unit).toMatchObject({ kind: "PROVINCE", basis: "OBSERVED", observed: { total: expected }, reported: { transactions: expected } });
            expect(unit.reported.parts.map((p: any) => p.id).sort()).toEqual([...parts].sort());
            expect(sum(unit.months.map((m: any) => m.total))).toBe(expected);
            const totals = unit.services.map((s: any) => s.observed.total);
            expect([...totals].sort((a: number, b: number) => b - a)).toEqual(totals);
            // The same service's consumers rolled up: totals unchanged, units with their parts.
            const sq = `query ($era: Era!) { serviceConsumers(service: "1", era: $era, limit: 1000) { observed { total } totalConsumers consumers { id parts observed { total } } } }`;
            const e23 = (await ask(sq, { era: "E2023" })).serviceConsumers;
            const e25 = (await ask(sq, { era: "E2025" })).serviceConsumers;
            expect(e25.observed.total).toBe(e23.observed.total);
            expect(sum(e25.consumers.map((c: any) => c.observed.total))).toBe(e23.observed.total);
            expect(e25.totalConsumers).toBeLessThan(e23.totalConsumers);
            expect(e25.consumers.find((c: any) => c.id === unit.id)?.parts).toEqual(expect.arrayContaining(["Bạc Liêu", "Cà Mau"]));
        });

        it("a window of months: only those months, the rest of the file ignored", async () => {
            const d = (await ask(`{ serviceConsumers(service: "5", from: "2023-02", to: "2023-03") { window { month coverage } observed { total } months { month total } } }`)).serviceConsumers;
            expect(d.window).toEqual([{ month: "2023-02", coverage: 1 }, { month: "2023-03", coverage: 1 }]);
            const cells = files.sample.cells.filter((c) => c.serviceNumber === 5);
            expect(d.months.map((m: any) => m.total)).toEqual([1, 2].map((k) => sum(cells.map((c) => c.succeeded[k]! + c.failed[k]!))));
            expect(d.observed.total).toBe(sum(d.months.map((m: any) => m.total)));
            const later = (await ask(`{ serviceConsumers(service: "5", from: "2024-01", to: "2024-02") { basis observed { total } } }`)).serviceConsumers;
            expect(later).toEqual({ basis: "REPORTED", observed: { total: 0 } });
        });
    });
});

describe("arguments", () => {
    it("refuse precisely: unknown service or agency, bad months, pages, thresholds, bases, tiers", async () => {
        expect(await code(`{ serviceConsumers(service: "999") { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ serviceConsumers(service: " ") { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ consumedServices(agency: "Bộ Nowhere") { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ serviceConsumers(service: "2", from: "2023-13") { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ serviceConsumers(service: "2", from: "2023-05", to: "2023-01") { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ serviceConsumers(service: "2", from: "2000-01", to: "2023-01") { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ serviceConsumers(service: "2", limit: 5001) { id } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ criticality(offset: -1) { total } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ declaredVsObserved(regular: { minMonthlyExchanges: 0, minMonthShare: 0.5 }) { total } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ declaredVsObserved(regular: { minMonthlyExchanges: 10, minMonthShare: 1.5 }) { total } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ declaredVsObserved(basis: OBSERVED) { total } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ declaredVsObserved(tier: DEPARTMENT, era: E2025) { total } }`)).toBe("BAD_USER_INPUT");
        expect(await code(`{ declaredVsObserved(asset: "no such asset") { total } }`)).toBe("BAD_USER_INPUT");
    });
});

describe("NDXP in the graph", () => {
    it("every Phụ lục 3 service transits NDXP, citing its row; assetImpact sees it, other assets are unchanged", async () => {
        const { records } = await t.tx.run("MATCH (s:Service)-[t:TRANSITS]->(:Asset {id: 'asset:ndxp'}) RETURN s.number AS n, t.section AS section, t.locator AS locator ORDER BY n");
        expect(records.map((r) => r.get("n").toNumber())).toEqual(reported.services.map((s) => s.number));
        expect(records.every((r) => r.get("section") === "Phụ lục 3" && r.get("locator") === `row ${r.get("n")}`)).toBe(true);
        const d = await ask(`{ ndxp: assetImpact(asset: "NDXP") { totalTransactions services { number } } pop: assetImpact(asset: "asset:001:2") { services { number } } services(where: { number: { eq: 2 } }) { platform { code } } }`);
        expect(d.ndxp.services).toHaveLength(41);
        expect(d.ndxp.totalTransactions).toBe(sum(reported.services.map((s) => s.transactions)));
        expect(d.pop.services.map((s: any) => s.number).sort((a: number, b: number) => a - b)).toEqual(reported.services.filter((s) => s.providerId === "asset:001:2").map((s) => s.number));
        expect(d.services[0].platform).toEqual([{ code: "NDXP" }]);
    });
});

describe("every input of the usage questions, on the seed alone", () => {
    const TIERS = ["MINISTRY", "MINISTRY_OR_AGENCY", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ENTERPRISE"] as const;
    const ERA_TIERS = new Set(["MINISTRY", "MINISTRY_OR_AGENCY", "PROVINCE"]);

    it("declaredVsObserved and criticality for every tier, era and basis: counts add up, or a precise refusal", async () => {
        for (const tier of TIERS) {
            for (const era of ["E2023", "E2025"]) {
                for (const basis of [null, "REPORTED"]) {
                    const res = await t.post(`query ($tier: Tier!, $era: Era!, $basis: UsageBasis) { declaredVsObserved(tier: $tier, era: $era, basis: $basis, limit: 5000) { basis total counts { count } pairs { class declared { snapshot } } } }`, { tier, era, basis });
                    if (era === "E2025" && !ERA_TIERS.has(tier)) {
                        expect(res.errors?.[0]?.extensions?.code, `${tier} ${era}`).toBe("BAD_USER_INPUT");
                        continue;
                    }
                    expect(res.errors, `${tier} ${era} ${basis}`).toBeUndefined();
                    const d = res.data!.declaredVsObserved;
                    expect(d.basis).toBe("REPORTED");
                    expect(sum(d.counts.map((c: any) => c.count))).toBe(d.total);
                    expect(d.pairs).toHaveLength(d.total);
                }
            }
            for (const era of ["E2023", "E2025"]) {
                const c = (await ask(`query ($tiers: [Tier!], $era: Era!) { criticality(tiers: $tiers, era: $era, limit: 1000) { total assets { rank score agenciesCutOff parts { points } } } }`, { tiers: [tier], era })).criticality;
                expect(c.assets).toHaveLength(c.total);
                for (const a of c.assets) expect(Math.abs(sum(a.parts.map((p: any) => p.points)) - a.score)).toBeLessThanOrEqual(0.06);
            }
        }
    });

    it("serviceConsumers for every service, consumedServices for every agency of both eras", async () => {
        for (const s of [...reported.services.map((x) => String(x.number)), "*"]) {
            for (const era of ["E2023", "E2025"]) {
                const d = (await ask(`query ($s: String!, $era: Era!) { serviceConsumers(service: $s, era: $era) { basis totalConsumers consumers { id } } }`, { s, era })).serviceConsumers;
                expect(d).toMatchObject({ basis: "REPORTED", totalConsumers: 0, consumers: [] });
            }
        }
        for (const a of g.agencies) {
            const era = (a.era ?? 2023) === 2025 ? "E2025" : "E2023";
            const d = (await ask(`query ($a: String!, $era: Era!) { consumedServices(agency: $a, era: $era) { id reported { transactions parts { transactions } } } }`, { a: a.id, era })).consumedServices;
            expect(d.id).toBe(a.id);
            const own = reported.agencies.find((x) => x.id === a.id)?.transactions ?? null;
            if (era === "E2023") expect(d.reported.transactions).toBe(own);
            else expect(d.reported.transactions).toBe(d.reported.parts.some((p: any) => p.transactions !== null) ? sum(d.reported.parts.map((p: any) => p.transactions ?? 0)) : null);
        }
    });
});
