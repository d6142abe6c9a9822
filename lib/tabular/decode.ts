// Bytes → text, as Excel and Vietnamese-locale Windows save files: UTF-8 with or without a BOM, UTF-16
// with a BOM (Excel's "Unicode text"), and Windows-1258 (the ANSI code page of a Vietnamese Windows,
// whose tone marks are combining characters: NFC composes them). chardet (a port of ICU's detector)
// tells a Windows-1258 file from one in another code page; iconv-lite converts. What none of these
// is — or text in a legacy font encoding (legacy.ts) — is refused with what to do.
import chardet from "chardet";
import iconv from "iconv-lite";
import { legacyEncoding, legacyMessage } from "./legacy.js";

export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "windows-1258";

/** A file that cannot be read as a table, with the row at fault (0 = the file as a whole). */
export class TableError extends Error {
    constructor(
        message: string,
        readonly row = 0,
    ) {
        super(message);
        this.name = "TableError";
    }
}

/** How much of a file the encoding is judged on. */
export const SNIFF_BYTES = 1 << 18;

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((x, i) => b[i] === x);

function isUtf8(head: Uint8Array, complete: boolean): boolean {
    try {
        // A head cut mid-character is still UTF-8: stream mode keeps the partial character for later.
        new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: !complete });
        return true;
    } catch {
        return false;
    }
}

/**
 * The encoding of a file from its first bytes (up to SNIFF_BYTES; `complete` when that is the whole
 * file). Throws TableError for a code page other than Windows-1258.
 */
export function sniffEncoding(head: Uint8Array, complete: boolean): TextEncoding {
    if (startsWith(head, 0xef, 0xbb, 0xbf)) return "UTF-8";
    if (startsWith(head, 0xff, 0xfe)) return "UTF-16LE";
    if (startsWith(head, 0xfe, 0xff)) return "UTF-16BE";
    const sample = head.subarray(0, SNIFF_BYTES);
    if (isUtf8(sample, complete && head.length <= SNIFF_BYTES)) return "UTF-8";
    const guesses = chardet.analyse(sample);
    const best = guesses[0]?.name ?? "unknown";
    if (best === "UTF-16LE" || best === "UTF-16BE") return best;
    // chardet knows Windows-1258; a Latin code page ranked above it on a short file is still read as
    // Windows-1258 when that reading has Vietnamese letters, which a Western file does not.
    if (best === "windows-1258") return "windows-1258";
    const latin = /^(ISO-8859-1|ISO-8859-2|windows-1250|windows-1252)$/.test(best);
    if (latin && guesses.some((g) => g.name === "windows-1258") && /[ăđơư\u0300\u0301\u0303\u0309\u0323]/i.test(iconv.decode(Buffer.from(sample), "windows-1258"))) return "windows-1258";
    throw new TableError(`the file is neither UTF-8, UTF-16 nor Windows-1258 (it looks like ${best}): save it from Excel as "CSV UTF-8" or as a workbook (.xlsx)`);
}

/** A decoder that can be fed chunks (a BOM is dropped). */
export function textDecoder(encoding: TextEncoding): { write(chunk: Uint8Array): string; end(): string } {
    const d = iconv.getDecoder(encoding, { stripBOM: true });
    return { write: (chunk) => d.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => d.end() ?? "" };
}

/** Throws the legacy-encoding refusal when `text` reads as TCVN3 or VNI. */
export function refuseLegacy(text: string): void {
    const legacy = legacyEncoding(text);
    if (legacy) throw new TableError(legacyMessage(legacy));
}

/** A whole file's bytes as NFC text, with the encoding it was in. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
    const encoding = sniffEncoding(bytes, true);
    const d = textDecoder(encoding);
    const text = (d.write(bytes) + d.end()).normalize("NFC");
    refuseLegacy(text);
    return { text, encoding };
}
