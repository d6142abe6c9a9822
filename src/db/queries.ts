// Named Cypher queries, found in cypher/<domain>/<name>.cypher: the name is the path without the
// extension ("coverage/coverage-gaps"). Adding a query is adding a file; no list of names to edit.
// Checked at start-up (loadQueries): every file opens with a header comment saying what it does, its
// `Params:` and what it `Returns:`, and has a statement after it; a name the code asks for that has no
// file fails at once (src/db/run.ts), and test/unit/queries.test.ts checks every name the code uses.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import { UnknownQueryError } from "./errors.js";

export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

/** A query's name: its path under cypher/ without `.cypher` (`<domain>/<name>`). */
export type QueryName = `${string}/${string}`;

export type Queries = Readonly<Record<QueryName, string>>;

export class QueryFileError extends Error {}

/** The text of a named query; a name with no file is a programming error, said at once. */
export function queryText(queries: Queries, name: QueryName): string {
    const text = queries[name];
    if (text === undefined) throw new UnknownQueryError(name);
    return text;
}

function listCypher(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: "utf8" })
        .map((f) => f.replaceAll("\\", "/"))
        .filter((f) => f.endsWith(".cypher"))
        .map((f) => f.replace(/\.cypher$/, ""))
        .sort();
}

/** What is wrong with a query file's text, or undefined when it is a proper named query. */
export function checkQueryText(text: string): string | undefined {
    const lines = text.split("\n");
    const header = lines.slice(0, lines.findIndex((l) => !l.trim().startsWith("//"))).join("\n");
    if (!header) return "it does not open with a header comment (what it does, Params:, Returns:)";
    if (!/Params:/.test(header)) return "its header does not say its Params: (write `Params: none` when it takes none)";
    if (!/\bReturns?\b/.test(header)) return "its header does not say what it Returns";
    if (!lines.some((l) => l.trim() !== "" && !l.trim().startsWith("//"))) return "it has no statement";
    return undefined;
}

/** Every named query under `dir` (schema statements apart), checked; throws naming every bad file. */
export function loadQueries(dir: string = CYPHER_DIR): Queries {
    const names = listCypher(dir).filter((n) => !n.startsWith("schema/"));
    const entries = names.map((n) => [n, readFileSync(path.join(dir, `${n}.cypher`), "utf8")] as const);
    const bad = entries.flatMap(([n, text]) => {
        const why = n.includes("/") ? checkQueryText(text) : "it is not in a domain folder (cypher/<domain>/<name>.cypher)";
        return why ? [`cypher/${n}.cypher: ${why}`] : [];
    });
    if (bad.length) throw new QueryFileError(`named queries that cannot be used:\n${bad.join("\n")}`);
    return Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
}

/** Schema statements (constraints, indexes), one per `;`-terminated statement, in file order. */
export function loadSchemaStatements(dir: string = path.join(CYPHER_DIR, "schema")): string[] {
    return listCypher(dir).flatMap((n) => splitStatements(readFileSync(path.join(dir, `${n}.cypher`), "utf8")));
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
