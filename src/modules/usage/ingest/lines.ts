// Streams a file (plain or gzip, told by its first bytes, not its name) as batches of lines, with the
// bytes read so far (of the file as stored, for progress and ETA) and the SHA-256 of those bytes, so
// a file imported twice is recognised. Never holds more than a few chunks and a partial line in memory.
// The text's encoding is told by its first 256 KB (lib/tabular/decode.ts: UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1258; a legacy font encoding is refused). An .xlsx workbook is read whole
// (workbookLines): its rows come as lines numbered as Excel shows them, with their cells.
import { createHash } from "node:crypto";
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs";
import { Readable, Transform, type Duplex } from "node:stream";
import { createGunzip } from "node:zlib";
import { refuseLegacy, sniffEncoding, SNIFF_BYTES, textDecoder } from "../../../../lib/tabular/decode.js";
import { isWorkbook } from "../../../../lib/tabular/index.js";
import { readWorkbook } from "../../../../lib/tabular/workbook.js";

export interface LineBatch {
    /** Line number (1-based) of lines[0]. */
    first: number;
    lines: string[];
    /** A workbook's rows: the cells of each line (null for a blank row). */
    cells?: (string[] | null)[];
}

export interface LineSource {
    /** Bytes of the stored file (0 when unknown, e.g. a stream). */
    totalBytes: number;
    /** Bytes of the stored file read so far. */
    readonly bytesRead: number;
    readonly gzip: boolean;
    /** The lines are a workbook's rows (each batch has their cells). */
    readonly workbook?: boolean;
    batches(): AsyncGenerator<LineBatch>;
    /** SHA-256 (hex) of the stored bytes; complete once batches() is exhausted. */
    sha256(): string;
}

const CHUNK = 1 << 18;

const isGzip = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** A file on disk: a workbook (read whole, `sheet` or the first), else streamed. */
export function fileLines(file: string, sheet?: string): LineSource {
    const fd = openSync(file, "r");
    const head = Buffer.alloc(4);
    try {
        readSync(fd, head, 0, 4, 0);
    } finally {
        closeSync(fd);
    }
    if (isWorkbook(head)) return workbookLines(new Uint8Array(readFileSync(file)), sheet);
    return streamLines(() => createReadStream(file, { highWaterMark: CHUNK }), statSync(file).size, isGzip(head));
}

export function textLines(text: string): LineSource {
    return bytesLines(Buffer.from(text, "utf8"));
}

/** A file's bytes held in memory (the mutation's): a workbook, or text as fileLines streams it. */
export function bytesLines(bytes: Uint8Array, sheet?: string): LineSource {
    if (isWorkbook(bytes)) return workbookLines(bytes, sheet);
    return streamLines(() => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), bytes.length, isGzip(bytes));
}

/** A workbook's rows as lines numbered as Excel shows them (blank rows as empty lines), with their cells. */
export function workbookLines(bytes: Uint8Array, sheet?: string): LineSource {
    let read = 0;
    const digest = createHash("sha256").update(bytes).digest("hex");
    return {
        totalBytes: bytes.length,
        gzip: false,
        workbook: true,
        get bytesRead() {
            return read;
        },
        sha256: () => digest,
        async *batches() {
            const { rows } = await readWorkbook(bytes, sheet);
            refuseLegacy(rows.slice(0, 2000).map((r) => r.cells.join(" ")).join("\n"));
            read = bytes.length;
            const lines: string[] = [];
            const cells: (string[] | null)[] = [];
            for (const r of rows) {
                while (lines.length < r.row - 1) {
                    lines.push("");
                    cells.push(null);
                }
                lines.push(r.raw);
                cells.push(r.cells);
            }
            if (lines.length) yield { first: 1, lines, cells };
        },
    };
}

function streamLines(open: () => Readable, totalBytes: number, gzip: boolean): LineSource {
    const hash = createHash("sha256");
    let bytesRead = 0;
    let digest: string | undefined;
    return {
        totalBytes,
        gzip,
        get bytesRead() {
            return bytesRead;
        },
        sha256() {
            if (!digest) throw new Error("the file has not been read to its end");
            return digest;
        },
        async *batches() {
            // Count and hash the stored bytes as they pass; gunzip after, when the first bytes say so.
            const counter = new Transform({
                highWaterMark: CHUNK,
                transform(chunk: Buffer, _enc, done) {
                    bytesRead += chunk.length;
                    hash.update(chunk);
                    done(null, chunk);
                },
            });
            const raw = open();
            raw.on("error", (e) => counter.destroy(e));
            let content: Readable | Duplex = raw.pipe(counter);
            if (gzip) {
                const gunzip = createGunzip({ chunkSize: CHUNK });
                counter.on("error", (e) => gunzip.destroy(e));
                content = counter.pipe(gunzip);
            }
            // The encoding is told by the first 256 KB of the content (gunzipped), gathered before any line is yielded.
            let decoder: ReturnType<typeof textDecoder> | null = null;
            let head: Buffer[] = [];
            let headBytes = 0;
            let carry = "";
            let line = 1;
            const decode = (chunk: Buffer | null): string => {
                if (!decoder) {
                    if (chunk) {
                        head.push(chunk);
                        headBytes += chunk.length;
                        if (headBytes < SNIFF_BYTES) return "";
                    }
                    const bytes = Buffer.concat(head);
                    head = [];
                    decoder = textDecoder(sniffEncoding(bytes, chunk === null));
                    const text = decoder.write(bytes);
                    refuseLegacy(text);
                    return text;
                }
                return chunk ? decoder.write(chunk) : "";
            };
            for await (const chunk of content) {
                const text = carry + decode(chunk as Buffer);
                const lines = text.split("\n");
                carry = lines.pop()!;
                if (lines.length) {
                    yield { first: line, lines };
                    line += lines.length;
                }
            }
            carry += decode(null);
            carry += decoder ? (decoder as ReturnType<typeof textDecoder>).end() : "";
            if (carry !== "") {
                const lines = carry.split("\n");
                yield { first: line, lines };
            }
            digest = hash.digest("hex");
        },
    };
}
