// A malformed report stops the import with the file and row at fault.
import { describe, expect, it } from "vitest";
import { DOCUMENTS } from "../../seed/documents.js";
import { buildSeedGraph, readReport, SourceHashError } from "../../seed/pipeline.js";
import { ResolveError } from "../../seed/resolve.js";
import { ParseError } from "../../seed/types.js";
import { describeSeedError } from "../../seed/errors.js";

const original = (id: string): string => readReport(DOCUMENTS.find((d) => d.id === id)!);
const build = (id: "000" | "001" | "003", text: string) => () => buildSeedGraph({ texts: { [id]: text }, verifyHashes: false });

describe("malformed input", () => {
    it("a changed report is refused by its hash before parsing", () => {
        expect(() => buildSeedGraph({ texts: { "002": original("002") + " " } })).toThrow(SourceHashError);
    });

    it("a truncated Phụ lục 2 row (no connection columns) names the row", () => {
        const broken = original("001").replace("17\tThành phố Đà Nẵng\t1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 16, 20\t1, 3, 6, 10, 11, 13", "17\tThành phố Đà Nẵng");
        expect(() => build("001", broken)()).toThrow(ParseError);
        expect(() => build("001", broken)()).toThrow(/Phụ lục 2 II\.17 \(line \d+\).*truncated/);
    });

    it("an asset number outside Phụ lục 1 names the row", () => {
        const broken = original("001").replace("20\tVăn phòng Chính phủ\t13\t13", "20\tVăn phòng Chính phủ\t13, 24\t13");
        expect(() => build("001", broken)()).toThrow(/Phụ lục 2 I\.20: asset number 24 is not in Phụ lục 1/);
    });

    it("an unknown agency stops the import with its name, place and closest matches", () => {
        const broken = original("000").replace("| 31. Ninh Bình |", "| 31. Ninh Bình Mới |");
        let err: unknown;
        try {
            build("000", broken)();
        } catch (e) {
            err = e;
        }
        expect(err).toBeInstanceOf(ResolveError);
        expect((err as ResolveError).citation).toMatchObject({ documentId: "000", section: "Phụ lục 1", locator: "item 31" });
        expect((err as ResolveError).suggestions).toContain("Ninh Bình");
        expect(describeSeedError(err)).toMatch(/^seed\/reports\/000_ff51918d0580b58e\.txt: unknown agency "Ninh Bình Mới" at 000 Phụ lục 1 item 31/);
    });

    it("a table cut off before its end is reported, not half-loaded", () => {
        const cut = original("001").split("**Phụ lục 3:**")[0]!;
        expect(() => build("001", cut)()).toThrow(/expected Phụ lục 3 but the document ends/);
    });

    it("a department that mirrors no ministry stops the 003 import with its row", () => {
        const broken = original("003").replace("công nghiệp Sở Khoa học và Công nghệ", "công nghiệp Sở Vũ trụ");
        expect(broken).not.toBe(original("003"));
        expect(() => build("003", broken)()).toThrow(/topic IV item 1 .*responsible department "Sở Vũ trụ"/);
    });
});
