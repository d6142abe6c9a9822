// The generated 2023 usage imports, and the reports' figures come back exactly through the questions:
// every Phụ lục 3 service's total and error rate, every Phụ lục 4 agency's total, every Bảng 1 month;
// the operational-monitoring log of the small services (every exchange, one record each) does the same
// and agrees with the aggregate CSV cell by cell. Each import runs in a transaction that is rolled back:
// the CSV once for every test that reads it (they only read), the log in its own test.
import { beforeAll, describe, expect, it } from "vitest";
import { failuresOf } from "../../seed/usage-sample/reports.js";
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE } from "../../src/modules/usage/ingest/reference.js";
import { monthCoverage, parsePeriod } from "../../lib/period.js";
import { useRollbackServer } from "../helpers/neo4j.js";
import { importInto, sharedSampleFiles, type SampleFiles } from "../helpers/usage.js";
import type { UsageImportResult } from "../../src/modules/usage/ingest/import.js";

let files: SampleFiles;
beforeAll(async () => {
    files = await sharedSampleFiles();
});

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const SERVICE = `query ($s: String!) { serviceConsumers(service: $s, limit: 1000) { observed { total failed errorRatePercent } reported { transactions errorRatePercent } totalConsumers consumers { id observed { total failed } } months { month succeeded failed coverage } sources { documentId records } } }`;
const AGENCY = `query ($a: String!) { consumedServices(agency: $a, limit: 1000) { id observed { total } reported { transactions } totalServices services { id observed { total } } } }`;

