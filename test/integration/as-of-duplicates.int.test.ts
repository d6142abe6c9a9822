// duplicateCandidates as of a day (issue 30): only the local items listed by then take part — an
// imported inventory's entries from the day of their file, the open datasets from their report's date —
// and `knownAt` before an import gives the answer from before it. The days are read from the graph and
// the clock, never typed here; the inventory is the dev fixture, imported inside a rolled-back scope.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { useRollbackServer } from "../helpers/neo4j.js";
import { token } from "../helpers/jwt.js";

const FILE = path.join(PROJECT_ROOT, "test/fixtures/duplicates/inventory-dev.import.csv");
// One rolled-back transaction for the file: the import of the first tests is there for the later ones.
const t = useRollbackServer({ per: "file" });
const ask = t.ask;
type Row = { itemId: string; sourceType: string; kind: string; databaseId: string; score: number };
const CANDIDATES = `query($asOf: Date, $knownAt: DateTime, $era: Era) { duplicateCandidates(asOf: $asOf, knownAt: $knownAt, era: $era, minScore: 0) {
    asOf era total candidates { itemId sourceType kind databaseId score } } }`;
const candidates = async (v: Record<string, unknown> = {}) => (await ask(CANDIDATES, v)).duplicateCandidates as { asOf: string | null; era: string; total: number; candidates: Row[] };
const key = (r: Row) => `${r.itemId}|${r.kind}|${r.databaseId}|${r.score}`;
const dayBefore = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const todayVn = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe("duplicate candidates as of a day", () => {
    it("before the datasets' report there are none of its datasets; from it on, the answer is today's", async () => {
        const { records } = await t.tx.run("MATCH (:Agency)-[:RESPONSIBLE_FOR]->(:Dataset)-[:FROM_SOURCE]->(d:SourceDocument) RETURN DISTINCT substring(d.issued, 0, 10) AS day");
        const days = records.map((r) => r.get("day") as string).sort();
        expect(days.length).toBeGreaterThan(0);
        const all = await candidates();
        expect(all.asOf).toBeNull();
        expect(all.candidates.some((c) => c.sourceType === "DATASET")).toBe(true);
        // A month-only date ("2023-08") holds from the month's first day.
        const first = days[0]!.length === 7 ? `${days[0]}-01` : days[0]!;
        const before = await candidates({ asOf: dayBefore(first) });
        expect(before.asOf).toBe(dayBefore(first));
        expect(before.candidates.filter((c) => c.sourceType === "DATASET")).toEqual([]);
        const today = await candidates({ asOf: todayVn() });
        expect(today.candidates.map(key)).toEqual(all.candidates.map(key));
    });

    it("an imported inventory counts from the day of its file; knownAt just before the import gives the answer from before it", async () => {
        const before = await candidates();
        const beforeImport = new Date().toISOString();
        await new Promise((r) => setTimeout(r, 20));
        const editor = { authorization: `Bearer ${await token("editor-30-dup", ["editor"])}` };
        const imported = await ask(`mutation($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries } }`, { f: path.basename(FILE), c: readFileSync(FILE, "utf8") }, editor);
        expect(imported.importInventory.entries).toBeGreaterThan(0);
        const after = await candidates();
        const added = after.candidates.filter((c) => c.sourceType === "INVENTORY_ENTRY");
        expect(added.length).toBeGreaterThan(0);
        // Known just before the import: exactly the earlier answer.
        const known = await candidates({ knownAt: beforeImport });
        expect(known.candidates.map(key)).toEqual(before.candidates.map(key));
        // As of the day before the file's day: its entries were not listed yet.
        const { records } = await t.tx.run("MATCH (e:InventoryEntry) RETURN min(e.validFrom) AS d");
        const fileDay = records[0]!.get("d") as string;
        const yesterday = await candidates({ asOf: dayBefore(fileDay) });
        expect(yesterday.candidates.filter((c) => c.sourceType === "INVENTORY_ENTRY")).toEqual([]);
        const onTheDay = await candidates({ asOf: fileDay });
        expect(onTheDay.candidates.map(key)).toEqual(after.candidates.map(key));
    });

    it("names agencies on the map in force that day unless an era is asked for", async () => {
        const { records } = await t.tx.run("MATCH (:Agency {kind: 'PROVINCE', era: 2023})-[s:SUCCEEDED_BY]->() RETURN max(s.effective) AS d");
        const effective = records[0]!.get("d") as string;
        expect((await candidates({ asOf: dayBefore(effective) })).era).toBe("E2023");
        expect((await candidates({ asOf: effective })).era).toBe("E2025");
        expect((await candidates({ asOf: effective, era: "E2023" })).era).toBe("E2023");
    });

    it("refuses a malformed day and a day after today", async () => {
        for (const bad of ["2023-13-01", "tomorrow", "2999-01-01"]) {
            const r = await t.post(CANDIDATES, { asOf: bad });
            expect(r.errors?.[0]?.extensions?.code, bad).toBe("BAD_USER_INPUT");
        }
    });
});
