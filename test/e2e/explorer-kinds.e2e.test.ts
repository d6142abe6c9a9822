// The explorer's missing-databases view in real headless Chromium, on the seed plus the example
// inventories and reference catalogue (examples/imports/, imported through the editor mutations in a
// transaction rolled back at the end): every tab in Vietnamese and English at 1400 and 900 px
// (screenshots in explorer/screenshots/), the rows equal the API's answers fetched here, the 2025 map and
// the date control answer as the API does, tables export CSV, and axe-core finds no WCAG 2.1 A/AA
// violation. The page's server runs only registered operations (TRUSTED_DOCUMENTS=strict).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/config.js";
import { screenshot, useExplorerPage } from "../helpers/explorer-page.js";
import { axeViolations } from "../helpers/axe.js";
import { token } from "../helpers/jwt.js";
import { postGraphQL } from "../helpers/neo4j.js";

const EX = path.join(PROJECT_ROOT, "examples/imports");

// The page on a strict server; the tests' own questions and imports to the oracle beside it, both on
// one transaction rolled back after the file.
const e2e = useExplorerPage({ rollback: true });
const pageErrors = e2e.pageErrors;
let oracle: { url: string };
let page: Page;
let base = "";

/** The view's tabs: [name, link, the table's id, the API question whose rows it shows]. */
const TABS: [string, string, string, string][] = [
    ["missing", "#/kinds?tab=missing&tier=PROVINCE", "kinds-missing", `{ missingDatabases(tier: PROVINCE, includeViaNational: true) { missing { agency { name } } } }`],
    ["heatmap", "#/kinds?tab=heatmap&tier=PROVINCE", "kinds-heatmap", `{ kindHeatmap(tier: PROVINCE, limit: 40) { rows { agency { name } } } }`],
    ["quality", "#/kinds?tab=quality&tier=PROVINCE", "kinds-quality", `{ catalogueQuality(tier: PROVINCE) { catalogues { agency { name } } } }`],
    ["conflicts", "#/kinds?tab=conflicts&tier=PROVINCE", "kinds-conflicts", `{ responsibilityConflicts(tier: PROVINCE) { conflicts { scope { name } } } }`],
];
const rowsOf = (data: Record<string, Record<string, { agency?: { name: string }; scope?: { name: string } | null }[]>>): string[] => {
    const [answer] = Object.values(data);
    const [list] = Object.values(answer!);
    return list!.map((r) => r.agency?.name ?? r.scope?.name ?? "");
};

const ask = e2e.ask;

beforeAll(() => {
    page = e2e.page;
    base = e2e.base;
    oracle = { url: e2e.oracleUrl };
});

