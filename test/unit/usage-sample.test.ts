// The sample usage of the seeded graph reproduces report 001 to the exchange: every figure is read
// from the parsed report and compared with what the sample holds (no figure typed in here).
import { describe, expect, it } from "vitest";
import { buildSeedGraph } from "../../seed/pipeline.js";
import { consistency, failuresOf, printedRate, reportedUsage } from "../../seed/usage-sample/reports.js";
import { fitUsage, MIN_UNLIKELY_CELL } from "../../seed/usage-sample/fit.js";
import { opmonLog, sampleCsv, sampleMapping } from "../../seed/usage-sample/generate.js";
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE } from "../../src/modules/usage/ingest/reference.js";
import { classifyReported, regularFloor, regularity } from "../../src/modules/usage/declared.js";

const reported = reportedUsage(buildSeedGraph());
const sample = fitUsage(reported);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const totalOf = (cells: typeof sample.cells) => sum(cells.map((c) => sum(c.succeeded) + sum(c.failed)));

describe("the 2023 sample reproduces report 001", () => {
    it("every Phụ lục 3 service: its total exactly, and its error rate as printed", () => {
        expect(reported.services).toHaveLength(41);
        for (const s of reported.services) {
            const cells = sample.cells.filter((c) => c.serviceId === s.id);
            const total = totalOf(cells);
            expect(total, `service ${s.number}`).toBe(s.transactions);
            expect(printedRate(sum(cells.map((c) => sum(c.failed))), total), `service ${s.number}`).toBe(s.errorRatePercent);
        }
    });

    it("every Phụ lục 4 agency: its total exactly", () => {
        expect(reported.agencies).toHaveLength(97);
        for (const a of reported.agencies) expect(totalOf(sample.cells.filter((c) => c.consumerId === a.id)), a.name).toBe(a.transactions);
    });

    it("every Bảng 1 month: successes and failures exactly; the platform total of §2", () => {
        reported.months.forEach((m, k) => {
            expect(sum(sample.cells.map((c) => c.succeeded[k]!))).toBe(m.succeeded);
            expect(sum(sample.cells.map((c) => c.failed[k]!))).toBe(m.failed);
        });
        expect(totalOf(sample.cells)).toBe(reported.platform.total);
    });

    it("keeps the tables' disagreements as two unattributed parties, each exactly a printed difference", () => {
        const c = Object.fromEntries(consistency(reported).map((x) => [x.check, x.difference]));
        const consumerGap = -c["Phụ lục 4 agencies add up to the platform total"]!;
        const serviceGap = -c["Phụ lục 3 services add up to the platform total"]!;
        expect(consumerGap).toBeGreaterThan(0);
        expect(serviceGap).toBeGreaterThan(0);
        expect(totalOf(sample.cells.filter((x) => x.consumerId === UNATTRIBUTED_CONSUMER))).toBe(consumerGap);
        expect(totalOf(sample.cells.filter((x) => x.serviceId === UNATTRIBUTED_SERVICE))).toBe(serviceGap);
        const failureGap = sum(reported.months.map((m) => m.failed)) - sum(reported.services.map(failuresOf));
        expect(sum(sample.cells.filter((x) => x.serviceId === UNATTRIBUTED_SERVICE).flatMap((x) => x.failed))).toBe(failureGap);
        expect(c["Bảng 1 months add up to the platform's successes"]).toBe(0);
    });

    it("spreads a service over agencies connected to its provider, or named by it; unlikely cells only where the totals need them", () => {
        for (const cell of sample.cells) {
            const s = reported.services.find((x) => x.id === cell.serviceId);
            if (cell.basis === "CONNECTED") expect(reported.connections.get(cell.consumerId)?.has(s!.providerId!)).toBe(true);
            if (cell.basis === "NAMED_CONSUMER") expect(cell.consumerId).toBe(s!.namedConsumerId);
            if (cell.basis === "NOT_CONNECTED") expect(sum(cell.succeeded) + sum(cell.failed)).toBeGreaterThanOrEqual(MIN_UNLIKELY_CELL);
            if (s?.providerId) expect(reported.owners.get(s.providerId) ?? []).not.toContain(cell.consumerId);
        }
        const s14 = sample.cells.filter((c) => c.serviceNumber === 14 && c.consumerId !== UNATTRIBUTED_CONSUMER);
        expect(s14.map((c) => c.consumerId)).toEqual([reported.services.find((s) => s.number === 14)!.namedConsumerId]);
    });

    it("is deterministic", () => {
        const again = fitUsage(reportedUsage(buildSeedGraph()));
        expect(again.cells).toEqual(sample.cells);
        const log = (o: Parameters<typeof opmonLog>[1]) => [...opmonLog(sample, o)].slice(0, 50);
        expect(log({ services: new Set([40]) })).toEqual(log({ services: new Set([40]) }));
    });
});

