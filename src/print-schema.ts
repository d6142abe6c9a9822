// Writes the full @neo4j/graphql-augmented schema, sorted so diffs are stable. codegen reads only this file.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lexicographicSortSchema } from "graphql";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { PROJECT_ROOT } from "./config.js";
import { buildSchema } from "./schema.js";

const AUGMENTED_SCHEMA_PATH = path.join(PROJECT_ROOT, "src/__generated__/augmented-schema.graphql");

const schema = await buildSchema();
writeFileSync(AUGMENTED_SCHEMA_PATH, printSchemaWithDirectives(lexicographicSortSchema(schema)) + "\n");
console.error(`[codegen] wrote ${path.relative(PROJECT_ROOT, AUGMENTED_SCHEMA_PATH)}`);
