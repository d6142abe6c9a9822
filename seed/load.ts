// The loader: writes the seed graph in ONE write transaction (all or nothing), in batches of UNWIND
// … MERGE, then prunes what the reports no longer produce. Running it twice changes nothing.
import { createHash } from "node:crypto";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { createDb } from "../src/db/run.js";
import { loadQueries } from "../src/db/queries.js";
import { audit, type Finding } from "./audit.js";
import { buildSeedGraph, type SeedInput } from "./pipeline.js";
import { toRows, type NodeRow, type RelRow } from "./rows.js";
import { hasContactData } from "../lib/text.js";

export class PersonalDataError extends Error {
    override name = "PersonalDataError";
}

export interface LoadOptions extends SeedInput {
    database?: string;
    batchSize?: number;
    log?: (msg: string) => void;
    /** Test hook: called after each batch inside the transaction; throwing aborts the whole load. */
    afterBatch?: (step: string) => void;
}

export interface LoadResult {
    nodes: number;
    relationships: number;
    findings: number;
    pruned: { nodes: number; relationships: number };
    ms: number;
}

/** Refuses any row that carries a phone number or an e-mail address. */
export function assertNoContactData(rows: (NodeRow | RelRow)[]): void {
    for (const r of rows) {
        for (const [k, v] of Object.entries(r.props)) {
            const values = Array.isArray(v) ? v : [v];
            for (const x of values) {
                if (typeof x === "string" && hasContactData(x)) {
                    throw new PersonalDataError(`refusing to store personal contact data in ${"id" in r ? r.id : r.key}.${k}`);
                }
            }
        }
    }
}

export function prepareSeed(input: SeedInput = {}): { rows: ReturnType<typeof toRows>; findings: Finding[] } {
    const graph = buildSeedGraph(input);
    const findings = audit(graph);
    const rows = toRows(graph, findings);
    assertNoContactData([...rows.nodes, ...rows.rels]);
    return { rows, findings };
}

/** A hash of everything the report seed writes: a database seeded with other rows is reloaded on start. */
export function seedVersion(rows: ReturnType<typeof toRows>): string {
    return createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16);
}

export async function loadSeed(driver: Driver, opts: LoadOptions & { prepared?: ReturnType<typeof prepareSeed> } = {}): Promise<LoadResult> {
    const log = opts.log ?? (() => undefined);
    const started = Date.now();
    // Everything is parsed, resolved and checked before the first write.
    const { rows, findings } = opts.prepared ?? prepareSeed(opts);
    log(`[seed] parsed the reports: ${rows.nodes.length} nodes, ${rows.rels.length} relationships, ${findings.length} audit findings`);
    const pruned = await writeRows(driver, rows, { ...opts, prune: true, version: seedVersion(rows) });
    const ms = Date.now() - started;
    log(`[seed] committed in ${ms} ms (pruned ${pruned.nodes} nodes, ${pruned.relationships} relationships no longer in the reports)`);
    return { nodes: rows.nodes.length, relationships: rows.rels.length, findings: findings.length, pruned, ms };
}

export interface WriteOptions extends LoadOptions {
    /** Remove seeded nodes/relationships not in `rows` (the report seed does; bulk loads do not). */
    prune?: boolean;
    /** Record this seed version (meta/set-seed-version) in the same transaction. */
    version?: string;
}

/** Rows go to Neo4j as one JSON string per batch (see cypher/seed/upsert-nodes.cypher for why). */
export const batchParams = (rows: unknown[]): { json: string } => ({ json: JSON.stringify(rows) });

/**
 * Writes node and relationship rows with batched UNWIND … MERGE (cypher/seed/) in ONE transaction.
 * Bulk loads too large for one transaction use `bulkWriteRows` (seed/bulk.ts).
 */
export async function writeRows(driver: Driver, rows: { nodes: NodeRow[]; rels: RelRow[] }, opts: WriteOptions = {}): Promise<{ nodes: number; relationships: number }> {
    const log = opts.log ?? (() => undefined);
    const queries = loadQueries();
    const size = opts.batchSize ?? 1000;
    const steps: [string, "seed/upsert-nodes" | "seed/upsert-relationships", unknown[]][] = [
        ["nodes", "seed/upsert-nodes", rows.nodes],
        ["relationships", "seed/upsert-relationships", rows.rels],
    ];
    const session = driver.session({ database: opts.database });
    try {
        return await session.executeWrite(async (tx: ManagedTransaction) => {
            const db = createDb(tx, queries);
            for (const [what, query, list] of steps) {
                for (let i = 0; i < list.length; i += size) {
                    await db.run(query, batchParams(list.slice(i, i + size)));
                    log(`[seed] ${what}: ${Math.min(i + size, list.length)}/${list.length}`);
                    opts.afterBatch?.(`${what}:${i}`);
                }
            }
            if (opts.version) await db.write("meta/set-seed-version", { version: opts.version, at: new Date().toISOString() });
            // Response caches see the reload (a reload that changes nothing still bumps: cheap and safe).
            await db.write("meta/bump-graph-version", { at: new Date().toISOString() });
            if (!opts.prune) return { nodes: 0, relationships: 0 };
            const [p] = await db.run<{ nodesDeleted: number; relationshipsDeleted: number }>("seed/prune", {
                ids: rows.nodes.map((n) => n.id),
                keys: rows.rels.map((r) => r.key),
                documentIds: [...new Set(rows.rels.map((r) => r.props.documentId).filter((d) => typeof d === "string"))],
            });
            return { nodes: p?.nodesDeleted ?? 0, relationships: p?.relationshipsDeleted ?? 0 };
        });
    } finally {
        await session.close();
    }
}

export async function resetSeed(driver: Driver, database?: string): Promise<number> {
    const session = driver.session({ database });
    try {
        const [r] = await session.executeWrite((tx) => createDb(tx, loadQueries()).run<{ deleted: number }>("seed/reset"));
        return r?.deleted ?? 0;
    } finally {
        await session.close();
    }
}

export async function fingerprint(driver: Driver, database?: string) {
    const [r] = await createDb(driver, loadQueries(), database).run<{ nodes: number; relationships: number; nodeHash: string; relHash: string }>("seed/fingerprint");
    return r!;
}
