// graphql-codegen: resolver types from the augmented schema, and typed documents for the example
// operations kept in examples/ and test/. Run `npm run codegen`; `npm run check:codegen` fails on drift.
import type { CodegenConfig } from "@graphql-codegen/cli";

const scalars = { DateTime: "string", Date: "string", BigInt: "string", Duration: "string" };

const config: CodegenConfig = {
    schema: "src/__generated__/augmented-schema.graphql",
    documents: ["examples/**/*.graphql", "explorer/**/*.graphql"],
    generates: {
        "src/__generated__/resolvers-types.ts": {
            plugins: ["typescript", "typescript-resolvers"],
            config: {
                contextType: "../kernel/context.js#Context",
                useIndexSignature: true,
                enumsAsTypes: true,
                useTypeImports: true,
                scalars,
                // Parents that carry more than their GraphQL type (each domain's mappers.ts, which import nothing generated).
                mappers: { AssetImpact: "../modules/impact/mappers.js#AssetImpactParent" },
            },
        },
        "src/__generated__/operations.ts": {
            plugins: ["typescript-operations", "typed-document-node"],
            config: { enumsAsTypes: true, useTypeImports: true, scalars },
        },
    },
    hooks: { afterAllFileWrite: [] },
};

export default config;
