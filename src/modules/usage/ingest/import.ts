// Usage import in two steps:
//  1. prepareUsage — streams the file once: validates every line, aggregates per consumer, service and
//     month, hashes the bytes. Any bad line refuses the file with a count per kind and the first line
//     numbers of each (UsageImportError); nothing has been written at that point.
//  2. writeUsage — in the caller's write scope (the CLI's transaction or the GraphQL mutation's):
//     the same file (content and mapping) imported before → nothing to do; a period that overlaps an
//     import still in force on a shared consumer–service pair → refused unless that import is declared
//     replaced; else the document and its rows are written, all in the one transaction, so an import
//     that fails or is killed leaves nothing.
import { createHash } from "node:crypto";
import type { Db } from "../../../db/run.js";
import { writeInBatches } from "../../../kernel/batch.js";
import type { ObservedRow } from "./aggregate.js";
import { CsvReader } from "./csv.js";
import { writeAggregates } from "./materialise.js";
import type { LineSource } from "./lines.js";
import { parseMapping, type Mapping } from "./mapping.js";
import { opmonHeader, OpmonReader } from "./opmon.js";
import { ParallelOpmon } from "./parallel.js";
import { MAX_LINE } from "./parse-protocol.js";
import { isoVn, monthsOf, parsePeriod, type Period } from "../../../../lib/period.js";
import { ProblemTally, refuse, UsageImportError } from "./problems.js";
import { TableError } from "../../../../lib/tabular/decode.js";
import { createResolver, UNATTRIBUTED_CONSUMER, UNATTRIBUTED_CONSUMER_NAME, UNATTRIBUTED_SERVICE, UNATTRIBUTED_SERVICE_NAME, type UsageReferenceData } from "./reference.js";

export type UsageFormat = "OPMON_JSONL" | "AGGREGATE_CSV";

export interface UsageInput {
    /** Name kept as the source of every row (a path's base name). */
    file: string;
    lines: LineSource;
    /** The mapping file's text; required for operational-monitoring logs. */
    mapping?: { file: string; text: string };
    /** An ISO interval stating the file's period when the file does not (a log without its header line). */
    period?: string;
    /** Parse an operational-monitoring log on this many worker threads (parallel.ts); 0 or omitted = on this thread. */
    workers?: number;
    /** Called as lines are read (about every 64k lines). */
    onProgress?: (p: { records: number; lines: number; bytesRead: number; totalBytes: number }) => void;
}

export interface PreparedUsage {
    file: string;
    format: UsageFormat;
    sha256: string;
    mappingSha256: string | null;
    /** The mapping file a log was read with (kept with the import, so an export can write it). */
    mapping: { file: string; text: string } | null;
    documentId: string;
    period: Period;
    rows: ObservedRow[];
    /** Records (log lines) or rows (CSV) accepted. */
    records: number;
    /** Log records of the other security server's side (each exchange is logged twice): not counted. */
    skippedOtherSide: number;
    withDuration: number;
    succeeded: number;
    failed: number;
    lines: number;
}

export interface UsageImportResult {
    documentId: string;
    file: string;
    format: UsageFormat;
    sha256: string;
    periodFrom: string;
    periodTo: string;
    records: number;
    skippedOtherSide: number;
    pairs: number;
    consumers: number;
    services: number;
    months: string[];
    succeeded: number;
    failed: number;
    /** True when this very file (content and mapping) was imported before: nothing was written. */
    alreadyImported: boolean;
    /** Imports this one was declared to replace (their rows were removed). */
    replaced: string[];
}

