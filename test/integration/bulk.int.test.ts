// The bulk loader (seed/bulk.ts) that loads the national-scale bench graph: parallel batches commit
// on their own, relationships touching a new node are CREATEd, everything else MERGEd, so a re-run
// changes nothing; bad rows are refused before the first write. Its nodes use "bulktest:" ids and
// are removed afterwards, so the report seed other files read is untouched.
import { afterAll, describe, expect, it } from "vitest";
import { BulkInputError, bulkWriteRows } from "../../src/modules/reports/load.js";
import type { NodeRow, RelRow } from "../../seed/rows.js";
import { useTestServer } from "../helpers/neo4j.js";
import { loadSeed } from "../../src/modules/reports/load.js";

const t = useTestServer();
const P = "bulktest:";
const cite = { documentId: "bulktest", section: "generated", locator: "row", text: "" };

function rows(agencies: number, assets: number): { nodes: NodeRow[]; rels: RelRow[] } {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    for (let s = 0; s < assets; s++) nodes.push({ id: `${P}asset:${s}`, label: "Asset", props: { name: `Bulk asset ${s}`, kind: "DATABASE", number: 5000 + s } });
    for (let a = 0; a < agencies; a++) {
        nodes.push({ id: `${P}agency:${a}`, label: "Agency", props: { name: `Bulk agency ${a}`, kind: "COMMUNE", era: 2023, nameKeys: [`bulk agency ${a}`] } });
        for (let s = 0; s < assets; s++) {
            rels.push({ from: `${P}agency:${a}`, to: `${P}asset:${s}`, type: "CONNECTED_TO", key: `${P}${a}|${s}`, props: { ...cite, snapshot: "Y2024", status: "OFFICIAL" } });
        }
    }
    return { nodes, rels };
}

const counts = async () => {
    const { records } = await t.driver.executeQuery(
        `MATCH (n:Seeded) WHERE n.id STARTS WITH $p
         RETURN count(n) AS nodes, sum(COUNT { (n)-[:CONNECTED_TO]->() }) AS rels,
                collect(DISTINCT [l IN labels(n) WHERE l <> 'Seeded'][0]) AS labels`,
        { p: P },
    );
    const r = records[0]!;
    return { nodes: r.get("nodes").toNumber(), rels: r.get("rels").toNumber(), labels: (r.get("labels") as string[]).sort() };
};

afterAll(async () => {
    await t.driver.executeQuery(`MATCH (n:Seeded) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
});

describe("bulk loading", () => {
    it("writes every row in parallel batches, creating the relationships of new nodes", async () => {
        const r = await bulkWriteRows(t.driver, rows(60, 50), { batchSize: 700, parallel: 2 });
        expect(r).toMatchObject({ nodes: 110, relationships: 3000, createdRelationships: 3000 });
        expect(await counts()).toEqual({ nodes: 110, rels: 3000, labels: ["Agency", "Asset"] });
        const { records } = await t.driver.executeQuery(
            `MATCH (:Agency {id: $from})-[c:CONNECTED_TO]->(:Asset {id: $to}) RETURN c.seedKey AS key, c.snapshot AS snapshot, c.documentId AS doc`,
            { from: `${P}agency:7`, to: `${P}asset:9` },
        );
        expect(records.map((x) => x.toObject())).toEqual([{ key: `${P}7|9`, snapshot: "Y2024", doc: "bulktest" }]);
    });

    it("merges on a second run: same counts, nothing created twice", async () => {
        const r = await bulkWriteRows(t.driver, rows(60, 50), { batchSize: 700, parallel: 2 });
        expect(r.createdRelationships).toBe(0);
        expect(await counts()).toEqual({ nodes: 110, rels: 3000, labels: ["Agency", "Asset"] });
    });

    it("survives a reload of the reports: the seed's prune removes only what the reports wrote", async () => {
        const before = await counts();
        expect(before.nodes).toBeGreaterThan(0);
        const r = await loadSeed(t.driver);
        expect(r.pruned).toEqual({ nodes: 0, relationships: 0 });
        expect(await counts()).toEqual(before);
    });

    it("creates only what touches new nodes when old and new rows mix", async () => {
        const r = await bulkWriteRows(t.driver, rows(70, 50), { batchSize: 1000, parallel: 2 });
        expect(r.createdRelationships).toBe(10 * 50);
        expect(await counts()).toEqual({ nodes: 120, rels: 3500, labels: ["Agency", "Asset"] });
    });

    it("refuses duplicate keys and unknown end nodes before writing anything", async () => {
        const dup = rows(1, 2);
        dup.nodes[0]!.id = `${P}fresh-asset`;
        dup.rels.push({ ...dup.rels[0]! });
        await expect(bulkWriteRows(t.driver, dup)).rejects.toThrow(new BulkInputError(`relationship key "${P}0|0" appears twice`));
        const dangling = { nodes: [{ id: `${P}fresh-agency`, label: "Agency", props: { name: "x", kind: "COMMUNE", era: 2023 } }], rels: [{ from: `${P}fresh-agency`, to: `${P}nowhere`, type: "CONNECTED_TO", key: `${P}dangling`, props: cite }] };
        await expect(bulkWriteRows(t.driver, dangling)).rejects.toThrow(/1 relationship end node\(s\) are neither in the rows nor in the database, e.g. bulktest:dangling/);
        const { records } = await t.driver.executeQuery(`MATCH (n:Seeded) WHERE n.id IN $ids RETURN count(n) AS c`, { ids: [`${P}fresh-asset`, `${P}fresh-agency`] });
        expect(records[0]!.get("c").toNumber()).toBe(0);
        expect(await counts()).toEqual({ nodes: 120, rels: 3500, labels: ["Agency", "Asset"] });
    });
});