describe("the sample's files", () => {
    it("the CSV has one row per cell and month with exchanges, and adds up to the platform total", () => {
        const lines = [...sampleCsv(sample)];
        expect(lines[0]).toBe(`# period: ${reported.period}`);
        const rows = lines.filter((l) => /^\d{4}-\d{2},/.test(l));
        expect(rows.length).toBe(sample.cells.reduce((n, c) => n + c.succeeded.filter((v, k) => v + c.failed[k]! > 0).length, 0));
        const total = sum(rows.map((r) => { const f = r.split(","); return Number(f[f.length - 2]) + Number(f[f.length - 1]); }));
        expect(total).toBe(reported.platform.total);
    });

    it("the log has one record per exchange of the services asked for, and the mapping knows every code in it", () => {
        const small = reported.services.filter((s) => s.transactions <= 1_000);
        const lines = [...opmonLog(sample, { services: new Set(small.map((s) => s.number)) })];
        expect(JSON.parse(lines[0]!)).toHaveProperty("searchCriteria");
        const records = lines.slice(1).map((l) => JSON.parse(l));
        expect(records.length).toBe(sum(small.map((s) => s.transactions)));
        expect(records.filter((r) => !r.succeeded).length).toBe(sum(small.map(failuresOf)));
        const mapping = sampleMapping(sample) as { clients: { memberCode: string }[]; services: { serviceCode: string }[] };
        const clients = new Set(mapping.clients.map((c) => c.memberCode));
        const services = new Set(mapping.services.map((s) => s.serviceCode));
        expect(records.every((r) => clients.has(r.clientMemberCode) && services.has(r.serviceCode) && r.responseOutTs > r.requestInTs)).toBe(true);
        const sorted = records.map((r) => r.requestInTs);
        expect(sorted.every((t, i) => i === 0 || t >= sorted[i - 1]!)).toBe(true);
    });

    it("at 1:1000 every service's records are its total ÷ 1000, rounded", () => {
        const counts = new Map<string, number>();
        for (const l of [...opmonLog(sample, { scale: 1000 })].slice(1)) {
            const code = /"serviceCode":"([^"]+)"/.exec(l)![1]!;
            counts.set(code, (counts.get(code) ?? 0) + 1);
        }
        for (const s of reported.services) expect(counts.get(`dv-${s.number}`) ?? 0, `service ${s.number}`).toBe(Math.round(s.transactions / 1000));
    });
});

describe("regular traffic", () => {
    const coverage2023 = [1, 1, 1, 1, 1, (6 * 24 + 18) / (30 * 24)];
    const t = { minMonthlyExchanges: 100, minMonthShare: 0.75 };

    it("counts months of regular use, prorating partly covered months", () => {
        expect(regularity([100, 100, 100, 100, 0, 23], coverage2023, t)).toEqual({ regularMonths: 5, months: 6, needed: 5, regular: true });
        expect(regularity([100, 100, 100, 99, 0, 22], coverage2023, t)).toMatchObject({ regularMonths: 3, regular: false });
        expect(regularity([], [], t).regular).toBe(false);
    });

    it("the reported basis: the least total one regular link needs, and the classes it allows", () => {
        const floor = regularFloor(coverage2023, t);
        expect(floor).toBeCloseTo(100 * (coverage2023[5]! + 4), 9);
        const official = [{ status: "OFFICIAL" }] as never;
        const technical = [{ status: "OFFICIAL_OR_TECHNICAL" }] as never;
        expect(classifyReported(official, floor - 1, 2, floor).cls).toBe("OFFICIAL_WITHOUT_REGULAR_TRAFFIC");
        expect(classifyReported(official, null, 1, floor).cls).toBe("OFFICIAL_WITHOUT_REGULAR_TRAFFIC");
        expect(classifyReported(technical, floor, 1, floor).cls).toBe("TECHNICAL_IN_REGULAR_USE");
        expect(classifyReported(technical, floor, 2, floor).cls).toBe("UNDETERMINED");
        expect(classifyReported(official, floor, 1, floor).cls).toBe("CONSISTENT");
        expect(classifyReported(technical, 3, 2, floor).cls).toBe("CONSISTENT");
    });
});
