// The missing-database questions on the seed plus the example inventories (examples/imports/): what a
// planner asks — which kinds a province lacks against its peers and against a reference catalogue, the
// heatmap, the catalogue's quality, responsibility conflicts — with every expectation derived from the
// example files and the API's own kinds, never typed here. The imports run inside a rolled-back scope.
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { readCsv } from "../../lib/csv.js";
import { agencyKey } from "../../lib/text.js";
import { useRollbackServer } from "../helpers/neo4j.js";
import { token } from "../helpers/jwt.js";
import { createDb } from "../../src/db/run.js";
import { loadQueries } from "../../src/db/queries.js";
import { exportReferenceCatalogues, replayReferenceCatalogue } from "../../src/modules/inventory/ingest/reference-export.js";

const EX = path.join(PROJECT_ROOT, "examples/imports");
const PROVINCES = "inventory-provinces-sample.csv";
const text = (f: string): string => readFileSync(path.join(EX, f), "utf8");
// One rolled-back transaction for the file: the imports of the first tests are there for the later ones.
const t = useRollbackServer({ per: "file" });
let auth: Record<string, string>;
beforeAll(async () => {
    auth = { authorization: `Bearer ${await token("missing-test", ["editor"])}` };
});

const post = t.post;
const ask = async (query: string, variables?: Record<string, unknown>) => {
    const r = await post(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
};
const importInventory = (f: string) => post(`mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries created } }`, { f, c: text(f) }, auth);
const IMPORT_REFERENCE = `mutation ($f: String!, $c: String!, $e: FileEncoding! = TEXT) { importReferenceCatalogue(fileName: $f, content: $c, encoding: $e) { documentId format rows created updated unchanged } }`;
const importReference = (f: string, c: string, e = "TEXT") => post(IMPORT_REFERENCE, { f, c, e }, auth);

type Ref = { id: string; name: string };
type KindItem = { itemId: string; itemName: string; accountable: Ref; agency: Ref; source: { file: string | null; locator: string } };
type Kind = { id: string; label: string; basis: string; agencyCount: number; items: KindItem[] };
type Missing = { agency: Ref; kind: Kind | null; reference: { kind: string } | null; label: string; state: string; verdict: string; peers: number; peersKeeping: number; peerShare: number; keepingPeers: Ref[]; examples: KindItem[] };
const ITEM = "itemId itemName accountable { id name } agency { id name } source { file locator }";
const KIND = `id label basis agencyCount items(limit: 5000) { ${ITEM} }`;
const MISSING = `query ($agency: String, $basis: MissingBasis! = PEERS, $share: Float! = 0.75, $asOf: Date, $knownAt: DateTime, $era: Era, $kind: String) {
  missingDatabases(agency: $agency, tier: PROVINCE, basis: $basis, minPeerShare: $share, asOf: $asOf, knownAt: $knownAt, era: $era, kind: $kind, limit: null) {
    basis era asOf minPeerShare judged tooFewPeers total
    missing { agency { id name } kind { ${KIND} } reference { kind } label state verdict peers peersKeeping peerShare keepingPeers { id name } examples { ${ITEM} } } } }`;
const missing = async (v: Record<string, unknown> = {}) => (await ask(MISSING, v)).missingDatabases as { judged: number; total: number; era: string; asOf: string | null; missing: Missing[] };

/** The example file's rows, and the province each belongs to (its name's last words, as agencyKey reads them). */
const exampleRows = readCsv(text(PROVINCES)).slice(1).map((r) => ({ line: r.line, agency: r.cells[0]!, name: r.cells[1]!, status: r.cells[3]! }));
const PROVINCE_NAMES = ["Lào Cai", "Yên Bái", "Thái Nguyên", "Hà Tĩnh", "Quảng Nam", "An Giang"];
const provinceOfRow = (agency: string): string => PROVINCE_NAMES.find((p) => agencyKey(agency).endsWith(agencyKey(p)))!;

describe("missing databases on the seed plus the example inventories", () => {
    it("imports the example inventories (the forms provinces write: abbreviations, empty statuses, a provincial centre)", async () => {
        for (const f of ["inventory-sample.csv", PROVINCES]) {
            const r = await importInventory(f);
            expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
            expect(r.data!.importInventory.entries).toBe(readCsv(text(f)).length - 1);
        }
        // Every example province now has a catalogue of its tier.
        const q = await ask(`{ catalogueQuality(tier: PROVINCE, limit: null) { catalogues { agency { name } entries } } }`);
        const names = (q.catalogueQuality.catalogues as { agency: { name: string } }[]).map((c) => agencyKey(c.agency.name));
        for (const p of PROVINCE_NAMES) expect(names.some((n) => n.endsWith(agencyKey(p)))).toBe(true);
    });

    it("against peers: each kind reported is one the province lacks and that at least the share of its peers keep; national kinds are links to use", async () => {
        const m = await missing();
        expect(m.total).toBeGreaterThan(0);
        expect(m.era).toBe("E2023");
        for (const r of m.missing) {
            expect(r.kind).not.toBeNull();
            // The province keeps no item of the kind (neither it nor its departments).
            expect(r.kind!.items.some((i) => i.accountable.id === r.agency.id)).toBe(false);
            expect(r.peersKeeping / r.peers).toBeGreaterThanOrEqual(0.75);
            expect(r.peerShare).toBeCloseTo(r.peersKeeping / r.peers, 3);
            // Rare kinds are never reported.
            expect(r.peersKeeping).toBeGreaterThanOrEqual(3);
            expect(r.verdict).toBe(r.kind!.basis === "NATIONAL" ? "USE_NATIONAL" : "LOCAL_DATABASE");
            // Each keeping peer keeps an item of the kind; the examples cite their files.
            const keepers = new Set(r.kind!.items.map((i) => i.accountable.id));
            for (const p of r.keepingPeers) expect(keepers.has(p.id)).toBe(true);
            for (const e of r.examples) expect(e.source.locator).toBeTruthy();
        }
    });

    it("a kind kept by every other example province but one is missing for the one without it (derived from the example's kinds)", async () => {
        const m = await missing();
        const kinds = (await ask(`{ databaseKinds(limit: null) { kinds { ${KIND} } } }`)).databaseKinds.kinds as Kind[];
        const byProvince = (k: Kind) => new Set(k.items.filter((i) => i.source.file === PROVINCES).map((i) => provinceOfRow(i.agency.name)).filter(Boolean));
        const judged = new Set(m.missing.map((r) => r.agency.id));
        let checked = 0;
        for (const k of kinds) {
            const kept = byProvince(k);
            if (kept.size !== PROVINCE_NAMES.length - 1) continue;
            const lacking = PROVINCE_NAMES.find((p) => !kept.has(p))!;
            const rows = m.missing.filter((r) => r.kind?.id === k.id && agencyKey(r.agency.name).endsWith(agencyKey(lacking)));
            const row = rows[0];
            // Reported unless an official link to the national database makes it VIA_NATIONAL, or its peers beyond the example keep it less.
            if (!row) continue;
            expect(row.peersKeeping).toBeGreaterThanOrEqual(kept.size);
            checked += 1;
        }
        expect(checked + judged.size).toBeGreaterThan(0);
    });

    it("one province, one kind by its label; the heatmap agrees with missingDatabases", async () => {
        const all = await missing();
        const first = all.missing[0]!;
        const one = await missing({ agency: first.agency.name, kind: first.kind!.label });
        expect(one.missing.map((r) => `${r.agency.id}|${r.kind!.id}`)).toEqual([`${first.agency.id}|${first.kind!.id}`]);
        const h = (await ask(`{ kindHeatmap(tier: PROVINCE, limit: 5000) { kinds { id } rows { agency { id } states } } }`)).kindHeatmap as { kinds: { id: string }[]; rows: { agency: { id: string }; states: (string | null)[] }[] };
        const row = h.rows.find((r) => r.agency.id === first.agency.id)!;
        const col = h.kinds.findIndex((k) => k.id === first.kind!.id);
        expect(row.states[col]).toBe("MISSING");
        const missingCells = h.rows.flatMap((r) => r.states.map((s, i) => (s === "MISSING" ? `${r.agency.id}|${h.kinds[i]!.id}` : null))).filter(Boolean).sort();
        expect(missingCells).toEqual(all.missing.map((r) => `${r.agency.id}|${r.kind!.id}`).sort());
    });

    it("on the 2025 map a unit keeps a kind when any of its 2023 parts does", async () => {
        const m = await missing({ era: "E2025" });
        expect(m.era).toBe("E2025");
        const h = (await ask(`{ kindHeatmap(tier: PROVINCE, era: E2025, limit: 5000) { kinds { id } rows { agency { id } parts { id } states } } }`)).kindHeatmap as { kinds: { id: string }[]; rows: { agency: { id: string }; parts: { id: string }[]; states: (string | null)[] }[] };
        for (const r of m.missing) {
            const partIds = new Set(h.rows.find((x) => x.agency.id === r.agency.id)!.parts.map((p) => p.id));
            expect(r.kind!.items.some((i) => partIds.has(i.accountable.id))).toBe(false);
        }
    });

    it("as of the day before the import, and known before it, the example provinces have no catalogue", async () => {
        const { records } = await t.tx.run("MATCH (e:InventoryEntry {file: $f}) RETURN min(e.validFrom) AS day, min(e.recordedAt) AS at", { f: PROVINCES });
        const day = String(records[0]!.get("day")).slice(0, 10);
        const at = String(records[0]!.get("at"));
        const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        const quality = async (v: Record<string, unknown>) =>
            ((await ask(`query ($asOf: Date, $knownAt: DateTime) { catalogueQuality(tier: PROVINCE, asOf: $asOf, knownAt: $knownAt, limit: null) { asOf catalogues { agency { name } } } }`, v)).catalogueQuality as { asOf: string | null; catalogues: { agency: { name: string } }[] });
        const has = (q: { catalogues: { agency: { name: string } }[] }) => q.catalogues.some((c) => agencyKey(c.agency.name).endsWith(agencyKey("Lào Cai")));
        expect(has(await quality({}))).toBe(true);
        const asOf = await quality({ asOf: before });
        expect(asOf.asOf).toBe(before);
        expect(has(asOf)).toBe(false);
        expect(has(await quality({ knownAt: new Date(Date.parse(at) - 1000).toISOString() }))).toBe(false);
        expect((await missing({ knownAt: new Date(Date.parse(at) - 1000).toISOString() })).missing.some((r) => agencyKey(r.agency.name).endsWith(agencyKey("Lào Cai")))).toBe(false);
    });
});

describe("catalogue quality and responsibility conflicts", () => {
    type Entry = { itemName: string; phrase: string | null; reason: string; source: { file: string | null; locator: string } };
    const quality = async () =>
        (await ask(`{ catalogueQuality(tier: PROVINCE, limit: null) { reported { min max } catalogues { agency { name } entries size { entries peers percentile min max }
            unstructured { itemName phrase reason source { file locator } } withoutStatus { itemName phrase reason source { file locator } } } } }`)).catalogueQuality as {
            reported: { min: number; max: number };
            catalogues: { agency: { name: string }; entries: number; size: { entries: number; peers: number; percentile: number | null; min: number | null; max: number | null }; unstructured: Entry[]; withoutStatus: Entry[] }[];
        };

    it("entries without a status are every example row with an empty status, flagged with their row", async () => {
        const q = await quality();
        const flagged = q.catalogues.flatMap((c) => c.withoutStatus).filter((e) => e.source.file === PROVINCES).map((e) => e.source.locator).sort();
        expect(flagged).toEqual(exampleRows.filter((r) => r.status === "").map((r) => `row ${r.line}`).sort());
    });

    it("the portal and the document entry are flagged unstructured with the phrase and its reason; structured registers are not", async () => {
        const q = await quality();
        const unstructured = q.catalogues.flatMap((c) => c.unstructured).filter((e) => e.source.file === PROVINCES);
        const names = unstructured.map((e) => e.itemName);
        for (const r of exampleRows.filter((x) => /^(Cổng thông tin|Trang thông tin|CSDL văn bản)/.test(x.name))) expect(names).toContain(r.name);
        for (const e of unstructured) {
            expect(e.phrase).toBeTruthy();
            expect(e.reason.length).toBeGreaterThan(10);
        }
        expect(names.some((n) => /hộ tịch|giáo dục|di tích/.test(n))).toBe(false);
        expect(q.reported.min).toBeLessThan(q.reported.max);
        for (const c of q.catalogues) {
            expect(c.size.entries).toBe(c.entries);
            if (c.size.peers > 0) expect(c.size.percentile).toBeGreaterThanOrEqual(0);
        }
    });

    it("two agencies of one province listing one kind as their own are a conflict, with both entries as evidence", async () => {
        const c = (await ask(`{ responsibilityConflicts(tier: PROVINCE, limit: null) { total conflicts { scope { name } kind { label } agencies { id name } items { ${ITEM} } reason } } }`)).responsibilityConflicts as {
            conflicts: { scope: { name: string } | null; kind: { label: string }; agencies: Ref[]; items: KindItem[]; reason: string }[];
        };
        const anGiang = c.conflicts.filter((x) => x.scope && agencyKey(x.scope.name).endsWith(agencyKey("An Giang")));
        // The example's centre and its department both list environmental monitoring.
        const rows = exampleRows.filter((r) => provinceOfRow(r.agency) === "An Giang" && /quan trắc/.test(r.name)).map((r) => `row ${r.line}`);
        expect(rows.length).toBe(2);
        const found = anGiang.find((x) => rows.every((row) => x.items.some((i) => i.source.file === PROVINCES && i.source.locator === row)));
        expect(found, JSON.stringify(anGiang)).toBeDefined();
        expect(new Set(found!.items.map((i) => i.agency.id)).size).toBeGreaterThanOrEqual(2);
        for (const x of c.conflicts) expect(new Set(x.items.map((i) => i.agency.id)).size).toBeGreaterThanOrEqual(2);
    });
});

describe("against a reference catalogue", () => {
    const referenceRows = readCsv(text("reference-sample.csv")).slice(1);

    it("before any reference catalogue, basis REFERENCE says to import one", async () => {
        const r = await post(MISSING, { basis: "REFERENCE" });
        expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(r.errors?.[0]?.message).toMatch(/reference catalogue/);
    });

    it("a reference file with bad rows is refused whole, every bad row listed, nothing written", async () => {
        const bad = `kind,description,applies_to,responsible,legal_basis\nCSDL hộ tịch,,tỉnh,Sở Tư pháp,\n,,tỉnh,,\nCSDL giáo dục,,hành tinh,,\nCSDL y tế,,tỉnh,Sở Không Có,\nCSDL hộ tịch,,tỉnh,Sở Tư pháp,\n`;
        const r = await importReference("bad-reference.csv", bad);
        expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(r.errors![0]!.message).toContain("bad-reference.csv");
        const rows = (r.errors![0]!.extensions as { rows: { row: number; message: string }[] }).rows;
        // Row 2 is good; 3 has no kind, 4 an unknown tier, 5 an unknown responsible agency, 6 repeats row 2.
        expect(rows.map((x) => x.row)).toEqual([3, 4, 5, 6]);
        expect(rows[0]!.message).toMatch(/kind is empty/);
        expect(rows[1]!.message).toMatch(/applies_to "hành tinh"/);
        expect(rows[2]!.message).toMatch(/responsible "Sở Không Có"/);
        expect(rows[3]!.message).toMatch(/duplicate of row 2/);
        expect((await ask(`{ referenceKinds { id } }`)).referenceKinds).toEqual([]);
    });

    it("imports the example reference catalogue (CSV); the same file again changes nothing; JSON and XLSX give the same rows", async () => {
        const first = await importReference("reference-sample.csv", text("reference-sample.csv"));
        expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
        expect(first.data!.importReferenceCatalogue).toMatchObject({ format: "CSV", rows: referenceRows.length, created: referenceRows.length, updated: 0 });
        const again = await importReference("reference-sample.csv", text("reference-sample.csv"));
        expect(again.data!.importReferenceCatalogue).toMatchObject({ rows: referenceRows.length, created: 0, updated: 0, unchanged: referenceRows.length });
        const json = await importReference("reference-sample.json", text("reference-sample.json"));
        expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
        expect(json.data!.importReferenceCatalogue).toMatchObject({ format: "JSON", rows: referenceRows.length, created: 0, updated: 0 });
        const { referenceWorkbook } = await import("../../examples/imports/make-xlsx.js");
        const xlsx = await referenceWorkbook(text("reference-sample.csv"));
        const wb = await importReference("reference-sample.xlsx", Buffer.from(xlsx).toString("base64"), "BASE64");
        expect(wb.errors, JSON.stringify(wb.errors)).toBeUndefined();
        expect(wb.data!.importReferenceCatalogue).toMatchObject({ format: "XLSX", rows: referenceRows.length, created: 0, updated: 0 });
        const kinds = (await ask(`{ referenceKinds { kind appliesToTier source { file locator } } }`)).referenceKinds as { kind: string; appliesToTier: string | null }[];
        expect(kinds.map((k) => k.kind).sort()).toEqual(referenceRows.map((r) => r.cells[0]!).sort());
    });

    it("npm run export writes each reference catalogue as it came in; replaying it changes nothing", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "reference-export-"));
        mkdirSync(path.join(dir, "imports"));
        const db = createDb(t.tx, loadQueries());
        const exported = await exportReferenceCatalogues(db, dir);
        expect(exported.map((e) => e.name).sort()).toEqual(["reference-sample.csv", "reference-sample.json", "reference-sample.xlsx"]);
        for (const e of exported.filter((x) => x.name !== "reference-sample.xlsx")) {
            expect(e.form).toBe("original");
            expect(readFileSync(path.join(dir, e.file), "utf8")).toBe(text(e.name));
            const again = await replayReferenceCatalogue(db, e, dir);
            expect(again).toMatchObject({ documentId: e.documentId, created: 0, updated: 0, unchanged: referenceRows.length });
        }
    });

    it("basis REFERENCE: each row is a reference kind the province's catalogue lacks", async () => {
        const m = await missing({ basis: "REFERENCE" });
        expect(m.total).toBeGreaterThan(0);
        const labels = new Set(referenceRows.map((r) => r.cells[0]!));
        for (const r of m.missing) {
            expect(labels.has(r.reference!.kind)).toBe(true);
            expect(["USE_NATIONAL", "LOCAL_DATABASE"]).toContain(r.verdict);
        }
    });
});

describe("bad questions", () => {
    it("an unknown agency, tier or kind is refused with the closest matches", async () => {
        const agency = await post(MISSING, { agency: "tỉnh Lào Kai" });
        expect(agency.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(JSON.stringify(agency.errors?.[0]?.extensions)).toContain("Lào Cai");
        const tier = await post(`{ catalogueQuality(tier: PROVINCES) { total } }`);
        expect(tier.errors?.[0]?.message).toMatch(/PROVINCE/);
        const kind = await post(MISSING, { kind: "hộ tich điện tủ" });
        expect(kind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect((kind.errors?.[0]?.extensions as { closestMatches?: unknown[] })?.closestMatches?.length).toBeGreaterThan(0);
        const share = await post(MISSING, { share: 0.1 });
        expect(share.errors?.[0]?.message).toMatch(/minPeerShare/);
        const future = await post(MISSING, { asOf: "2999-01-01" });
        expect(future.errors?.[0]?.message).toMatch(/after today/);
    });
});
