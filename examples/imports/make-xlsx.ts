// `npx tsx examples/imports/make-xlsx.ts`: writes inventory-sample.xlsx, connections-2024-sample.xlsx and reference-sample.xlsx
// from the canonical CSVs beside it, the way a province sends such a list — a title row merged across
// the sheet, an STT column, the columns by their Vietnamese names, statuses in Vietnamese, an agency
// merged down the rows it keeps. Importing either gives exactly the entries the CSV gives (tested by
// test/integration/import-forms.int.test.ts, which builds its workbooks with these same functions).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { readCsv } from "../../lib/csv.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** English column → the Vietnamese header a province writes. */
export const VIETNAMESE_HEADERS: Record<string, string> = {
    agency: "Tên cơ quan", name: "Tên CSDL", description: "Mô tả", status: "Trạng thái", fields: "Trường dữ liệu",
    legal_basis: "Căn cứ pháp lý", create_department: "Tạo đơn vị", asset: "Tên CSDL", snapshot: "Kỳ",
};
const STATUS_WORDS: Record<string, string> = { operating: "Đang vận hành", building: "Đang xây dựng", planned: "Kế hoạch" };

/**
 * A workbook of the CSV's rows: row 1 a title merged across the columns, row 2 blank, row 3 the header
 * (STT, then the Vietnamese names), the data from row 4. Cells of `mergeDown` column holding the same
 * agency in consecutive rows once its name is read (folded) are merged, keeping the first spelling.
 */
export async function workbookOf(csv: string, o: { title: string; sheet: string; vietnameseStatus?: boolean; mergeAgency?: [number, number] }): Promise<Buffer> {
    const [header, ...rows] = readCsv(csv);
    const names = header!.cells;
    const wb = new ExcelJS.Workbook();
    wb.creator = "examples/imports/make-xlsx.ts";
    wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
    const ws = wb.addWorksheet(o.sheet);
    ws.addRow([o.title]);
    ws.mergeCells(1, 1, 1, names.length + 1);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.addRow([]);
    ws.addRow(["STT", ...names.map((n) => VIETNAMESE_HEADERS[n] ?? n)]).font = { bold: true };
    rows.forEach((r, i) => {
        const cells = r.cells.map((c, j) => (o.vietnameseStatus && names[j] === "status" ? STATUS_WORDS[c] ?? c : names[j] === "create_department" && c === "yes" ? "Có" : c));
        ws.addRow([i + 1, ...cells]);
    });
    if (o.mergeAgency) {
        const col = names.indexOf("agency") + 2;
        ws.mergeCells(o.mergeAgency[0] + 3, col, o.mergeAgency[1] + 3, col);
    }
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 6 : 28));
    ws.views = [{ state: "frozen", ySplit: 3 }];
    return Buffer.from(await wb.xlsx.writeBuffer());
}

export const inventoryWorkbook = (csv: string): Promise<Buffer> =>
    // Rows 1 and 2 of the sample are both Cần Thơ ("TP. Cần Thơ", "thành phố Cần Thơ"): merged, as a province would.
    workbookOf(csv, { title: "DANH MỤC CƠ SỞ DỮ LIỆU CỦA CƠ QUAN, ĐƠN VỊ", sheet: "Danh mục CSDL", vietnameseStatus: true, mergeAgency: [1, 2] });

export const referenceWorkbook = (csv: string): Promise<Buffer> => workbookOf(csv, { title: "DANH MỤC CƠ SỞ DỮ LIỆU CẤP TỈNH PHẢI XÂY DỰNG", sheet: "Danh mục tham chiếu" });

export const connectionsWorkbook = (csv: string): Promise<Buffer> => workbookOf(csv, { title: "DANH SÁCH KẾT NỐI CƠ SỞ DỮ LIỆU NĂM 2024", sheet: "Kết nối" });

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    writeFileSync(path.join(HERE, "inventory-sample.xlsx"), await inventoryWorkbook(readFileSync(path.join(HERE, "inventory-sample.csv"), "utf8")));
    writeFileSync(path.join(HERE, "connections-2024-sample.xlsx"), await connectionsWorkbook(readFileSync(path.join(HERE, "connections-2024-sample.csv"), "utf8")));
    writeFileSync(path.join(HERE, "reference-sample.xlsx"), await referenceWorkbook(readFileSync(path.join(HERE, "reference-sample.csv"), "utf8")));
    console.error("wrote examples/imports/inventory-sample.xlsx, connections-2024-sample.xlsx and reference-sample.xlsx");
}
