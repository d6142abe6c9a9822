// The explorer asked "as of a day" in real headless Chromium, on the seeded graph: the date control is in
// the URL and kept from view to view, the matrix, gaps and impact views show the answer valid that day
// (figures equal to the API's for the same day), and a node's history panel lists its timeline with
// valid and record time. Screenshots at 1400 and 900 px; axe-core finds no WCAG 2.1 A/AA violation.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, useExplorerPage } from "../helpers/explorer-page.js";
import { axeViolations } from "../helpers/axe.js";

// Two days either side of report 001's June 2023 snapshot (2023-06-07): before it the 2022 one is in force.
const EARLY = "2023-03-01";
const LATE = "2023-09-01";

// The page on a strict server; the tests' own questions to the oracle beside it.
const e2e = useExplorerPage();
const ask = e2e.ask;
const pageErrors = e2e.pageErrors;
let page: Page;
let base = "";
beforeAll(() => {
    page = e2e.page;
    base = e2e.base;
});

/** Opens a link afresh (the same link twice is no navigation for the browser, hence the blank page between). */
async function open(hash: string, view: string): Promise<void> {
    await page.goto("about:blank");
    await page.goto(`${base}/explorer${hash}`);
    await page.waitForSelector(`#main[data-ready="${view}"]`, { timeout: 60_000 });
}
const numbers = (sel: string) => page.$$eval(sel, (els) => els.map((e) => Number(e.textContent)));
/** A day as the Vietnamese page writes it (1/3/2023). */
const viDay = (iso: string) => new Intl.DateTimeFormat("vi-VN", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
const shot = (name: string) => screenshot(page, name);

describe("explorer as of a day", () => {
    it("matrix: one total column for the day, equal to the API's totalAsOf, and the day changes the answer", async () => {
        const totals: Record<string, number[]> = {};
        for (const day of [EARLY, LATE]) {
            await open(`#/matrix?tier=PROVINCE&asOf=${day}`, "matrix");
            const api = await ask(`query($d: Date) { connectionMatrix(tier: PROVINCE, asOf: $d) { asOf assets { totalAsOf } rows { totalAsOf } } }`, { d: day });
            expect(api.connectionMatrix.asOf).toBe(day);
            totals[day] = await numbers('td[data-total-col="asof"]');
            expect(totals[day]).toEqual(api.connectionMatrix.assets.map((a: { totalAsOf: number }) => a.totalAsOf));
            const rows = await numbers('td[data-total-row="asof"]');
            expect(rows.reduce((a, b) => a + b, 0)).toBe(api.connectionMatrix.rows.reduce((a: number, r: { totalAsOf: number }) => a + r.totalAsOf, 0));
            // The snapshot columns give way to the day's: no 2022 / June 2023 totals on screen.
            expect(await page.$$('td[data-total-col="2022"]')).toHaveLength(0);
            expect(await page.textContent("#matrix-asof")).toContain(viDay(day));
            expect(await page.inputValue("#asof-switch")).toBe(day);
        }
        expect(totals[EARLY]).not.toEqual(totals[LATE]);
        await shot("matrix-asof-1400-vi");
    });

    it("the date control writes the day into the URL and the nav keeps it; clearing it returns to every snapshot", async () => {
        await open("#/matrix?tier=PROVINCE", "matrix");
        expect(await page.$('td[data-total-col="asof"]')).toBeNull();
        await page.evaluate(() => document.querySelector("#main")?.setAttribute("data-ready", ""));
        await page.fill("#asof-switch", EARLY);
        await page.dispatchEvent("#asof-switch", "change");
        await page.waitForSelector('#main[data-ready="matrix"] td[data-total-col="asof"]', { timeout: 60_000 });
        expect(page.url()).toContain(`asOf=${EARLY}`);
        await page.click('#nav a[data-view="gaps"]');
        await page.waitForSelector('#main[data-ready="gaps"]', { timeout: 60_000 });
        expect(page.url()).toContain(`asOf=${EARLY}`);
        // Cleared, the gaps view asks per snapshot again (its snapshot select is back).
        await page.evaluate(() => document.querySelector("#main")?.setAttribute("data-ready", ""));
        await page.fill("#asof-switch", "");
        await page.dispatchEvent("#asof-switch", "change");
        await page.waitForSelector('#main[data-ready="gaps"] #gaps-form select[name="snapshot"]', { timeout: 60_000 });
        expect(page.url()).not.toContain("asOf=");
        // Views that do not answer as of a day show no date control (and keep the day for the next one).
        await page.click('#nav a[data-view="paths"]');
        await page.waitForSelector('#main[data-ready="paths"]', { timeout: 60_000 });
        expect(await page.$("#asof-switch")).toBeNull();
    });

    it("gaps as of a day: the snapshot select gives way to the day, rows equal the API's", async () => {
        for (const width of [1400, 900]) {
            await page.setViewportSize({ width, height: 900 });
            await open(`#/gaps?asset=asset:001:2&tier=PROVINCE&status=OFFICIAL&asOf=${EARLY}`, "gaps");
            expect(await page.$('#gaps-form select[name="snapshot"]')).toBeNull();
            const api = await ask(`query($d: Date) { coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, asOf: $d) { asOf gaps { name } } }`, { d: EARLY });
            const rows = await page.$$eval("#gaps-list tbody tr td:first-child", (tds) => tds.map((td) => td.textContent));
            expect(rows).toEqual(api.coverageGaps.gaps.map((g: { name: string }) => g.name));
            expect(await page.textContent("#gaps-summary")).toContain(viDay(EARLY));
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow).toBeLessThanOrEqual(1);
            await shot(`gaps-asof-${width}-vi`);
        }
        await page.setViewportSize({ width: 1400, height: 900 });
        const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-csv="gaps-list"]')]);
        expect(download.suggestedFilename()).toBe(`gaps-asset-001-2-PROVINCE-OFFICIAL-${EARLY}.csv`);
    });

    it("impact as of a day: the connected agencies are those linked that day", async () => {
        await open(`#/impact?asset=asset:001:2&asOf=${EARLY}`, "impact");
        const api = await ask(`query($d: Date) { neighbourhood(node: "asset:001:2", relationship: "CONNECTED_TO", direction: IN, limit: 500, asOf: $d) { total } }`, { d: EARLY });
        expect(await page.textContent("#impact-summary")).toContain(`${api.neighbourhood.total}`);
        expect(await page.textContent("#impact-summary")).toContain(viDay(EARLY));
        expect(await page.$$eval("#impact-agencies tbody tr", (r) => r.length)).toBe(api.neighbourhood.total);
    });

    it("history: a node's timeline with valid and record time, rows equal the API's, in both languages", async () => {
        const api = await ask(`{ history(node: "province:da-nang") { total entries { kind validFrom recordedAt } } }`);
        expect(api.history.total).toBeGreaterThan(0);
        for (const [lang, width] of [["vi", 1400], ["en", 900]] as const) {
            await page.setViewportSize({ width, height: 900 });
            await open(`#/explore?node=province:da-nang${lang === "en" ? "&lang=en" : ""}`, "explore");
            await page.click("#show-history");
            await page.waitForSelector("#history-list");
            expect(await page.$$eval("#history-list tbody tr", (r) => r.length)).toBe(api.history.total);
            expect(await page.textContent("#history-summary")).toContain(String(api.history.total));
            expect(await page.textContent("#history-title")).toContain("Đà Nẵng");
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow).toBeLessThanOrEqual(1);
            await page.$eval("#explore-history", (el) => el.scrollIntoView());
            await shot(`history-${width}-${lang}`);
        }
        await page.setViewportSize({ width: 1400, height: 900 });
    });

    it("no accessibility violation on the dated views and the history panel; no page error", async () => {
        const found: string[] = [];
        await open(`#/matrix?tier=PROVINCE&asOf=${EARLY}`, "matrix");
        found.push(...(await axeViolations(page, "matrix asOf")));
        await open(`#/explore?node=province:da-nang&asOf=${EARLY}`, "explore");
        await page.click("#show-history");
        await page.waitForSelector("#history-list");
        found.push(...(await axeViolations(page, "history")));
        expect(found).toEqual([]);
        expect(pageErrors).toEqual([]);
    });
});
