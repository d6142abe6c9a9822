// The usage import's parts without a database: periods and months (UTC+7), duration histograms, the
// CSV and PR-OPMON readers with every kind of bad line, the mapping's validation, the progress line,
// and the exact rounding the sample generator relies on.
import { describe, expect, it } from "vitest";
import { bucketBound, bucketOf, percentiles, BUCKETS } from "../../lib/durations.js";
import { MonthIndex, monthCoverage, monthOf, monthsOf, parsePeriod, isoVn } from "../../lib/period.js";
import { ProblemTally } from "../../src/modules/usage/ingest/problems.js";
import { CsvReader, splitCsvLine } from "../../src/modules/usage/ingest/csv.js";
import { parseMapping, type Mapping } from "../../src/modules/usage/ingest/mapping.js";
import { opmonHeader, OpmonReader } from "../../src/modules/usage/ingest/opmon.js";
import { createResolver, UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE } from "../../src/modules/usage/ingest/reference.js";
import { progressLine } from "../../src/modules/usage/ingest/progress.js";
import { apportion, roundMatrix } from "../../seed/usage-sample/rounding.js";
import { MaxFlow } from "../../seed/usage-sample/flow.js";

const resolver = createResolver({
    agencies: [
        { id: "agency:bo-cong-an", name: "Bộ Công an", era: 2023, kind: "MINISTRY", parentId: null, keys: ["bo cong an"] },
        { id: "province:ha-noi", name: "Thành phố Hà Nội", era: 2023, kind: "PROVINCE", parentId: null, keys: ["ha noi"] },
        { id: "province-2025:01-ha-noi", name: "Thành phố Hà Nội", era: 2025, kind: "PROVINCE", parentId: null, keys: ["ha noi"] },
    ],
    services: [
        { id: "service:001:2", number: 2, name: "Xác thực, cung cấp số định danh" },
        { id: "service:001:5", number: 5, name: "Dịch vụ chia sẻ dữ liệu giấy phép lái xe" },
    ],
});

describe("periods and months", () => {
    it("count months in Vietnam's time (UTC+7)", () => {
        expect(monthOf(Date.parse("2023-01-31T17:30:00Z"))).toBe("2023-02"); // 00:30 on 1 Feb in Hà Nội
        expect(monthOf(Date.parse("2023-01-31T16:59:59Z"))).toBe("2023-01");
        const p = parsePeriod("2023-01-01/2023-06-07T18:00");
        expect(isoVn(p.fromMs)).toBe("2023-01-01T00:00:00+07:00");
        expect(monthsOf(p)).toEqual(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]);
        expect(monthCoverage("2023-06", [p])).toBeCloseTo((6 * 24 + 18) / (30 * 24), 10);
        expect(monthCoverage("2023-02", [p, p])).toBe(1); // overlapping periods count once
        expect(() => parsePeriod("2023-06-01/2023-01-01")).toThrow(/ends before/);
        expect(() => parsePeriod("yesterday")).toThrow();
    });

    it("find the month index of any instant, ordered or not", () => {
        const idx = new MonthIndex(parsePeriod("2023-11/2024-03"));
        expect(idx.months).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
        const probes = ["2024-02-29T12:00+07:00", "2023-11-01T00:00+07:00", "2024-01-15T00:00+07:00", "2023-12-31T23:59+07:00"];
        expect(probes.map((s) => idx.of(Date.parse(s)))).toEqual([3, 0, 2, 1]);
        expect(idx.of(Date.parse("2024-03-01T00:00+07:00"))).toBe(-1);
    });
});

describe("duration histogram", () => {
    it("puts a duration in the bucket whose bound is the least ≥ it, and reports percentiles as bounds", () => {
        for (const ms of [0.5, 1, 2, 3, 100, 1_000, 30_000, 900_000]) {
            const k = bucketOf(ms);
            expect(bucketBound(k)).toBeGreaterThanOrEqual(ms * 0.999);
            if (k > 0) expect(bucketBound(k - 1)).toBeLessThan(ms);
        }
        expect(bucketOf(1e9)).toBe(BUCKETS - 1);
        const counts = new Array(BUCKETS).fill(0);
        counts[bucketOf(100)] = 98;
        counts[bucketOf(5_000)] = 2;
        expect(percentiles(counts)).toEqual({ samples: 100, p50Ms: bucketBound(bucketOf(100)), p95Ms: bucketBound(bucketOf(100)), p99Ms: bucketBound(bucketOf(5_000)) });
        expect(percentiles(new Array(BUCKETS).fill(0))).toBeNull();
    });
});

