// Builds the executable schema: every schema/*.graphql module plus the custom resolvers, handed to
// @neo4j/graphql as an array so it folds `extend type` modules itself (never pre-merged).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { Kind, parse, type ConstArgumentNode, type DocumentNode, type FieldDefinitionNode, type GraphQLSchema, type TypeNode } from "graphql";
import { PROJECT_ROOT } from "./config.js";
import { resolvers } from "./resolvers.js";
import { describeRootFields } from "./root-descriptions.js";

export const SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");

export function readTypeDefs(dir: string = SCHEMA_DIR): string[] {
    return readdirSync(dir)
        .filter((f) => f.endsWith(".graphql"))
        .sort()
        .map((f) => readFileSync(path.join(dir, f), "utf8"));
}

/**
 * `actor` fills Note.createdBy/updatedBy from the verified token's subject (clients cannot set them:
 * @settable in the SDL keeps them out of the generated inputs); `changeId` stamps every
 * written node with the id of the ChangeRecord that records the write (src/http/write-guard.ts).
 */
const populatedBy = {
    callbacks: {
        actor: (_parent: unknown, _args: unknown, ctx: { jwt?: { sub?: string } }) => ctx.jwt?.sub ?? "unknown",
        changeId: (_parent: unknown, _args: unknown, ctx: { audit?: { changeId: string }; jwt?: unknown }) => ctx.audit?.changeId ?? "",
    },
};

/** Types declared with `@mutation(operations: [])`: the report graph, which no API call writes. */
function readOnlyTypes(docs: readonly DocumentNode[]): Set<string> {
    const names = new Set<string>();
    for (const doc of docs) {
        for (const d of doc.definitions) {
            if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
            const ops = d.directives?.find((x) => x.name.value === "mutation")?.arguments?.find((a) => a.name.value === "operations")?.value;
            if (ops?.kind === Kind.LIST && ops.values.length === 0) names.add(d.name.value);
        }
    }
    return names;
}

const namedType = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));

/**
 * `@mutation(operations: [])` only removes a type's root mutations; @neo4j/graphql would still write it
 * through relationships (a note creating an agency, or connecting one to assets). So: a read-only
 * type's relationships get `nestedOperations: []` (nothing is written through them), and a writable
 * type's relationship to a read-only type must list at most CONNECT and DISCONNECT (checked here, so
 * the SDL says it).
 */
export function sealReadOnlyTypes(typeDefs: readonly string[]): DocumentNode[] {
    const docs = typeDefs.map((sdl) => parse(sdl));
    const sealed = readOnlyTypes(docs);
    const seal = (owner: string, f: FieldDefinitionNode): FieldDefinitionNode => {
        const rel = f.directives?.find((x) => x.name.value === "relationship");
        if (!rel) return f;
        const nested = rel.arguments?.find((a) => a.name.value === "nestedOperations")?.value;
        if (!sealed.has(owner)) {
            const target = namedType(f.type);
            const ops = nested?.kind === Kind.LIST ? nested.values.map((v) => (v.kind === Kind.ENUM ? v.value : "?")) : ["(default: all)"];
            if (sealed.has(target) && ops.some((o) => !["CONNECT", "DISCONNECT"].includes(o))) {
                throw new Error(`${owner}.${f.name.value} points at read-only ${target}: give it nestedOperations: [CONNECT, DISCONNECT] (it has ${ops.join(", ")})`);
            }
            return f;
        }
        const none: ConstArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "nestedOperations" }, value: { kind: Kind.LIST, values: [] } };
        const args = [...(rel.arguments ?? []).filter((a) => a.name.value !== "nestedOperations"), none];
        return { ...f, directives: f.directives!.map((x) => (x === rel ? { ...rel, arguments: args } : x)) };
    };
    return docs.map((doc) => ({
        ...doc,
        definitions: doc.definitions.map((d) =>
            (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.fields ? { ...d, fields: d.fields.map((f) => seal(d.name.value, f)) } : d,
        ),
    }));
}

export function createNeo4jGraphQL(driver?: Driver, authorizationKey: string = "schema-printing-only-key-never-used-to-verify"): Neo4jGraphQL {
    return new Neo4jGraphQL({
        typeDefs: sealReadOnlyTypes(readTypeDefs()),
        resolvers,
        ...(driver ? { driver } : {}),
        features: {
            authorization: { key: authorizationKey },
            populatedBy,
            excludeDeprecatedFields: {
                mutationOperations: true,
                aggregationFilters: true,
                aggregationFiltersOutsideConnection: true,
                relationshipFilters: true,
                attributeFilters: true,
            },
        },
    });
}

export async function buildSchema(driver?: Driver, authorizationKey?: string): Promise<GraphQLSchema> {
    return describeRootFields(await createNeo4jGraphQL(driver, authorizationKey).getSchema());
}
