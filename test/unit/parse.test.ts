// The parsers against the real reports: counts stated by the reports, provenance on every record,
// every spelling resolved, and the personal contact data of 004 left out.
import { describe, expect, it } from "vitest";
import { buildSeedGraph } from "../../seed/pipeline.js";
import { prepareSeed } from "../../src/modules/reports/load.js";
import { hasContactData } from "../../lib/text.js";

const g = buildSeedGraph();
const all = <T>(pick: (s: (typeof g.sources)[number]) => T[]): T[] => g.sources.flatMap(pick);

describe("records parsed from the five reports", () => {
    it("001 Phụ lục 1: 23 numbered assets, 9 databases and 14 systems as §2 states, plus NDXP and paygov", () => {
        const numbered = all((s) => s.assets).filter((a) => a.citation.documentId === "001" && a.number !== null);
        expect(numbered.map((a) => a.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
        expect(numbered.filter((a) => a.kind === "DATABASE")).toHaveLength(9);
        expect(numbered.filter((a) => a.kind === "SYSTEM")).toHaveLength(14);
        const ids = new Set(all((s) => s.assets).map((a) => a.id));
        expect(ids.has("asset:ndxp") && ids.has("asset:paygov")).toBe(true);
    });

    it("every Phụ lục 1 asset has an owner; the population database belongs to Bộ Công an", () => {
        const owners = all((s) => s.ownerships);
        expect(new Set(owners.map((o) => o.assetId)).size).toBe(23);
        expect(owners.find((o) => o.assetId === "asset:001:2")?.agencyId).toBe("agency:bo-cong-an");
        expect(owners.find((o) => o.assetId === "asset:001:17")?.rule).toBe("the only agency named in the purpose");
    });

    it("001 Phụ lục 2: 31 ministries/agencies and 63 provinces, two columns kept as separate facts", () => {
        const defined = g.agencies.filter((a) => a.citation.section.startsWith("Phụ lục 2"));
        expect(defined.filter((a) => a.kind === "PROVINCE")).toHaveLength(63);
        expect(defined.filter((a) => a.kind !== "PROVINCE")).toHaveLength(31);
        const conns = all((s) => s.connections);
        const dienBien = conns.filter((c) => c.agencyId === "province:dien-bien");
        // Row 18: "1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15, 16, 17, 20, 21," | "1, 3, 5, 6, 7, 10, 11, 12, 13, 20"
        expect(dienBien.filter((c) => c.snapshot === "JUNE_2023")).toHaveLength(17);
        expect(dienBien.filter((c) => c.snapshot === "Y2022" && c.status === "OFFICIAL")).toHaveLength(10);
        expect(conns.filter((c) => c.agencyId === "agency:thanh-tra-chinh-phu")).toHaveLength(0);
        expect(conns.some((c) => c.assetId === "asset:paygov" && c.agencyId === "province:quang-ninh" && c.snapshot === "Y2022")).toBe(true);
    });

    it("001 Phụ lục 3: 41 services with transactions and error rate; unmatched providers stay unlinked", () => {
        const services = all((s) => s.services);
        expect(services).toHaveLength(41);
        expect(services[0]).toMatchObject({ number: 1, transactions: 67071102, errorRatePercent: 1.53 });
        expect(services.find((s) => s.number === 8)).toMatchObject({ transactions: 11908654, errorRatePercent: 23.12 });
        const providers = all((s) => s.serviceLinks).filter((l) => l.role === "PROVIDER");
        expect(providers.find((l) => l.serviceId === "service:001:2")?.targetId).toBe("asset:001:2");
        expect(providers.find((l) => l.serviceId === "service:001:5")?.targetId).toBe("asset:001:9");
        expect(providers.find((l) => l.serviceId === "service:001:37")).toBeUndefined();
    });

    it("001 Phụ lục 4: 30 ministries, 63 provinces and the enterprises, with transactions", () => {
        const p4 = all((s) => s.figures).filter((f) => f.citation.section.startsWith("Phụ lục 4"));
        expect(p4.filter((f) => f.citation.section === "Phụ lục 4 I")).toHaveLength(30);
        expect(p4.filter((f) => f.citation.section === "Phụ lục 4 II")).toHaveLength(63);
        expect(g.agencies.filter((a) => a.kind === "ENTERPRISE" && a.citation.section === "Phụ lục 4 III").length).toBeGreaterThanOrEqual(3);
        expect(p4.find((f) => f.subjectId === "province:lao-cai")?.value).toBe(42484058);
    });

    it("000: the land database's components, 45 catalogue agencies, 17 plans, 8 standards", () => {
        expect(all((s) => s.assets).filter((a) => a.parentId === "asset:001:4")).toHaveLength(6);
        const members = all((s) => s.listMembers);
        expect(members.filter((m) => m.listId === "list:000:appendix-1")).toHaveLength(45);
        expect(members.filter((m) => m.listId === "list:000:appendix-2")).toHaveLength(17);
        expect(members.filter((m) => m.listId === "list:000:s3-providers")).toHaveLength(17);
        const standards = all((s) => s.standards);
        expect(standards).toHaveLength(8);
        expect(standards[0]?.governsAssetIds).toEqual(["asset:001:2"]);
        expect(standards[1]?.instrument).toBe("Thông tư 75/2015/TT-BTNMT ngày 28/12/2015 của Bộ Tài nguyên và Môi trường");
    });

    it("002 and 004: the dated counts and the 8 Decision 17 targets", () => {
        expect(all((s) => s.figures).find((f) => f.id === "fig:002:catalogue-published-agencies")).toMatchObject({ value: 41, asOf: "2023-06-23" });
        const targets = all((s) => s.targets);
        expect(targets.map((t) => t.targetPercent)).toEqual([100, 100, 100, 30, 100, 100, 100, 100]);
        expect(targets[3]?.comparator).toBe("MORE_THAN");
    });

    it("003: Điện Biên's 132 datasets in 13 topics, each with a department of the province", () => {
        const datasets = all((s) => s.datasets);
        expect(datasets).toHaveLength(132);
        expect(new Set(datasets.map((d) => d.topicNumber)).size).toBe(13);
        const depts = g.agencies.filter((a) => a.kind === "DEPARTMENT");
        expect(depts.every((d) => d.parentId === "province:dien-bien")).toBe(true);
        expect(datasets.find((d) => d.topicNumber === "I" && d.number === 9)?.departmentId).toBe("department:dien-bien:so-lao-dong-thuong-binh-va-xa-hoi");
        expect(all((s) => s.figures).filter((f) => f.subjectId === "plan:003:dien-bien-2023-2025").map((f) => f.value)).toEqual([10, 50, 100]);
    });

    it("one agency is one node whatever the spelling, every spelling kept", () => {
        const mentions = (id: string) => new Set(g.mentions.filter((m) => m.agencyId === id).map((m) => m.spelling));
        expect(mentions("province:ba-ria-vung-tau")).toEqual(new Set(["Bà Rịa Vũng Tàu", "Bà Rịa - Vũng tàu", "Tỉnh Bà Rịa - Vũng Tàu"]));
        expect(mentions("province:can-tho")).toContain("TP. Cần Thơ");
        expect(mentions("province:can-tho")).toContain("Thành phố Cần Thơ");
        expect(mentions("agency:bo-ke-hoach-va-dau-tu")).toContain("Bộ KHĐT");
        expect(mentions("province:hoa-binh")).toEqual(new Set(["Hòa Bình", "Hoà Bình", "Tỉnh Hòa Bình"]));
    });

    it("every record cites document, section and locator", () => {
        const cited = [
            ...g.mentions, ...all((s) => s.assets), ...all((s) => s.connections), ...all((s) => s.figures), ...all((s) => s.services),
            ...all((s) => s.listMembers), ...all((s) => s.datasets), ...all((s) => s.targets), ...all((s) => s.standards), ...all((s) => s.serviceLinks),
            ...all((s) => s.successions),
        ];
        expect(cited.length).toBeGreaterThan(2500);
        for (const r of cited) {
            expect(r.citation.documentId).toMatch(/^(00[0-4]|ref-provinces|ref-ministries)$/);
            expect(r.citation.section.length).toBeGreaterThan(0);
            expect(r.citation.locator.length).toBeGreaterThan(0);
        }
    });

    it("no phone number or e-mail address reaches a row; 004's contact line would be caught", () => {
        const { rows } = prepareSeed();
        const strings = [...rows.nodes, ...rows.rels].flatMap((r) => Object.values(r.props)).flat().filter((v): v is string => typeof v === "string");
        expect(strings.filter(hasContactData)).toEqual([]);
        expect(hasContactData("số điện thoại: 0902170982, thư điện tử: tqtuan@mic.gov.vn")).toBe(true);
        expect(strings.some((s) => s.includes("Trần Quốc Tuấn"))).toBe(false);
    });
});
