// Batched writes: rows through one named query, a batch at a time, each batch's rows as one JSON string
// (lib/batch.ts, the loader's convention too), every batch checked to have written all its rows.
import type { Db } from "../db/run.js";
import type { QueryName } from "../db/queries.js";
import { batchParams, batchesOf } from "../../lib/batch.js";

export { batchParams, batchesOf };

/**
 * Writes `rows` with `name` (which returns `written`) in batches of `size`, in the caller's
 * transaction; throws when a batch wrote fewer rows than it had (an end node vanished).
 */
export async function writeInBatches(db: Db, name: QueryName, rows: readonly unknown[], size: number, onBatch?: (done: number, total: number) => void): Promise<void> {
    let done = 0;
    for (const batch of batchesOf(rows, size)) {
        const [w] = await db.write<{ written: number }>(name, batchParams(batch));
        if ((w?.written ?? 0) !== batch.length) throw new Error(`${name} wrote ${w?.written ?? 0} of ${batch.length} rows of a batch: a node it links to vanished during the write`);
        done += batch.length;
        onBatch?.(done, rows.length);
    }
}
