// The duplicate-candidate rule on clear positives and negatives.
import { describe, expect, it } from "vitest";
import { duplicateCandidates, subjectWords } from "../../src/modules/inventory/duplicates/rules/word-pairs-v1.js";

const db = (id: string, name: string) => ({ id, name, parentName: null, ownerName: null });
const ds = (id: string, name: string) => ({ id, name, topic: "t", departmentId: "d", departmentName: "Sở X" });
const DATABASES = [
    db("licence", "Cơ sở dữ liệu giấy phép lái xe (Bộ Giao thông vận tải)"),
    db("business", "Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp (Bộ Kế hoạch và Đầu tư)"),
    db("price", "Cơ sở dữ liệu quốc gia về giá (Bộ Tài chính)"),
    db("cadastre", "Cơ sở dữ liệu địa chính"),
];

describe("duplicate candidates", () => {
    it("drops the generic words and the owner from a database name", () => {
        expect(subjectWords("Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp (Bộ Kế hoạch và Đầu tư)")).toEqual(["đăng", "ký", "doanh", "nghiệp"]);
    });

    it("finds clear positives, with a reason", () => {
        const found = duplicateCandidates(
            [ds("a", "Dữ liệu về cấp mới giấy phép lái xe trên địa bàn"), ds("b", "Danh sách doanh nghiệp đăng ký mới, doanh nghiệp giải thể")],
            DATABASES,
        );
        expect(found.map((c) => [c.datasetId, c.databaseId])).toEqual([["a", "licence"], ["b", "business"]]);
        expect(found[0]!.score).toBe(1);
        expect(found[0]!.reason).toContain('"giấy phép"');
        expect(found[1]!.score).toBeCloseTo(0.67, 2);
    });

    it("ignores look-alikes: another licence, a one-word subject, words far apart, folded homographs", () => {
        const found = duplicateCandidates(
            [
                ds("postal", "Dữ liệu về cấp mới, thu hồi giấy phép bưu chính"),
                ds("eval", "Dữ liệu danh mục quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường"),
                ds("heritage", "Dữ liệu danh mục di sản văn hóa phi vật thể quốc gia"),
                ds("apart", "Dữ liệu về mạng bưu chính công cộng trên địa bàn"),
            ],
            DATABASES,
        );
        expect(found).toEqual([]);
    });
});