export async function prepareUsage(db: Db, input: UsageInput): Promise<PreparedUsage> {
    const problems = new ProblemTally();
    const [ref] = await db.run<UsageReferenceData>("usage/reference-data");
    const resolver = createResolver(ref ?? { agencies: [], services: [] });
    let given: Period | null = null;
    if (input.period) {
        try {
            given = parsePeriod(input.period);
        } catch (e) {
            throw refuse(input.file, "MISSING_PERIOD", `the period given is unreadable: ${(e as Error).message}`);
        }
    }
    // What the first non-blank line tells: the format, and for a log its period header.
    const st: { format: UsageFormat | null; mapping: Mapping | null; opmon: OpmonReader | null; csv: CsvReader | null } = { format: null, mapping: null, opmon: null, csv: null };
    let lines = 0;
    let nextReport = 0;
    // A log's records after its first batch go to parse workers when asked (merged into st.opmon at the end).
    let pool = null as ParallelOpmon | null;
    const accepted = (): number => (st.opmon?.accepted ?? st.csv?.accepted ?? 0) + (pool?.accepted ?? 0);
    const progress = (): void => input.onProgress?.({ records: accepted(), lines, bytesRead: input.lines.bytesRead, totalBytes: input.lines.totalBytes });
    const start = (first: string, no: number, cells?: string[] | null): void => {
        const t = first.trimStart();
        st.format = t.startsWith("{") && !input.lines.workbook ? "OPMON_JSONL" : "AGGREGATE_CSV";
        if (st.format === "AGGREGATE_CSV") {
            st.csv = new CsvReader(resolver, problems, given);
            st.csv.line(first, no, cells);
            return;
        }
        if (!input.mapping) throw refuse(input.file, "MAPPING_INVALID", "an operational-monitoring log needs a mapping file (member/subsystem codes → agencies, service codes → services)");
        const parsed = parseMapping(input.mapping.text, resolver);
        if ("errors" in parsed) {
            throw new UsageImportError(input.file, [{ kind: "MAPPING_INVALID", count: parsed.errors.length, firstLines: [0], example: `${input.mapping.file}: ${parsed.errors.slice(0, 5).join("; ")}${parsed.errors.length > 5 ? "; …" : ""}` }]);
        }
        st.mapping = parsed.mapping;
        const header = opmonHeader(t);
        if (header && "error" in header) throw refuse(input.file, "BAD_HEADER", header.error, no);
        if (header && given && (header.fromMs !== given.fromMs || header.toMs !== given.toMs)) throw refuse(input.file, "BAD_HEADER", "the file's searchCriteria differ from the period given on the command line", no);
        const period = header ?? given;
        if (!period) throw refuse(input.file, "MISSING_PERIOD", 'the log does not state its period: a first line {"searchCriteria":{"recordsFrom":…,"recordsTo":…}} (Unix seconds, as PR-OPMON), or --period', no);
        st.opmon = new OpmonReader(st.mapping, period, problems);
        if (!header) st.opmon.line(t, no);
        if ((input.workers ?? 0) > 0) pool = new ParallelOpmon(st.mapping, period, input.workers!, { reader: st.opmon, problems });
    };
    try {
        for await (const batch of input.lines.batches()) {
            const { opmon, csv } = st;
            if (opmon && pool) pool.send(batch.first, batch.lines);
            else for (let i = 0; i < batch.lines.length; i++) {
                const text = batch.lines[i]!;
                const no = batch.first + i;
                const cells = batch.cells?.[i];
                if (text.length > MAX_LINE) {
                    problems.add("MALFORMED_LINE", no, `a line longer than ${MAX_LINE} characters`);
                    continue;
                }
                if (opmon) {
                    if (text.trim() !== "") opmon.line(text, no);
                } else if (csv) csv.line(text, no, cells);
                else if (st.opmon) {
                    if (text.trim() !== "") st.opmon.line(text, no);
                } else if (st.csv) st.csv.line(text, no, cells);
                else if (text.trim() !== "") start(text, no, cells);
            }
            lines = batch.first + batch.lines.length - 1;
            if (lines >= nextReport) {
                nextReport = lines + 65_536;
                progress();
            }
        }
        if (pool) {
            await pool.finish();
            pool = null;
        }
    } catch (e) {
        await pool?.stop();
        if (e instanceof UsageImportError) throw e;
        if (e instanceof TableError) throw refuse(input.file, "UNREADABLE_FILE", e.message, e.row);
        const code = (e as { code?: string }).code ?? "";
        if (code.startsWith("Z_") || /incorrect header check|unexpected end of file/i.test(String(e))) throw refuse(input.file, "MALFORMED_LINE", `the file is not valid gzip: ${(e as Error).message}`, lines);
        throw e;
    }
    progress();
    const reader = st.opmon ?? st.csv;
    if (!st.format || !reader) throw refuse(input.file, "EMPTY_FILE", "the file has no lines");
    if (st.csv && !st.csv.sawHeader) problems.add("BAD_HEADER", 0, "the file has no header line");
    if (problems.size > 0) throw new UsageImportError(input.file, problems.list());
    if (reader.accepted === 0) throw refuse(input.file, "EMPTY_FILE", "the file has no records");
    const period = st.opmon ? st.opmon.period : st.csv!.period()!;
    const rows = reader.agg.rows();
    const sha256 = input.lines.sha256();
    const mappingSha256 = st.mapping?.sha256 ?? null;
    const documentId = `usage:${createHash("sha256").update(`${sha256}:${mappingSha256 ?? ""}`).digest("hex").slice(0, 16)}`;
    return {
        file: input.file,
        format: st.format,
        sha256,
        mappingSha256,
        mapping: st.mapping && input.mapping ? input.mapping : null,
        documentId,
        period,
        rows,
        records: reader.accepted,
        skippedOtherSide: st.opmon?.skippedOtherSide ?? 0,
        withDuration: st.opmon?.withDuration ?? 0,
        succeeded: rows.reduce((n, r) => n + r.totalSucceeded, 0),
        failed: rows.reduce((n, r) => n + r.totalFailed, 0),
        lines,
    };
}

