// The audit trail in an export (`npm run export`): every ChangeRecord as a line of change-records.jsonl,
// written back as it was when the export is imported into a fresh graph (its own import then adds one
// record of its own). Written in batches in the caller's write scope.
import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import type { Db } from "../db/run.js";
import { writeInBatches } from "./batch.js";

export const CHANGE_RECORDS_FILE = "change-records.jsonl";

export async function exportChangeRecords(db: Db, dir: string): Promise<number> {
    const rows = await db.run<{ props: Record<string, unknown> }>("audit/export-change-records");
    const stream = createWriteStream(path.join(dir, CHANGE_RECORDS_FILE));
    for (const r of rows) if (!stream.write(JSON.stringify(r.props) + "\n")) await once(stream, "drain");
    stream.end();
    await once(stream, "finish");
    return rows.length;
}

export async function restoreChangeRecords(db: Db, dir: string): Promise<number> {
    const records = readFileSync(path.join(dir, CHANGE_RECORDS_FILE), "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
    await writeInBatches(db, "audit/restore-change-records", records, 500);
    return records.length;
}
