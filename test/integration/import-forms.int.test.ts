// Files as people have them: each canonical example (examples/imports/) saved the ways Excel saves it —
// `;` CSV with a BOM and CRLF, tab-separated UTF-16, Windows-1258, a workbook with a title row, an STT
// column and Vietnamese headers — imports to exactly what the canonical CSV gives, through the editor
// mutations (the file's bytes in base64) and the import command. A TCVN3-garbled file and a workbook
// with no recognisable header are refused with a clear message and nothing written. Everything runs in
// one transaction that is rolled back (the command, a process of its own, writes under this run's tag).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { loadQueries } from "../../src/db/queries.js";
import { createDb } from "../../src/db/run.js";
import { readInventory } from "../../src/modules/inventory/ingest/inventory-format.js";
import { prepareUsage } from "../../src/modules/usage/ingest/import.js";
import { bytesLines, textLines } from "../../src/modules/usage/ingest/lines.js";
import { connectionsWorkbook, inventoryWorkbook } from "../../examples/imports/make-xlsx.js";
import { base64, delimited, groupedThousands, tcvn3Garbled, usageWorkbook, utf16le, utf8Bom, windows1258, workbookWithoutHeader } from "../helpers/excel-forms.js";
import { runImportCli } from "../helpers/import-cli.js";
import { token } from "../helpers/jwt.js";
import { uniqueId, useRollbackServer } from "../helpers/neo4j.js";

const tag = uniqueId("forms");
const example = (f: string): string => readFileSync(path.join(PROJECT_ROOT, "examples/imports", f), "utf8");
/** The inventory sample with this run's tag in every name, so its entries are this run's own. */
const INVENTORY = example("inventory-sample.csv").replace(/(CSDL|Danh sách)/g, `$1 ${tag}`);
const CONNECTIONS = example("connections-2024-sample.csv");
const USAGE = example("usage-2023-sample.csv");

// One rolled-back transaction for the file (its imports are tagged with this run's id).
const t = useRollbackServer({ per: "file" });
const editor = async () => ({ authorization: `Bearer ${await token("editor-forms", ["editor"])}` });
const ask = async (query: string, variables: Record<string, unknown>) => t.post(query, variables, await editor());
const read = async (cypher: string, params: Record<string, unknown> = {}) => (await t.tx.run(cypher, params)).records.map((r) => r.toObject());
/** What a refused file could have left: imported documents, entries, connections, change records. */
const written = async () => read("RETURN COUNT { (:SourceDocument:Imported) } AS docs, COUNT { (:InventoryEntry) } AS entries, COUNT { ()-[:CONNECTED_TO]->() } AS links, COUNT { (:ChangeRecord) } AS records");

const INV = `mutation ($f: String!, $c: String!, $e: FileEncoding!) { importInventory(fileName: $f, content: $c, encoding: $e) { documentId format entries created unchanged } }`;
const entriesOf = (documentId: string) =>
    read(
        `MATCH (g:Agency)-[:KEEPS]->(e:InventoryEntry)-[s:FROM_SOURCE]->(:SourceDocument {id: $documentId})
         RETURN e.id AS id, g.id AS agency, e.name AS name, e.status AS status, e.fields AS fields, e.description AS description, e.legalBasis AS legalBasis, s.locator AS locator ORDER BY id`,
        { documentId },
    );
const rowOf = (locator: string): number => Number(/^row (\d+)$/.exec(locator)![1]);

