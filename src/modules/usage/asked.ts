// Whether the document asks for a field below the one being resolved (aliases, fragments and inline
// fragments included), so a question reads what only that field needs — the page's duration histograms,
// the largest part of a page's observed rows — only when it is asked. Called outside GraphQL (no info:
// the tests compare whole answers), everything counts as asked.
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

export function asksFor(info: GraphQLResolveInfo | undefined, path: string[]): boolean {
    if (!info) return true;
    let fields: readonly FieldNode[] = info.fieldNodes;
    for (const name of path) {
        const found: FieldNode[] = [];
        const visit = (set: SelectionSetNode | undefined): void => {
            for (const s of set?.selections ?? []) {
                if (s.kind === "Field" && s.name.value === name) found.push(s);
                else if (s.kind === "InlineFragment") visit(s.selectionSet);
                else if (s.kind === "FragmentSpread") visit(info.fragments[s.name.value]?.selectionSet);
            }
        };
        for (const f of fields) visit(f.selectionSet);
        if (found.length === 0) return false;
        fields = found;
    }
    return true;
}
