// Every kind of bad usage input is refused with a count per kind and the first line numbers, and the
// graph is unchanged (fingerprint of every node and relationship, ChangeRecords included). These
// tests commit when an import succeeds, so each one removes what it imported and checks the graph's
// content is back to its fingerprint (the version counter every commit bumps stays bumped). Paths: the importUsage mutation against a committing server, and the
// import command.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { graphFingerprint } from "../helpers/fingerprint.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { postGraphQL, testDriver } from "../helpers/neo4j.js";
import { contentFingerprint, killImportCliWhen, removeImport, runImportCli, runImportCliAsync, sharedSampleFiles, type SampleFiles } from "../helpers/usage.js";

let driver: Driver;
let server: RunningServer;
let files: SampleFiles;
let editor: Record<string, string>;
beforeAll(async () => {
    driver = testDriver();
    server = await (await createServer({ driver, auth: { secret: TEST_SECRET } })).listen(0);
    files = await sharedSampleFiles();
    editor = { authorization: `Bearer ${await token("usage-editor", ["editor"])}` };
});
afterAll(async () => {
    await server.stop();
    await driver.close();
});

const IMPORT = `mutation Import($fileName: String!, $content: String!, $mapping: String, $period: String, $replace: [ID!]) {
    importUsage(fileName: $fileName, content: $content, mapping: $mapping, period: $period, replace: $replace) { documentId records pairs alreadyImported replaced }
}`;
const importUsage = (variables: Record<string, unknown>) => postGraphQL(server.url, IMPORT, variables, editor);

/** Runs `attempt`, which must be refused, and shows the graph did not change. Returns the problems. */
async function refused(attempt: () => Promise<{ errors?: { extensions?: Record<string, any> }[] }>): Promise<Record<string, { count: number; firstLines: number[] }>> {
    const before = await graphFingerprint(driver);
    const res = await attempt();
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await graphFingerprint(driver)).toEqual(before);
    return Object.fromEntries((res.errors![0]!.extensions!.problems as { kind: string; count: number; firstLines: number[] }[]).map((p) => [p.kind, { count: p.count, firstLines: p.firstLines }]));
}

const HEAD = ["# period: 2023-01/2023-03", "month,consumer,service,successful,failed"];
const mappingText = () => JSON.stringify({ xRoadInstance: "VN", clients: [{ memberClass: "GOV", memberCode: "bca", agency: "Bộ Công an" }], services: [{ memberClass: "GOV", memberCode: "gtvt", serviceCode: "dv-5", service: 5 }] });
const record = (o: Record<string, unknown> = {}) => JSON.stringify({ requestInTs: Date.parse("2023-01-10T08:00:00+07:00"), clientXRoadInstance: "VN", clientMemberClass: "GOV", clientMemberCode: "bca", serviceXRoadInstance: "VN", serviceMemberClass: "GOV", serviceMemberCode: "gtvt", serviceCode: "dv-5", succeeded: true, ...o });
const LOG_HEAD = JSON.stringify({ searchCriteria: { recordsFrom: Date.parse("2023-01-01T00:00:00+07:00") / 1000, recordsTo: Date.parse("2023-02-01T00:00:00+07:00") / 1000 - 1 } });

describe("bad CSV lines are refused with a count per kind and their first lines; nothing is written", () => {
    it("malformed lines", async () => {
        const p = await refused(() => importUsage({ fileName: "m.csv", content: [...HEAD, "2023-01,Bộ Công an,2,1", '2023-01,"Bộ Công an,2,1,1', "2023-01,Bộ Công an,2,1,1"].join("\n") }));
        expect(p).toEqual({ MALFORMED_LINE: { count: 2, firstLines: [3, 4] } });
    });
    it("unknown consumers and services", async () => {
        const p = await refused(() => importUsage({ fileName: "u.csv", content: [...HEAD, "2023-01,Bộ Nowhere,2,1,1", "2023-01,Bộ Công an,999,1,1", "2023-02,Bộ Nowhere,2,1,1"].join("\n") }));
        expect(p).toEqual({ UNKNOWN_CONSUMER: { count: 2, firstLines: [3, 5] }, UNKNOWN_SERVICE: { count: 1, firstLines: [4] } });
    });
    it("months outside the stated period", async () => {
        const p = await refused(() => importUsage({ fileName: "o.csv", content: [...HEAD, "2023-04,Bộ Công an,2,1,1", "2022-12,Bộ Công an,2,1,1"].join("\n") }));
        expect(p).toEqual({ OUT_OF_PERIOD: { count: 2, firstLines: [3, 4] } });
    });
    it("negative counts", async () => {
        const p = await refused(() => importUsage({ fileName: "n.csv", content: [...HEAD, "2023-01,Bộ Công an,2,-1,0", "2023-01,Bộ Công an,5,0,-3"].join("\n") }));
        expect(p).toEqual({ NEGATIVE_COUNT: { count: 2, firstLines: [3, 4] } });
    });
    it("a row repeated (it would count twice), invalid fields, a wrong header", async () => {
        const p = await refused(() => importUsage({ fileName: "d.csv", content: [...HEAD, "2023-01,Bộ Công an,2,1,0", "2023-01,agency:bo-cong-an,2,5,0", "2023-1,Bộ Công an,2,1,0"].join("\n") }));
        expect(p).toEqual({ DUPLICATE_ROW: { count: 1, firstLines: [4] }, INVALID_FIELD: { count: 1, firstLines: [5] } });
        expect(await refused(() => importUsage({ fileName: "h.csv", content: "month,who,service,ok,failed\n2023-01,Bộ Công an,2,1,0" }))).toHaveProperty("BAD_HEADER");
    });
});

