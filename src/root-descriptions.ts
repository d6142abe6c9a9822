// @neo4j/graphql generates the browse and write root fields (agencies, agenciesConnection,
// createNotes …) without descriptions. This fills in every root field that has none, from the type's
// own description, so GraphiQL and codegen clients see documentation on every entry point.
import { getNamedType, isObjectType, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from "graphql";

const firstSentence = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").split(/(?<=\.)\s/)[0]?.trim() ?? "";

/** The node type a generated root field is about: its list type, its connection's edge node, or for a mutation the type of the matching read field. */
function nodeTypeOf(field: GraphQLField<unknown, unknown>, root: "Query" | "Mutation", schema: GraphQLSchema): GraphQLNamedType {
    if (root === "Mutation") {
        const m = /^(?:create|update|delete)(.+)$/.exec(field.name);
        const read = m ? schema.getQueryType()?.getFields()[m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1)] : undefined;
        if (read) return getNamedType(read.type);
    }
    const named = getNamedType(field.type);
    const edges = isObjectType(named) ? named.getFields().edges : undefined;
    const node = edges && isObjectType(getNamedType(edges.type)) ? (getNamedType(edges.type) as GraphQLObjectType).getFields().node : undefined;
    return node ? getNamedType(node.type) : named;
}

function describe(field: GraphQLField<unknown, unknown>, root: "Query" | "Mutation", schema: GraphQLSchema): string {
    const nodeType = nodeTypeOf(field, root, schema);
    const about = firstSentence(nodeType.description);
    const what = about ? ` \`${nodeType.name}\` — ${about}` : ` \`${nodeType.name}\` nodes.`;
    if (root === "Mutation") {
        const verb = field.name.startsWith("create") ? "Creates" : field.name.startsWith("update") ? "Updates" : field.name.startsWith("delete") ? "Deletes" : "Changes";
        return `${verb}${what} Needs a bearer token with the editor role; runs in one transaction with its ChangeRecord.`;
    }
    if (field.name.endsWith("Connection")) {
        return `Relay connection over${what} \`where\` filters, \`sort\` orders, \`first\`/\`after\` page; \`totalCount\` counts every match; edges carry relationship properties (provenance).`;
    }
    return `List of${what} \`where\` filters, \`sort\` orders, \`limit\`/\`offset\` page.`;
}

export function describeRootFields(schema: GraphQLSchema): GraphQLSchema {
    for (const root of ["Query", "Mutation"] as const) {
        const type = root === "Query" ? schema.getQueryType() : schema.getMutationType();
        for (const field of Object.values(type?.getFields() ?? {})) {
            if (!field.description) field.description = describe(field, root, schema);
        }
    }
    return schema;
}