async function open(hash: string): Promise<void> {
    await page.goto("about:blank");
    await page.goto(`${base}/explorer${hash}`);
    await page.waitForSelector(`#main[data-ready="kinds"]`, { timeout: 120_000 });
}
const shot = (name: string) => screenshot(page, name);
const firstCells = (id: string) => page.$$eval(`#${id} tbody tr td:first-child`, (tds) => tds.map((td) => (td.textContent ?? "").trim()));
const viDay = (iso: string) => new Intl.DateTimeFormat("vi-VN", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

describe("explorer: missing databases and catalogue quality", () => {
    it("imports the example inventories and reference catalogue through the editor mutations (rolled back at the end)", async () => {
        const auth = { authorization: `Bearer ${await token("explorer-kinds-e2e", ["editor"])}` };
        for (const f of ["inventory-sample.csv", "inventory-provinces-sample.csv"]) {
            const r = await postGraphQL(oracle.url, `mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries } }`, { f, c: readFileSync(path.join(EX, f), "utf8") }, auth);
            expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        }
        const ref = await postGraphQL(oracle.url, `mutation ($f: String!, $c: String!) { importReferenceCatalogue(fileName: $f, content: $c) { rows } }`, { f: "reference-sample.csv", c: readFileSync(path.join(EX, "reference-sample.csv"), "utf8") }, auth);
        expect(ref.errors, JSON.stringify(ref.errors)).toBeUndefined();
    }, 300_000);

    it("every tab in Vietnamese and English at 1400 and 900 px: the rows are the API's, no page overflow, no error", async () => {
        for (const [name, hash, id, question] of TABS) {
            const api = rowsOf(await ask(question));
            expect(api.length, name).toBeGreaterThan(0);
            for (const width of [1400, 900]) {
                await page.setViewportSize({ width, height: 900 });
                for (const lang of ["vi", "en"] as const) {
                    await open(`${hash}${lang === "en" ? "&lang=en" : ""}`);
                    expect(await page.$('[role="alert"]'), `${name} ${lang} ${width}`).toBeNull();
                    const shown = await firstCells(id);
                    // In the API's order; a conflict without a province is national ("tất cả" / "all").
                    expect(shown.length).toBe(api.length);
                    shown.forEach((s, i) => expect(s.startsWith(api[i] || (lang === "vi" ? "tất cả" : "all")), `${name} row ${i}: ${s}`).toBe(true));
                    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                    expect(overflow, `${name} ${width}`).toBeLessThanOrEqual(1);
                    await shot(`kinds-${name}-${width}-${lang}`);
                }
            }
        }
        await page.setViewportSize({ width: 1400, height: 900 });
        // Vietnamese first: the title and the tabs.
        await open("#/kinds");
        expect(await page.textContent("h1")).toBe("CSDL còn thiếu và chất lượng danh mục");
        expect(pageErrors).toEqual([]);
    }, 600_000);

    it("against the reference catalogue, on the 2025 map, and as of a day: the rows are the API's", async () => {
        await open("#/kinds?tab=missing&tier=PROVINCE&basis=REFERENCE");
        const ref = await ask(`{ missingDatabases(tier: PROVINCE, basis: REFERENCE, includeViaNational: true) { missing { label } } }`);
        expect((await firstCells("kinds-missing")).length).toBe(ref.missingDatabases.missing.length);
        await open("#/kinds?tab=heatmap&tier=PROVINCE&era=E2025");
        const e2025 = await ask(`{ kindHeatmap(tier: PROVINCE, era: E2025, limit: 40) { rows { agency { name } } } }`);
        expect(await firstCells("kinds-heatmap")).toEqual(e2025.kindHeatmap.rows.map((r: { agency: { name: string } }) => expect.stringContaining(r.agency.name)));
        expect(await page.$("p.note")).not.toBeNull();
        // The day before the import: nothing imported yet, so no catalogue (the date control shows the day).
        const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
        await open(`#/kinds?tab=quality&tier=PROVINCE&asOf=${yesterday}`);
        expect(await page.inputValue("#asof-switch")).toBe(yesterday);
        const before = await ask(`query ($d: Date) { catalogueQuality(tier: PROVINCE, asOf: $d) { catalogues { agency { name } } } }`, { d: yesterday });
        expect(before.catalogueQuality.catalogues.length).toBe(0);
        expect(await page.$("#kinds-quality")).toBeNull();
        expect(await page.textContent("#kinds-summary")).toContain(viDay(yesterday));
        await shot("kinds-quality-asof-1400-vi");
    }, 300_000);

    it("exports each table as CSV named after the question", async () => {
        await open("#/kinds?tab=missing&tier=PROVINCE");
        const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-csv="kinds-missing"]')]);
        expect(download.suggestedFilename()).toBe("missing-databases-missing-PROVINCE-E2023-PEERS.csv");
        const text = readFileSync((await download.path())!, "utf8");
        const api = await ask(`{ missingDatabases(tier: PROVINCE, includeViaNational: true) { total } }`);
        expect(text.trim().split("\n").length).toBeGreaterThanOrEqual(api.missingDatabases.total + 1);
    }, 120_000);

    it("accessibility: axe-core finds no WCAG 2 A/AA violation on any tab; no page error", async () => {
        const found: string[] = [];
        for (const [name, hash] of TABS) {
            await open(hash);
            found.push(...(await axeViolations(page, `kinds ${name}`)));
        }
        expect(found).toEqual([]);
        expect(pageErrors).toEqual([]);
    }, 300_000);
});
