// `npm run import:usage -- [--mapping map.json] [--period FROM/TO] [--replace <id>]… [--batch-size N] FILE…`
// (run with a 16 MB young generation: JSON.parse's short-lived objects are most of the garbage).
// Imports usage files into the graph of NEO4J_URI or the built-in Neo4j: X-Road operational-monitoring
// logs (JSON Lines, with --mapping) and aggregate CSVs; plain or .gz. Each file is streamed once and
// validated whole; a bad file is refused with a count per kind of problem and the first line numbers of
// each, and nothing of it is written. Each file that changes the graph is written in one transaction
// together with its ChangeRecord; the same file again changes nothing. Exit code 1 when any file failed.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "../../config.js";
import { applySchema } from "../../db/apply-schema.js";
import { loadQueries } from "../../db/queries.js";
import { createDb } from "../../db/run.js";
import { inWriteScope } from "../../db/write-scope.js";
import { connectNeo4j } from "../../neo4j/connect.js";
import { LocalNeo4jError } from "../../neo4j/errors.js";
import { emptyChangeSet, recordChange } from "../../audit/change-record.js";
import { prepareUsage, usageSummary, writeUsage } from "./import.js";
import { fileLines } from "./lines.js";
import { Progress } from "./progress.js";
import { describeProblem, UsageImportError } from "./problems.js";

const USAGE = "usage: npm run import:usage -- [--mapping map.json] [--period FROM/TO] [--replace <documentId>]… [--batch-size N] FILE…";

function parseArgs(argv: string[]): { files: string[]; mapping?: string; period?: string; replace: string[]; batchSize?: number } {
    const out = { files: [] as string[], replace: [] as string[] } as ReturnType<typeof parseArgs>;
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
        else if (a.startsWith("--")) throw new ConfigError(`unknown option ${a}\n${USAGE}`);
        else out.files.push(a);
    }
    if (out.batchSize !== undefined && !(Number.isInteger(out.batchSize) && out.batchSize >= 1)) throw new ConfigError("--batch-size must be a whole number ≥ 1");
    return out;
}

let code = 0;
try {
    const args = parseArgs(process.argv.slice(2));
    if (args.files.length === 0) {
        console.error(USAGE);
        process.exit(2);
    }
    const mapping = args.mapping ? { file: path.basename(args.mapping), text: readFileSync(args.mapping, "utf8") } : undefined;
    const cfg = loadConfig();
    const conn = await connectNeo4j(cfg, (m) => console.error(m));
    try {
        await applySchema(conn.driver, cfg.neo4jDatabase);
        const actor = `cli:${os.userInfo().username}`;
        const queries = loadQueries();
        const reader = createDb(conn.driver, queries, cfg.neo4jDatabase, 0);
        for (const file of args.files) {
            const name = path.basename(file);
            try {
                const lines = fileLines(file);
                const cpu0 = process.cpuUsage();
                const progress = new Progress(`[usage] ${name}`);
                const prepared = await prepareUsage(reader, { file: name, lines, mapping, period: args.period, onProgress: (p) => progress.update(p) });
                progress.done({ records: prepared.records, bytesRead: lines.bytesRead, totalBytes: lines.totalBytes });
                const readSeconds = progress.elapsedMs / 1000;
                console.error(`[usage] ${name}: ${prepared.records.toLocaleString("en-US")} records valid → ${prepared.rows.length.toLocaleString("en-US")} consumer–service pairs; writing…`);
                const r = await inWriteScope(conn.driver, { queries, database: cfg.neo4jDatabase }, async (scope) => {
                    const result = await writeUsage(scope.db, prepared, {
                        actor, replace: args.replace, batchSize: args.batchSize,
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
                if (r.alreadyImported) console.error(`[usage] ${name}: already imported as ${r.documentId}; nothing changed`);
                else {
                    console.error(`[usage] ${name}: committed ${r.documentId}: ${r.records.toLocaleString("en-US")} records, ${r.pairs} pairs (${r.consumers} consumers × ${r.services} services), ${r.months.length} months, ${r.succeeded.toLocaleString("en-US")} succeeded / ${r.failed.toLocaleString("en-US")} failed${r.skippedOtherSide ? `, ${r.skippedOtherSide.toLocaleString("en-US")} records of the other side not counted` : ""}${r.replaced.length ? `; replaces ${r.replaced.join(", ")}` : ""}`);
                    console.error(`[usage] ${name}: ${Math.round(r.records / seconds).toLocaleString("en-US")} records/s end to end (${seconds.toFixed(1)} s: read, validate and aggregate ${readSeconds.toFixed(1)} s, write and commit ${(seconds - readSeconds).toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
                }
            } catch (e) {
                code = 1;
                if (e instanceof UsageImportError) console.error(`error: ${e.file}: refused, nothing imported:\n${e.problems.map(describeProblem).join("\n")}`);
                else console.error(`error: ${name}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
            }
        }
    } finally {
        await conn.close();
    }
} catch (e) {
    console.error(`error: ${e instanceof ConfigError || e instanceof LocalNeo4jError ? e.message : String(e)}`);
    code = 1;
}
process.exit(code);

