// Builds the executable schema: every schema/*.graphql module plus the custom resolvers, handed to
// @neo4j/graphql as an array so it folds `extend type` modules itself (never pre-merged).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { GraphQLSchema } from "graphql";
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

export function createNeo4jGraphQL(driver?: Driver, authorizationKey: string = "schema-printing-only-key-never-used-to-verify"): Neo4jGraphQL {
    return new Neo4jGraphQL({
        typeDefs: readTypeDefs(),
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
