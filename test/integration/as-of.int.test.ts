// Asking as of a date (issue 30): on each snapshot's day the answer is that snapshot's; between two
// snapshot days it is the earlier one's; the map changes on the day the mergers took effect; `knownAt`
// just before an import gives the answer from before it; bad dates are refused with a reason. The
// snapshot days are read from the graph (each report column's stated day), never typed here.
import { describe, expect, it } from "vitest";
import { useRollbackServer } from "../helpers/neo4j.js";
import { token } from "../helpers/jwt.js";

// Each test on its own rolled-back transaction, with a server that takes the tests' tokens.
const t = useRollbackServer();
const ask = t.ask;
const GAPS = `query($asset: String!, $tier: Tier!, $status: RequiredStatus!, $snapshot: Snapshot, $asOf: Date, $knownAt: DateTime, $era: Era) {
    coverageGaps(asset: $asset, tier: $tier, status: $status, snapshot: $snapshot, asOf: $asOf, knownAt: $knownAt, era: $era) {
        asOf era checked total gaps { id has { snapshot status } } rolledUp { id coverage } coverageCounts { coverage count } } }`;
const ids = (r: Record<string, any>): string[] => r.coverageGaps.gaps.map((g: { id: string }) => g.id);

/** Each snapshot of the reports with the day its column states, from the graph. */
async function snapshotDays(): Promise<Map<string, string>> {
    const { records } = await t.tx.run("MATCH ()-[r:REPORTED_IN]->() RETURN r.snapshot AS s, min(r.validFrom) AS d");
    return new Map(records.map((r) => [r.get("s") as string, r.get("d") as string]));
}

const dayAfter = (d: string, n = 1): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("coverage gaps as of a day", () => {
    it("on each snapshot's day equal that snapshot's answer, for every asset", async () => {
        const days = await snapshotDays();
        expect([...days.keys()].sort()).toEqual(["JUNE_2023", "Y2022"]);
        const { assets } = await ask(`{ assets(where: { number: { gte: 1 } }) { id } }`);
        for (const { id } of assets as { id: string }[]) {
            for (const [snapshot, day] of days) {
                const bySnapshot = await ask(GAPS, { asset: id, tier: "PROVINCE", status: "ANY", snapshot });
                const asOf = await ask(GAPS, { asset: id, tier: "PROVINCE", status: "ANY", asOf: day });
                expect(ids(asOf), `${id} on ${day}`).toEqual(ids(bySnapshot));
                expect(asOf.coverageGaps).toMatchObject({ asOf: day, era: "E2023" });
            }
        }
    });

    it("between two snapshot days the earlier one holds; an official link is asked of the 2022 column only", async () => {
        const days = await snapshotDays();
        const y2022 = await ask(GAPS, { asset: "asset:001:2", tier: "PROVINCE", status: "OFFICIAL", snapshot: "Y2022" });
        const between = await ask(GAPS, { asset: "asset:001:2", tier: "PROVINCE", status: "OFFICIAL", asOf: dayAfter(days.get("Y2022")!, 30) });
        expect(ids(between)).toEqual(ids(y2022));
        const june = await t.post(GAPS, { asset: "asset:001:2", tier: "PROVINCE", status: "OFFICIAL", asOf: days.get("JUNE_2023") });
        expect(june.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "status" });
    });

    it("uses the 63 provinces until 30 June 2025 and the 34 from 1 July 2025", async () => {
        const before = await ask(GAPS, { asset: "asset:001:2", tier: "PROVINCE", status: "ANY", asOf: "2025-06-30" });
        const after = await ask(GAPS, { asset: "asset:001:2", tier: "PROVINCE", status: "ANY", asOf: "2025-07-01" });
        expect(before.coverageGaps).toMatchObject({ era: "E2023", checked: 63 });
        expect(after.coverageGaps).toMatchObject({ era: "E2025", checked: 34 });
        // An era asked for explicitly wins over the map in force.
        const asked = await ask(GAPS, { asset: "asset:001:2", tier: "PROVINCE", status: "ANY", asOf: "2025-07-01", era: "E2023" });
        expect(asked.coverageGaps).toMatchObject({ era: "E2023", checked: 63 });
        // Ministries were restructured on 1 March 2025.
        const ministries = await ask(GAPS, { asset: "asset:001:2", tier: "MINISTRY_OR_AGENCY", status: "ANY", asOf: "2025-03-01" });
        expect(ministries.coverageGaps.era).toBe("E2025");
    });

    it("known at an instant just before an import, the answer is the one from before it", async () => {
        const editor = { authorization: `Bearer ${await token("editor-30", ["editor"])}` };
        const q = { asset: "asset:001:2", tier: "PROVINCE", status: "ANY", era: "E2023", asOf: dayAfter(new Date().toISOString().slice(0, 10), -1) };
        const before = await ask(GAPS, q);
        expect(ids(before)).toContain("province:dak-lak");
        const beforeImport = new Date().toISOString();
        await new Promise((r) => setTimeout(r, 20));
        await ask(`mutation($csv: String!) { importConnections(fileName: "as-of-2024.csv", csv: $csv) { created } }`, { csv: "agency,asset,snapshot,status\nĐắk Lắk,2,Y2024,OFFICIAL\n" }, editor);
        const now = await ask(GAPS, q);
        expect(ids(now)).not.toContain("province:dak-lak");
        const known = await ask(GAPS, { ...q, knownAt: beforeImport });
        expect(ids(known)).toEqual(ids(before));
    });

    it("refuses a malformed day, a day after today, a day before the first fact, and knownAt before the first load", async () => {
        const days = await snapshotDays();
        const first = [...days.values()].sort()[0]!;
        const base = { asset: "asset:001:2", tier: "PROVINCE", status: "ANY" };
        for (const bad of ["2023-02-30", "30/06/2023", "yesterday"]) {
            const malformed = await t.post(GAPS, { ...base, asOf: bad });
            expect(malformed.errors?.[0]?.extensions?.code, `${bad}: ${JSON.stringify(malformed.errors)}`).toMatch(/BAD_USER_INPUT/);
        }
        const future = await t.post(GAPS, { ...base, asOf: "2999-01-01" });
        expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "asOf" });
        expect(future.errors?.[0]?.message).toMatch(/after today/);
        const early = await t.post(GAPS, { ...base, asOf: dayAfter(first, -1) });
        expect(early.errors?.[0]?.message).toMatch(new RegExp(`before the first fact the graph holds \\(${first}\\)`));
        const unknown = await t.post(GAPS, { ...base, knownAt: "2001-01-01T00:00:00Z" });
        expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "knownAt" });
        const both = await t.post(GAPS, { ...base, snapshot: "Y2022", asOf: first });
        expect(both.errors?.[0]?.extensions?.argumentName).toBe("asOf");
    });
});

