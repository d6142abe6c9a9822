// `npm run import:usage -- [--mapping map.json] [--period FROM/TO] [--replace <id>]… [--batch-size N] [--workers N] FILE…`
// (run with a 16 MB young generation — JSON.parse's short-lived objects are most of the garbage — and a
// 160 MB old generation, so memory stays bounded whatever the file size: what is kept is per consumer–
// service pair and month, ~60 MB at national scale). On a machine of 4 cores or more a log of 4 MiB or
// more is parsed on worker threads (one per core beside the main thread, which parses too when they are
// busy, at most 3); on fewer cores on the main thread alone, which already reaches the target there with
// less memory (below); --workers N to choose, 0 = the main thread alone; src/modules/usage/ingest/parallel.ts.
// Imports usage files into the graph of NEO4J_URI or the built-in Neo4j: X-Road operational-monitoring
// logs (JSON Lines, with --mapping) and aggregate counts (CSV, plain or .gz, or an .xlsx workbook: its
// first sheet or --sheet NAME). Each file is streamed once and
// validated whole; a bad file is refused with a count per kind of problem and the first line numbers of
// each, and nothing of it is written. Each file that changes the graph is written in one transaction
// together with its ChangeRecord; the same file again changes nothing. Exit code 1 when any file failed.
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { ConfigError } from "../config.js";
import { createDb } from "../db/run.js";
import { inWriteScope } from "../db/write-scope.js";
import { emptyChangeSet, recordChange } from "../kernel/change-record.js";
import { runImportCommand } from "./command.js";
import { prepareUsage, usageSummary, writeUsage } from "../modules/usage/ingest/import.js";
import { fileLines } from "../modules/usage/ingest/lines.js";
import { Progress } from "../modules/usage/ingest/progress.js";
import { describeProblem, UsageImportError } from "../modules/usage/ingest/problems.js";
import { KEEP_CONTENT_MAX } from "../modules/usage/ingest/import.js";

/** A plain file small enough to be kept with its import (writeUsage keeps it only if it is the CSV imported). */
function keepableText(file: string, gzip: boolean): string | undefined {
    if (gzip || statSync(file).size > KEEP_CONTENT_MAX) return undefined;
    return readFileSync(file, "utf8");
}

const USAGE = "usage: npm run import:usage -- [--mapping map.json] [--period FROM/TO] [--replace <documentId>]… [--batch-size N] [--workers N] [--sheet NAME] FILE…";

interface Args {
    files: string[];
    mapping?: string;
    period?: string;
    replace: string[];
    batchSize?: number;
    sheet?: string;
    workers?: number;
}

function parseArgs(argv: string[]): Args {
    const out: Args = { files: [], replace: [] };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]!;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined) throw new ConfigError(`${a} needs a value\n${USAGE}`);
            return v;
        };
        if (a === "--mapping") out.mapping = value();
        else if (a === "--period") out.period = value();
        else if (a === "--replace") out.replace.push(value());
        else if (a === "--batch-size") out.batchSize = Number(value());
        else if (a === "--sheet") out.sheet = value();
        else if (a === "--workers") out.workers = Number(value());
        else if (a.startsWith("--")) throw new ConfigError(`unknown option ${a}\n${USAGE}`);
        else out.files.push(a);
    }
    if (out.batchSize !== undefined && !(Number.isInteger(out.batchSize) && out.batchSize >= 1)) throw new ConfigError("--batch-size must be a whole number ≥ 1");
    if (out.workers !== undefined && !(Number.isInteger(out.workers) && out.workers >= 0 && out.workers <= 16)) throw new ConfigError("--workers must be a whole number from 0 to 16");
    return out;
}

let args: Args;
try {
    args = parseArgs(process.argv.slice(2));
} catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(2);
}
if (args.files.length === 0) {
    console.error(USAGE);
    process.exit(2);
}
let mapping: { file: string; text: string } | undefined;
try {
    mapping = args.mapping ? { file: path.basename(args.mapping), text: readFileSync(args.mapping, "utf8") } : undefined;
} catch (e) {
    console.error(`error: the mapping file cannot be read: ${(e as Error).message}`);
    process.exit(2);
}
await runImportCommand(
    args.files,
    async (file, { driver, queries, database, actor }) => {
        const name = path.basename(file);
        const lines = fileLines(file, args.sheet);
        const cpu0 = process.cpuUsage();
        const progress = new Progress(`[usage] ${name}`);
        // Measured on 2 cores (bench/README, 2026-12-07, 6 M records): one thread 231,232 records/s at 282 MB
        // peak RSS, one worker 312,354 records/s at 333 MB. Both above the 200,000 target; only one thread
        // keeps RSS under 300 MB, so workers are the default only where cores are spare (≥ 4).
        const workers = args.workers ?? (statSync(file).size >= 4 * 2 ** 20 && availableParallelism() >= 4 ? Math.min(3, availableParallelism() - 1) : 0);
        const prepared = await prepareUsage(createDb(driver, queries, database, 0), { file: name, lines, mapping, period: args.period, workers, onProgress: (p) => progress.update(p) });
        progress.done({ records: prepared.records, bytesRead: lines.bytesRead, totalBytes: lines.totalBytes });
        const readSeconds = progress.elapsedMs / 1000;
        console.error(`[usage] ${name}: ${prepared.records.toLocaleString("en-US")} records valid → ${prepared.rows.length.toLocaleString("en-US")} consumer–service pairs; writing…`);
        const r = await inWriteScope(driver, { queries, database }, async (scope) => {
            const result = await writeUsage(scope.db, prepared, {
                actor, replace: args.replace, batchSize: args.batchSize, content: prepared.format === "AGGREGATE_CSV" ? keepableText(file, lines.gzip) : undefined,
                // A line per tenth of the rows (every batch when there are few), so a killed import can be seen mid-write.
                onBatch: (done, total) => {
                    if (done === total || Math.floor((10 * done) / total) !== Math.floor((10 * (done - (args.batchSize ?? 500))) / total)) console.error(`[usage] ${name}: written ${done}/${total} pairs (not committed yet)`);
                },
            });
            if (scope.changed) {
                await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import:usage", fields: ["importUsage"], changes: { ...emptyChangeSet(), imports: [usageSummary(result)] } });
            }
            return result;
        });
        const seconds = progress.elapsedMs / 1000;
        const cpu = process.cpuUsage(cpu0);
        if (r.alreadyImported) {
            console.error(`[usage] ${name}: already imported as ${r.documentId}; nothing changed`);
            return;
        }
        console.error(`[usage] ${name}: committed ${r.documentId}: ${r.records.toLocaleString("en-US")} records, ${r.pairs} pairs (${r.consumers} consumers × ${r.services} services), ${r.months.length} months, ${r.succeeded.toLocaleString("en-US")} succeeded / ${r.failed.toLocaleString("en-US")} failed${r.skippedOtherSide ? `, ${r.skippedOtherSide.toLocaleString("en-US")} records of the other side not counted` : ""}${r.replaced.length ? `; replaces ${r.replaced.join(", ")}` : ""}`);
        console.error(`[usage] ${name}: ${Math.round(r.records / seconds).toLocaleString("en-US")} records/s end to end (${seconds.toFixed(1)} s: read, validate and aggregate ${readSeconds.toFixed(1)} s, write and commit ${(seconds - readSeconds).toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
    },
    (e) => (e instanceof UsageImportError ? `${e.file}: refused, nothing imported:\n${e.problems.map(describeProblem).join("\n")}` : null),
);
