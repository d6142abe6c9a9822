// What every file import shares: the bound on rows per file, the one way a file is refused
// (RowsRefusedError, src/kernel/errors.ts: every bad row listed, nothing written), and how a file's
// content arrives through the API (text, or its bytes in base64: FileEncoding in schema/base.graphql).
import { badUserInput } from "./errors.js";
import type { FileContent } from "../../lib/tabular/index.js";

export { RowsRefusedError, refusedFile, type RowError } from "./errors.js";

/** Most rows (or entries) one imported file may hold; bigger files are split by the user. */
export const MAX_IMPORT_ROWS = 20_000;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A mutation's file argument as the importers take it: the text as is, or the bytes base64 carries. */
export function fileContent(content: string, encoding: "TEXT" | "BASE64" | null | undefined, argumentName: string): FileContent {
    if (encoding !== "BASE64") return content;
    const compact = content.replace(/\s+/g, "");
    if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw badUserInput(`${argumentName} is not valid base64 (encoding: BASE64)`, argumentName);
    return new Uint8Array(Buffer.from(compact, "base64"));
}
