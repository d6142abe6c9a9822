// The loader: prepares the seed graph's rows from the reports (parsed, resolved, audited, checked for
// personal data) and writes them in the caller's ONE write transaction (all or nothing), in batches of
// UNWIND … MERGE, then prunes what the reports no longer produce. Running it twice changes nothing.
import { createHash } from "node:crypto";
import { batchParams } from "../lib/batch.js";
import { runReportQuery, type QueryRunner } from "./cypher.js";
import { audit, type Finding } from "./audit.js";
import { buildSeedGraph, type SeedInput } from "./pipeline.js";
import { toRows, type NodeRow, type RelRow } from "./rows.js";
import { hasContactData } from "../lib/text.js";

export class PersonalDataError extends Error {
    override name = "PersonalDataError";
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

export interface WriteOptions {
    batchSize?: number;
    log?: (msg: string) => void;
    /** Test hook: called after each batch inside the transaction; throwing aborts the whole load. */
    afterBatch?: (step: string) => void;
    /** Remove seeded nodes/relationships not in `rows` (the report seed does; bulk loads do not). */
    prune?: boolean;
    /** Record this seed version (reports/set-seed-version) in the same transaction. */
    version?: string;
    /** The record time of what is written for the first time (default: now). */
    at?: string;
}


/**
 * Writes node and relationship rows with batched UNWIND … MERGE (cypher/reports/) in the caller's ONE
 * transaction `tx` (the caller commits, src/modules/reports/load.ts), then prunes what the reports no
 * longer produce. Bulk loads too large for one transaction use `bulkWriteRows` (seed/bulk.ts).
 */
export async function writeRows(tx: QueryRunner, rows: { nodes: NodeRow[]; rels: RelRow[] }, opts: WriteOptions = {}): Promise<{ nodes: number; relationships: number }> {
    const log = opts.log ?? (() => undefined);
    const size = opts.batchSize ?? 1000;
    // Record time: when these facts entered the graph (kept from their first load by the queries).
    const at = opts.at ?? new Date().toISOString();
    const steps: [string, "upsert-nodes" | "upsert-relationships", unknown[]][] = [
        ["nodes", "upsert-nodes", rows.nodes],
        ["relationships", "upsert-relationships", rows.rels],
    ];
    for (const [what, query, list] of steps) {
        for (let i = 0; i < list.length; i += size) {
            await runReportQuery(tx, query, { ...batchParams(list.slice(i, i + size)), at });
            log(`[seed] ${what}: ${Math.min(i + size, list.length)}/${list.length}`);
            opts.afterBatch?.(`${what}:${i}`);
        }
    }
    if (opts.version) await runReportQuery(tx, "set-seed-version", { version: opts.version, at: new Date().toISOString() });
    if (!opts.prune) return { nodes: 0, relationships: 0 };
    const [p] = await runReportQuery<{ nodesDeleted: number; relationshipsDeleted: number }>(tx, "prune", {
        ids: rows.nodes.map((n) => n.id),
        keys: rows.rels.map((r) => r.key),
        documentIds: [...new Set(rows.rels.map((r) => r.props.documentId).filter((d) => typeof d === "string"))],
    });
    return { nodes: p?.nodesDeleted ?? 0, relationships: p?.relationshipsDeleted ?? 0 };
}
