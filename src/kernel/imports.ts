// What every file import shares: the bound on rows per file, and the one way a file is refused
// (RowsRefusedError, src/kernel/errors.ts: every bad row listed, nothing written).
export { RowsRefusedError, refusedFile, type RowError } from "./errors.js";

/** Most rows (or entries) one imported file may hold; bigger files are split by the user. */
export const MAX_IMPORT_ROWS = 20_000;
