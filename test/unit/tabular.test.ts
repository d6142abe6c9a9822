// The file-reading layer every import shares (lib/tabular/): encodings and separators as Excel writes
// them, row numbers as Excel shows them, legacy font encodings refused, the header found below title
// rows with an STT column ignored, workbook cells as Excel shows them. No database.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { findHeader, readTable, TableError, type Vocabulary } from "../../lib/tabular/index.js";
import { legacyEncoding } from "../../lib/tabular/legacy.js";
import { INVENTORY_VOCABULARY } from "../../src/modules/inventory/ingest/inventory-format.js";
import { delimited, tcvn3Garbled, utf16le, utf8Bom, windows1258 } from "../helpers/excel-forms.js";

const SAMPLE = readFileSync(path.join(PROJECT_ROOT, "examples/imports/inventory-sample.csv"), "utf8");
const cellsOf = async (name: string, content: string | Uint8Array) => (await readTable(name, content, { vocab: INVENTORY_VOCABULARY })).rows.map((r) => r.cells);
const refusal = async (f: () => Promise<unknown>): Promise<string> => {
    try {
        await f();
    } catch (e) {
        expect(e).toBeInstanceOf(TableError);
        return (e as Error).message;
    }
    throw new Error("expected a refusal");
};

describe("encodings and separators", () => {
    it("reads the canonical CSV's cells from every form Excel saves it in", async () => {
        const canonical = await cellsOf("s.csv", SAMPLE);
        expect(canonical).toHaveLength(SAMPLE.trim().split("\n").length);
        const forms: [string, Uint8Array, string, string][] = [
            ["; with BOM and CRLF", utf8Bom(delimited(SAMPLE, ";")), "UTF-8", ";"],
            ["tab-separated UTF-16", utf16le(delimited(SAMPLE, "\t")), "UTF-16LE", "\t"],
            ["Windows-1258", windows1258(SAMPLE), "windows-1258", ","],
            ["Windows-1258 with ;", windows1258(delimited(SAMPLE, ";")), "windows-1258", ";"],
            ["UTF-16 big-endian", new Uint8Array(iconv.encode(`\uFEFF${SAMPLE}`, "utf-16be")), "UTF-16BE", ","],
        ];
        for (const [what, bytes, encoding, delimiter] of forms) {
            const t = await readTable("s.csv", bytes, { vocab: INVENTORY_VOCABULARY });
            expect({ what, encoding: t.encoding, delimiter: t.delimiter }).toEqual({ what, encoding, delimiter });
            expect(t.rows.map((r) => r.cells)).toEqual(canonical);
        }
    });

    it("numbers rows as Excel does: a blank line is a row, a field with line breaks is one row", async () => {
        const t = await readTable("r.csv", 'agency,name,status\r\n\r\nBộ Y tế,"CSDL\r\nhai dòng",operating\r\nBộ Y tế,CSDL b,operating\r\n');
        expect(t.rows.map((r) => [r.row, r.cells[1]])).toEqual([[1, "name"], [3, "CSDL\r\nhai dòng"], [4, "CSDL b"]]);
        expect(await refusal(() => readTable("q.csv", 'agency,name\nBộ Y tế,"never closed\n'))).toMatch(/quoted field opened on row 2 is never closed/);
    });

    it("refuses a code page that is not Windows-1258, and an old .xls, saying what to save instead", async () => {
        const sjis = new Uint8Array(iconv.encode("機関,名前,状態\n厚生労働省,データベース,運用中\n".repeat(20), "shift_jis"));
        expect(await refusal(() => readTable("j.csv", sjis))).toMatch(/neither UTF-8, UTF-16 nor Windows-1258 .*CSV UTF-8/);
        const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
        expect(await refusal(() => readTable("old.xls", xls))).toMatch(/Excel 97–2003 workbook \(\.xls\)/);
    });
});

describe("legacy font encodings", () => {
    it("tells TCVN3 and VNI text, and never Unicode Vietnamese, from what it reads", () => {
        expect(legacyEncoding(tcvn3Garbled(SAMPLE))?.name).toBe("TCVN3 (ABC)");
        expect(legacyEncoding("Thaønh phoá Ñaø Naüng, Sôû Taøi chính, Vieät Nam")?.name).toBe("VNI");
        expect(legacyEncoding(SAMPLE)).toBeNull();
        expect(legacyEncoding("Điều 5 § 2 · Hà Nội « trích » Nghị định 47/2020/NĐ-CP")).toBeNull();
    });

    it("refuses a TCVN3 file in one sentence that says how to convert it, whether it arrives as bytes or as text", async () => {
        for (const content of [tcvn3Garbled(SAMPLE), new Uint8Array(Buffer.from(tcvn3Garbled(SAMPLE), "latin1")), utf8Bom(tcvn3Garbled(SAMPLE))]) {
            const m = await refusal(() => readTable("t.csv", content));
            expect(m).toMatch(/legacy TCVN3 \(ABC\) font encoding.*UniKey.*Unicode/);
            expect(m.split(/\.\s/)).toHaveLength(1);
        }
    });
});