describe("aggregate CSV", () => {
    const read = (lines: string[], period: string | null = null) => {
        const problems = new ProblemTally();
        const r = new CsvReader(resolver, problems, period ? parsePeriod(period) : null);
        lines.forEach((l, i) => r.line(l, i + 1));
        return { r, problems: problems.list() };
    };

    it("splits quoted fields", () => {
        expect(splitCsvLine('2023-01,"Bộ Văn hóa, Thể thao và Du lịch",2,1,0')).toEqual(["2023-01", "Bộ Văn hóa, Thể thao và Du lịch", "2", "1", "0"]);
        expect(splitCsvLine('a,"b ""c""",d')).toEqual(["a", 'b "c"', "d"]);
        expect(splitCsvLine('a,"open')).toBeNull();
    });

    it("reads counts per consumer, service and month, names and `*` resolved", () => {
        const { r, problems } = read(["# period: 2023-01/2023-03", "month,consumer,service,successful,failed", "2023-01,Bộ Công an,2,10,1", "2023-02,bo cong an,service:001:2,5,0", "2023-02,*,*,7,7"]);
        expect(problems).toEqual([]);
        const rows = r.agg.rows();
        expect(rows.find((x) => x.consumerId === "agency:bo-cong-an")).toMatchObject({ months: ["2023-01", "2023-02"], succeeded: [10, 5], failed: [1, 0], totalRecords: 2 });
        expect(rows.find((x) => x.consumerId === UNATTRIBUTED_CONSUMER)).toMatchObject({ serviceId: UNATTRIBUTED_SERVICE, totalSucceeded: 7 });
        expect(r.period()).toEqual(parsePeriod("2023-01/2023-03"));
    });

    it("counts each kind of bad line with its first line numbers", () => {
        const { problems } = read([
            "# period: 2023-01/2023-03",
            "month,consumer,service,successful,failed",
            "2023-01,Bộ Công an,2,10", // 3 malformed
            "2023-13,Bộ Công an,2,1,1", // 4 invalid month
            "2023-01,Bộ Công an,2,1.5,1", // 5 not whole
            "2023-01,Bộ Nowhere,2,1,1", // 6 unknown consumer
            "2023-01,Hà Nội,99,1,1", // 7 unknown service (Hà Nội is the 2023 city)
            "2023-05,Bộ Công an,2,1,1", // 8 out of the period
            "2023-01,Bộ Công an,5,-1,0", // 9 negative
            "2023-01,Bộ Công an,2,1,0", // 10 fine
            "2023-01,Bộ Công an,2,3,0", // 11 duplicate
            "2023-02,Bộ Nowhere,5,1,1", // 12 unknown consumer again
        ]);
        const byKind = Object.fromEntries(problems.map((p) => [p.kind, { count: p.count, firstLines: p.firstLines }]));
        expect(byKind).toEqual({
            MALFORMED_LINE: { count: 1, firstLines: [3] },
            INVALID_FIELD: { count: 2, firstLines: [4, 5] },
            UNKNOWN_CONSUMER: { count: 2, firstLines: [6, 12] },
            UNKNOWN_SERVICE: { count: 1, firstLines: [7] },
            OUT_OF_PERIOD: { count: 1, firstLines: [8] },
            NEGATIVE_COUNT: { count: 1, firstLines: [9] },
            DUPLICATE_ROW: { count: 1, firstLines: [11] },
        });
    });

    it("refuses a wrong header", () => {
        expect(read(["month,agency,service,ok,failed"]).problems[0]?.kind).toBe("BAD_HEADER");
    });
});

