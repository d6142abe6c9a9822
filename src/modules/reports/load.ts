// Loading the reports (the `reports` domain's ingest): the seed loader (seed/) prepares the rows from
// the five reports and writes them in the transaction handed to it; here that transaction is a write
// scope (src/db/write-scope.ts), so the load commits all or nothing and bumps the graph version in the
// one place every writer does. Bulk loads (the national bench graph) commit batch by batch and bump it
// once at the end.
import type { Driver } from "neo4j-driver";
import { loadQueries } from "../../db/queries.js";
import { createDb } from "../../db/run.js";
import { bumpGraphVersion, inWriteScope } from "../../db/write-scope.js";
import { closeLinks } from "../../kernel/time.js";
import { prepareSeed, seedVersion, writeRows, type WriteOptions } from "../../../seed/load.js";
import { bulkWriteRows as bulkWrite, type BulkOptions, type BulkResult } from "../../../seed/bulk.js";
import type { SeedInput } from "../../../seed/pipeline.js";
import type { NodeRow, RelRow } from "../../../seed/rows.js";

export { BulkInputError } from "../../../seed/bulk.js";
export { PersonalDataError, prepareSeed, seedVersion } from "../../../seed/load.js";

export interface LoadOptions extends SeedInput, Partial<Pick<WriteOptions, "batchSize" | "log" | "afterBatch">> {
    database?: string;
}

export interface LoadResult {
    nodes: number;
    relationships: number;
    findings: number;
    pruned: { nodes: number; relationships: number };
    ms: number;
}

/** Loads the five reports in one transaction (all or nothing); a second run changes nothing. */
export async function loadSeed(driver: Driver, opts: LoadOptions & { prepared?: ReturnType<typeof prepareSeed> } = {}): Promise<LoadResult> {
    const log = opts.log ?? (() => undefined);
    const started = Date.now();
    // Everything is parsed, resolved and checked before the first write.
    const { rows, findings } = opts.prepared ?? prepareSeed(opts);
    log(`[seed] parsed the reports: ${rows.nodes.length} nodes, ${rows.rels.length} relationships, ${findings.length} audit findings`);
    const pruned = await inWriteScope(driver, { queries: loadQueries(), database: opts.database, metadata: { app: "state-data-graph", change: "seed" } }, async (scope) => {
        const p = await writeRows(scope.tx, rows, { ...opts, prune: true, version: seedVersion(rows) });
        // Every link's end (the next snapshot of its agency), in the same transaction as the links.
        await closeLinks(scope.db, null);
        return p;
    });
    const ms = Date.now() - started;
    log(`[seed] committed in ${ms} ms (pruned ${pruned.nodes} nodes, ${pruned.relationships} relationships no longer in the reports)`);
    return { nodes: rows.nodes.length, relationships: rows.rels.length, findings: findings.length, pruned, ms };
}

/** `npm run seed -- --reset`: removes every seeded node (and so its relationships). */
export async function resetSeed(driver: Driver, database?: string): Promise<number> {
    const queries = loadQueries();
    return inWriteScope(driver, { queries, database }, async (scope) => (await scope.db.write<{ deleted: number }>("reports/reset"))[0]?.deleted ?? 0);
}

/** Counts and a hash over every seeded node and relationship: a reload that changes nothing keeps it. */
export async function fingerprint(driver: Driver, database?: string) {
    const [r] = await createDb(driver, loadQueries(), database).run<{ nodes: number; relationships: number; nodeHash: string; relHash: string }>("reports/fingerprint");
    return r!;
}

/** A bulk load (seed/bulk.ts: batches committed on their own), then one graph version for all of it. */
export async function bulkWriteRows(driver: Driver, rows: { nodes: NodeRow[]; rels: RelRow[] }, opts: BulkOptions = {}): Promise<BulkResult> {
    const r = await bulkWrite(driver, rows, opts);
    // The links' ends for every agency the load gave a link or a snapshot, a few thousand agencies per transaction.
    const agencies = [...new Set(rows.rels.filter((x) => x.type === "CONNECTED_TO" || x.type === "REPORTED_IN").map((x) => x.from))];
    for (let i = 0; i < agencies.length; i += 2_000) {
        await inWriteScope(driver, { queries: loadQueries(), database: opts.database }, (scope) => closeLinks(scope.db, agencies.slice(i, i + 2_000)));
    }
    await bumpGraphVersion(driver, loadQueries(), opts.database);
    return r;
}
