// The explorer's Excel export (explorer/src/xlsx.ts): a table's rows written as .xlsx read back — with
// the reader every import uses — give the same rows; numbers are number cells, ISO dates date cells,
// the header row bold and frozen. (The download itself is clicked in test/e2e/explorer.e2e.test.ts.)
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "../../lib/tabular/index.js";
import { sheetName, xlsxBlob, type Value } from "../../explorer/src/xlsx.js";

const rows: Value[][] = [
    ["Tên cơ quan", "Số CSDL", "Tỷ lệ (%)", "Nhập lúc", "Ghi chú"],
    ["Thành phố Đà Nẵng", 12, 41.67, "2024-05-01", "có dấu phẩy, và \"ngoặc kép\""],
    ["Bộ Văn hóa, Thể thao và Du lịch", 0, null, "2025-03-01T08:30:00Z", ""],
    ["Tỉnh Cà Mau", 3, 7.5, undefined, "dòng một\ndòng hai"],
];

describe("the explorer's .xlsx export", () => {
    it("reads back as the table's rows, typed and with the header frozen", async () => {
        const bytes = new Uint8Array(await (await xlsxBlob(rows, { sheet: "gaps: asset/001*2", dateFormat: "dd/mm/yyyy" })).arrayBuffer());
        const table = await readTable("export.xlsx", bytes);
        expect(table.sheet).toBe("gaps- asset-001-2");
        const asText = (v: Value): string => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.replace(/Z$/, "") : v);
        const expected = rows.map((r) => {
            const cells = r.map(asText);
            while (cells.length && cells[cells.length - 1] === "") cells.pop();
            return cells;
        });
        expect(table.rows.map((r) => r.cells)).toEqual(expected);
        expect(table.rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);

        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
        const ws = wb.worksheets[0]!;
        expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
        expect(ws.getCell("A1").font?.bold).toBe(true);
        expect(typeof ws.getCell("B2").value).toBe("number");
        expect(ws.getCell("D2").value).toBeInstanceOf(Date);
        expect(ws.getCell("D2").numFmt).toBe("dd/mm/yyyy");
        expect(typeof ws.getCell("A2").value).toBe("string");
    });

    it("names the sheet as Excel allows", () => {
        expect(sheetName("a".repeat(40))).toHaveLength(31);
        expect(sheetName("")).toBe("Sheet1");
    });
});
