// The national matcher on clear cases, each resting on a reviewed vocabulary entry: folded text and
// abbreviations, synonyms, whole subjects, and the cues that say a name lists counts or facilities.
import { describe, expect, it } from "vitest";
import { createNationalMatcher, instrumentNumbers } from "../../src/modules/inventory/duplicates/rules/national.js";
import { ngrams, subjectOf } from "../../src/modules/inventory/duplicates/rules/text.js";
import { VOCABULARY } from "../../src/modules/inventory/duplicates/rules/vocabulary.js";
import type { LocalItem, NationalAsset } from "../../src/modules/inventory/duplicates/rules/types.js";

const asset = (id: string, name: string, extra: Partial<NationalAsset> = {}): NationalAsset => ({ id, name, number: null, kind: "DATABASE", parentId: null, ownerIds: [], purpose: null, services: [], standards: [], ...extra });
const ASSETS = [
    asset("asset:001:1", "Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp (Bộ Kế hoạch và Đầu tư)", { ownerIds: ["agency:bo-ke-hoach-va-dau-tu"] }),
    asset("asset:001:2", "Cơ sở dữ liệu quốc gia về dân cư (Bộ Công an)"),
    asset("asset:001:3", "Cơ sở dữ liệu quốc gia về bảo hiểm (Bảo hiểm Xã hội Việt Nam)", { ownerIds: ["agency:bao-hiem-xa-hoi-viet-nam"] }),
    asset("asset:001:4", "Cơ sở dữ liệu đất đai quốc gia"),
    asset("asset:000:land:gia-dat", "Cơ sở dữ liệu Giá đất", { parentId: "asset:001:4" }),
    asset("asset:001:7", "Cơ sở dữ liệu quốc gia về giá (Bộ Tài chính)", { standards: [{ data: "Dữ liệu về giá", content: "", instrument: "Thông tư số 93/2021/TT-BTC ngày 1/11/2021 của Bộ tài chính" }] }),
    asset("asset:001:9", "Cơ sở dữ liệu giấy phép lái xe (Bộ Giao thông vận tải)"),
    asset("asset:001:17", "Hệ thống Đăng ký, giải quyết chính sách trợ giúp xã hội trực tuyến"),
];
// Profiles here are thin (no purposes or services), so BM25 sums are small: the evidence rules are
// tested with a low threshold; the deployed threshold is measured on the real profiles (duplicates-eval).
const matcher = createNationalMatcher(ASSETS, ["Lào Cai", "Cần Thơ"], { threshold: 1 });
const item = (name: string, extra: Partial<LocalItem> = {}): LocalItem => ({
    id: name, sourceType: "INVENTORY_ENTRY", name, description: null, fields: [], legalBasis: null, status: null,
    agencyId: "province:lao-cai", agencyName: "Lào Cai", accountableId: "province:lao-cai", accountableName: "Lào Cai", citation: { documentId: "x", file: "f", locator: "row 2" }, ...extra,
});
const found = (name: string, extra?: Partial<LocalItem>) => matcher.match(item(name, extra)).map((c) => c.assetId);

