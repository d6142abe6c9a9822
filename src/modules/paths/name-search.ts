// search: every named node by name or alias, case- and diacritics-insensitive, prefix matching, ranked
// (Lucene over folded names, cypher/lookup/search.cypher, then reranked).
import { badUserInput } from "../../kernel/errors.js";
import { page } from "../../kernel/paging.js";
import { luceneQuery, rerank } from "../../kernel/names.js";
import { ERA } from "../../kernel/era.js";
import type { QueryResolvers, SearchType } from "../../__generated__/resolvers-types.js";

const SEARCH_LABELS: Record<SearchType, string> = { AGENCY: "Agency", ASSET: "Asset", SERVICE: "Service", DATASET: "Dataset", STANDARD: "Standard", TARGET: "Target" };

export const search: QueryResolvers["search"] = async (_p, { text, types, era, limit }, ctx) => {
    const t = text.normalize("NFC").trim();
    if (t === "") throw badUserInput("text must not be empty", "text");
    if (t.length > 200) throw badUserInput("text is longer than 200 characters", "text");
    page({ limit });
    // One row: the hits as one JSON list (cypher/lookup/search.cypher).
    const [hits = []] = await ctx.db.run<{ id: string; label: string; name: string; era: number | null; becameNames: string[]; cameFromNames: string[]; score: number }[]>(
        "lookup/search",
        { query: luceneQuery(t), limit: limit * 3, labels: types?.length ? types.map((x) => SEARCH_LABELS[x]) : null, era: era ? ERA[era] : null },
    );
    return rerank(t, hits).slice(0, limit).map((h) => ({ id: h.id, type: h.label, name: h.name, score: h.score, era: h.era, becameNames: h.becameNames, cameFromNames: h.cameFromNames }));
};
