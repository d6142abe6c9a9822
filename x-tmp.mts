import { readTable, findHeader } from "./lib/tabular/index.js";
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
const csv = readFileSync("examples/imports/inventory-sample.csv", "utf8");
const semi = "\uFEFF" + csv.replace(/,/g, ";").replace(/\n/g, "\r\n");
const vocab = { columns: [{name:"agency",aliases:["Tên cơ quan"]},{name:"name",aliases:["Tên CSDL"]},{name:"description",aliases:[]},{name:"status",aliases:[]},{name:"fields",aliases:[]},{name:"legal_basis",aliases:[]},{name:"create_department",aliases:[]}], required:["agency","name","status"] };
for (const c of [csv, Buffer.from(csv), iconv.encode("\uFEFF"+csv.replace(/,/g,"\t"), "utf-16le"), iconv.encode(csv.normalize("NFD"), "windows-1258")]) {
  try { const t = await readTable("x.csv", c, { vocab }); console.log(t.kind, t.encoding, JSON.stringify(t.delimiter), t.rows.length, t.rows[1]?.cells.slice(0,2)); } catch (e) { console.log("ERR", (e as Error).message); }
}
try { await readTable("x.csv", "a,\"b\nc,d", {}); } catch (e) { console.log((e as Error).message, (e as any).row); }
