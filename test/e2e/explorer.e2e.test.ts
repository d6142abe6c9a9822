// The explorer page in real headless Chromium (Debian's chromium, driven by playwright-core): each
// view loads against the seeded graph, the matrix cell shows its sources, "da nang" finds Đà Nẵng,
// and the figures shown equal the API's. Screenshots go to test-results/explorer/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import type { RunningServer } from "../../src/server.js";
import { postGraphQL, startTestServer, testDriver } from "../helpers/neo4j.js";
import { launchChromium } from "../helpers/browser.js";
const SHOTS = path.join(PROJECT_ROOT, "test-results", "explorer");

let driver: Driver;
let server: RunningServer;
let browser: Browser;
let page: Page;
let base = "";
const pageErrors: string[] = [];

beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    driver = testDriver();
    server = await startTestServer(driver);
    base = server.url.replace(/\/graphql$/, "");
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
});
afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await driver?.close();
});

async function open(hash: string, view: string): Promise<number> {
    const started = Date.now();
    await page.goto(`${base}/explorer${hash}`);
    await page.waitForSelector(`#main[data-ready="${view}"]`, { timeout: 30_000 });
    return Date.now() - started;
}
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

describe("explorer", () => {
    it("matrix: totals equal the API's, a cell click shows its sources, keyboard works", async () => {
        const ms = await open("#/matrix?tier=PROVINCE", "matrix");
        console.log(`[e2e] matrix first render ${ms} ms`);
        const api = await postGraphQL(server.url, `{ connectionMatrix(tier: PROVINCE) { assets { id total2022 totalJune2023 } rows { id } } }`);
        const cols = api.data?.connectionMatrix.assets;
        const shown2022 = await page.$$eval('td[data-total-col="2022"]', (tds) => tds.map((td) => Number(td.textContent)));
        const shown2023 = await page.$$eval('td[data-total-col="2023"]', (tds) => tds.map((td) => Number(td.textContent)));
        expect(shown2022).toEqual(cols.map((c: any) => c.total2022));
        expect(shown2023).toEqual(cols.map((c: any) => c.totalJune2023));
        expect(await page.$$eval("#matrix tbody tr", (r) => r.length)).toBe(63);
        await shot("matrix");
        await page.click('button.cell[data-agency="province:bac-lieu"][data-asset="asset:001:6"]');
        await page.waitForSelector("#source-list");
        const sources = await page.textContent("#sources");
        expect(sources).toContain("Y2022");
        expect(sources).toContain("Phụ lục 2 II. Địa phương");
        await shot("matrix-sources");
        await page.keyboard.press("Enter"); // focus is on Close
        expect(await page.isHidden("#sources")).toBe(true);
    });

    it("gaps: the population database's official gaps match the API, with a CSV export", async () => {
        await open("#/gaps?asset=asset:001:2&tier=PROVINCE&status=OFFICIAL&snapshot=Y2022", "gaps");
        const api = await postGraphQL(server.url, `{ coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { gaps { name } } }`);
        const rows = await page.$$eval("#gaps-list tr td:first-child", (tds) => tds.map((td) => td.textContent));
        expect(rows).toEqual(api.data?.coverageGaps.gaps.map((g: any) => g.name));
        expect(await page.textContent("#gaps-summary")).toContain(`${rows.length} of 63`);
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
        expect(download.suggestedFilename()).toMatch(/^gaps-asset-001-2-PROVINCE-OFFICIAL\.csv$/);
        await shot("gaps");
    });

    it("impact: a graph of the population database's services and consumers", async () => {
        await open("#/impact?asset=asset:001:2", "impact");
        await page.waitForSelector("#graph canvas");
        const api = await postGraphQL(server.url, `{ assetImpact(asset: "asset:001:2", depth: 3) { totalTransactions services { id } } }`);
        const summary = await page.textContent("#impact-summary");
        expect(summary).toContain(`${api.data?.assetImpact.services.length} services`);
        expect(summary).toContain((api.data?.assetImpact.totalTransactions as number).toLocaleString("vi-VN"));
        await shot("impact");
    });

    it('agency: searching "da nang" finds Đà Nẵng and shows its dependencies and usage', async () => {
        await open("#/agency", "agency");
        await page.fill("#agency-q", "da nang");
        await page.press("#agency-q", "Enter");
        await page.waitForSelector('button.hit[data-id="province:da-nang"]');
        await page.click('button.hit[data-id="province:da-nang"]');
        await page.waitForSelector("#agency-name");
        expect(await page.textContent("#agency-name")).toBe("Thành phố Đà Nẵng");
        const api = await postGraphQL(server.url, `{ agencyDependencies(agency: "province:da-nang") { assets { id } } }`);
        expect(await page.$$eval("#agency-assets tbody tr", (r) => r.length)).toBe(api.data?.agencyDependencies.assets.length);
        expect(await page.textContent("#agency-usage")).toBe((236676).toLocaleString("vi-VN"));
        expect(page.url()).toContain("id=province%3Ada-nang");
        await shot("agency");
    });

    it("data quality: the audit findings with both citations", async () => {
        await open("#/quality", "quality");
        const api = await postGraphQL(server.url, `{ auditFindingsConnection { totalCount } }`);
        expect(await page.textContent("#quality-summary")).toContain(`${api.data?.auditFindingsConnection.totalCount} findings`);
        expect(await page.textContent("#main")).toContain("29,553,971 in 001 Phụ lục 4 I but 25,817,055 in 001 Bảng 3");
        await shot("quality");
    });

    it("shows an error state instead of a blank page when the API refuses", async () => {
        await open("#/gaps?asset=no-such-asset&tier=PROVINCE&status=ANY", "gaps");
        expect(await page.textContent('[role="alert"]')).toContain('no asset is named "no-such-asset"');
        expect(pageErrors).toEqual([]);
    });
});
