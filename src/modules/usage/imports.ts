// usageImports: what has been imported (the imported files, superseded ones on request).
import type { QueryResolvers } from "../../__generated__/resolvers-types.js";
import { page, slicePage } from "../../kernel/paging.js";
import { loadImports } from "./window.js";

export const usageImports: QueryResolvers["usageImports"] = async (_p, { includeSuperseded, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const all = (await loadImports(ctx.db)).filter((i) => includeSuperseded || !i.supersededBy);
    return { total: all.length, imports: slicePage(all, p) };
};