export interface WriteOptions {
    actor: string;
    /** Imports this file replaces (declared overlap). */
    replace?: string[];
    /** Rows per statement (all in the one transaction). */
    batchSize?: number;
    /** Called after each batch of rows is written (inside the transaction). */
    onBatch?: (done: number, total: number) => void;
    /** The file's text, kept with the import (an aggregate CSV up to KEEP_CONTENT_MAX characters, when
     * its UTF-8 is the bytes imported) so `npm run export` can write it as it came in. */
    content?: string;
    /** When it was imported (default now); the replay of an export keeps the original time. */
    at?: string;
}

/** The largest aggregate CSV kept as text with its import (larger ones are exported as their rows). */
export const KEEP_CONTENT_MAX = 32 * 1024 * 1024;

/** `text` if it is exactly the CSV imported (same SHA-256 as the bytes read) and small enough to keep. */
function keptContent(p: PreparedUsage, text: string | undefined): string | null {
    if (text === undefined || p.format !== "AGGREGATE_CSV" || text.length > KEEP_CONTENT_MAX) return null;
    return createHash("sha256").update(text, "utf8").digest("hex") === p.sha256 ? text : null;
}

export async function writeUsage(db: Db, p: PreparedUsage, o: WriteOptions): Promise<UsageImportResult> {
    const consumers = new Set(p.rows.map((r) => r.consumerId));
    const services = new Set(p.rows.map((r) => r.serviceId));
    const months = [...new Set(p.rows.flatMap((r) => r.months))].sort();
    const replace = [...new Set(o.replace ?? [])];
    const result = (alreadyImported: boolean, replaced: string[]): UsageImportResult => ({
        documentId: p.documentId, file: p.file, format: p.format, sha256: p.sha256, periodFrom: isoVn(p.period.fromMs), periodTo: isoVn(p.period.toMs),
        records: p.records, skippedOtherSide: p.skippedOtherSide, pairs: p.rows.length, consumers: consumers.size, services: services.size, months,
        succeeded: p.succeeded, failed: p.failed, alreadyImported, replaced,
    });
    const [before] = await db.run<{ id: string; file: string; importedAt: string; supersededBy: string | null }>("usage/import-state", { documentId: p.documentId });
    if (before && !before.supersededBy) return result(true, []);
    if (before) throw refuse(p.file, "SUPERSEDED_FILE", `this file was imported before as ${before.id} (${before.importedAt}) and replaced by ${before.supersededBy}; it cannot count again`);
    if (replace.includes(p.documentId)) throw refuse(p.file, "BAD_REPLACE", "a file cannot replace itself");
    const pairs = [...new Set(p.rows.map((r) => `${r.consumerId}|${r.serviceId}`))];
    const overlapping = await db.run<{ id: string; file: string; periodFrom: string; periodTo: string; sharedCount: number; shared: string[] }>("usage/overlapping-imports", { fromMs: p.period.fromMs, toMs: p.period.toMs, pairs });
    const undeclared = overlapping.filter((x) => !replace.includes(x.id));
    if (undeclared.length > 0) {
        throw new UsageImportError(p.file, [{
            kind: "OVERLAPPING_PERIOD", count: undeclared.length, firstLines: [0],
            example: undeclared.map((x) => `${x.id} (${x.file}, ${x.periodFrom}/${x.periodTo}) already counts ${x.sharedCount} of the same consumer–service pairs in an overlapping period, e.g. ${x.shared.slice(0, 2).join(", ")}`).join("; ") +
                "; declare the replacement (--replace <id> / replace: [id]) or import a file for another period",
        }]);
    }
    if (replace.length > 0) {
        const inForce = await Promise.all(replace.map(async (id) => (await db.run<{ supersededBy: string | null }>("usage/import-state", { documentId: id }))[0]));
        const bad = replace.filter((_, i) => !inForce[i] || inForce[i]!.supersededBy);
        if (bad.length) throw refuse(p.file, "BAD_REPLACE", `not usage imports in force: ${bad.join(", ")}`);
    }
    const importedAt = o.at ?? new Date().toISOString();
    const residuals = [
        ...(consumers.has(UNATTRIBUTED_CONSUMER) ? [{ id: UNATTRIBUTED_CONSUMER, name: UNATTRIBUTED_CONSUMER_NAME, kind: "CONSUMER" }] : []),
        ...(services.has(UNATTRIBUTED_SERVICE) ? [{ id: UNATTRIBUTED_SERVICE, name: UNATTRIBUTED_SERVICE_NAME, kind: "SERVICE" }] : []),
    ];
    await db.write("usage/write-import", {
        doc: {
            id: p.documentId, title: `Imported usage: ${p.file}`, publisher: o.actor, issued: importedAt, number: null, file: p.file, sha256: p.sha256,
            mappingSha256: p.mappingSha256, format: p.format, periodFrom: isoVn(p.period.fromMs), periodTo: isoVn(p.period.toMs),
            periodFromMs: p.period.fromMs, periodToMs: p.period.toMs, periodMonths: monthsOf(p.period), records: p.records, skippedOtherSide: p.skippedOtherSide,
            recordsWithDuration: p.withDuration, pairs: p.rows.length, succeeded: p.succeeded, failed: p.failed, lines: p.lines, importedBy: o.actor, importedAt,
            content: keptContent(p, o.content), mapping: p.mapping?.text ?? null, mappingFile: p.mapping?.file ?? null,
        },
        residuals,
    });
    const replaced: string[] = [];
    if (replace.length > 0) {
        await db.write("usage/supersede-imports", { ids: replace, by: p.documentId, at: importedAt });
        replaced.push(...replace);
    }
    // Batches of 500: larger JSON batches cost Neo4j more per row (2,000 rows: ~3× the time of 4 × 500).
    const size = o.batchSize ?? 500;
    await writeInBatches(db, "usage/write-observed", p.rows.map((r) => ({ c: r.consumerId, s: r.serviceId, p: props(p, r) })), size, o.onBatch);
    // What the usage questions count and page by, added up per consumer and asset (materialise.ts).
    await writeAggregates(db, p.documentId, importedAt, p.rows, size);
    return result(false, replaced);
}

