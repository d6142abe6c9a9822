// The exploring questions on the seeded graph: paths between two nodes (checked against the other
// questions' answers and against an exhaustive Cypher enumeration), a sweep over pairs, the
// neighbourhood of every node, the 2025 roll-up, and every refusal.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/neo4j.js";
import { pool } from "../helpers/pool.js";

const t = useTestServer();

const PATHS = `query($from: String!, $to: String!, $mode: PathMode!, $maxHops: Int!, $era: Era!, $limit: Int!, $offset: Int!) {
  paths(from: $from, to: $to, mode: $mode, maxHops: $maxHops, era: $era, limit: $limit, offset: $offset) {
    from { id } to { id } total complete
    paths { hops nodes { id type name era } edges { step edge { id type source target snapshot status citation { documentId section locator text } } } }
  } }`;
type Edge = { id: string; type: string; source: string; target: string; snapshot: string | null; status: string | null; citation: { documentId: string; section: string; locator: string; text: string | null } };
type Path = { hops: number; nodes: { id: string; type: string; name: string; era: number | null }[]; edges: { step: number; edge: Edge }[] };

const FORWARD = ["CONNECTED_TO", "PROVIDED_BY"];
// Every relationship type between data nodes of the seed (all but the citations FROM_SOURCE and CITES).
const DATA_TYPES = ["CONNECTED_TO", "PROVIDED_BY", "CONSUMED_BY", "SUCCEEDED_BY", "PART_OF", "OWNS", "GOVERNS", "LISTED_IN", "MEASURES", "HAS_PLAN", "INCLUDES", "RESPONSIBLE_FOR", "ABOUT"];
const BACKWARD = ["CONSUMED_BY", "SUCCEEDED_BY", "PART_OF"];

async function paths(from: string, to: string, opts: Partial<{ mode: string; maxHops: number; era: string; limit: number; offset: number }> = {}) {
    return t.ask(PATHS, { from, to, mode: "DEPENDENCY", maxHops: 4, era: "E2023", limit: 100, offset: 0, ...opts });
}

/** Every invariant a path answer must keep, whatever the pair. */
function checkPaths(from: string, to: string, mode: string, maxHops: number, r: { total: number; paths: Path[] }) {
    expect(r.paths.length).toBeLessThanOrEqual(r.total);
    let last = 0;
    for (const p of r.paths) {
        expect(p.hops).toBeGreaterThanOrEqual(last); // shortest first
        last = p.hops;
        expect(p.hops).toBeLessThanOrEqual(maxHops);
        expect(p.nodes.length).toBe(p.hops + 1);
        expect(p.nodes[0]!.id).toBe(from);
        expect(p.nodes.at(-1)!.id).toBe(to);
        expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length); // simple
        for (let step = 1; step <= p.hops; step++) {
            const [u, v] = [p.nodes[step - 1]!.id, p.nodes[step]!.id];
            const es = p.edges.filter((e) => e.step === step).map((e) => e.edge);
            expect(es.length, `hop ${step} of ${p.nodes.map((n) => n.id).join(" > ")}`).toBeGreaterThan(0);
            for (const e of es) {
                expect([e.source, e.target].sort()).toEqual([u, v].sort());
                if (mode === "DEPENDENCY") expect(FORWARD.includes(e.type) ? e.source === u : BACKWARD.includes(e.type) && e.target === u).toBe(true);
                expect(e.citation.documentId).not.toBe("");
                expect(e.citation.section).not.toBe("");
                expect(e.citation.locator).not.toBe("");
                if (e.type === "CONNECTED_TO") expect(e.snapshot && e.status).toBeTruthy();
            }
        }
    }
}


/**
 * Distinct simple node sequences from a to b, counted by Cypher over every path (no search). In
 * DEPENDENCY mode each hop's direction rule sits inside a quantified path pattern, so Cypher prunes a
 * walk at its first wrong-way hop instead of enumerating every undirected walk of up to maxHops and
 * filtering afterwards (the same paths, counted the same: 5 s → 20 ms a pair).
 */
