// The usage domain's part of `npm run export` and of importing an export. An aggregate CSV kept with its
// import is written as it came in and replayed through the same import (its period, its declared
// replacements, its original importer and time). A log is not kept whole (it can be tens of GB), so it
// is written as what the graph keeps of it — `<file>.observed.jsonl`: the document, then one line per
// consumer–service pair with its monthly series and durations — beside the mapping it was read with,
// and written back as it was; replacements declared by it are applied again in order.
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import type { Db } from "../../../db/run.js";
import { writeInBatches } from "../../../kernel/batch.js";
import { importPath, type ExportedImport } from "../../../kernel/exchange.js";
import { prepareUsage, writeUsage } from "./import.js";
import { textLines } from "./lines.js";
import { writeAggregates } from "./materialise.js";
import type { ObservedRow } from "./aggregate.js";
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_CONSUMER_NAME, UNATTRIBUTED_SERVICE, UNATTRIBUTED_SERVICE_NAME } from "./reference.js";

type Doc = Record<string, unknown> & { id: string; file: string; importedAt: string; importedBy: string; format: string; periodFrom: string; periodTo: string };

export async function exportUsage(db: Db, dir: string): Promise<ExportedImport[]> {
    const docs = await db.run<{ doc: Doc; replaces: string[] }>("usage/export-imports");
    const out: ExportedImport[] = [];
    for (const { doc, replaces } of docs) {
        const base = { kind: "usage" as const, documentId: doc.id, importedAt: doc.importedAt, importedBy: doc.importedBy, format: doc.format, period: `${doc.periodFrom}/${doc.periodTo}`, ...(replaces.length ? { replaces } : {}) };
        if (typeof doc.content === "string") {
            const file = importPath(doc.id, doc.file);
            writeFileSync(path.join(dir, file), doc.content);
            out.push({ ...base, name: doc.file, file, form: "original" });
            continue;
        }
        const { content: _c, mapping, ...document } = doc;
        const mappingFile = typeof mapping === "string" ? importPath(doc.id, typeof doc.mappingFile === "string" ? doc.mappingFile : "mapping.json") : undefined;
        if (mappingFile) writeFileSync(path.join(dir, mappingFile), mapping as string);
        const file = importPath(doc.id, doc.file, ".observed.jsonl");
        const stream = createWriteStream(path.join(dir, file));
        stream.write(JSON.stringify({ document: document }) + "\n");
        for (const row of await db.run<{ c: string; s: string; p: Record<string, unknown> }>("usage/export-observed", { documentId: doc.id })) {
            if (!stream.write(JSON.stringify(row) + "\n")) await once(stream, "drain");
        }
        stream.end();
        await once(stream, "finish");
        out.push({ ...base, name: doc.file, file, form: "observed", ...(mappingFile ? { mapping: mappingFile } : {}) });
    }
    return out;
}

/** Replays one exported usage import (in the caller's write scope). */
export async function replayUsage(db: Db, e: ExportedImport, dir: string): Promise<{ documentId: string; pairs: number }> {
    // Already in the graph (the export imported before): nothing to do, replaced or not.
    if ((await db.run("usage/import-state", { documentId: e.documentId })).length > 0) return { documentId: e.documentId, pairs: 0 };
    const text = readFileSync(path.join(dir, e.file), "utf8");
    if (e.form !== "observed") {
        const prepared = await prepareUsage(db, { file: e.name, lines: textLines(text), period: e.period });
        const r = await writeUsage(db, prepared, { actor: e.importedBy, at: e.importedAt, replace: e.replaces ?? [], content: text });
        return { documentId: r.documentId, pairs: r.pairs };
    }
    const [head, ...lines] = text.split("\n").filter((l) => l.trim() !== "");
    const { document } = JSON.parse(head!) as { document: Doc };
    const rows = lines.map((l) => JSON.parse(l) as { c: string; s: string; p: Record<string, unknown> });
    // Replaced later by another import of the export: that import's replay marks it again.
    const { supersededBy: _b, supersededAt: _a, ...doc } = document;
    const mapping = e.mapping ? readFileSync(path.join(dir, e.mapping), "utf8") : null;
    const ids = new Set(rows.flatMap((r) => [r.c, r.s]));
    const residuals = [
        ...(ids.has(UNATTRIBUTED_CONSUMER) ? [{ id: UNATTRIBUTED_CONSUMER, name: UNATTRIBUTED_CONSUMER_NAME, kind: "CONSUMER" }] : []),
        ...(ids.has(UNATTRIBUTED_SERVICE) ? [{ id: UNATTRIBUTED_SERVICE, name: UNATTRIBUTED_SERVICE_NAME, kind: "SERVICE" }] : []),
    ];
    await db.write("usage/write-import", { doc: { ...doc, mapping }, residuals });
    if (e.replaces?.length) await db.write("usage/supersede-imports", { ids: e.replaces, by: document.id, at: document.importedAt });
    await writeInBatches(db, "usage/write-observed", rows, 500);
    // The questions' aggregates (materialise.ts) are added up again from the rows, as the import did.
    await writeAggregates(db, document.id, document.importedAt, rows.map(observedRow), 500);
    return { documentId: document.id, pairs: rows.length };
}

/** An exported OBSERVED_USE back as the observed row it was written from (what the aggregates read). */
function observedRow(r: { c: string; s: string; p: Record<string, unknown> }): ObservedRow {
    const n = (k: string) => Number(r.p[k] ?? 0);
    const list = (k: string) => ((r.p[k] as unknown[] | null) ?? []).map(Number);
    return {
        consumerId: r.c, serviceId: r.s, months: (r.p.months as string[] | null) ?? [], succeeded: list("succeeded"), failed: list("failed"), records: [],
        durationIndex: r.p.durationIndex == null ? null : list("durationIndex"), durationCounts: r.p.durationCounts == null ? null : list("durationCounts"),
        totalSucceeded: n("totalSucceeded"), totalFailed: n("totalFailed"), totalRecords: n("totalRecords"), firstLine: 0, lastLine: 0, text: String(r.p.text ?? ""),
    };
}
