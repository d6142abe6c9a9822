// A node's neighbourhood on the seeded graph: relationship groups with counts, a page of neighbours,
// each edge cited, the 2025 roll-up, and every refusal (split from paths.int.test.ts).
import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/neo4j.js";
import { pool } from "../helpers/pool.js";

const t = useTestServer();

const HOOD = `query($node: String!, $relationship: String, $direction: EdgeDirection, $era: Era!, $limit: Int!, $offset: Int!) {
  neighbourhood(node: $node, relationship: $relationship, direction: $direction, era: $era, limit: $limit, offset: $offset) {
    node { id type name } groups { relationship direction neighbours edges } total
    neighbours { id type name era number }
    edges { id type source target snapshot status coverage parts { id citation { section } } missingParts { id } citation { documentId section locator } }
  } }`;

describe("Query.neighbourhood", () => {
    const hood = (node: string, vars: Record<string, unknown> = {}) => t.ask(HOOD, { node, era: "E2023", limit: 500, offset: 0, ...vars });

    it("the population database: its services, connected agencies and owner, each edge cited", async () => {
        const impact = await t.ask(`{ assetImpact(asset: "asset:001:2") { services { id } connectedAgencies { id } } assets(where: { id: { eq: "asset:001:2" } }) { owners { id } } }`);
        const res = await hood("CSDLQG về dân cư");
        expect(res.errors).toBeUndefined();
        const n = res.data!.neighbourhood;
        const group = (rel: string, dir: string) => n.groups.find((g: { relationship: string; direction: string }) => g.relationship === rel && g.direction === dir);
        expect(group("PROVIDED_BY", "IN").neighbours).toBe(impact.data!.assetImpact.services.length);
        expect(group("CONNECTED_TO", "IN").neighbours).toBe(impact.data!.assetImpact.connectedAgencies.length);
        expect(group("OWNS", "IN").neighbours).toBe(impact.data!.assets[0].owners.length);
        expect(n.groups.some((g: { relationship: string }) => g.relationship === "FROM_SOURCE")).toBe(false);
        expect(n.total).toBe(n.neighbours.length);
        for (const e of n.edges) {
            expect(e.citation.documentId && e.citation.section && e.citation.locator).toBeTruthy();
            expect([e.source, e.target]).toContain("asset:001:2");
        }
        // Expanding one type at a time gives the group's count, in pages.
        const services = await hood("asset:001:2", { relationship: "PROVIDED_BY", direction: "IN", limit: 3 });
        expect(services.data!.neighbourhood.total).toBe(impact.data!.assetImpact.services.length);
        expect(services.data!.neighbourhood.neighbours.map((s: { number: number }) => s.number)).toEqual([...services.data!.neighbourhood.neighbours.map((s: { number: number }) => s.number)].sort((a, b) => a - b));
        expect(services.data!.neighbourhood.neighbours).toHaveLength(3);
    });

    it("E2025: agencies become the 2025 units, with coverage and parts equal to the 2025 matrix", async () => {
        const matrix = await t.ask(`{ connectionMatrix(tier: PROVINCE, era: E2025, assets: ["asset:001:2"]) { rows { id parts cells { june2023 june2023Coverage } } } }`);
        const res = await hood("asset:001:2", { era: "E2025", relationship: "CONNECTED_TO" });
        expect(res.errors).toBeUndefined();
        const edges = res.data!.neighbourhood.edges as { source: string; snapshot: string; coverage: string; parts: unknown[]; missingParts: unknown[] }[];
        for (const row of matrix.data!.connectionMatrix.rows as { id: string; parts: string[]; cells: { june2023: string | null; june2023Coverage: string }[] }[]) {
            const e = edges.find((x) => x.source === row.id && x.snapshot === "JUNE_2023");
            if (!row.cells[0]!.june2023) {
                expect(e).toBeUndefined();
                continue;
            }
            expect(e?.coverage, row.id).toBe(row.cells[0]!.june2023Coverage);
            expect(e!.parts.length + e!.missingParts.length).toBe(row.parts.length);
        }
        expect(edges.some((e) => e.coverage === "PARTIAL")).toBe(true);
    });

    it("a 2025 unit in the 2025 map carries its parts' connections and lists its parts", async () => {
        const res = await hood("province-2025:48-da-nang", { era: "E2025" });
        expect(res.errors).toBeUndefined();
        const n = res.data!.neighbourhood;
        expect(n.groups.find((g: { relationship: string }) => g.relationship === "SUCCEEDED_BY").neighbours).toBe(2);
        expect(n.edges.filter((e: { type: string }) => e.type === "CONNECTED_TO").every((e: { source: string; coverage: string }) => e.source === "province-2025:48-da-nang" && e.coverage)).toBe(true);
    });

    it("sweep: every node of every type opens, and its groups add up to its neighbours", async () => {
        const session = t.driver.session();
        const ids = (await session.run(`MATCH (n:Seeded) WHERE NOT n:SourceDocument AND NOT n:AuditFinding RETURN n.id AS id ORDER BY id`)).records.map((r) => r.get("id") as string);
        await session.close();
        expect(ids.length).toBeGreaterThan(500);
        await pool(
            ids.map((id, i) => ({ id, era: i % 2 ? "E2025" : "E2023" })),
            async ({ id, era }) => {
                const res = await hood(id, { era });
                expect(res.errors).toBeUndefined();
                const n = res.data!.neighbourhood;
                expect(n.node.id).toBe(id);
                if (era === "E2023") expect(n.neighbours.length).toBeLessThanOrEqual(n.groups.reduce((s: number, g: { neighbours: number }) => s + g.neighbours, 0));
                const shown = new Set(n.neighbours.map((x: { id: string }) => x.id));
                for (const e of n.edges) expect(shown.has(e.source) || shown.has(e.target)).toBe(true);
            },
            ({ id, era }) => `${id} (${era})`,
        );
    });

    it("refuses bad input precisely", async () => {
        const cases: [Record<string, unknown>, string][] = [
            [{ node: "" }, "node"],
            [{ node: "nowhere-at-all:1" }, "node"],
            [{ relationship: "connected to" }, "relationship"],
            [{ relationship: "FROM_SOURCE" }, "relationship"],
            [{ limit: 0 }, "limit"],
            [{ limit: 5001 }, "limit"],
            [{ offset: -2 }, "offset"],
        ];
        for (const [vars, arg] of cases) {
            const res = await hood("asset:001:2", vars);
            expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe("BAD_USER_INPUT");
            expect(res.errors?.[0]?.extensions?.argumentName).toBe(arg);
        }
    });
});
