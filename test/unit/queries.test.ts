// Named queries are found, not listed (src/db/queries.ts): every file under cypher/<domain>/ has its
// header and a statement, every name the code asks for has a file, and every file is asked for.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { CYPHER_DIR, checkQueryText, loadQueries, QueryFileError } from "../../src/db/queries.js";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

const sources = (dir: string): string[] =>
    readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts") && !f.includes("__generated__"))
        .map((f) => readFileSync(path.join(PROJECT_ROOT, dir, f), "utf8"));

describe("named queries", () => {
    const queries = loadQueries();
    const names = Object.keys(queries);

    it("are found in cypher/<domain>/, each with its header (Params:, Returns) and a statement", () => {
        expect(names.length).toBeGreaterThan(50);
        for (const n of names) expect(checkQueryText(queries[n as `${string}/${string}`]!), n).toBeUndefined();
        expect(names.every((n) => /^[a-z-]+\/[a-z0-9-]+$/.test(n))).toBe(true);
    });

    it("every name the code asks for has a file, and every file is asked for", () => {
        const code = [...sources("src"), ...sources("bench"), ...sources("test")].join("\n");
        const asked = new Set([...code.matchAll(/\.(?:run|write)(?:<[^>]*>)?\(\s*"([a-z-]+\/[a-z0-9-]+)"/g), ...code.matchAll(/named\(\s*"([a-z-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!));
        // The report loader (seed/) asks for cypher/reports/<name> by its short name.
        for (const m of sources("seed").join("\n").matchAll(/(?:runReportQuery(?:<[^>]*>)?\([^,]+,|step\([^,]+,)\s*"([a-z0-9-]+)"/g)) asked.add(`reports/${m[1]}`);
        const mentioned = new Set([...code.matchAll(/"([a-z-]+\/[a-z0-9-]+)"/g), ...sources("seed").join("\n").matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]!));
        expect([...asked].filter((n) => !names.includes(n))).toEqual([]);
        expect(names.filter((n) => !asked.has(n) && !mentioned.has(n) && !mentioned.has(n.replace(/^reports\//, "")))).toEqual([]);
    });

    it("a file without its header, or outside a domain folder, stops start-up naming it", () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "cypher-"));
        mkdirSync(path.join(dir, "demo"));
        writeFileSync(path.join(dir, "demo", "fine.cypher"), "// Fine. Params: none. Returns: x\nRETURN 1 AS x\n");
        writeFileSync(path.join(dir, "demo", "bare.cypher"), "MATCH (n) RETURN n\n");
        writeFileSync(path.join(dir, "loose.cypher"), "// Loose. Params: none. Returns: x\nRETURN 1 AS x\n");
        expect(() => loadQueries(dir)).toThrow(QueryFileError);
        expect(() => loadQueries(dir)).toThrow(/cypher\/demo\/bare\.cypher: it does not open with a header comment[\s\S]*cypher\/loose\.cypher: it is not in a domain folder/);
        expect(CYPHER_DIR).toBe(path.join(PROJECT_ROOT, "cypher"));
    });
});
