// Streams a file (plain or gzip, told by its first bytes, not its name) as batches of lines, with the
// bytes read so far (of the file as stored, for progress and ETA) and the SHA-256 of those bytes, so
// a file imported twice is recognised. Never holds more than a few chunks and a partial line in memory.
import { createHash } from "node:crypto";
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { Readable, Transform, type Duplex } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";

export interface LineBatch {
    /** Line number (1-based) of lines[0]. */
    first: number;
    lines: string[];
}

export interface LineSource {
    /** Bytes of the stored file (0 when unknown, e.g. a stream). */
    totalBytes: number;
    /** Bytes of the stored file read so far. */
    readonly bytesRead: number;
    readonly gzip: boolean;
    batches(): AsyncGenerator<LineBatch>;
    /** SHA-256 (hex) of the stored bytes; complete once batches() is exhausted. */
    sha256(): string;
}

const CHUNK = 1 << 18;

const isGzip = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

export function fileLines(file: string): LineSource {
    const fd = openSync(file, "r");
    const head = Buffer.alloc(2);
    try {
        readSync(fd, head, 0, 2, 0);
    } finally {
        closeSync(fd);
    }
    return streamLines(() => createReadStream(file, { highWaterMark: CHUNK }), statSync(file).size, isGzip(head));
}

export function textLines(text: string): LineSource {
    const bytes = Buffer.from(text, "utf8");
    return streamLines(() => Readable.from([bytes]), bytes.length, isGzip(bytes));
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
            const decoder = new StringDecoder("utf8");
            let carry = "";
            let line = 1;
            let first = true;
            for await (const chunk of content) {
                let text = carry + decoder.write(chunk as Buffer);
                if (first) {
                    text = text.replace(/^\uFEFF/, "");
                    first = false;
                }
                const lines = text.split("\n");
                carry = lines.pop()!;
                if (lines.length) {
                    yield { first: line, lines };
                    line += lines.length;
                }
            }
            carry += decoder.end();
            if (carry !== "") yield { first: line, lines: [carry] };
            digest = hash.digest("hex");
        },
    };
}
