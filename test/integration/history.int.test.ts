// Any question as of a day, beyond the gaps (issue 30): the matrix's statuses on a snapshot's day are
// that snapshot's column; an asset's connected agencies as of a day; changesBetween on two snapshots'
// days is their snapshotDiff; a node's timeline lists its facts with valid and record time and an edit
// with its change record.
import { describe, expect, it } from "vitest";
import { useRollbackServer } from "../helpers/neo4j.js";
import { token } from "../helpers/jwt.js";

// Each test on its own rolled-back transaction, with a server that takes the tests' tokens.
const t = useRollbackServer();
const ask = t.ask;
const days = async (): Promise<Record<string, string>> => {
    const { records } = await t.tx.run("MATCH ()-[r:REPORTED_IN]->() RETURN r.snapshot AS s, min(r.validFrom) AS d");
    return Object.fromEntries(records.map((r) => [r.get("s"), r.get("d")]));
};

describe("as of a day, beyond the gaps", () => {
    it("the matrix's statuses on each snapshot's day are that snapshot's column, totals included", async () => {
        const d = await days();
        for (const [snapshot, field, total] of [["Y2022", "y2022", "total2022"], ["JUNE_2023", "june2023", "totalJune2023"]] as const) {
            const m = (await ask(`query($d: Date) { connectionMatrix(tier: PROVINCE, asOf: $d) { asOf era assets { id ${total} totalAsOf } rows { id totalAsOf ${total} asOfStatuses cells { ${field} asOf } } } }`, { d: d[snapshot] })).connectionMatrix;
            expect(m).toMatchObject({ asOf: d[snapshot], era: "E2023" });
            for (const c of m.assets) expect(c.totalAsOf, `${snapshot} ${c.id}`).toBe(c[total]);
            for (const r of m.rows) {
                expect(r.totalAsOf).toBe(r[total]);
                expect(r.asOfStatuses).toEqual(r.cells.map((c: Record<string, unknown>) => c[field] ?? null));
            }
        }
    });

    it("an asset's connected agencies as of a day are those with a link valid then", async () => {
        const d = await days();
        const { records } = await t.tx.run("MATCH (a:Agency)-[c:CONNECTED_TO {snapshot: 'Y2022'}]->(:Asset {id: 'asset:001:2'}) RETURN count(DISTINCT a) AS n");
        const expected = records[0]!.get("n").toNumber();
        const r = (await ask(`query($d: Date) { assetImpact(asset: "asset:001:2", asOf: $d) { asOf connectedAgencyCount connectedAgencies { snapshots } } }`, { d: d.Y2022 })).assetImpact;
        expect(r.connectedAgencyCount).toBe(expected);
        for (const a of r.connectedAgencies) expect(a.snapshots).toEqual(["Y2022"]);
        const now = (await ask(`{ assetImpact(asset: "asset:001:2") { connectedAgencyCount } }`)).assetImpact;
        expect(now.connectedAgencyCount).toBeGreaterThan(expected);
    });

    it("changesBetween on the two snapshots' days is their snapshotDiff, for every tier and era", async () => {
        const d = await days();
        for (const [tier, era] of [["PROVINCE", "E2023"], ["MINISTRY_OR_AGENCY", "E2023"], ["PROVINCE", "E2025"]] as const) {
            const diff = (await ask(`query($t: Tier!, $e: Era!) { snapshotDiff(from: Y2022, to: JUNE_2023, tier: $t, era: $e, includeContinued: true) { counts { change count } changes { agencyId assetId change fromStatus toStatus } } }`, { t: tier, e: era })).snapshotDiff;
            const between = (await ask(`query($f: Date!, $to: Date!, $t: Tier!, $e: Era) { changesBetween(from: $f, to: $to, tier: $t, era: $e, includeContinued: true) { from to era counts { change count } changes { agencyId assetId change fromStatus toStatus } } }`, { f: d.Y2022, to: d.JUNE_2023, t: tier, e: era })).changesBetween;
            expect(between).toMatchObject({ from: d.Y2022, to: d.JUNE_2023, era });
            expect(between.counts, `${tier} ${era}`).toEqual(diff.counts);
            expect(between.changes).toEqual(diff.changes);
        }
        const back = await t.post(`query($f: Date!, $to: Date!) { changesBetween(from: $f, to: $to) { from } }`, { f: d.JUNE_2023, to: d.Y2022 });
        expect(back.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "to" });
    });
});

describe("history(node)", () => {
    it("an agency's timeline: its connections on each snapshot's day, recorded at the load, each cited", async () => {
        const d = await days();
        const h = (await ask(`{ history(node: "da nang") { id type recordedAt total entries { kind relationship otherId validFrom recordedAt snapshot status citation { documentId section locator } changeRecord { id } } } }`)).history;
        expect(h).toMatchObject({ id: "province:da-nang", type: "Agency" });
        const connections = h.entries.filter((e: { kind: string }) => e.kind === "CONNECTION");
        expect(connections.length).toBeGreaterThan(10);
        for (const e of connections) {
            expect(e.validFrom).toBe(d[e.snapshot]);
            expect(e.recordedAt).toBeTruthy();
            expect(e.citation.documentId).toBe("001");
            expect(e.changeRecord).toBeNull();
        }
        const validDays = h.entries.map((e: { validFrom: string | null }) => e.validFrom).filter(Boolean);
        expect(validDays).toEqual([...validDays].sort());
        expect(h.entries.some((e: { kind: string }) => e.kind === "SUCCESSION")).toBe(true);
    });

    it("an edit appears with its change record; an imported fact with the import's", async () => {
        const editor = { authorization: `Bearer ${await token("editor-h", ["editor"])}` };
        const created = await ask(`mutation Add { createNotes(input: [{ text: "first", agencies: { connect: [{ where: { node: { id: { eq: "province:da-nang" } } } }] } }]) { notes { id } } }`, undefined, editor);
        const id = created.createNotes.notes[0].id;
        await ask(`mutation Fix($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { text: { set: "second" } }) { notes { id } } }`, { id }, editor);
        const note = (await ask(`query($id: String!) { history(node: $id) { type entries { kind recordedAt changeRecord { actor operation fields } } } }`, { id })).history;
        expect(note.type).toBe("Note");
        const edits = note.entries.filter((e: { kind: string }) => e.kind === "EDIT");
        expect(edits.map((e: { changeRecord: { operation: string } }) => e.changeRecord.operation)).toEqual(["Add", "Fix"]);
        expect(edits.every((e: { changeRecord: { actor: string } }) => e.changeRecord.actor === "editor-h")).toBe(true);
        await ask(`mutation Imp($csv: String!) { importConnections(fileName: "h-2024.csv", csv: $csv) { documentId } }`, { csv: "agency,asset,snapshot,status\nĐà Nẵng,7,Y2024,OFFICIAL\n" }, editor);
        const agency = (await ask(`{ history(node: "province:da-nang") { entries { kind snapshot validFrom changeRecord { operation actor } citation { section } } } }`)).history;
        const imported = agency.entries.find((e: { kind: string; snapshot: string }) => e.kind === "CONNECTION" && e.snapshot === "Y2024");
        expect(imported).toMatchObject({ validFrom: "2024-12-31", changeRecord: { operation: "Imp", actor: "editor-h" }, citation: { section: "h-2024.csv" } });
    });

    it("refuses an unknown node with the closest names", async () => {
        const r = await t.post(`{ history(node: "Tỉnh Không Có") { id } }`);
        expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        const byId = await t.post(`{ history(node: "agency:no-such") { id } }`);
        expect(byId.errors?.[0]?.message).toMatch(/no node has the id/);
    });
});
