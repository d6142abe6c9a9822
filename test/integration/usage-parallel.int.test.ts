// Issue 29: a large operational-monitoring log is parsed on worker threads (src/modules/usage/ingest/
// parallel.ts). The prepared import must be the one a single thread prepares — every pair's monthly
// counts, durations, first and last line and cited identifiers, every total — and a bad file must be
// refused the same way: the same count per kind and the same first line numbers, nothing written.
import { createWriteStream, mkdtempSync, readFileSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { gunzipSync, createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { loadQueries } from "../../src/db/queries.js";
import { createDb } from "../../src/db/run.js";
import { prepareUsage, type PreparedUsage } from "../../src/modules/usage/ingest/import.js";
import { fileLines } from "../../src/modules/usage/ingest/lines.js";
import { UsageImportError } from "../../src/modules/usage/ingest/problems.js";
import { testDriver } from "../helpers/neo4j.js";
import { runImportCli, sharedSampleFiles, type SampleFiles } from "../helpers/usage.js";

let driver: Driver;
let files: SampleFiles;
beforeAll(async () => {
    driver = testDriver();
    files = await sharedSampleFiles();
});
afterAll(() => driver?.close());

const prepare = (file: string, workers: number): Promise<PreparedUsage> =>
    prepareUsage(createDb(driver, loadQueries()), { file: path.basename(file), lines: fileLines(file), mapping: { file: "mapping", text: readFileSync(files.mapping, "utf8") }, workers });

async function gz(file: string, lines: string[]): Promise<void> {
    const z = createGzip({ level: 1 });
    const out = createWriteStream(file);
    z.pipe(out);
    for (const l of lines) if (!z.write(`${l}\n`)) await once(z, "drain");
    z.end();
    await once(out, "close");
}

describe("usage logs parsed on worker threads", () => {
    it("prepare exactly what one thread prepares", { timeout: 300_000 }, async () => {
        const one = await prepare(files.opmon, 0);
        expect(one.records).toBeGreaterThan(10_000);
        // One worker: the main thread parses the chunks it cannot hand over; two and three: mostly the workers.
        for (const workers of [1, 2, 3]) expect(await prepare(files.opmon, workers), `${workers} workers`).toEqual(one);
    });

    it("refuse a bad file the same way: count per kind, first line numbers in order, nothing prepared", { timeout: 300_000 }, async () => {
        const lines = gunzipSync(readFileSync(files.opmon)).toString("utf8").split("\n").filter((l) => l !== "");
        const bad = [...lines];
        const good = JSON.parse(lines[1]!) as Record<string, unknown>;
        // 1-based line numbers: a malformed line, an unknown consumer, a blank line kept, more of each later.
        const at = [Math.floor(lines.length / 3), Math.floor(lines.length / 2), lines.length - 5];
        bad[at[0]! - 1] = "{not json";
        bad[at[1]! - 1] = JSON.stringify({ ...good, clientMemberCode: "NO-SUCH-MEMBER" });
        bad[at[2]! - 1] = "[1, 2]";
        bad.splice(10, 0, "");
        const dir = mkdtempSync(path.join(os.tmpdir(), "usage-parallel-"));
        const file = path.join(dir, "bad.jsonl.gz");
        await gz(file, bad);
        const refusal = async (workers: number) => {
            const e = await prepare(file, workers).then(() => null, (x: unknown) => x);
            expect(e, `${workers} workers`).toBeInstanceOf(UsageImportError);
            return (e as UsageImportError).problems;
        };
        const one = await refusal(0);
        // After the blank line inserted at 11, the bad lines are one further down.
        expect(one.find((p) => p.kind === "MALFORMED_LINE")).toMatchObject({ count: 2, firstLines: [at[0]! + 1, at[2]! + 1] });
        expect(one.find((p) => p.kind === "UNKNOWN_CONSUMER")).toMatchObject({ count: 1, firstLines: [at[1]! + 1] });
        expect(await refusal(1)).toEqual(one);
        expect(await refusal(2)).toEqual(one);
        // The command refuses it on worker threads too, naming the lines, and writes nothing.
        const cli = runImportCli(["--mapping", files.mapping, "--workers", "2", file]);
        expect(cli.status).toBe(1);
        expect(cli.stderr).toContain(`refused, nothing imported`);
        expect(cli.stderr).toContain(`MALFORMED_LINE: 2 (first at lines ${at[0]! + 1}, ${at[2]! + 1})`);
        expect(cli.stderr).not.toMatch(/committed usage:/);
    });
});
