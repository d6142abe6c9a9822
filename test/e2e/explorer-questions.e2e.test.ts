// The explorer's views of the observed-usage and duplicate questions in real headless Chromium (same
// set-up as explorer.e2e.test.ts), on the seeded graph plus, through the editor mutations
// (`importUsage`, `importInventory`), the usage sample that reproduces report 001 and the dev
// inventory: all of it inside one transaction that is rolled back at the end, so nothing is committed.
// Before the usage import the views say clearly that nothing is imported. Every tab in Vietnamese and
// English at 1400 and 900 px (screenshots in explorer/screenshots/), the rows and figures equal the
// API's answers fetched here, the 2025 map stays in the URL, tables sort with the order marked and
// export CSV, and axe-core finds no WCAG 2.1 A/AA violation. The page's server runs only registered
// operations (TRUSTED_DOCUMENTS=strict); the test's questions and imports go to a second server bound
// to the same transaction.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/config.js";
import { screenshot, useExplorerPage } from "../helpers/explorer-page.js";
import { axeViolations } from "../helpers/axe.js";
import { token } from "../helpers/jwt.js";
import { postGraphQL } from "../helpers/neo4j.js";
import { sharedSampleFiles } from "../helpers/usage.js";

const INVENTORY = path.join(PROJECT_ROOT, "test/fixtures/duplicates/inventory-dev.import.csv");

// The page on a strict server; the tests' own questions and imports to the oracle beside it, both on
// one transaction rolled back after the file.
const e2e = useExplorerPage({ rollback: true });
const pageErrors = e2e.pageErrors;
let oracle: { url: string };
let page: Page;
let base = "";

/** Every tab of the two views: [screenshot name, view, link]. */
const TABS: [string, string, string][] = [
    ["observed", "observed", "#/observed?tab=service&service=2"],
    ["observed-agency", "observed", "#/observed?tab=agency&agency=Bộ%20Công%20an"],
    ["observed-links", "observed", "#/observed?tab=links&tier=PROVINCE"],
    ["observed-critical", "observed", "#/observed?tab=critical"],
    ["duplicates", "duplicates", "#/duplicates?tab=candidates"],
    ["duplicates-clusters", "duplicates", "#/duplicates?tab=clusters"],
    ["duplicates-copies", "duplicates", "#/duplicates?tab=copies"],
    ["duplicates-links", "duplicates", "#/duplicates?tab=links"],
    ["duplicates-inventory", "duplicates", "#/duplicates?tab=inventory&tier=PROVINCE"],
];

const ask = e2e.ask;
const vi = (n: number, digits?: number) => n.toLocaleString("vi-VN", digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });

beforeAll(() => {
    page = e2e.page;
    base = e2e.base;
    oracle = { url: e2e.oracleUrl };
});

const withParams = (hash: string, extra: string) => (extra ? `${hash}${hash.includes("?") ? "&" : "?"}${extra}` : hash);

/** Opens a link and waits for its view; a tab of the view on screen is a hash change, so the flag is reset first. */
async function open(hash: string, view: string): Promise<void> {
    await page.evaluate(() => document.querySelector("#main")?.setAttribute("data-ready", "")).catch(() => undefined);
    await page.goto(`${base}/explorer${hash}`);
    await page.waitForSelector(`#main[data-ready="${view}"]`, { timeout: 120_000 });
}
const shot = (name: string) => screenshot(page, name);
const texts = (sel: string) => page.$$eval(sel, (els) => els.map((e) => (e.textContent ?? "").trim()));

