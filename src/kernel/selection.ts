// What a GraphQL document asks below the field being resolved, read before fetching, so a resolver
// reads only what is asked (a page of a list, a costly sub-field). One walker for every domain: the
// occurrences of a field by name under some field nodes — aliases, inline fragments and fragment
// spreads included; with `typeName`, only fragments on that type (or untyped inline fragments).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

export function fieldsNamed(info: Pick<GraphQLResolveInfo, "fragments">, parents: readonly FieldNode[], name: string, typeName?: string): FieldNode[] {
    const found: FieldNode[] = [];
    const onType = (t: string | undefined): boolean => !typeName || t === undefined || t === typeName;
    const visit = (set: SelectionSetNode | undefined): void => {
        for (const s of set?.selections ?? []) {
            if (s.kind === "Field" && s.name.value === name) found.push(s);
            else if (s.kind === "InlineFragment" && onType(s.typeCondition?.name.value)) visit(s.selectionSet);
            else if (s.kind === "FragmentSpread") {
                const f = info.fragments[s.name.value];
                if (f && onType(f.typeCondition.name.value)) visit(f.selectionSet);
            }
        }
    };
    for (const p of parents) visit(p.selectionSet);
    return found;
}
