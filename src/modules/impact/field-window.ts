// The page a query asks of a paged list field below the field being resolved, read from the document
// before the list is fetched, so the root resolver can page in Cypher instead of fetching every item
// for the field resolver to slice (an asset's impact lists ~1,900 agencies at national scale).
import type { Page } from "../../kernel/paging.js";
import { getArgumentValues, isObjectType, type GraphQLResolveInfo } from "graphql";
import { fieldsNamed } from "../../kernel/selection.js";

/** The page asked for (the paging rule's Page: offset, and limit null = every item from offset). */
export type Window = Page;

/**
 * `"none"` when the field is not asked for; one Window when every occurrence (aliases and fragments
 * included) asks for the same page; `"all"` when they ask for different pages, so the items must all be
 * fetched and each occurrence sliced. (@skip/@include only decide whether an occurrence runs: a page
 * fetched for a skipped one is merely unused.)
 */
export function windowAskedFor(info: GraphQLResolveInfo, typeName: string, fieldName: string): Window | "none" | "all" {
    const type = info.schema.getType(typeName);
    const def = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!def) return "all";
    const found: Window[] = fieldsNamed(info, info.fieldNodes, fieldName, typeName).map((node) => {
        const args = getArgumentValues(def, node, info.variableValues) as { offset?: number; limit?: number | null };
        return { offset: args.offset ?? 0, limit: args.limit ?? null };
    });
    if (found.length === 0) return "none";
    const [first] = found;
    return found.every((w) => w.offset === first!.offset && w.limit === first!.limit) ? first! : "all";
}