describe("after the aggregate CSV of 2023 is imported", () => {
    // One import, in one transaction rolled back after these tests (the hooks of this describe): the
    // tests below only read it, so importing it again for each of them proved nothing more.
    const t = useRollbackServer({ per: "file" });
    const ask = t.ask;
    let r: UsageImportResult;
    beforeAll(async () => {
        r = await importInto(t.tx, files.csv);
    });

    describe("the aggregate CSV of 2023 (every exchange)", () => {
        it("gives back every Phụ lục 3 service's total and printed error rate, beside the reported figures", async () => {
            const { reported } = files.sample;
            expect(r).toMatchObject({ alreadyImported: false, succeeded: sum(reported.months.map((m) => m.succeeded)), failed: sum(reported.months.map((m) => m.failed)) });
            for (const s of reported.services) {
                const d = (await ask(SERVICE, { s: String(s.number) })).serviceConsumers;
                expect(d.observed.total, `service ${s.number}`).toBe(s.transactions);
                expect(d.observed.errorRatePercent, `service ${s.number}`).toBe(s.errorRatePercent);
                expect(d.observed.failed).toBe(failuresOf(s));
                expect(d.reported).toEqual({ transactions: s.transactions, errorRatePercent: s.errorRatePercent });
                expect(sum(d.consumers.map((c: any) => c.observed.total))).toBe(s.transactions);
                expect(d.sources).toEqual([{ documentId: r.documentId, records: d.consumers.length ? expect.any(Number) : 0 }]);
            }
        });

        it("gives back every Phụ lục 4 agency's total, the report's figure shown beside it", async () => {
            for (const a of files.sample.reported.agencies) {
                const d = (await ask(AGENCY, { a: a.id })).consumedServices;
                expect(d.observed.total, a.name).toBe(a.transactions);
                expect(d.reported.transactions, a.name).toBe(a.transactions);
                expect(sum(d.services.map((s: any) => s.observed.total))).toBe(a.transactions);
            }
        });

        it("gives back Bảng 1's months and the platform total; the tables' gaps stay on the unattributed parties", async () => {
            const { reported } = files.sample;
            const { records } = await t.tx.run("MATCH ()-[u:OBSERVED_USE]->() UNWIND range(0, size(u.months) - 1) AS k RETURN u.months[k] AS month, sum(u.succeeded[k]) AS ok, sum(u.failed[k]) AS ko ORDER BY month");
            expect(records.map((x) => ({ month: x.get("month"), succeeded: x.get("ok").toNumber(), failed: x.get("ko").toNumber() }))).toEqual(reported.months);
            const crit = (await ask(`{ criticality(limit: 1) { basis assets { id services monthlyExchangesLost agenciesCutOff } } }`)).criticality;
            const period = parsePeriod(reported.period);
            const months = sum(reported.months.map((m) => monthCoverage(m.month, [period])));
            expect(crit.basis).toBe("OBSERVED");
            expect(crit.assets[0]).toEqual({ id: "asset:ndxp", services: 41, monthlyExchangesLost: Math.round((10 * reported.platform.total) / months) / 10, agenciesCutOff: reported.agencies.length });
            const outsideService = (await ask(SERVICE, { s: "*" })).serviceConsumers;
            const gapService = reported.platform.total - sum(reported.services.map((s) => s.transactions));
            expect(outsideService.observed.total).toBe(gapService);
            expect(outsideService.reported).toBeNull();
            const gapConsumer = reported.platform.total - sum(reported.agencies.map((a) => a.transactions));
            let unattributed = 0;
            for (const s of [...reported.services.map((x) => String(x.number)), "*"]) {
                const d = (await ask(SERVICE, { s })).serviceConsumers;
                unattributed += sum(d.consumers.filter((c: any) => c.id === UNATTRIBUTED_CONSUMER).map((c: any) => c.observed.total));
            }
            expect(unattributed).toBe(gapConsumer);
        });

        it("every observed figure cites its file and the rows it adds up", async () => {
            const { records } = await t.tx.run("MATCH (c)-[u:OBSERVED_USE]->(s) RETURN u.documentId AS doc, u.section AS file, u.locator AS locator, u.text AS text, u.totalRecords AS n, size(u.months) AS months");
            expect(records.length).toBe(r.pairs);
            for (const x of records) {
                expect(x.get("doc")).toBe(r.documentId);
                expect(x.get("file")).toBe("usage-2023.csv");
                expect(x.get("locator")).toMatch(/^lines? \d+(–\d+)?, \d+ rows?$/);
                expect(x.get("n").toNumber()).toBe(x.get("months").toNumber());
            }
            const doc = (await t.tx.run("MATCH (d:SourceDocument:UsageImport {id: $id}) RETURN d", { id: r.documentId })).records[0]!.get("d").properties;
            expect(doc).toMatchObject({ file: "usage-2023.csv", format: "AGGREGATE_CSV", periodFrom: "2023-01-01T00:00:00+07:00", periodTo: "2023-06-07T18:00:00+07:00" });
        });
    });

    describe("questions after the import", () => {
        it("declaredVsObserved classifies every province–asset pair by its declared links and its months of regular traffic", async () => {
            const d = (await ask(`{ declaredVsObserved(tier: PROVINCE, limit: 5000) { basis total counts { class count } pairs { agencyId assetId class declaredOfficial regularMonths observed { total } } } }`)).declaredVsObserved;
            expect(d.basis).toBe("OBSERVED");
            // Expected from the sample and the reports, independently: traffic per (agency, provider asset).
            const { reported, cells, months } = files.sample;
            const provider = new Map(reported.services.map((s) => [s.id, s.providerId]));
            const coverage = months.map((m) => monthCoverage(m, [parsePeriod(reported.period)]));
            const pairs = new Map<string, number[]>();
            for (const c of cells) {
                const asset = provider.get(c.serviceId);
                if (!c.consumerId.startsWith("province:") || !asset) continue;
                const k = `${c.consumerId}|${asset}`;
                const ok = pairs.get(k) ?? months.map(() => 0);
                c.succeeded.forEach((v, i) => (ok[i]! += v));
                pairs.set(k, ok);
            }
            const graph = (await t.tx.run("MATCH (a:Agency {kind: 'PROVINCE', era: 2023})-[c:CONNECTED_TO]->(x:Asset) RETURN a.id + '|' + x.id AS k, collect(c.status) AS statuses")).records;
            const declared = new Map(graph.map((x) => [x.get("k") as string, x.get("statuses") as string[]]));
            const keys = new Set([...declared.keys(), ...pairs.keys()]);
            expect(d.total).toBe(keys.size);
            for (const p of d.pairs) {
                const k = `${p.agencyId}|${p.assetId}`;
                const ok = pairs.get(k) ?? months.map(() => 0);
                const regularMonths = ok.filter((v, i) => v >= 100 * coverage[i]!).length;
                const regular = regularMonths >= Math.ceil(0.75 * months.length);
                const statuses = declared.get(k) ?? [];
                const official = statuses.includes("OFFICIAL");
                const expected = official && !regular ? "OFFICIAL_WITHOUT_REGULAR_TRAFFIC" : statuses.length === 0 ? "TRAFFIC_WITHOUT_DECLARED_LINK" : !official && regular ? "TECHNICAL_IN_REGULAR_USE" : "CONSISTENT";
                expect(p.class, k).toBe(expected);
                expect(p.regularMonths).toBe(regularMonths);
                expect(p.declaredOfficial).toBe(official);
            }
            expect(sum(d.counts.map((c: any) => c.count))).toBe(d.total);
        });

        it("criticality ranks NDXP first, then by the observed exchanges each asset carries", async () => {
            const c = (await ask(`{ criticality(limit: 1000) { total assets { rank id score monthlyExchangesLost singlePointOfFailure parts { name weight points share } } } }`)).criticality;
            expect(c.assets.map((a: any) => a.rank)).toEqual(c.assets.map((_: unknown, i: number) => i + 1));
            expect(c.assets[0].id).toBe("asset:ndxp");
            for (const a of c.assets) expect(Math.abs(sum(a.parts.map((p: any) => p.points)) - a.score)).toBeLessThanOrEqual(0.06);
            const scores = c.assets.map((a: any) => a.score);
            expect([...scores].sort((x, y) => y - x)).toEqual(scores);
            // The population database carries its services' observed exchanges.
            const pop = c.assets.find((a: any) => a.id === "asset:001:2");
            const services = files.sample.reported.services.filter((s) => s.providerId === "asset:001:2");
            const period = parsePeriod(files.sample.reported.period);
            const months = sum(files.sample.months.map((m) => monthCoverage(m, [period])));
            expect(pop.monthlyExchangesLost).toBe(Math.round((10 * sum(services.map((s) => s.transactions))) / months) / 10);
            expect(pop.singlePointOfFailure).toBe(true);
            // Provinces cut off by NDXP: all 63 consume something; as 2025 units, 34.
            const q = `query ($era: Era!) { criticality(tiers: [PROVINCE], era: $era, limit: 1) { assets { id agenciesCutOff } } }`;
            const provinces = new Set(files.sample.cells.map((c) => c.consumerId).filter((id) => id.startsWith("province:")));
            expect((await ask(q, { era: "E2023" })).criticality.assets[0]).toEqual({ id: "asset:ndxp", agenciesCutOff: provinces.size });
            expect((await ask(q, { era: "E2025" })).criticality.assets[0]).toEqual({ id: "asset:ndxp", agenciesCutOff: 34 });
        });

        it("the unattributed service transits NDXP too", async () => {
            const { records } = await t.tx.run("MATCH (:UsageResidual {id: $id})-[:TRANSITS]->(n:Asset) RETURN n.id AS id", { id: UNATTRIBUTED_SERVICE });
            expect(records.map((r) => r.get("id"))).toEqual(["asset:ndxp"]);
        });
    });
});