describe("the mapping file", () => {
    const valid = {
        xRoadInstance: "VN",
        clients: [{ memberClass: "GOV", memberCode: "bca", agency: "Bộ Công an" }, { memberClass: "OTHER", memberCode: "x", subsystemCode: "y", agency: null }],
        services: [{ memberClass: "GOV", memberCode: "bca", subsystemCode: "dancu", serviceCode: "dv-2", service: 2 }],
    };

    it("resolves agencies and services, null meaning outside the graph", () => {
        const r = parseMapping(JSON.stringify(valid), resolver);
        expect("mapping" in r).toBe(true);
        const m = (r as { mapping: Mapping }).mapping;
        expect(m.side).toBe("Client");
        expect(m.clients.get("GOV|bca|")).toBe("agency:bo-cong-an");
        expect(m.clients.get("OTHER|x|y")).toBe(UNATTRIBUTED_CONSUMER);
        expect(m.services.get("GOV|bca|dancu|dv-2")).toBe("service:001:2");
    });

    it("lists every problem with its JSON path", () => {
        const bad = {
            side: "Both",
            extra: 1,
            clients: [{ memberClass: "GOV", memberCode: "a", agency: "Bộ Nowhere" }, { memberClass: "GOV", memberCode: "a", agency: "Bộ Công an" }, { memberClass: "GOV", agnecy: "x" }],
            services: [{ memberClass: "GOV", memberCode: "a", serviceCode: "s", service: 99 }],
        };
        const r = parseMapping(JSON.stringify(bad), resolver) as { errors: string[] };
        expect(r.errors).toEqual(expect.arrayContaining([
            expect.stringMatching(/^\$\.extra: unknown key/),
            expect.stringMatching(/^\$\.side: must be "Client" or "Producer"/),
            expect.stringMatching(/^\$\.clients\[0\]\.agency: no agency is named "Bộ Nowhere"/),
            expect.stringMatching(/^\$\.clients\[1\]: the same identifier as \$\.clients\[0\]/),
            expect.stringMatching(/^\$\.clients\[2\]\.agnecy: unknown key/),
            expect.stringMatching(/^\$\.clients\[2\]\.memberCode: must be a non-empty string/),
            expect.stringMatching(/^\$\.services\[0\]\.service: no service is numbered or named "99"/),
        ]));
        expect((parseMapping("{", resolver) as { errors: string[] }).errors[0]).toMatch(/^not JSON/);
    });
});