describe("the header row", () => {
    const vocab: Vocabulary = { columns: [{ name: "agency", aliases: ["Tên cơ quan"] }, { name: "name", aliases: ["Tên CSDL"] }, { name: "status", aliases: ["Trạng thái"] }], required: ["agency", "name", "status"] };
    const rows = (lines: string[]) => lines.map((l, i) => ({ row: i + 1, cells: l.split(","), raw: l }));

    it("is found below title rows, by English or Vietnamese names, an STT column ignored", () => {
        const { header, data } = findHeader(rows(["DANH MỤC CSDL,DANH MỤC CSDL,DANH MỤC CSDL", "(kèm theo Công văn số 12),,", "STT,TÊN CƠ QUAN,Tên  CSDL,trạng_thái", "1,Bộ Y tế,CSDL a,operating"]), vocab);
        expect(header.row.row).toBe(3);
        expect(header.columns).toEqual([null, "agency", "name", "status"]);
        expect(data.map((r) => r.row)).toEqual([4]);
    });

    it("says what is wrong with it: unknown, missing or repeated columns, or no header at all", () => {
        expect(() => findHeader(rows(["agency,name,owner"]), vocab)).toThrow(/unknown column\(s\) "owner".*missing column\(s\) status/);
        expect(() => findHeader(rows(["agency,Tên cơ quan,name,status"]), vocab)).toThrow(/given twice: agency/);
        expect(() => findHeader(rows(["Chỉ tiêu,Số lượng", "Máy chủ,12"]), vocab)).toThrow(/the header must be "agency,name,status" \(or in Vietnamese: "Tên cơ quan", "Tên CSDL", "Trạng thái"\); none of the first 2/);
    });
});

describe("workbooks", () => {
    it("read cells as Excel shows them: merged cells, numbers, dates, formulas, rich text, links; the sheet asked for", async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Hidden").state = "hidden";
        const ws = wb.addWorksheet("Số liệu");
        ws.addRow(["Tháng", "Bên khai thác", "Dịch vụ", "Thành công", "Thất bại"]);
        ws.addRow([new Date(Date.UTC(2023, 0, 1)), "Bộ Công an", 2, 1520417, { formula: "1+2", result: 3 }]);
        ws.getCell("A2").numFmt = "mm/yyyy";
        ws.addRow([new Date(Date.UTC(2023, 1, 1)), { richText: [{ text: "Bộ " }, { text: "Tài chính", font: { bold: true } }] }, { text: "dịch vụ 5", hyperlink: "https://example.org" }, 0.1 + 0.2, null]);
        // Row 4 blank; B5:B6 one merged cell; row 6's other cells filled.
        ws.getCell("B5").value = "Bộ Y tế";
        ws.mergeCells("B5:B6");
        for (const [a, v] of [["A6", "2023-03"], ["C6", 5], ["D6", 1], ["E6", 0]] as const) ws.getCell(a).value = v;
        wb.addWorksheet("Khác").addRow(["x", "y"]);
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const t = await readTable("u.xlsx", bytes);
        expect(t).toMatchObject({ kind: "XLSX", sheet: "Số liệu" });
        expect(t.rows.map((r) => [r.row, r.cells])).toEqual([
            [1, ["Tháng", "Bên khai thác", "Dịch vụ", "Thành công", "Thất bại"]],
            [2, ["2023-01", "Bộ Công an", "2", "1520417", "3"]],
            [3, ["2023-02-01", "Bộ Tài chính", "dịch vụ 5", "0.3"]],
            [5, ["", "Bộ Y tế"]],
            [6, ["2023-03", "Bộ Y tế", "5", "1", "0"]],
        ]);
        expect((await readTable("u.xlsx", bytes, { sheet: "khac" })).rows[0]!.cells).toEqual(["x", "y"]);
        expect(await refusal(() => readTable("u.xlsx", bytes, { sheet: "Nowhere" }))).toMatch(/no sheet "Nowhere" \(its sheets: "Hidden", "Số liệu", "Khác"\)/);
        expect(await refusal(() => readTable("u.xlsx", bytes.subarray(0, 200)))).toMatch(/not a readable \.xlsx workbook/);
    });
});
