// The arrows of ARCHITECTURE.md, checked on every import of the code: entry → server → http → modules →
// kernel → db (a layer may skip layers downwards, never point up); a domain does not import another
// domain; a domain's read path does not import its ingest; seed/ imports nothing from src/ and lib/
// nothing but itself; and no file reaches itself through its imports (type-only imports count too).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";

const rel = (p: string): string => path.relative(PROJECT_ROOT, p).replaceAll("\\", "/");

function files(dir: string): string[] {
    return readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts"))
        .map((f) => `${dir}/${f.replaceAll("\\", "/")}`);
}

/** Every relative import of a file, resolved to a project path (`.js` → `.ts`). */
function importsOf(file: string): string[] {
    const text = readFileSync(path.join(PROJECT_ROOT, file), "utf8");
    return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => rel(path.resolve(PROJECT_ROOT, path.dirname(file), m[1]!.replace(/\.js$/, ".ts"))));
}

/** The layer of a file under src/, highest first; undefined outside src/. */
function layer(file: string): { rank: number; part: string } | undefined {
    const entries = ["src/index.ts", "src/print-schema.ts", "src/codegen-check.ts", "src/neo4j/build-cli.ts"];
    if (entries.includes(file) || file.startsWith("src/cli/")) return { rank: 7, part: "entry" };
    if (["src/server.ts", "src/schema.ts", "src/resolvers.ts", "src/root-descriptions.ts"].includes(file)) return { rank: 6, part: "server" };
    if (file.startsWith("src/http/")) return { rank: 5, part: "http" };
    // What generated types point at (codegen.ts mappers) sits below them and imports nothing generated.
    if (/^src\/modules\/[^/]+\/mappers\.ts$/.test(file)) return { rank: 3.2, part: "mappers" };
    if (file.startsWith("src/modules/")) return { rank: 4, part: `modules/${file.split("/")[2]}` };
    if (file.startsWith("src/__generated__/")) return { rank: 3.5, part: "generated" };
    if (file.startsWith("src/kernel/")) return { rank: 3, part: "kernel" };
    if (file.startsWith("src/neo4j/")) return { rank: 2, part: "neo4j" };
    if (file.startsWith("src/db/")) return { rank: 1, part: "db" };
    if (file === "src/config.ts" || file === "src/paths.ts") return { rank: 0, part: "config" };
    return undefined;
}

const code = [...files("src"), ...files("seed"), ...files("lib")].filter((f) => !f.includes("__generated__/") || f.endsWith("resolvers-types.ts"));
const graph = new Map(code.map((f) => [f, importsOf(f).filter((t) => t.endsWith(".ts"))]));

describe("architecture", () => {
    it("every arrow between layers points down: entry → server → http → modules → kernel → db", () => {
        const up: string[] = [];
        for (const [from, tos] of graph) {
            const a = layer(from);
            if (!a) continue;
            for (const to of tos) {
                const b = layer(to);
                if (!b) continue;
                if (b.rank > a.rank) up.push(`${from} → ${to} (${a.part} → ${b.part})`);
            }
        }
        expect(up).toEqual([]);
    });

    it("a domain imports no other domain, and its read path none of its ingest", () => {
        const bad: string[] = [];
        for (const [from, tos] of graph) {
            if (!from.startsWith("src/modules/")) continue;
            const domain = from.split("/")[2];
            for (const to of tos) {
                if (!to.startsWith("src/modules/")) continue;
                if (to.split("/")[2] !== domain) bad.push(`${from} → ${to}`);
                // Only ingest files and the domain's resolvers (which add the ingest's mutations) reach ingest/.
                else if (to.includes("/ingest/") && !from.includes("/ingest/") && !from.endsWith(`/${domain}/resolvers.ts`)) bad.push(`${from} → ${to} (read path → ingest)`);
            }
        }
        expect(bad).toEqual([]);
    });

    it("seed/ imports nothing from src/, and lib/ nothing but lib/", () => {
        const bad = [...graph].flatMap(([from, tos]) =>
            tos.filter((to) => (from.startsWith("seed/") && !(to.startsWith("seed/") || to.startsWith("lib/"))) || (from.startsWith("lib/") && !to.startsWith("lib/"))).map((to) => `${from} → ${to}`),
        );
        expect(bad).toEqual([]);
    });

    it("no file reaches itself through its imports", () => {
        const state = new Map<string, "open" | "done">();
        const cycles: string[] = [];
        const visit = (f: string, trail: string[]): void => {
            if (state.get(f) === "done") return;
            if (state.get(f) === "open") {
                cycles.push([...trail.slice(trail.indexOf(f)), f].join(" → "));
                return;
            }
            state.set(f, "open");
            for (const t of graph.get(f) ?? []) if (graph.has(t)) visit(t, [...trail, f]);
            state.set(f, "done");
        };
        for (const f of graph.keys()) visit(f, []);
        expect(cycles).toEqual([]);
    });

    it("no hand-written source file is over 300 lines (string tables and SDL apart)", () => {
        const tables = /\/i18n\/|__generated__|word-pairs/;
        const long = [...files("src"), ...files("seed"), ...files("lib"), ...files("bench"), ...files("test"), ...files("explorer/src")]
            .filter((f) => !tables.test(f))
            .map((f) => [f, readFileSync(path.join(PROJECT_ROOT, f), "utf8").split("\n").length] as const)
            .filter(([, n]) => n > 300);
        expect(long).toEqual([]);
    });
});