async function countByCypher(from: string, to: string, mode: "DEPENDENCY" | "ANY", maxHops: number): Promise<number> {
    const session = t.driver.session();
    try {
        const [pattern, rule] =
            mode === "DEPENDENCY"
                ? [`(a)((x)-[r:${[...FORWARD, ...BACKWARD].join("|")}]-(y) WHERE (type(r) IN $forward AND startNode(r) = x) OR (type(r) IN $backward AND endNode(r) = x)){1,${maxHops}}(b)`, "true"]
                : [`(a)-[:${DATA_TYPES.join("|")}*1..${maxHops}]-(b)`, `all(r IN relationships(p) WHERE NOT type(r) IN ['FROM_SOURCE', 'CITES', 'NOTE_ABOUT'])`];
        const res = await session.run(
            `MATCH (a:Seeded {id: $from}), (b:Seeded {id: $to})
             MATCH p = ${pattern}
             WHERE ${rule} AND size(apoc.coll.toSet(nodes(p))) = size(nodes(p))
               AND none(n IN nodes(p) WHERE n:SourceDocument OR n:AuditFinding)
             RETURN count(DISTINCT [n IN nodes(p) | n.id]) AS n`,
            { from, to, forward: FORWARD, backward: BACKWARD },
        );
        return res.records[0]!.get("n").toNumber();
    } finally {
        await session.close();
    }
}

