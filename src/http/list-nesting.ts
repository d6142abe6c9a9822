// A validation rule for graph fan-out: static cost analysis cannot see that agencies → assets →
// agencies multiplies rows at every step, so a document may nest at most `max` list-valued fields
// inside one another (agencies { connectedAssets { connectedAgencies { … } } } is 3).
import { GraphQLError, TypeInfo, getNamedType, isListType, isNonNullType, isObjectType, visit, visitWithTypeInfo, type ASTVisitor, type GraphQLType, type ValidationContext } from "graphql";

const isList = (t: GraphQLType | null | undefined): boolean => !!t && (isListType(t) || (isNonNullType(t) && isListType(t.ofType)));

export function maxListNesting(max: number) {
    return (context: ValidationContext): ASTVisitor => {
        const typeInfo = new TypeInfo(context.getSchema());
        const fragments = new Map(context.getDocument().definitions.filter((d) => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]));
        let depth = 0;
        let reported = false;
        const stack: boolean[] = [];
        const visiting = new Set<string>();
        const visitor: ASTVisitor = {
            Field: {
                enter() {
                    const t = typeInfo.getType();
                    const counts = isList(t) && isObjectType(getNamedType(t!));
                    stack.push(counts);
                    if (counts) depth += 1;
                    if (depth > max && !reported) {
                        reported = true;
                        context.reportError(new GraphQLError(`Query nests more than ${max} lists inside one another (each multiplies the rows Neo4j must read); split it into several queries.`));
                    }
                },
                leave() {
                    if (stack.pop()) depth -= 1;
                },
            },
            FragmentSpread(node) {
                // Follow spreads in place so nesting through fragments counts too (cycles are caught by graphql's own rule).
                const frag = fragments.get(node.name.value);
                if (!frag || visiting.has(node.name.value)) return;
                visiting.add(node.name.value);
                visit(frag.selectionSet, visitWithTypeInfo(typeInfo, visitor));
                visiting.delete(node.name.value);
            },
        };
        return visitWithTypeInfo(typeInfo, visitor);
    };
}