/** The citation and the monthly series an OBSERVED_USE relationship carries. */
function props(p: PreparedUsage, r: ObservedRow): Record<string, unknown> {
    const lines = r.firstLine === r.lastLine ? `line ${r.firstLine}` : `lines ${r.firstLine}–${r.lastLine}`;
    return {
        documentId: p.documentId, section: p.file, format: p.format,
        locator: `${lines}, ${r.totalRecords.toLocaleString("en-US")} ${p.format === "AGGREGATE_CSV" ? "rows" : "records"}`,
        // Records per month are not stored: a log's are its exchanges (succeeded + failed), a CSV's one row per month.
        text: r.text, months: r.months, succeeded: r.succeeded, failed: r.failed,
        totalSucceeded: r.totalSucceeded, totalFailed: r.totalFailed, totalRecords: r.totalRecords,
        durationIndex: r.durationIndex, durationCounts: r.durationCounts,
    };
}

/** What the ChangeRecord keeps of an import (no monthly detail: the rows are in the graph). */
export function usageSummary(r: UsageImportResult): Record<string, unknown> {
    return { kind: "usage", file: r.file, documentId: r.documentId, format: r.format, sha256: r.sha256, period: `${r.periodFrom}/${r.periodTo}`, records: r.records, pairs: r.pairs, succeeded: r.succeeded, failed: r.failed, replaced: r.replaced };
}