// First, before the rolled-back transaction holds any lock the command would wait for (the graph version).
describe("the import command", () => {
    it("npm run import tells a workbook by its bytes and imports it; the committed sample reads as the sample CSV", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "import-forms-"));
        // The command commits: it gets a copy of the sample tagged like every file of this run.
        const file = path.join(dir, `${tag}-cli.xlsx`);
        writeFileSync(file, await inventoryWorkbook(INVENTORY.replaceAll(tag, `${tag}-cli`)));
        try {
            const r = runImportCli(file);
            expect(r.status, r.stderr).toBe(0);
            const n = INVENTORY.trim().split("\n").length - 1;
            expect(r.stderr).toMatch(new RegExp(`${n} entries \\(XLSX\\): ${n} created`));
        } finally {
            await t.driver.executeQuery(
                `MATCH (d:SourceDocument:Imported {file: $file}) OPTIONAL MATCH (e:InventoryEntry)-[:FROM_SOURCE]->(d) OPTIONAL MATCH (a:Agency:Imported {createdBy: d.id})
                 WITH d, collect(DISTINCT e) AS es, collect(DISTINCT a) AS as, d.id AS id
                 FOREACH (x IN es | DETACH DELETE x) FOREACH (x IN as | DETACH DELETE x) DETACH DELETE d
                 WITH id MATCH (c:ChangeRecord) WHERE c.details CONTAINS id DETACH DELETE c`,
                { file: path.basename(file) },
            );
        }
        const committed = new Uint8Array(readFileSync(path.join(PROJECT_ROOT, "examples/imports/inventory-sample.xlsx")));
        const [fromXlsx, fromCsv] = [await readInventory("s.xlsx", "XLSX", committed), await readInventory("s.csv", "CSV", example("inventory-sample.csv"))];
        expect(fromXlsx.map((e) => [e.values.name, e.fields, e.values.legal_basis ?? "", e.row])).toEqual(fromCsv.map((e) => [e.values.name, e.fields, e.values.legal_basis ?? "", e.row + 2]));
    }, 120_000);
});