describe("national matcher", () => {
    it("reads abbreviations and folded text: GPLX, no diacritics", () => {
        expect(found("CSDL quản lý GPLX")).toEqual(["asset:001:9"]);
        expect(found("Danh sach doanh nghiep dang ky kinh doanh tren dia ban")).toEqual(["asset:001:1"]);
    });

    it("uses reviewed synonyms and says so in the evidence", () => {
        const [c] = matcher.match(item("Hệ thống quản lý nhân khẩu cấp xã"));
        expect(c?.assetId).toBe("asset:001:2");
        expect(c?.evidence[0]).toMatchObject({ via: "SYNONYM", found: "nhân khẩu", phrase: "dân cư" });
        expect(found("Phần mềm quản lý đối tượng bảo trợ xã hội")).toEqual(["asset:001:17"]);
    });

    it("a whole subject: 'CSDL về giá tỉnh Lào Cai' is the price database, 'giá đất' its land component, 'giá trị' neither", () => {
        expect(found("CSDL về giá tỉnh Lào Cai")).toEqual(["asset:001:7"]);
        expect(found("CSDL giá đất tỉnh Lào Cai")).toEqual(["asset:000:land:gia-dat"]);
        expect(found("CSDL giá trị sản xuất nông nghiệp")).toEqual([]);
        expect(found("CSDL doanh nghiệp du lịch được khen thưởng")).toEqual([]);
    });

    it("statistics, facilities and sectors are not records", () => {
        expect(found("Dữ liệu về số người đóng bảo hiểm xã hội, bảo hiểm y tế")).toEqual([]);
        expect(found("Dữ liệu về cơ sở trợ giúp xã hội")).toEqual([]);
        expect(found("CSDL viên chức ngành BHXH", { description: "Hồ sơ nhân sự trong hệ thống BHXH" })).toEqual([]);
        expect(found("CSDL người tham gia BHXH, BHYT")).toEqual(["asset:001:3"]);
    });

    it("two-word phrases count in names only; longer ones in descriptions too", () => {
        expect(found("Phần mềm tiếp nhận hồ sơ", { description: "Trả kết quả cho công dân và dân cư" })).toEqual([]);
        expect(found("Hệ thống quản lý nhân lực", { description: "Người tham gia bảo hiểm y tế của đơn vị" })).toEqual(["asset:001:3"]);
    });

    it("the owner's own listing is OWN_LISTING; a standard cited as legal basis is evidence too", () => {
        const [own] = matcher.match(item("CSDL về BHXH, BHYT, BHTN", { agencyId: "agency:bao-hiem-xa-hoi-viet-nam", accountableId: "agency:bao-hiem-xa-hoi-viet-nam" }));
        expect(own?.kind).toBe("OWN_LISTING");
        const [price] = matcher.match(item("CSDL về giá tỉnh Lào Cai", { legalBasis: "Thông tư 93/2021/TT-BTC" }));
        expect(price?.evidence.map((e) => e.via)).toEqual(["WHOLE_SUBJECT", "STANDARD"]);
        expect(instrumentNumbers("Quy chuẩn quốc gia số QCVN 109:2017/BTTTT")).toEqual(["qcvn 109 2017 btttt"]);
    });

    it("every candidate has a 0–1 score at or above 0.6, the matched terms and a reason", () => {
        for (const c of matcher.match(item("CSDL doanh nghiệp tỉnh Lào Cai", { description: "Thông tin đăng ký doanh nghiệp trên địa bàn" }))) {
            expect(c.score).toBeGreaterThanOrEqual(0.6);
            expect(c.score).toBeLessThanOrEqual(1);
            expect(c.matchedTerms.length).toBeGreaterThan(0);
            expect(c.reason).toMatch(/doanh nghiệp/);
        }
    });
});

describe("text", () => {
    it("n-grams keep 'giá đất' and 'quốc gia' apart and drop filler-only terms", () => {
        expect(ngrams("Cơ sở dữ liệu giá đất")).toEqual(expect.arrayContaining(["gia_dat", "lieu_gia", "lieu_gia_dat"]));
        expect(ngrams("Cơ sở dữ liệu giá đất")).not.toContain("co_so");
        expect(ngrams("quốc gia")).toEqual(["quoc_gia"]);
    });
    it("the subject drops containers and places", () => {
        expect(subjectOf("CSDL về giá tỉnh Lào Cai", VOCABULARY, [["lao", "cai"]])).toEqual(["gia"]);
    });
    it("every vocabulary entry has a reason", () => {
        for (const a of VOCABULARY.assets.values()) expect(a.reason.length).toBeGreaterThan(20);
        for (const s of VOCABULARY.synonyms) expect(s.reason.length).toBeGreaterThan(20);
        for (const c of VOCABULARY.notRecords) expect(c.reason.length).toBeGreaterThan(10);
    });
});

describe("threshold", () => {
    it("BM25 below the threshold drops a candidate that has evidence; scoreOnly (measurement) keeps look-alikes", () => {
        const strict = createNationalMatcher(ASSETS, [], { threshold: 1e6 });
        expect(strict.match(item("CSDL quản lý GPLX"))).toEqual([]);
        const loose = createNationalMatcher(ASSETS, [], { scoreOnly: true, threshold: 0.01 });
        expect(loose.match(item("Dữ liệu các cơ sở đào tạo lái xe")).map((c) => c.assetId)).toContain("asset:001:9");
    });
});
