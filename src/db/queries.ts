// The registry of named Cypher queries kept in cypher/. Code refers to a query by its path;
// start-up fails when the folder and this list disagree (idea from pgtyped's named queries).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../paths.js";

export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

export const QUERY_NAMES = [
    "health/ping",
    "meta/seed-version",
    "meta/set-seed-version",
    "meta/graph-version",
    "meta/bump-graph-version",
    "seed/upsert-nodes",
    "seed/upsert-relationships",
    "seed/existing-ids",
    "seed/create-relationships",
    "seed/prune",
    "seed/reset",
    "seed/fingerprint",
    "lookup/resolve-id",
    "lookup/resolve-ref",
    "lookup/search",
    "lookup/names",
    "questions/coverage-gaps",
    "questions/coverage-gaps-2025",
    "questions/usage-totals",
    "era/successions",
    "questions/asset-impact",
    "questions/agency-dependencies",
    "questions/snapshot-diff",
    "questions/missing-pieces",
    "questions/target-progress",
    "questions/connection-matrix",
    "questions/connection-matrix-columns",
    "agency/transactions-by-agency",
    "agency/connection-counts",
    "import/reference-data",
    "import/write-connections",
    "audit/record-change",
    "paths/nodes-by-id",
    "paths/neighbour-groups",
    "paths/neighbour-edges",
    "paths/expand",
    "paths/edges-between",
    "inventory/reference-agencies",
    "inventory/write-inventory",
    "duplicates/inputs",
    "duplicates/version",
    "duplicates/connections-of",
    "duplicates/agencies-of-kinds",
    "usage/reference-data",
    "usage/import-state",
    "usage/overlapping-imports",
    "usage/write-import",
    "usage/write-observed",
    "usage/supersede-imports",
    "usage/imports",
    "usage/resolve-service",
    "usage/service-usage",
    "usage/agency-usage",
    "usage/declared-vs-observed",
    "usage/criticality-assets",
    "usage/asset-dependencies",
    "usage/connected-agencies",
    "usage/agency-info",
    "usage/link-facts",
    "usage/assets",
    "usage/pair-uses",
    "usage/observed-by-asset",
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

function listCypher(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: "utf8" })
        .map((f) => f.replaceAll("\\", "/"))
        .filter((f) => f.endsWith(".cypher"))
        .map((f) => f.replace(/\.cypher$/, ""));
}

export function loadQueries(dir: string = CYPHER_DIR): Readonly<Record<QueryName, string>> {
    const onDisk = listCypher(dir).filter((n) => !n.startsWith("schema/"));
    const missing = QUERY_NAMES.filter((n) => !onDisk.includes(n));
    const unused = onDisk.filter((n) => !(QUERY_NAMES as readonly string[]).includes(n));
    if (missing.length + unused.length > 0) {
        throw new Error(`cypher/ out of sync with src/db/queries.ts: missing=[${missing.join(", ")}] unused=[${unused.join(", ")}]`);
    }
    const entries = QUERY_NAMES.map((n) => [n, readFileSync(path.join(dir, `${n}.cypher`), "utf8")] as const);
    return Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
}

/** Schema statements (constraints, indexes), one per `;`-terminated statement, in file order. */
export function loadSchemaStatements(dir: string = path.join(CYPHER_DIR, "schema")): string[] {
    return listCypher(dir)
        .sort()
        .flatMap((n) => splitStatements(readFileSync(path.join(dir, `${n}.cypher`), "utf8")));
}

export function splitStatements(text: string): string[] {
    return text
        .split("\n")
        .filter((l) => !l.trim().startsWith("//"))
        .join("\n")
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