describe("asset impact as of a day: each link ends at its agency's next snapshot", () => {
    const IMPACT = `query($asset: String!, $asOf: Date, $knownAt: DateTime) { assetImpact(asset: $asset, asOf: $asOf, knownAt: $knownAt) { connectedAgencyCount connectedAgencies { id } } }`;
    const agencies = async (asset: string, v: Record<string, unknown>): Promise<string[]> =>
        (await ask(IMPACT, { asset, ...v })).assetImpact.connectedAgencies.map((a: { id: string }) => a.id);

    it("a later snapshot that does not repeat a link ends it on its day, and knownAt before that snapshot's import still sees it", async () => {
        const editor = { authorization: `Bearer ${await token("editor-30b", ["editor"])}` };
        // A national database Đắk Lắk was connected to in the reports, other than the one the import repeats.
        const days = await snapshotDays();
        const { records } = await t.tx.run("MATCH (:Agency {id: 'province:dak-lak'})-[c:CONNECTED_TO {snapshot: 'JUNE_2023'}]->(s:Asset) WHERE s.id <> 'asset:001:2' RETURN s.id AS id, c.validTo AS validTo ORDER BY id LIMIT 1");
        const asset = records[0]!.get("id") as string;
        // The reports' load gave each link its end: a June 2023 link is open (no later snapshot of the
        // province), a 2022 link ends on the June 2023 column's day.
        expect(records[0]!.get("validTo")).toBe("9999-12-31");
        const y2022 = await t.tx.run("MATCH (:Agency {id: 'province:dak-lak'})-[c:CONNECTED_TO {snapshot: 'Y2022'}]->() RETURN collect(DISTINCT c.validTo) AS ends");
        expect(y2022.records[0]!.get("ends")).toEqual([days.get("JUNE_2023")]);
        const yesterday = dayAfter(new Date().toISOString().slice(0, 10), -1);
        expect(await agencies(asset, { asOf: yesterday })).toContain("province:dak-lak");
        const beforeImport = new Date().toISOString();
        await new Promise((r) => setTimeout(r, 20));
        await ask(`mutation($csv: String!) { importConnections(fileName: "as-of-impact-2024.csv", csv: $csv) { created } }`, { csv: "agency,asset,snapshot,status\nĐắk Lắk,2,Y2024,OFFICIAL\n" }, editor);
        const ended = await t.tx.run("MATCH (:Agency {id: 'province:dak-lak'})-[c:CONNECTED_TO {snapshot: 'JUNE_2023'}]->(:Asset {id: $asset}) RETURN c.validTo AS validTo, c.closedAt AS closedAt", { asset });
        const end = ended.records[0]!.get("validTo") as string;
        expect(end).toMatch(/^2024-/);
        expect(ended.records[0]!.get("closedAt") > beforeImport).toBe(true);
        // From the Y2024 snapshot's day the link is gone; the day before it still holds.
        expect(await agencies(asset, { asOf: yesterday })).not.toContain("province:dak-lak");
        expect(await agencies(asset, { asOf: end })).not.toContain("province:dak-lak");
        expect(await agencies(asset, { asOf: dayAfter(end, -1) })).toContain("province:dak-lak");
        // Known just before the import, the snapshot that ends the link was not known: the link holds.
        expect(await agencies(asset, { asOf: yesterday, knownAt: beforeImport })).toContain("province:dak-lak");
        // The repeated link is open from the new snapshot's day.
        expect(await agencies("asset:001:2", { asOf: yesterday })).toContain("province:dak-lak");
    });
});