describe("bad log records and mappings are refused the same way", () => {
    it("malformed records, invalid fields, unknown codes, timestamps outside the period", async () => {
        const lines = [LOG_HEAD, "{oops", record({ succeeded: "yes" }), record({ clientMemberCode: "nobody" }), record({ serviceCode: "dv-99" }), record({ requestInTs: Date.parse("2023-02-01T00:00:00+07:00") }), record(), "[]"];
        const p = await refused(() => importUsage({ fileName: "log.jsonl", content: lines.join("\n"), mapping: mappingText() }));
        expect(p).toEqual({
            MALFORMED_LINE: { count: 2, firstLines: [2, 8] }, INVALID_FIELD: { count: 1, firstLines: [3] }, UNKNOWN_CONSUMER: { count: 1, firstLines: [4] },
            UNKNOWN_SERVICE: { count: 1, firstLines: [5] }, OUT_OF_PERIOD: { count: 1, firstLines: [6] },
        });
    });
    it("a log without its period, or without a mapping", async () => {
        expect(await refused(() => importUsage({ fileName: "np.jsonl", content: record(), mapping: mappingText() }))).toHaveProperty("MISSING_PERIOD");
        expect(await refused(() => importUsage({ fileName: "nm.jsonl", content: [LOG_HEAD, record()].join("\n") }))).toHaveProperty("MAPPING_INVALID");
    });
    it("a mapping that does not validate: every problem listed", async () => {
        const bad = JSON.stringify({ clients: [{ memberClass: "GOV", memberCode: "bca", agency: "Bộ Nowhere" }, { memberClass: "GOV", memberCode: "bca", agency: "Bộ Công an" }], services: [{ memberClass: "GOV", serviceCode: "x", service: 5 }] });
        const before = await graphFingerprint(driver);
        const res = await importUsage({ fileName: "log.jsonl", content: [LOG_HEAD, record()].join("\n"), mapping: bad });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "mapping", problems: [{ kind: "MAPPING_INVALID", count: 3 }] });
        expect(res.errors?.[0]?.extensions?.problems[0].example).toMatch(/clients\[0\]\.agency: no agency is named "Bộ Nowhere".*clients\[1\]: the same identifier.*services\[0\]\.memberCode/);
        expect(await graphFingerprint(driver)).toEqual(before);
    });
});

