// usageImports: what has been imported (the imported files, superseded ones on request).
import type { QueryResolvers } from "../../__generated__/resolvers-types.js";
import { page, slicePage } from "../../kernel/paging.js";
import { importsOf } from "./window.js";

export const usageImports: QueryResolvers["usageImports"] = async (_p, { includeSuperseded, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const all = (await importsOf(ctx)).filter((i) => includeSuperseded || !i.supersededBy);
    return { total: all.length, imports: slicePage(all, p) };
};
