// One line for any failure of the seed: which file and row, and what was wrong.
import { DOCUMENTS } from "./documents.js";
import { ResolveError } from "./resolve.js";
import { ParseError } from "./types.js";

export function describeSeedError(e: unknown): string {
    const file = (id: string): string => DOCUMENTS.find((d) => d.id === id)?.file ?? id;
    if (e instanceof ParseError) return `seed/reports/${file(e.documentId)}: ${e.locator}: ${e.message.replace(`${e.documentId} ${e.locator}: `, "")}`;
    if (e instanceof ResolveError) return `seed/reports/${file(e.citation.documentId)}: ${e.message}`;
    return e instanceof Error ? e.message : String(e);
}
