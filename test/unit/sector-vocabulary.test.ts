// The reviewed sector vocabulary of the kinds of database (src/modules/inventory/missing/reviewed-kinds.json):
// reviewed like the duplicate vocabulary (every kind says why, no phrase in two kinds), one kind of data
// written in different words is one kind, alike but different kinds stay apart, a department's name
// decides nothing, and a cluster no phrase names gets a readable label.
import { describe, expect, it } from "vitest";
import raw from "../../src/modules/inventory/missing/reviewed-kinds.json" with { type: "json" };
import { commonName, SECTOR_KINDS, sectorOf } from "../../src/modules/inventory/missing/sectors.js";
import { foldText } from "../../src/modules/inventory/duplicates/rules/vocabulary.js";

const kindOf = (name: string): string | null => sectorOf(name)?.kind.label ?? null;

describe("reviewed sector vocabulary", () => {
    it("is reviewed: every kind has a reason and a department, no phrase is in two kinds", () => {
        const seen = new Map<string, string>();
        for (const k of raw.kinds) {
            expect(k.reason.length, k.kind).toBeGreaterThan(20);
            expect(k.department, k.kind).toBeTruthy();
            for (const p of k.phrases) {
                expect(seen.get(foldText(p)), `"${p}" in ${k.kind} and ${seen.get(foldText(p))}`).toBeUndefined();
                seen.set(foldText(p), k.kind);
            }
        }
        expect(raw.departmentNames.reason.length).toBeGreaterThan(20);
        expect(new Set(SECTOR_KINDS.map((k) => k.id)).size).toBe(SECTOR_KINDS.length);
    });

    it("groups one kind of data written in different words", () => {
        const health = ["CSDL cơ sở y tế", "Dữ liệu cơ sở khám chữa bệnh", "CSDL y tế cơ sở tỉnh Lào Cai", "Danh sách cơ sở khám bệnh, chữa bệnh"].map(kindOf);
        expect(new Set(health).size).toBe(1);
        expect(health[0]).not.toBeNull();
        const farming = ["CSDL trồng trọt", "Cơ sở dữ liệu chăn nuôi", "Dữ liệu cây trồng chủ lực", "Danh sách cơ sở chăn nuôi"].map(kindOf);
        expect(new Set(farming).size).toBe(1);
        expect(farming[0]).not.toBeNull();
        const heritage = ["CSDL di tích lịch sử - văn hóa", "Dữ liệu di sản văn hóa", "Danh lam thắng cảnh"].map(kindOf);
        expect(new Set(heritage).size).toBe(1);
        expect(heritage[0]).not.toBeNull();
        expect(kindOf("Hệ thống quản lý an toàn thực phẩm")).toBe(kindOf("CSDL vệ sinh an toàn thực phẩm"));
    });

    it("keeps alike but different kinds apart, the earliest phrase deciding", () => {
        expect(kindOf("CSDL cơ sở y tế")).not.toBe(kindOf("CSDL an toàn thực phẩm"));
        expect(kindOf("CSDL giá đất")).not.toBe(kindOf("CSDL giá hàng hóa, dịch vụ"));
        expect(kindOf("CSDL giáo dục nghề nghiệp")).not.toBe(kindOf("CSDL giáo dục"));
        expect(kindOf("CSDL an toàn thực phẩm tại các cơ sở y tế")).toBe(kindOf("CSDL an toàn thực phẩm"));
        // Folded words that only look alike are not phrases: "quốc gia" is not "giá", "được" not "dược".
        expect(kindOf("Hệ thống đánh giá quốc gia")).toBeNull();
        expect(kindOf("Dữ liệu được cập nhật")).toBeNull();
    });

    it("skips departments' names: 'Sở Văn hóa, Thể thao và Du lịch' does not make an entry a tourism one", () => {
        expect(kindOf("Hệ thống thông tin của Sở Văn hóa, Thể thao và Du lịch")).toBeNull();
        expect(kindOf("CSDL di tích của Sở Văn hóa, Thể thao và Du lịch")).toBe(kindOf("CSDL di sản văn hóa"));
        expect(kindOf("CSDL du lịch")).toBe(kindOf("Dữ liệu các cơ sở lưu trú du lịch"));
    });

    it("labels a cluster with its commonest entry name, places left out", () => {
        const label = commonName(["CSDL quản lý bến thủy nội địa tỉnh Lào Cai", "CSDL quản lý bến thủy nội địa tỉnh Hà Giang", "Dữ liệu bến thủy"], ["Lào Cai", "Hà Giang"]);
        expect(label).toBe("CSDL quản lý bến thủy nội địa");
        expect(commonName(["Dữ liệu cảng cá trên địa bàn tỉnh Cà Mau"], ["Cà Mau"])).toBe("Dữ liệu cảng cá");
    });
});