describe("an inventory in every form Excel saves it in", () => {
    let canonical: Record<string, unknown>[] = [];
    beforeAll(async () => {
        const res = await ask(INV, { f: `${tag}-inventory.csv`, c: INVENTORY, e: "TEXT" });
        expect(res.errors).toBeUndefined();
        canonical = await entriesOf(res.data!.importInventory.documentId);
        expect(canonical).toHaveLength(INVENTORY.trim().split("\n").length - 1);
    });

    // [what, file name, bytes, format, how far the workbook's rows are below the CSV's]
    const forms: [string, string, () => Promise<Uint8Array> | Uint8Array, string, number][] = [
        ["; CSV with a BOM and CRLF", "semicolon.csv", () => utf8Bom(delimited(INVENTORY, ";")), "CSV", 0],
        ["tab-separated UTF-16 (Excel's Unicode text)", "unicode.txt", () => utf16le(delimited(INVENTORY, "\t")), "CSV", 0],
        ["Windows-1258 (Excel's CSV on a Vietnamese Windows)", "ansi.csv", () => windows1258(INVENTORY), "CSV", 0],
        ["a workbook with a title row, an STT column, Vietnamese headers and statuses, a merged agency cell", "danh-muc.xlsx", () => inventoryWorkbook(INVENTORY), "XLSX", 2],
    ];
    it.each(forms)("%s gives exactly the canonical entries, each citing the row Excel shows", async (_what, name, bytes, format, offset) => {
        const res = await ask(INV, { f: `${tag}-${name}`, c: base64(await bytes()), e: "BASE64" });
        expect(res.errors).toBeUndefined();
        expect(res.data!.importInventory).toMatchObject({ format, entries: canonical.length, created: 0, unchanged: canonical.length });
        const entries = await entriesOf(res.data!.importInventory.documentId);
        expect(entries.map(({ locator: _, ...e }) => e)).toEqual(canonical.map(({ locator: _, ...e }) => e));
        expect(entries.map((e) => rowOf(e.locator as string))).toEqual(canonical.map((e) => rowOf(e.locator as string) + offset));
    });

    it("refuses a TCVN3-garbled file and a workbook with no recognisable header, saying why, writing nothing", async () => {
        const before = await written();
        const tcvn = await ask(INV, { f: `${tag}-tcvn3.csv`, c: tcvn3Garbled(INVENTORY), e: "TEXT" });
        expect(tcvn.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(tcvn.errors?.[0]?.extensions?.rows?.[0]?.message).toMatch(/^the file is in the legacy TCVN3 \(ABC\) font encoding, not Unicode \(it reads ".*"\): convert it with UniKey's toolkit/);
        const bare = await ask(INV, { f: `${tag}-bao-cao.xlsx`, c: base64(await workbookWithoutHeader()), e: "BASE64" });
        expect(bare.errors?.[0]?.extensions?.rows).toEqual([{ row: 1, message: expect.stringMatching(/^the header must be "agency,name,description,status,fields,legal_basis,create_department" \(or in Vietnamese: "Tên cơ quan", "Tên CSDL", .*none of the first 4 non-blank rows names these columns$/) }]);
        const notBase64 = await ask(INV, { f: `${tag}-x.xlsx`, c: "not base64!", e: "BASE64" });
        expect(notBase64.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(await written()).toEqual(before);
    });
});

describe("a connection snapshot as a workbook and as UTF-16", () => {
    const CONN = `mutation ($f: String!, $c: String!, $e: FileEncoding!) { importConnections(fileName: $f, csv: $c, encoding: $e) { documentId rows created } }`;
    const linksOf = (documentId: string) =>
        read("MATCH (a:Agency)-[c:CONNECTED_TO {documentId: $documentId}]->(s:Asset) RETURN a.id AS agency, s.id AS asset, c.snapshot AS snapshot, c.status AS status, c.locator AS locator ORDER BY agency, asset", { documentId });

    it("gives the canonical CSV's connections, rows as Excel numbers them", async () => {
        const canonical = await ask(CONN, { f: `${tag}-conn.csv`, c: CONNECTIONS, e: "TEXT" });
        expect(canonical.errors).toBeUndefined();
        const expected = await linksOf(canonical.data!.importConnections.documentId);
        expect(expected).toHaveLength(CONNECTIONS.trim().split("\n").length - 1);
        for (const [name, bytes, offset] of [["conn.xlsx", await connectionsWorkbook(CONNECTIONS), 2], ["conn.txt", utf16le(delimited(CONNECTIONS, "\t")), 0]] as const) {
            const res = await ask(CONN, { f: `${tag}-${name}`, c: base64(bytes), e: "BASE64" });
            expect(res.errors).toBeUndefined();
            const links = await linksOf(res.data!.importConnections.documentId);
            expect(links.map(({ locator: _, ...l }) => l)).toEqual(expected.map(({ locator: _, ...l }) => l));
            expect(links.map((l) => rowOf(l.locator as string))).toEqual(expected.map((l) => rowOf(l.locator as string) + offset));
        }
    });
});

describe("aggregate usage in every form", () => {
    const prepared = async (name: string, lines: ReturnType<typeof textLines>) => {
        const p = await prepareUsage(createDb(t.tx, loadQueries()), { file: name, lines });
        return { period: p.period, records: p.records, rows: p.rows.map((r) => ({ c: r.consumerId, s: r.serviceId, months: r.months, ok: r.succeeded, ko: r.failed })) };
    };

    it("reads the same counts from `;` CSV with grouped thousands, UTF-16, Windows-1258 and a workbook with typed cells", async () => {
        const canonical = await prepared("usage.csv", textLines(USAGE));
        expect(canonical.records).toBe(USAGE.trim().split("\n").length - 2);
        const semicolon = groupedThousands(delimited(USAGE, ";"));
        expect(semicolon).toContain(";1.520.417;");
        const forms: [string, Uint8Array][] = [
            ["semicolon.csv", utf8Bom(semicolon)],
            ["unicode.txt", utf16le(delimited(USAGE, "\t"))],
            ["ansi.csv", windows1258(USAGE)],
            ["usage.xlsx", await usageWorkbook(USAGE)],
        ];
        for (const [name, bytes] of forms) expect({ name, ...(await prepared(name, bytesLines(bytes))) }).toEqual({ name, ...canonical });
    });

    it("imports a workbook through the mutation; a TCVN3 one is refused as unreadable", async () => {
        const USAGE_MUTATION = `mutation ($f: String!, $c: String!, $e: FileEncoding!) { importUsage(fileName: $f, content: $c, encoding: $e) { format records pairs } }`;
        const ok = await ask(USAGE_MUTATION, { f: `${tag}-usage.xlsx`, c: base64(await usageWorkbook(USAGE)), e: "BASE64" });
        expect(ok.errors).toBeUndefined();
        expect(ok.data!.importUsage).toMatchObject({ format: "AGGREGATE_CSV", records: USAGE.trim().split("\n").length - 2 });
        const bad = await ask(USAGE_MUTATION, { f: `${tag}-tcvn3.csv`, c: tcvn3Garbled(USAGE), e: "TEXT" });
        expect(bad.errors?.[0]?.extensions?.problems?.[0]).toMatchObject({ kind: "UNREADABLE_FILE", example: expect.stringMatching(/legacy TCVN3 \(ABC\) font encoding/) });
    });
});
