// The forms a canonical CSV takes when a person saves it from Excel, made from its rows: `;` with a BOM
// and CRLF (Excel's "CSV UTF-8" on a Windows whose decimal separator is the comma), tab-separated UTF-16
// with a BOM (Excel's "Unicode text"), Windows-1258 (Excel's plain "CSV" on a Vietnamese Windows), and
// the same text typed in a TCVN3 (ABC) font, as it reads once such a sheet is saved as Unicode.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readCsv } from "../../lib/csv.js";

const quote = (s: string, d: string): string => (s.includes(d) || /["\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The CSV's rows written with another separator and line ending. */
export function delimited(csv: string, delimiter: string, eol = "\r\n"): string {
    return readCsv(csv).map((r) => r.cells.map((c) => quote(c, delimiter)).join(delimiter)).join(eol) + eol;
}

export const utf8Bom = (text: string): Uint8Array => new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf8"));
export const utf16le = (text: string): Uint8Array => new Uint8Array(iconv.encode(`\uFEFF${text}`, "utf-16le"));

/**
 * Windows-1258 as Windows writes it: the letters with a shape (â ă ê ô ơ ư đ) precomposed, the tone
 * marks (grave, acute, tilde, hook, dot below) as combining characters after them.
 */
export function windows1258(text: string): Uint8Array {
    const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
    const composed = text.normalize("NFD").replace(/(\p{L})(\p{M}+)/gu, (_m, base: string, marks: string) => {
        const tones = marks.match(TONES)?.join("") ?? "";
        return (base + marks.replace(TONES, "")).normalize("NFC") + tones;
    });
    return new Uint8Array(iconv.encode(composed, "windows-1258"));
}

// TCVN3 (TCVN 5712:1993, VN3): each Vietnamese letter is one byte; a font showing bytes as Latin-1
// draws them as these characters. Capitals with a tone have no code of their own (the "H" fonts draw
// the lower-case codes as capitals).
const TCVN3: Record<string, string> = {
    ă: "¨", â: "©", ê: "ª", ô: "«", ơ: "¬", ư: "\u00AD", đ: "®", Ă: "¡", Â: "¢", Ê: "£", Ô: "¤", Ơ: "¥", Ư: "¦", Đ: "§",
    à: "µ", ả: "¶", ã: "·", á: "¸", ạ: "¹", ằ: "»", ẳ: "¼", ẵ: "½", ắ: "¾", ặ: "Æ", ầ: "Ç", ẩ: "È", ẫ: "É", ấ: "Ê", ậ: "Ë",
    è: "Ì", ẻ: "Î", ẽ: "Ï", é: "Ð", ẹ: "Ñ", ề: "Ò", ể: "Ó", ễ: "Ô", ế: "Õ", ệ: "Ö", ì: "×", ỉ: "Ø", ĩ: "Ü", í: "Ý", ị: "Þ",
    ò: "ß", ỏ: "á", õ: "â", ó: "ã", ọ: "ä", ồ: "å", ổ: "æ", ỗ: "ç", ố: "è", ộ: "é", ờ: "ê", ở: "ë", ỡ: "ì", ớ: "í", ợ: "î",
    ù: "ï", ủ: "ñ", ũ: "ò", ú: "ó", ụ: "ô", ừ: "õ", ử: "ö", ữ: "÷", ứ: "ø", ự: "ù", ỳ: "ú", ỷ: "û", ỹ: "ü", ý: "ý", ỵ: "þ",
};

/** The text as a TCVN3-font sheet saved as Unicode reads: "Thành phố" → "Thµnh phè". */
export function tcvn3Garbled(text: string): string {
    return [...text.normalize("NFC")].map((ch) => TCVN3[ch] ?? TCVN3[ch.toLowerCase()] ?? ch).join("");
}

/** A workbook a person made without the columns any import knows: a title, then a table of other things. */
export async function workbookWithoutHeader(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Báo cáo");
    ws.addRow(["BÁO CÁO TÌNH HÌNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN"]);
    ws.addRow(["Chỉ tiêu", "Đơn vị tính", "Số lượng"]);
    ws.addRow(["Máy chủ", "chiếc", 12]);
    ws.addRow(["Phần mềm dùng chung", "phần mềm", 5]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const base64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");

/**
 * An aggregate usage CSV as a workbook a person keeps: a title row, the `# period:` line, a header of
 * STT and the Vietnamese names, months as date cells shown mm/yyyy, counts as number cells.
 */
export async function usageWorkbook(csv: string): Promise<Uint8Array> {
    const lines = csv.trim().split("\n");
    const period = lines.find((l) => l.startsWith("#"));
    const [, ...rows] = readCsv(lines.filter((l) => !l.startsWith("#")).join("\n"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Khai thác");
    ws.addRow(["SỐ LIỆU KHAI THÁC DỊCH VỤ CHIA SẺ DỮ LIỆU"]);
    ws.mergeCells("A1:F1");
    if (period) ws.addRow([period]);
    ws.addRow(["STT", "Tháng", "Bên khai thác", "Dịch vụ", "Thành công", "Thất bại"]);
    rows.forEach((r, i) => {
        const [month = "", consumer = "", service = "", ok = "", ko = ""] = r.cells;
        const [y, m] = month.split("-").map(Number);
        const row = ws.addRow([i + 1, new Date(Date.UTC(y!, m! - 1, 1)), consumer, /^\d+$/.test(service) ? Number(service) : service, Number(ok), Number(ko)]);
        row.getCell(2).numFmt = "mm/yyyy";
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Counts as a Vietnamese-locale Excel writes them in a `;` file when the cells show thousands: 1.520.417. */
export const groupedThousands = (text: string): string => text.replace(/(?<=;)(\d{4,})(?=;|\r?\n|$)/g, (n) => n.replace(/\B(?=(\d{3})+$)/g, "."));
