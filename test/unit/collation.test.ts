// Vietnamese order: base letters a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tones break ties only.
import { describe, expect, it } from "vitest";
import { agencySortKey, viCompare, viSortKey } from "../../lib/collation.js";

const sorted = (xs: string[]) => [...xs].sort(viCompare);

describe("Vietnamese collation", () => {
    it("orders the letters with marks after their base letter", () => {
        expect(sorted(["Bắc Giang", "Bạc Liêu", "Bà Rịa - Vũng Tàu"])).toEqual(["Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang"]);
        expect(sorted(["Bình Định", "Bình Dương", "Bình Thuận", "Bình Phước"])).toEqual(["Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận"]);
        expect(sorted(["Hưng Yên", "Hồ Chí Minh", "Hòa Bình"])).toEqual(["Hòa Bình", "Hồ Chí Minh", "Hưng Yên"]);
        expect(sorted(["ơ", "ô", "o", "ư", "u", "ê", "e", "đ", "d", "â", "ă", "a"])).toEqual(["a", "ă", "â", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư"]);
    });

    it("breaks ties by tone (none, huyền, hỏi, ngã, sắc, nặng), then case", () => {
        expect(sorted(["bạn", "bán", "bãn", "bản", "bàn", "ban"])).toEqual(["ban", "bàn", "bản", "bãn", "bán", "bạn"]);
        expect(sorted(["Ban", "ban"])).toEqual(["ban", "Ban"]);
        // A tone never outranks a letter: "bàc" < "bac…" is decided by the letters, not the marks.
        expect(sorted(["bacd", "bàc"])).toEqual(["bàc", "bacd"]);
    });

    it("compares word by word (a shorter word first) and ignores NFC/NFD differences", () => {
        expect(sorted(["Hà Nội", "Hà Nam", "Hà", "Hải Dương"])).toEqual(["Hà", "Hà Nam", "Hà Nội", "Hải Dương"]);
        expect(viSortKey("Hòa Bình".normalize("NFD"))).toBe(viSortKey("Hòa Bình".normalize("NFC")));
    });

    it("sorts agencies without their Thành phố / Tỉnh prefix", () => {
        expect(agencySortKey("Thành phố Đà Nẵng")).toBe(agencySortKey("Đà Nẵng"));
        expect(agencySortKey("TP. Cần Thơ") < agencySortKey("Tỉnh Cao Bằng")).toBe(false);
        expect(["Tỉnh Điện Biên", "Thành phố Đà Nẵng", "Tỉnh Cà Mau"].sort((a, b) => (agencySortKey(a) < agencySortKey(b) ? -1 : 1))).toEqual(["Tỉnh Cà Mau", "Thành phố Đà Nẵng", "Tỉnh Điện Biên"]);
    });
});
