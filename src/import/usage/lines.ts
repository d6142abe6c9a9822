// Streams a file (plain or gzip, told by its first bytes, not its name) as batches of lines, with the
// bytes read so far (of the file as stored, for progress and ETA) and the SHA-256 of those bytes, so
// a file imported twice is recognised. Never holds more than a chunk and a partial line in memory.
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { Readable, Transform } from "node:stream";
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

const CHUNK = 1 << 20;

export function fileLines(file: string): LineSource {
    return streamLines(createReadStream(file, { highWaterMark: CHUNK }), statSync(file).size);
}

export function textLines(text: string): LineSource {
    return streamLines(Readable.from([Buffer.from(text, "utf8")]), Buffer.byteLength(text, "utf8"));
}

function streamLines(raw: Readable, totalBytes: number): LineSource {
    const hash = createHash("sha256");
    let bytesRead = 0;
    let gzip = false;
    let digest: string | undefined;
    return {
        totalBytes,
        get bytesRead() {
            return bytesRead;
        },
        get gzip() {
            return gzip;
        },
        sha256() {
            if (!digest) throw new Error("the file has not been read to its end");
            return digest;
        },
        async *batches() {
            // Count and hash the stored bytes as they pass, then decide on gunzip from the first chunk.
            const counter = new Transform({
                transform(chunk: Buffer, _enc, done) {
                    bytesRead += chunk.length;
                    hash.update(chunk);
                    done(null, chunk);
                },
            });
            const stored = raw.pipe(counter);
            raw.on("error", (e) => stored.destroy(e));
            const iterator = stored[Symbol.asyncIterator]();
            const head = await iterator.next();
            const firstChunk: Buffer | undefined = head.done ? undefined : (head.value as Buffer);
            gzip = !!firstChunk && firstChunk.length >= 2 && firstChunk[0] === 0x1f && firstChunk[1] === 0x8b;
            async function* rest(): AsyncGenerator<Buffer> {
                if (firstChunk) yield firstChunk;
                for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value as Buffer;
            }
            const content: AsyncIterable<Buffer> = gzip ? Readable.from(rest()).pipe(createGunzip({ chunkSize: CHUNK })) : rest();
            const decoder = new StringDecoder("utf8");
            let carry = "";
            let line = 1;
            let first = true;
            for await (const chunk of content) {
                let text = carry + decoder.write(chunk);
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
