// Rows read straight from the report text, for expected answers derived independently of the loader.
import { DOCUMENTS } from "../../seed/documents.js";
import { readReport } from "../../seed/pipeline.js";

/** Province rows of 001 Phụ lục 2, read straight from the text: [name, June 2023 cell, 2022 cell]. */
export function provinceRows(): [string, string[], string[]][] {
    const text = readReport(DOCUMENTS.find((d) => d.id === "001")!);
    const part = text.split("<b>II</b>\t<b>ĐỊA PHƯƠNG</b>")[1]!.split("#### Ghi chú")[0]!;
    const nums = (c = ""): string[] => c.split(",").map((x) => x.trim()).filter(Boolean);
    return part.split("\n").map((l) => l.split("\t")).filter((c) => /^\d+$/.test(c[0] ?? "")).map((c) => [c[1]!.trim(), nums(c[2]), nums(c[3])]);
}
