// `npm run export -- DIR`: the users' own data out of the graph (NEO4J_URI or the built-in Neo4j, running
// or not) into DIR: every imported file in the form it came in (imports/), the editors' notes
// (notes.json), the change records (change-records.jsonl) and export.json, which `npm run import -- DIR`
// replays into another graph. Read in one transaction; if a write lands meanwhile (the graph version
// moved), the export is refused and can be run again.
import path from "node:path";
import neo4j from "neo4j-driver";
import { ConfigError, loadConfig } from "../config.js";
import { loadQueries } from "../db/queries.js";
import { createDb } from "../db/run.js";
import { connectNeo4j } from "../neo4j/connect.js";
import { LocalNeo4jError } from "../neo4j/errors.js";
import { ExportError, writeExport } from "./exchange.js";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (dirs.length !== 1) {
    console.error("usage: npm run export -- DIR   (a new or empty directory)");
    process.exit(2);
}
const dir = path.resolve(dirs[0]!);
let code = 0;
try {
    const cfg = loadConfig();
    const started = Date.now();
    const conn = await connectNeo4j(cfg, (m) => console.error(m));
    try {
        const queries = loadQueries();
        const version = async () => (await createDb(conn.driver, queries, cfg.neo4jDatabase).run<{ version: number }>("meta/graph-version"))[0]?.version ?? 0;
        const before = await version();
        const session = conn.driver.session({ database: cfg.neo4jDatabase, defaultAccessMode: neo4j.session.READ });
        try {
            const tx = session.beginTransaction({ timeout: 600_000 });
            const m = await writeExport(createDb(tx, queries, cfg.neo4jDatabase), dir, before);
            await tx.commit();
            const after = await version();
            if (after !== before) throw new ExportError(`the graph changed while it was exported (version ${before} → ${after}); run the export again`);
            const kinds = m.imports.reduce<Record<string, number>>((n, e) => ({ ...n, [`${e.kind} (${e.form})`]: (n[`${e.kind} (${e.form})`] ?? 0) + 1 }), {});
            console.error(`[export] ${dir}: ${m.counts.imports} imported files (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ") || "none"}), ${m.counts.notes} notes, ${m.counts.changeRecords} change records, graph version ${before}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } finally {
            await session.close();
        }
    } finally {
        await conn.close();
    }
} catch (e) {
    console.error(`error: ${e instanceof ConfigError || e instanceof LocalNeo4jError || e instanceof ExportError ? e.message : String(e)}`);
    code = 1;
}
process.exit(code);
