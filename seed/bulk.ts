// Bulk loads (the national-scale bench graph, ~1 M relationships): too large for one transaction, so
// each batch commits on its own and `parallel` batches run at once. A relationship that touches a node
// this load creates cannot exist yet, so it is CREATEd; every other row is MERGEd, which keeps a re-run
// a no-op. Everything is checked before the first write: duplicate ids/keys and relationships whose
// end nodes are neither in the rows nor in the database are refused with the offending rows.
// Not for two bulk loads of overlapping rows at once: the CREATE rule assumes no other writer links
// the nodes this load creates while it runs (node ids stay unique either way: a constraint).
// The graph version is bumped by the caller once the load is done (src/modules/reports/load.ts).
import type { Driver } from "neo4j-driver";
import { runReportQuery, writeAlone } from "./cypher.js";
import { batchParams } from "../lib/batch.js";
import { uniqueNodeIds, type NodeRow, type RelRow } from "./rows.js";

export class BulkInputError extends Error {
    override name = "BulkInputError";
}

export interface BulkOptions {
    database?: string;
    /** Rows per transaction (default 10,000). */
    batchSize?: number;
    /** Transactions in flight at once (default 2, one per core here). */
    parallel?: number;
    log?: (msg: string) => void;
}

export interface BulkResult {
    nodes: number;
    relationships: number;
    /** Relationships written with CREATE because an end node is new in this load. */
    createdRelationships: number;
    seconds: number;
    relationshipsPerSecond: number;
}

export async function bulkWriteRows(driver: Driver, rows: { nodes: NodeRow[]; rels: RelRow[] }, opts: BulkOptions = {}): Promise<BulkResult> {
    const log = opts.log ?? (() => undefined);
    const size = opts.batchSize ?? 10_000;
    const started = Date.now();
    const at = new Date(started).toISOString();

    const nodeIds = uniqueNodeIds(rows, (msg) => new BulkInputError(msg));
    const outside = [...new Set(rows.rels.flatMap((r) => [r.from, r.to]).filter((id) => !nodeIds.has(id)))];
    const session = driver.session({ database: opts.database });
    const [found] = await runReportQuery<{ ids: string[] }>(session, "existing-ids", { ids: [...nodeIds, ...outside] }).finally(() => session.close());
    const existing = new Set(found?.ids ?? []);
    const unknown = new Set(outside.filter((id) => !existing.has(id)));
    if (unknown.size > 0) {
        const bad = rows.rels.filter((r) => unknown.has(r.from) || unknown.has(r.to)).slice(0, 5);
        throw new BulkInputError(`${unknown.size} relationship end node(s) are neither in the rows nor in the database, e.g. ${bad.map((r) => r.key).join(", ")}`);
    }
    const isNew = (id: string): boolean => nodeIds.has(id) && !existing.has(id);
    const touchesNew = (r: RelRow): boolean => isNew(r.from) || isNew(r.to);
    const fresh = rows.rels.filter(touchesNew);
    const old = rows.rels.filter((r) => !touchesNew(r));
    log(`[bulk] ${rows.nodes.length} nodes (${[...nodeIds].filter(isNew).length} new), ${rows.rels.length} relationships (${fresh.length} to create, ${old.length} to merge)`);

    const step = async (what: string, query: string, list: unknown[]): Promise<void> => {
        const batches = Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
        const t = Date.now();
        let done = 0;
        await pool(batches, opts.parallel ?? 2, async (batch) => {
            const [r] = await withRetry(() => writeAlone<{ written: number }>(driver, query, { ...batchParams(batch), at }, opts.database));
            if (r?.written !== batch.length) throw new BulkInputError(`${what}: wrote ${r?.written ?? 0} of ${batch.length} rows of a batch (an end node vanished during the load?)`);
            done += batch.length;
            if (done === list.length || Math.floor(done / size) % 20 === 0) log(`[bulk] ${what}: ${done}/${list.length} (${Math.round(done / ((Date.now() - t) / 1000 || 1))}/s)`);
        });
    };
    await step("nodes", "upsert-nodes", rows.nodes);
    await step("relationships (create)", "create-relationships", fresh);
    await step("relationships (merge)", "upsert-relationships", old);
    const seconds = (Date.now() - started) / 1000;
    return { nodes: rows.nodes.length, relationships: rows.rels.length, createdRelationships: fresh.length, seconds, relationshipsPerSecond: Math.round(rows.rels.length / seconds) };
}

/** Runs `fn` over `items` with at most `parallel` calls in flight; the first failure stops new calls. */
async function pool<T>(items: T[], parallel: number, fn: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    let failed = false;
    await Promise.all(
        Array.from({ length: Math.min(parallel, items.length) }, async () => {
            while (!failed && next < items.length) {
                const item = items[next++]!;
                try {
                    await fn(item);
                } catch (e) {
                    failed = true;
                    throw e;
                }
            }
        }),
    );
}

/** Parallel batches touching the same dense nodes can deadlock; Neo4j marks that transient. */
async function withRetry<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
    for (let i = 1; ; i++) {
        try {
            return await fn();
        } catch (e) {
            if (i >= attempts || !String((e as { code?: unknown }).code).includes("TransientError")) throw e;
            await new Promise((r) => setTimeout(r, 50 * i));
        }
    }
}