describe("operational-monitoring records (PR-OPMON)", () => {
    const mapping = (parseMapping(JSON.stringify({
        xRoadInstance: "VN",
        clients: [{ memberClass: "GOV", memberCode: "bca", agency: "Bộ Công an" }],
        services: [{ memberClass: "GOV", memberCode: "gtvt", subsystemCode: "gplx", serviceCode: "dv-5", service: 5 }],
    }), resolver) as { mapping: Mapping }).mapping;
    const period = parsePeriod("2023-01-01T00:00:00+07:00/2023-03-01T00:00:00+07:00");
    const rec = (o: Record<string, unknown> = {}) => JSON.stringify({
        requestInTs: Date.parse("2023-01-10T08:00:00+07:00"), responseOutTs: Date.parse("2023-01-10T08:00:00+07:00") + 120, securityServerType: "Client",
        clientXRoadInstance: "VN", clientMemberClass: "GOV", clientMemberCode: "bca", clientSubsystemCode: "qlcb",
        serviceXRoadInstance: "VN", serviceMemberClass: "GOV", serviceMemberCode: "gtvt", serviceSubsystemCode: "gplx", serviceCode: "dv-5", succeeded: true, ...o,
    });

    it("reads the period header: searchCriteria in Unix seconds, both ends inclusive", () => {
        expect(opmonHeader('{"searchCriteria":{"recordsFrom":1672506000,"recordsTo":1677603599}}')).toEqual(period);
        expect(opmonHeader(rec())).toBeNull();
        expect(opmonHeader('{"searchCriteria":{"recordsFrom":5,"recordsTo":1}}')).toHaveProperty("error");
    });

    it("aggregates client-side records per pair and month, with durations; the producer side is not counted twice", () => {
        const problems = new ProblemTally();
        const r = new OpmonReader(mapping, period, problems);
        r.line(rec(), 2);
        r.line(rec({ succeeded: false, requestInTs: Date.parse("2023-02-01T00:00:00+07:00"), responseOutTs: undefined, totalDuration: 3000 }), 3);
        r.line(rec({ securityServerType: "Producer" }), 4);
        r.line(rec({ clientSubsystemCode: undefined }), 5); // member-level entry covers any subsystem
        expect(problems.list()).toEqual([]);
        expect(r.accepted).toBe(3);
        expect(r.skippedOtherSide).toBe(1);
        const [row] = r.agg.rows();
        expect(row).toMatchObject({ consumerId: "agency:bo-cong-an", serviceId: "service:001:5", months: ["2023-01", "2023-02"], succeeded: [2, 0], failed: [0, 1], records: [2, 1], firstLine: 2, lastLine: 5 });
        expect(row!.durationIndex).toEqual([bucketOf(120), BUCKETS + bucketOf(3000)]);
        expect(row!.durationCounts).toEqual([2, 1]);
    });

    it("counts each kind of bad record with its first line numbers", () => {
        const problems = new ProblemTally();
        const r = new OpmonReader(mapping, period, problems);
        const lines = [
            "not json", // 1
            "[1,2]", // 2
            rec({ succeeded: "yes" }), // 3
            rec({ requestInTs: -5 }), // 4
            rec({ responseOutTs: 1 }), // 5 before requestInTs
            rec({ clientMemberCode: "nobody" }), // 6
            rec({ clientXRoadInstance: "EE" }), // 7 another instance
            rec({ serviceCode: "dv-99" }), // 8
            rec({ requestInTs: Date.parse("2023-03-01T00:00:00+07:00"), responseOutTs: undefined }), // 9 the period's end is exclusive
            rec({ securityServerType: "Both" }), // 10
            rec(), // 11 fine
        ];
        lines.forEach((l, i) => r.line(l, i + 1));
        const byKind = Object.fromEntries(problems.list().map((p) => [p.kind, { count: p.count, firstLines: p.firstLines }]));
        expect(byKind).toEqual({
            MALFORMED_LINE: { count: 2, firstLines: [1, 2] },
            INVALID_FIELD: { count: 4, firstLines: [3, 4, 5, 10] },
            UNKNOWN_CONSUMER: { count: 2, firstLines: [6, 7] },
            UNKNOWN_SERVICE: { count: 1, firstLines: [8] },
            OUT_OF_PERIOD: { count: 1, firstLines: [9] },
        });
        expect(r.accepted).toBe(1);
    });

    it("keeps only the first five line numbers of a kind, and every count", () => {
        const problems = new ProblemTally();
        for (let i = 1; i <= 1000; i++) problems.add("MALFORMED_LINE", i, "x");
        expect(problems.list()).toEqual([{ kind: "MALFORMED_LINE", count: 1000, firstLines: [1, 2, 3, 4, 5], example: "x" }]);
    });
});

describe("progress line", () => {
    it("gives records, records per second, bytes and the ETA", () => {
        expect(progressLine("[usage] f", { records: 400_000, bytesRead: 50 * 2 ** 20, totalBytes: 100 * 2 ** 20 }, 2_000)).toBe("[usage] f: 400,000 records · 200,000 records/s · 50.0 MiB / 100.0 MiB (50 %) · ETA 2 s");
        expect(progressLine("x", { records: 10, bytesRead: 512, totalBytes: 0 }, 1_000)).toBe("x: 10 records · 10 records/s · 512 B");
    });
});

describe("whole-number splits that keep totals exact", () => {
    it("apportion splits by weight with the parts adding up", () => {
        expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
        expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
        expect(apportion(0, [0, 0])).toEqual([0, 0]);
    });

    it("roundMatrix keeps every row and column total, each cell at its floor or ceiling", () => {
        const x = [[0.5, 1.5, 1], [2.5, 0.5, 0]];
        const out = roundMatrix(x, [3, 3], [3, 2, 1]);
        expect(out.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([3, 3]);
        expect([0, 1, 2].map((j) => out[0]![j]! + out[1]![j]!)).toEqual([3, 2, 1]);
        out.forEach((r, i) => r.forEach((v, j) => expect(Math.abs(v - x[i]![j]!)).toBeLessThan(1)));
        expect(() => roundMatrix([[1]], [1], [2])).toThrow(/totals differ/);
    });

    it("the max-flow finds a full matching", () => {
        const f = new MaxFlow(6);
        [[0, 1, 2], [0, 2, 1], [1, 3, 1], [1, 4, 1], [2, 3, 1], [3, 5, 2], [4, 5, 1]].forEach(([u, v, c]) => f.edge(u!, v!, c!));
        expect(f.run(0, 5)).toBe(3);
    });
});