describe("Query.paths", () => {
    it("how Đà Nẵng depends on the population database: directly, and through assets consuming its services", async () => {
        const deps = await t.ask(`{ agencyDependencies(agency: "province:da-nang") { assets { id facts { snapshot status } } } assetImpact(asset: "asset:001:2", depth: 1) { dependents { id label via } } }`);
        expect(deps.errors).toBeUndefined();
        const mine = deps.data!.agencyDependencies.assets as { id: string; facts: { snapshot: string; status: string }[] }[];
        const consumers = deps.data!.assetImpact.dependents as { id: string; label: string; via: string[] }[];
        // Expected from the other questions: the direct link, then agency → asset → service → population database.
        const expected = [
            ...(mine.some((a) => a.id === "asset:001:2") ? [["province:da-nang", "asset:001:2"]] : []),
            ...consumers.filter((c) => c.label === "Asset" && mine.some((a) => a.id === c.id)).map((c) => ["province:da-nang", c.id, c.via[0]!, "asset:001:2"]),
            ...consumers.filter((c) => c.id === "province:da-nang").map((c) => ["province:da-nang", c.via[0]!, "asset:001:2"]),
        ];
        expect(expected.length).toBeGreaterThan(1);
        const res = await paths("da nang", "CSDLQG về dân cư", { maxHops: 3 });
        expect(res.errors).toBeUndefined();
        const r = res.data!.paths;
        expect(r.from.id).toBe("province:da-nang");
        expect(r.to.id).toBe("asset:001:2");
        expect(r.complete).toBe(true);
        expect(r.paths.map((p: Path) => p.nodes.map((n) => n.id)).sort()).toEqual(expected.sort());
        checkPaths("province:da-nang", "asset:001:2", "DEPENDENCY", 3, r);
        // The direct hop carries one edge per report column Đà Nẵng is listed in, with its snapshot and status.
        const direct = r.paths[0] as Path;
        expect(direct.hops).toBe(1);
        const facts = mine.find((a) => a.id === "asset:001:2")!.facts;
        expect(direct.edges.map((e) => `${e.edge.snapshot} ${e.edge.status}`).sort()).toEqual(facts.map((f) => `${f.snapshot} ${f.status}`).sort());
        expect(direct.edges[0]!.edge.citation.section).toBe("Phụ lục 2 II. Địa phương");
    });

    it("finds exactly the paths an exhaustive Cypher enumeration finds (both modes)", async () => {
        const pairs: [string, string, "DEPENDENCY" | "ANY", number][] = [
            ["province:da-nang", "asset:001:2", "DEPENDENCY", 4],
            ["province-2025:48-da-nang", "asset:001:2", "DEPENDENCY", 4],
            ["agency:bo-y-te", "asset:001:2", "DEPENDENCY", 4],
            ["province:da-nang", "asset:001:9", "ANY", 2],
            ["service:001:4", "province:quang-nam", "ANY", 3],
            ["standard:000:1", "asset:001:3", "ANY", 3],
        ];
        for (const [from, to, mode, maxHops] of pairs) {
            const res = await paths(from, to, { mode, maxHops, limit: 100 });
            expect(res.errors).toBeUndefined();
            const r = res.data!.paths;
            expect(r.total, `${from} → ${to} (${mode}, ${maxHops})`).toBe(await countByCypher(from, to, mode, maxHops));
            if (r.complete) checkPaths(from, to, mode, maxHops, r);
        }
    }, 240_000);

    it("with era E2025 a name means the 2025 unit, and its paths go through its 2023 parts", async () => {
        const unit = await t.ask(`{ agencies2025(where: { id: { eq: "province-2025:48-da-nang" } }) { predecessors { id } } }`);
        const parts = (unit.data!.agencies2025[0].predecessors as { id: string }[]).map((p) => p.id);
        const res = await paths("da nang", "asset:001:2", { era: "E2025" });
        expect(res.errors).toBeUndefined();
        const r = res.data!.paths;
        expect(r.from.id).toBe("province-2025:48-da-nang");
        expect(r.paths.length).toBeGreaterThan(0);
        for (const p of r.paths as Path[]) {
            expect(parts).toContain(p.nodes[1]!.id);
            expect(p.edges.find((e) => e.step === 1)!.edge.type).toBe("SUCCEEDED_BY");
        }
        // Each part connected to the database in any column gives a two-hop path.
        const direct = await t.ask(`{ agencies(where: { id: { in: ${JSON.stringify(parts)} } }) { id connectedAssets(where: { id: { eq: "asset:001:2" } }) { id } } }`);
        const connectedParts = (direct.data!.agencies as { id: string; connectedAssets: unknown[] }[]).filter((a) => a.connectedAssets.length > 0).length;
        expect((r.paths as Path[]).filter((p) => p.hops === 2).length).toBe(connectedParts);
    });

    it("pages shortest first: the pages put together are the whole answer", async () => {
        const all = (await paths("province:da-nang", "asset:001:2", { mode: "ANY", maxHops: 2, limit: 100 })).data!.paths;
        expect(all.complete).toBe(true);
        const pages: Path[] = [];
        for (let offset = 0; offset < all.total; offset += 7) pages.push(...(await paths("province:da-nang", "asset:001:2", { mode: "ANY", maxHops: 2, limit: 7, offset })).data!.paths.paths);
        expect(pages.map((p) => p.nodes.map((n) => n.id).join(">"))).toEqual((all.paths as Path[]).map((p) => p.nodes.map((n) => n.id).join(">")));
    });

    it("sweep: every agency of both eras to the population database, and every asset from Đà Nẵng", async () => {
        const ids = await t.ask(`{ agencies { id } agencies2025 { id } assets { id } }`);
        const agencies = [...ids.data!.agencies, ...ids.data!.agencies2025].map((a: { id: string }) => a.id);
        const assets = (ids.data!.assets as { id: string }[]).map((a) => a.id);
        const jobs: [string, string][] = [...agencies.map((a) => [a, "asset:001:2"] as [string, string]), ...assets.map((a) => ["province:da-nang", a] as [string, string])].filter(([a, b]) => a !== b);
        await pool(
            jobs,
            async ([from, to]) => {
                const res = await paths(from, to, { maxHops: 4, limit: 20 });
                expect(res.errors).toBeUndefined();
                checkPaths(from, to, "DEPENDENCY", 4, res.data!.paths);
            },
            ([from, to]) => `${from} → ${to}`,
        );
    });

    it("refuses bad input precisely", async () => {
        const cases: [Record<string, unknown>, string][] = [
            [{ from: " " }, "from"],
            [{ to: "" }, "to"],
            [{ from: "no such place at all" }, "from"],
            [{ to: "asset:001:999" }, "to"],
            [{ from: "asset:001:2", to: "2" }, "to"],
            [{ maxHops: 0 }, "maxHops"],
            [{ maxHops: 7 }, "maxHops"],
            [{ limit: 0 }, "limit"],
            [{ limit: 5001 }, "limit"],
            [{ offset: -1 }, "offset"],
            [{ from: "x".repeat(201) }, "from"],
        ];
        for (const [vars, arg] of cases) {
            const res = await t.ask(PATHS, { from: "da nang", to: "asset:001:2", mode: "DEPENDENCY", maxHops: 4, era: "E2023", limit: 10, offset: 0, ...vars });
            expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe("BAD_USER_INPUT");
            expect(res.errors?.[0]?.extensions?.argumentName, JSON.stringify(vars)).toBe(arg);
        }
        const typo = await paths("da nangg", "asset:001:2");
        expect(typo.errors?.[0]?.extensions?.closestMatches?.[0]?.id).toBe("province:da-nang");
    });
});
