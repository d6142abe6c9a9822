// Helpers several parsers share: citations, name lists, and the context earlier sources provide.
import type { AgencyResolver } from "../resolve.js";
import { clean } from "../../lib/text.js";
import type { AgencyKind, AssetRecord, Citation, DocumentId, ParsedSource } from "../types.js";

export interface ParseContext {
    resolver: AgencyResolver;
    /** Assets defined by sources parsed earlier (001's Phụ lục 1). */
    assets: AssetRecord[];
}

export const citeIn =
    (documentId: DocumentId) =>
    (section: string, locator: string, text: string): Citation => ({ documentId, section, locator, text: clean(text) });

/**
 * Splits "A, B; các tỉnh có C, D." into names and resolves each; every name becomes a list member.
 * A name that resolves to nothing stops the import (ResolveError names it and its place).
 */
export function resolveNameList(
    raw: string,
    listId: string,
    citation: Citation,
    ctx: ParseContext,
    out: ParsedSource,
    kinds?: AgencyKind[],
): string[] {
    const pieces = clean(raw)
        .replace(/\.\s*$/, "")
        .split(/[,;]/)
        .map((n) => n.trim().replace(/^(?:các tỉnh có|bao gồm|và)\s+/i, "").trim())
        .filter((n) => n.length > 0);
    // "A và B" as the last item of a list is two names, unless "A và B" is itself a name.
    const names = pieces.flatMap((p) => {
        if (ctx.resolver.lookup(p) !== undefined || !p.includes(" và ")) return [p];
        const cut = p.lastIndexOf(" và ");
        const [a, b] = [p.slice(0, cut), p.slice(cut + 4)];
        return ctx.resolver.lookup(a) !== undefined && ctx.resolver.lookup(b) !== undefined ? [a, b] : [p];
    });
    return names.map((name, i) => {
        const at: Citation = { ...citation, locator: `${citation.locator}, name ${i + 1}`, text: name };
        const agencyId = ctx.resolver.resolve(name, at, kinds);
        out.listMembers.push({ listId, agencyId, position: i + 1, citation: at });
        return agencyId;
    });
}