describe("explorer: observed usage and duplicates", () => {
    it("with no usage imported, every observed-usage tab says so in words (vi and en)", async () => {
        const none = await ask(`{ usageImports { total } serviceConsumers(service: "2") { basis reported { transactions } } }`);
        expect(none.usageImports.total).toBe(0);
        expect(none.serviceConsumers.basis).toBe("REPORTED");
        for (const [name, view, hash] of TABS.filter(([, v]) => v === "observed")) {
            await open(hash, view);
            expect(await page.$('[role="alert"]'), name).toBeNull();
            expect(await page.getAttribute("#observed-basis", "class")).toBe("empty");
            expect(await page.textContent("#observed-basis")).toContain("Chưa nhập dữ liệu sử dụng thực tế");
        }
        await open("#/observed?tab=service&service=2", "observed");
        // The report's own figure is still shown, in Vietnamese format, and there is no consumer table.
        expect(await page.textContent("#observed-summary")).toContain(vi(none.serviceConsumers.reported.transactions));
        expect(await page.textContent("#observed-empty")).toContain("không chia theo bên sử dụng");
        expect(await page.textContent("#observed-summary")).not.toContain("Thực tế:");
        await shot("observed-empty-1400-vi");
        await open("#/observed?tab=service&service=2&lang=en", "observed");
        expect(await page.textContent("#observed-basis")).toContain("No observed usage");
        await shot("observed-empty-1400-en");
        expect(pageErrors).toEqual([]);
    }, 300_000);

    it("the page's server runs the explorer's registered ids and refuses a raw query sent from the page", async () => {
        // On the page the previous test left open (the explorer, served by the strict server).
        const raw = await page.evaluate(async () => {
            const res = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ agencies(limit: 1) { id } }" }) });
            return { status: res.status, body: (await res.json()) as { errors?: { extensions?: { code?: string } }[]; data?: unknown } };
        });
        expect(raw.status).toBe(400);
        expect(raw.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
        expect(raw.body.data).toBeUndefined();
        expect(pageErrors).toEqual([]);
    }, 120_000);

    it("imports the usage sample and the dev inventory through the editor mutations (rolled back at the end)", async () => {
        const files = await sharedSampleFiles();
        const auth = { authorization: `Bearer ${await token("explorer-e2e", ["editor"])}` };
        const usage = await postGraphQL(oracle.url, `mutation ($f: String!, $c: String!) { importUsage(fileName: $f, content: $c) { documentId pairs } }`, { f: "usage-2023.csv", c: readFileSync(files.csv, "utf8") }, auth);
        expect(usage.errors).toBeUndefined();
        expect(usage.data!.importUsage.pairs).toBeGreaterThan(0);
        const inventory = await postGraphQL(oracle.url, `mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries } }`, { f: path.basename(INVENTORY), c: readFileSync(INVENTORY, "utf8") }, auth);
        expect(inventory.errors).toBeUndefined();
        expect(inventory.data!.importInventory.entries).toBeGreaterThan(0);
    }, 300_000);

    it("every tab in Vietnamese and English at 1400 and 900 px: no error, no page overflow, screenshots", async () => {
        for (const width of [1400, 900]) {
            await page.setViewportSize({ width, height: 900 });
            for (const lang of ["vi", "en"]) {
                for (const [name, view, hash] of TABS) {
                    await open(withParams(hash, lang === "en" ? "lang=en" : ""), view);
                    expect(await page.$('[role="alert"]'), `${name} ${lang} ${width}`).toBeNull();
                    expect(await page.getAttribute("html", "lang")).toBe(lang);
                    expect(await page.$("table.list tbody tr"), `${name} has rows`).not.toBeNull();
                    expect(await page.getAttribute(`nav.tabs a[aria-current="page"]`, "data-tab")).toBe(new URLSearchParams(hash.split("?")[1]).get("tab"));
                    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                    expect(overflow, `${name} ${lang} ${width} overflows by ${overflow}px`).toBeLessThanOrEqual(1);
                    await shot(`${name}-${width}-${lang}`);
                }
            }
        }
        expect(pageErrors).toEqual([]);
    }, 900_000);

    it("who uses a service: months and consumers equal the API's, the report's figure beside; sort and CSV", async () => {
        await page.setViewportSize({ width: 1400, height: 900 });
        await open("#/observed?tab=service&service=2", "observed");
        const r = (await ask(`{ serviceConsumers(service: "2", limit: 1000) { basis observed { total } reported { transactions } totalConsumers months { month total } consumers { id name observed { total } } } }`)).serviceConsumers;
        expect(r.basis).toBe("OBSERVED");
        expect(await page.textContent("#observed-basis")).toContain("Số liệu trao đổi thực tế đã nhập");
        const summary = await page.textContent("#observed-summary");
        expect(summary).toContain(`${vi(r.observed.total)} giao dịch`);
        expect(summary).toContain(`${r.totalConsumers} bên sử dụng`);
        expect(summary).toContain(`Báo cáo (Phụ lục 3): ${vi(r.reported.transactions)}`);
        expect(await texts("#observed-months tbody td:nth-child(4)")).toEqual(r.months.map((m: { total: number }) => vi(m.total)));
        expect(await texts("#observed-consumers tbody td:first-child")).toEqual(r.consumers.map((c: { name: string; id: string }) => (c.id.startsWith("usage:") ? "Bên sử dụng ngoài đồ thị" : c.name)));
        expect(await page.getAttribute("#observed-consumers thead th:nth-child(3)", "aria-sort")).toBe("descending");
        // Every attributed consumer links to its node in the explore view.
        const links = await page.$$eval("#observed-consumers tbody td:first-child a", (as) => as.map((a) => a.getAttribute("href")));
        expect(links).toEqual(r.consumers.filter((c: { id: string }) => !c.id.startsWith("usage:")).map((c: { id: string }) => `#/explore?node=${encodeURIComponent(c.id)}`));
        // Sort by name: marked on the header, rows in Vietnamese order, and the CSV follows.
        await page.click('#observed-consumers button[data-sort-col="0"]');
        expect(await page.getAttribute("#observed-consumers thead th:nth-child(1)", "aria-sort")).toBe("ascending");
        expect(await page.$("#observed-consumers thead th:nth-child(3)[aria-sort]")).toBeNull();
        const names = await texts("#observed-consumers tbody td:first-child");
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
        const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-csv="observed-consumers"]')]);
        expect(download.suggestedFilename()).toBe("observed-service-2-consumers-E2023.csv");
        const csv = readFileSync((await download.path())!, "utf8").split("\r\n");
        expect(csv).toHaveLength(r.consumers.length + 1);
        expect(csv[1]).toContain(names[0]!);
    });

    it("who uses a service on the 2025 map: consumers are 2025 units with their 2023 parts, as the API adds them up", async () => {
        await open("#/observed?tab=service&service=2&era=E2025", "observed");
        const r = (await ask(`{ serviceConsumers(service: "2", era: E2025, limit: 1000) { consumers { id name parts observed { total } } } }`)).serviceConsumers;
        const merged = r.consumers.filter((c: { parts: string[] }) => c.parts.length > 1);
        expect(merged.length).toBeGreaterThan(0);
        expect(await texts("#observed-consumers tbody td:first-child")).toEqual(r.consumers.map((c: { name: string; id: string }) => (c.id.startsWith("usage:") ? "Bên sử dụng ngoài đồ thị" : c.name)));
        expect(await texts("#observed-consumers tbody td:nth-child(3)")).toEqual(r.consumers.map((c: { parts: string[] }) => c.parts.join(", ")));
        expect(await texts("#observed-consumers tbody td:nth-child(4)")).toEqual(r.consumers.map((c: { observed: { total: number } }) => vi(c.observed.total)));
        expect(page.url()).toContain("era=E2025");
        expect(await page.$eval("#era-switch", (s) => (s as HTMLSelectElement).value)).toBe("E2025");
        await shot("observed-2025-1400-vi");
    });

    it("what an agency uses: its services equal the API's, its Phụ lục 4 total beside", async () => {
        await open("#/observed?tab=agency&agency=Bộ%20Công%20an", "observed");
        const r = (await ask(`{ consumedServices(agency: "Bộ Công an", limit: 1000) { id observed { total } reported { transactions } services { id name number observed { total } } } }`)).consumedServices;
        expect(r.services.length).toBeGreaterThan(0);
        expect(await page.$$eval("#observed-services tbody tr", (tr) => tr.length)).toBe(r.services.length);
        expect(await texts("#observed-services tbody td:nth-child(3)")).toEqual(r.services.map((s: { observed: { total: number } }) => vi(s.observed.total)));
        expect(await page.textContent("#observed-summary")).toContain(vi(r.reported.transactions));
        expect(await page.getAttribute("#observed-summary a", "href")).toBe(`#/explore?node=${encodeURIComponent(r.id)}`);
    });

    it("declared vs observed: the counts per class and the pairs equal the API's; the 2025 map stays in the URL", async () => {
        await open("#/observed?tab=links&tier=PROVINCE", "observed");
        const r = (await ask(`{ declaredVsObserved(tier: PROVINCE, limit: 5000) { total counts { class count } pairs { class agencyName } } }`)).declaredVsObserved;
        for (const c of r.counts as { class: string; count: number }[]) expect(await page.textContent(`#observed-summary li[data-class="${c.class}"] strong`)).toBe(vi(c.count));
        const problems = r.pairs.filter((x: { class: string }) => x.class !== "CONSISTENT" && x.class !== "UNDETERMINED");
        expect(problems.length).toBeGreaterThan(0);
        expect(await page.$$eval("#observed-links tbody tr", (tr) => tr.length)).toBe(problems.length);
        expect(await page.textContent("#observed-links tbody")).toContain("Chính thức nhưng không trao đổi thường xuyên");
        expect(await page.textContent("#observed-links tbody")).not.toContain("OFFICIAL_WITHOUT_REGULAR_TRAFFIC");
        // The class filter and the era switch are kept in the URL.
        await page.selectOption('#observed-form select[name="cls"]', "TECHNICAL_IN_REGULAR_USE");
        await page.waitForFunction(() => location.hash.includes("cls=TECHNICAL_IN_REGULAR_USE"));
        await page.waitForSelector('#main[data-ready="observed"]');
        await page.waitForFunction((n) => document.querySelectorAll("#observed-links tbody tr").length === n, r.pairs.filter((x: { class: string }) => x.class === "TECHNICAL_IN_REGULAR_USE").length);
        await page.selectOption("#era-switch", "E2025");
        await page.waitForFunction(() => location.hash.includes("era=E2025") && location.hash.includes("tab=links"));
        await page.waitForSelector('#main[data-ready="observed"]');
        const r25 = (await ask(`{ declaredVsObserved(tier: PROVINCE, era: E2025, limit: 5000) { pairs { class agencyName } } }`)).declaredVsObserved;
        const tech25 = r25.pairs.filter((x: { class: string }) => x.class === "TECHNICAL_IN_REGULAR_USE");
        await page.waitForFunction((n) => document.querySelectorAll("#observed-links tbody tr").length === n, tech25.length);
        expect(new Set(await texts("#observed-links tbody td:first-child a"))).toEqual(new Set(tech25.map((x: { agencyName: string }) => x.agencyName)));
        await shot("observed-links-2025-1400-vi");
    });

    it("single points of failure: ranks, scores and the count equal the API's", async () => {
        await open("#/observed?tab=critical", "observed");
        const r = (await ask(`{ criticality(limit: 1000) { total assets { id score singlePointOfFailure } } }`)).criticality;
        expect(await page.$$eval("#observed-critical tbody tr", (tr) => tr.length)).toBe(r.total);
        expect(await texts("#observed-critical tbody td:nth-child(3)")).toEqual(r.assets.map((a: { score: number }) => vi(a.score, 1)));
        const spof = r.assets.filter((a: { singlePointOfFailure: boolean }) => a.singlePointOfFailure).length;
        expect(await page.textContent("#observed-summary")).toContain(`${spof} là điểm lỗi đơn`);
        await open("#/observed?tab=critical&spof=1", "observed");
        expect(await page.$$eval("#observed-critical tbody tr", (tr) => tr.length)).toBe(spof);
    });

    it("duplicates: candidates, clusters, redundant copies, missing links and agencies without inventory equal the API's", async () => {
        const r = await ask(`{
            duplicateCandidates { total candidates { itemName score } }
            duplicateClusters { total clusters { agencyCount } }
            redundantCopies { total copies { agency { name } nationalAssetId } }
            missingLinks { total links { agency { name } } }
            agenciesWithoutInventory(tier: PROVINCE) { checked total agencies { id name } }
        }`);
        await open("#/duplicates?tab=candidates", "duplicates");
        expect(await page.$$eval("#dup-candidates tbody tr", (tr) => tr.length)).toBe(r.duplicateCandidates.total);
        expect(await texts("#dup-candidates tbody td:nth-child(5)")).toEqual(r.duplicateCandidates.candidates.map((c: { score: number }) => vi(c.score, 2)));
        expect(await page.textContent("#dup-summary")).toContain(`${r.duplicateCandidates.total} dữ liệu địa phương`);
        await open("#/duplicates?tab=clusters", "duplicates");
        expect(await texts("#dup-clusters tbody td:nth-child(3)")).toEqual(r.duplicateClusters.clusters.map((c: { agencyCount: number }) => String(c.agencyCount)));
        await open("#/duplicates?tab=copies", "duplicates");
        expect(await page.$$eval("#dup-copies tbody tr", (tr) => tr.length)).toBe(r.redundantCopies.total);
        expect(await page.$$eval("#dup-copies tbody td:nth-child(2) a", (as) => as.map((a) => a.getAttribute("href")))).toEqual(r.redundantCopies.copies.map((c: { nationalAssetId: string }) => `#/explore?node=${encodeURIComponent(c.nationalAssetId)}`));
        await open("#/duplicates?tab=links", "duplicates");
        expect(await page.$$eval("#dup-links tbody tr", (tr) => tr.length)).toBe(r.missingLinks.total);
        await open("#/duplicates?tab=inventory&tier=PROVINCE", "duplicates");
        const inv = r.agenciesWithoutInventory;
        expect(await page.textContent("#dup-summary")).toContain(`${inv.total} trên ${inv.checked} cơ quan`);
        expect(await texts("#dup-inventory tbody td:first-child")).toEqual(inv.agencies.map((a: { name: string }) => a.name));
        const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-csv="dup-inventory"]')]);
        expect(download.suggestedFilename()).toBe("duplicates-without-inventory-PROVINCE-E2023.csv");
        expect(readFileSync((await download.path())!, "utf8").split("\r\n")).toHaveLength(inv.total + 1);
        // The 2025 map: agencies become 2025 units.
        await open("#/duplicates?tab=inventory&tier=PROVINCE&era=E2025", "duplicates");
        const inv25 = (await ask(`{ agenciesWithoutInventory(tier: PROVINCE, era: E2025) { checked total agencies { name } } }`)).agenciesWithoutInventory;
        expect(inv25.checked).toBe(34);
        expect(await texts("#dup-inventory tbody td:first-child")).toEqual(inv25.agencies.map((a: { name: string }) => a.name));
        await open("#/duplicates?tab=candidates&era=E2025", "duplicates");
        expect(await page.textContent("#dup-candidates tbody")).toContain("Đơn vị 2025");
        await shot("duplicates-2025-1400-vi");
        expect(pageErrors).toEqual([]);
    });

    it("accessibility: axe-core finds no WCAG 2 A/AA violation in any tab", async () => {
        await page.setViewportSize({ width: 1400, height: 900 });
        const found: string[] = [];
        for (const [name, view, hash] of TABS) {
            await open(hash, view);
            found.push(...(await axeViolations(page, name)));
        }
        expect(found).toEqual([]);
    }, 300_000);
});