describe("the operational-monitoring log of the small services (one record per exchange)", () => {
    // Without the CSV: a transaction of its own, rolled back after the test.
    const t = useRollbackServer();
    const ask = t.ask;

    it("gives back each of those services' totals and error rates, and agrees with the CSV cell by cell", async () => {
        const r = await importInto(t.tx, files.opmon, { mapping: files.mapping });
        const wanted = files.sample.reported.services.filter((s) => files.opmonServices.includes(s.number));
        expect(r.records).toBe(sum(wanted.map((s) => s.transactions)));
        expect(r.format).toBe("OPMON_JSONL");
        for (const s of wanted) {
            const d = (await ask(SERVICE, { s: s.id })).serviceConsumers;
            expect(d.observed.total, `service ${s.number}`).toBe(s.transactions);
            expect(d.observed.errorRatePercent, `service ${s.number}`).toBe(s.errorRatePercent);
            const cells = files.sample.cells.filter((c) => c.serviceId === s.id);
            const expected = Object.fromEntries(cells.map((c) => [c.consumerId, sum(c.succeeded) + sum(c.failed)]));
            expect(Object.fromEntries(d.consumers.map((c: any) => [c.id, c.observed.total]))).toEqual(expected);
            const months = files.sample.months.map((m, k) => ({ month: m, succeeded: sum(cells.map((c) => c.succeeded[k]!)), failed: sum(cells.map((c) => c.failed[k]!)) }));
            expect(d.months.map(({ month, succeeded, failed }: any) => ({ month, succeeded, failed }))).toEqual(months);
        }
        const p = (await ask(`query ($s: String!) { serviceConsumers(service: $s, limit: 1) { consumers { observed { durations { samples p50Ms p99Ms } } } } }`, { s: String(wanted[0]!.number) })).serviceConsumers;
        expect(p.consumers[0].observed.durations.samples).toBeGreaterThan(0);
        expect(p.consumers[0].observed.durations.p99Ms).toBeGreaterThanOrEqual(p.consumers[0].observed.durations.p50Ms);
    });
});
