import { readFileSync } from "node:fs";
import { readTable } from "./lib/tabular/index.js";
import { INVENTORY_VOCABULARY } from "./src/modules/inventory/ingest/inventory-format.js";
import { delimited, utf8Bom, utf16le, windows1258, tcvn3Garbled, workbookWithoutHeader } from "./test/helpers/excel-forms.js";
import { findHeader } from "./lib/tabular/index.js";
const csv = readFileSync("examples/imports/inventory-sample.csv", "utf8");
const canon = (await readTable("a.csv", csv, { vocab: INVENTORY_VOCABULARY })).rows.map(r => r.cells);
const forms: [string, any][] = [["semi", utf8Bom(delimited(csv, ";"))], ["tab16", utf16le(delimited(csv, "\t"))], ["1258", windows1258(csv)], ["1258semi", windows1258(delimited(csv, ";"))], ["tcvn", tcvn3Garbled(csv)], ["tcvnbytes", new Uint8Array(Buffer.from(tcvn3Garbled(csv), "latin1"))], ["nohdr", await workbookWithoutHeader()]];
for (const [n, b] of forms) {
  try { const t = await readTable(n.startsWith("nohdr") ? "x.xlsx" : "x.csv", b, { vocab: INVENTORY_VOCABULARY }); console.log(n, t.encoding, JSON.stringify(t.delimiter), JSON.stringify(t.rows.map(r=>r.cells)) === JSON.stringify(canon)); if (n==="nohdr") findHeader(t.rows, INVENTORY_VOCABULARY); } catch (e) { console.log(n, "ERR", (e as Error).message, (e as any).row); }
}
