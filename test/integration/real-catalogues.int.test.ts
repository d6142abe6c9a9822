// Real catalogues as provinces write them (issue 27): an entry with an empty status is imported as
// "not stated" and flagged; departments written with abbreviations joined by "&", "và" or commas, or
// without diacritics (Đ as D), are recognised; a provincial unit that is not a Sở (a Ban quản lý, a Trung
// tâm) is created under its province when the row asks; the closest names offered for an unknown agency
// are the named province's own. Each form in its own file, imported in a rolled-back scope.
import { beforeAll, describe, expect, it } from "vitest";
import { agencyKey } from "../../lib/text.js";
import { useRollbackServer } from "../helpers/neo4j.js";
import { token } from "../helpers/jwt.js";

// One rolled-back transaction for the file: the imports of the first tests are there for the later ones.
const t = useRollbackServer({ per: "file" });
let auth: Record<string, string>;
beforeAll(async () => {
    auth = { authorization: `Bearer ${await token("real-catalogues", ["editor"])}` };
});

const HEADER = "agency,name,description,status,fields,legal_basis,create_department";
const importCsv = (f: string, rows: string[]) =>
    t.post(`mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries created departmentsCreated } }`, { f, c: `${HEADER}\n${rows.join("\n")}\n` }, auth);
/** The agency an imported row was kept by, read from the graph. */
const keeperOf = async (file: string, name: string): Promise<{ id: string; name: string; province: string | null; status: string }> => {
    const { records } = await t.tx.run(
        "MATCH (g:Agency)-[:KEEPS]->(e:InventoryEntry {file: $file, name: $name}) OPTIONAL MATCH (g)-[:PART_OF]->(p:Agency {kind: 'PROVINCE'}) RETURN g.id AS id, g.name AS name, p.name AS province, e.status AS status",
        { file, name },
    );
    expect(records.length, `${name} in ${file}`).toBe(1);
    return { id: records[0]!.get("id"), name: records[0]!.get("name"), province: records[0]!.get("province"), status: records[0]!.get("status") };
};
const provinceId = async (name: string): Promise<string> => {
    const { records } = await t.tx.run("MATCH (p:Agency {kind: 'PROVINCE', era: 2023}) RETURN p.id AS id, p.name AS name");
    return records.find((r) => agencyKey(r.get("name")).endsWith(agencyKey(name)))!.get("id");
};

describe("real catalogues come in", () => {
    it("an entry with an empty status is imported as NOT_STATED and flagged by catalogueQuality", async () => {
        const r = await importCsv("status-empty.csv", ["Sở Tư pháp tỉnh Hà Nam,CSDL hộ tịch tỉnh Hà Nam,Khai sinh kết hôn khai tử,,,,yes"]);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        const k = await keeperOf("status-empty.csv", "CSDL hộ tịch tỉnh Hà Nam");
        expect(k.status).toBe("NOT_STATED");
        const q = await t.post(`{ catalogueQuality(agency: "tỉnh Hà Nam") { catalogues { withoutStatus { itemName status problem source { file } } } } }`);
        expect(q.errors, JSON.stringify(q.errors)).toBeUndefined();
        const flagged = q.data!.catalogueQuality.catalogues[0].withoutStatus.filter((e: { source: { file: string } }) => e.source.file === "status-empty.csv");
        expect(flagged).toEqual([{ itemName: "CSDL hộ tịch tỉnh Hà Nam", status: "NOT_STATED", problem: "NO_STATUS", source: { file: "status-empty.csv" } }]);
    });

    it.each([
        ["joined by &", "Sở TN&MT tỉnh Nghệ An", "Sở Tài nguyên và Môi trường", "Nghệ An"],
        ["joined by và", "Sở TN và MT tỉnh Quảng Bình", "Sở Tài nguyên và Môi trường", "Quảng Bình"],
        ["joined by commas", "Sở VH, TT&DL tỉnh Bắc Ninh", "Sở Văn hóa, Thể thao và Du lịch", "Bắc Ninh"],
        ["without diacritics", "So Tu phap tinh Dien Bien", "Sở Tư pháp", "Điện Biên"],
        ["Đ written D", "Sở GD&DT tỉnh Hà Giang", "Sở Giáo dục và Đào tạo", "Hà Giang"],
    ])("a department written with abbreviations %s is recognised: %s", async (_form, written, canonical, province) => {
        const file = `dept-${agencyKey(written).replace(/\s+/g, "-")}.csv`;
        const r = await importCsv(file, [`"${written}","CSDL thử nghiệm ${written}",Dữ liệu,operating,,,yes`]);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        const k = await keeperOf(file, `CSDL thử nghiệm ${written}`);
        expect(k.name.startsWith(canonical)).toBe(true);
        expect(k.id.startsWith(`department:${(await provinceId(province)).split(":")[1]}:`)).toBe(true);
    });

    it.each([
        ["a management board", "Ban Quản lý di tích tỉnh Bắc Ninh", "Bắc Ninh"],
        ["a centre", "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", "Nghệ An"],
    ])("a provincial unit that is not a Sở (%s) is created under its province when asked", async (_form, written, province) => {
        const file = `unit-${agencyKey(written).replace(/\s+/g, "-")}.csv`;
        const refused = await importCsv(file, [`${written},CSDL của đơn vị,Dữ liệu,operating,,,`]);
        expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(JSON.stringify(refused.errors?.[0]?.extensions)).toMatch(/create_department/);
        const r = await importCsv(file, [`${written},CSDL của đơn vị,Dữ liệu,operating,,,yes`]);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        expect(r.data!.importInventory.departmentsCreated.length).toBe(1);
        const k = await keeperOf(file, "CSDL của đơn vị");
        expect(k.id).toBe(r.data!.importInventory.departmentsCreated[0]);
        expect(agencyKey(k.province ?? "")).toBe(agencyKey((await t.tx.run("MATCH (p:Agency {id: $id}) RETURN p.name AS n", { id: await provinceId(province) })).records[0]!.get("n")));
        expect(k.name.startsWith(written.split(" tỉnh ")[0]!)).toBe(true);
    });

    it("an unknown agency of a named province gets the closest names of that province only", async () => {
        const r = await importCsv("unknown.csv", ["Sở Khoa học Vũ trụ tỉnh Điện Biên,CSDL vũ trụ,Dữ liệu,operating,,,"]);
        expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        const rows = (r.errors![0]!.extensions as { rows: { row: number; message: string }[] }).rows;
        expect(rows.map((x) => x.row)).toEqual([2]);
        const closest = /closest: (.*?)\)(;|$)/.exec(rows[0]!.message)?.[1] ?? rows[0]!.message;
        const ids = [...closest.matchAll(/\((agency:[^)]+|department:[^)]+)/g)].map((m) => m[1]!);
        expect(ids.length).toBeGreaterThan(0);
        const dienBien = await provinceId("Điện Biên");
        const { records } = await t.tx.run("MATCH (a:Agency) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:PART_OF]->(p:Agency) RETURN a.id AS id, collect(p.id) AS parents", { ids });
        for (const rec of records) expect(rec.get("id") === dienBien || (rec.get("parents") as string[]).includes(dienBien), rec.get("id")).toBe(true);
    });
});