describe("the import command", () => {
    it("refuses a bad .gz file with the same report and writes nothing", async () => {
        // The sample files are shared by the run's usage test files (read-only): this test's own go elsewhere.
        const dir = mkdtempSync(path.join(os.tmpdir(), "usage-refusals-"));
        const file = path.join(dir, "bad.csv.gz");
        writeFileSync(file, gzipSync([...HEAD, "2023-01,Bộ Nowhere,2,1,1", "2023-01,Bộ Công an,2,-1,0"].join("\n")));
        const corrupt = path.join(dir, "corrupt.jsonl.gz");
        writeFileSync(corrupt, Buffer.concat([gzipSync("x".repeat(1000)).subarray(0, 20), Buffer.from("garbage")]));
        const before = await graphFingerprint(driver);
        // Both refusals at once: neither writes, and each command's start-up is seconds of its own.
        const [r, c] = await Promise.all([runImportCliAsync([file]), runImportCliAsync(["--mapping", files.mapping, corrupt])]);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/bad\.csv\.gz: refused, nothing imported/);
        expect(r.stderr).toMatch(/UNKNOWN_CONSUMER: 1 \(first at line 3\)/);
        expect(r.stderr).toMatch(/NEGATIVE_COUNT: 1 \(first at line 4\)/);
        expect(c.status).toBe(1);
        expect(c.stderr).toMatch(/not valid gzip/);
        expect(await graphFingerprint(driver)).toEqual(before);
    });

    it("killed while reading or while writing, it leaves nothing", async () => {
        const before = await graphFingerprint(driver);
        const reading = await killImportCliWhen(["--mapping", files.mapping, files.opmon], /records · .* records\/s/);
        expect(reading.killedAt).not.toBeNull();
        const writing = await killImportCliWhen(["--batch-size", "1", files.csv], /written \d+\/\d+ pairs \(not committed yet\)/);
        expect(writing.killedAt).not.toBeNull();
        // Neo4j rolls the open transaction back when its connection drops.
        for (let i = 0; i < 50 && JSON.stringify(await graphFingerprint(driver)) !== JSON.stringify(before); i++) await new Promise((r) => setTimeout(r, 200));
        expect(await graphFingerprint(driver)).toEqual(before);
    });

    it("imports a file with its ChangeRecord and a progress line; the same file again is a no-op", async () => {
        const before = await contentFingerprint(driver);
        const first = runImportCli([files.csv]);
        expect(first.status, first.stderr).toBe(0);
        expect(first.stderr).toMatch(/usage-2023\.csv: [\d,]+ records · [\d,]+ records\/s · [\d.]+ KiB \/ [\d.]+ KiB \(100 %\)/);
        const id = /committed (usage:[0-9a-f]{16})/.exec(first.stderr)![1]!;
        try {
            const records = (await driver.executeQuery("MATCH (c:ChangeRecord {operation: 'npm run import:usage'}) WHERE $id IN c.changedIds RETURN c.details AS d", { id })).records;
            expect(records).toHaveLength(1);
            expect(JSON.parse(records[0]!.get("d")).changes.imports[0]).toMatchObject({ kind: "usage", documentId: id, file: "usage-2023.csv" });
            const after = await graphFingerprint(driver);
            const again = runImportCli([files.csv]);
            expect(again.status).toBe(0);
            expect(again.stderr).toMatch(new RegExp(`already imported as ${id}; nothing changed`));
            expect(await graphFingerprint(driver)).toEqual(after);
        } finally {
            await removeImport(driver, id);
        }
        expect(await contentFingerprint(driver)).toEqual(before);
    });

    it("refuses a file whose period overlaps an import in force on the same pairs; a declared replacement never double-counts", async () => {
        const before = await contentFingerprint(driver);
        const csv = runImportCli([files.csv]);
        const csvId = /committed (usage:[0-9a-f]{16})/.exec(csv.stderr)![1]!;
        let logId: string | undefined;
        try {
            const mid = await graphFingerprint(driver);
            const overlap = runImportCli(["--mapping", files.mapping, files.opmon]);
            expect(overlap.status).toBe(1);
            expect(overlap.stderr).toMatch(new RegExp(`OVERLAPPING_PERIOD: 1: ${csvId} \\(usage-2023\\.csv, 2023-01-01T00:00:00\\+07:00/2023-06-07T18:00:00\\+07:00\\) already counts \\d+ of the same consumer–service pairs`));
            expect(await graphFingerprint(driver)).toEqual(mid);
            const replaced = runImportCli(["--mapping", files.mapping, "--replace", csvId, files.opmon]);
            expect(replaced.status, replaced.stderr).toBe(0);
            logId = /committed (usage:[0-9a-f]{16})/.exec(replaced.stderr)![1]!;
            const ask = async (s: string) => (await postGraphQL(server.url, `{ serviceConsumers(service: "${s}", limit: 1) { observed { total } } usageImports(includeSuperseded: true) { imports { id supersededBy } } }`)).data!;
            const small = files.sample.reported.services.find((s) => s.number === files.opmonServices[0])!;
            const big = await ask("2");
            expect(big.serviceConsumers.observed.total).toBe(0); // the CSV no longer counts
            expect((await ask(String(small.number))).serviceConsumers.observed.total).toBe(small.transactions); // not doubled
            expect(big.usageImports.imports).toEqual(expect.arrayContaining([{ id: csvId, supersededBy: logId }, { id: logId, supersededBy: null }]));
        } finally {
            if (logId) await removeImport(driver, logId);
            await removeImport(driver, csvId);
        }
        expect(await contentFingerprint(driver)).toEqual(before);
    });
});

describe("the importUsage mutation", () => {
    it("needs the editor role", async () => {
        const anon = await postGraphQL(server.url, IMPORT, { fileName: "x.csv", content: [...HEAD, "2023-01,Bộ Công an,2,1,0"].join("\n") });
        expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const reader = await postGraphQL(server.url, IMPORT, { fileName: "x.csv", content: [...HEAD, "2023-01,Bộ Công an,2,1,0"].join("\n") }, { authorization: `Bearer ${await token("r", ["reader"])}` });
        expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("imports a small file with its ChangeRecord; the same file again leaves no record", async () => {
        const before = await contentFingerprint(driver);
        const content = [...HEAD, "2023-01,Bộ Công an,2,10,1", "2023-02,*,5,3,0"].join("\n");
        const res = await importUsage({ fileName: "small.csv", content });
        expect(res.errors).toBeUndefined();
        const id = res.data!.importUsage.documentId;
        try {
            expect(res.data!.importUsage).toMatchObject({ records: 2, pairs: 2, alreadyImported: false, replaced: [] });
            const rec = await driver.executeQuery("MATCH (c:ChangeRecord {actor: 'usage-editor'}) WHERE $id IN c.changedIds RETURN c.fields AS f", { id });
            expect(rec.records.map((r) => r.get("f"))).toEqual([["importUsage"]]);
            const after = await graphFingerprint(driver);
            const again = await importUsage({ fileName: "small.csv", content });
            expect(again.data!.importUsage).toMatchObject({ documentId: id, alreadyImported: true });
            expect(await graphFingerprint(driver)).toEqual(after);
        } finally {
            await removeImport(driver, id);
        }
        expect(await contentFingerprint(driver)).toEqual(before);
    });
});
