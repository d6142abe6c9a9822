// Whether the document asks for a field below the one being resolved (aliases, fragments and inline
// fragments included), so a question reads what only that field needs — the page's duration histograms,
// the largest part of a page's observed rows — only when it is asked. Called outside GraphQL (no info:
// the tests compare whole answers), everything counts as asked.
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { fieldsNamed } from "../../kernel/selection.js";

export function asksFor(info: GraphQLResolveInfo | undefined, path: string[]): boolean {
    if (!info) return true;
    let fields: readonly FieldNode[] = info.fieldNodes;
    for (const name of path) {
        fields = fieldsNamed(info, fields, name);
        if (fields.length === 0) return false;
    }
    return true;
}
