// The explorer e2e files' common ground: a headless Chromium page on the explorer served by a server
// that runs only registered operations (TRUSTED_DOCUMENTS=strict, as the explorer must work with it),
// and an "oracle" server on the same graph for the tests' own raw questions and editors' writes (tokens
// signed with TEST_SECRET). With `rollback`, both run on one transaction rolled back after the file.
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { launchChromium } from "./browser.js";
import { TEST_SECRET } from "./jwt.js";
import { openRollbackScope, postGraphQL, testDriver, type RollbackScope } from "./neo4j.js";

export interface ExplorerPage {
    readonly driver: Driver;
    readonly page: Page;
    /** The explorer's address, without the hash: `${base}/explorer#/…`. */
    readonly base: string;
    /** The oracle's GraphQL URL (raw documents, editors' tokens). */
    readonly oracleUrl: string;
    /** Errors thrown in the page (none expected). */
    readonly pageErrors: string[];
    /** A raw question to the oracle; expects no errors. */
    ask(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Record<string, any>>;
}

export function useExplorerPage(o: { rollback?: boolean } = {}): ExplorerPage {
    const s = {} as { driver: Driver; scope?: RollbackScope; server: RunningServer; oracle: RunningServer; browser: Browser; page: Page };
    const pageErrors: string[] = [];
    beforeAll(async () => {
        s.driver = testDriver();
        if (o.rollback) s.scope = await openRollbackScope(s.driver);
        const executor = s.scope?.tx;
        s.server = await (await createServer({ driver: s.driver, executor, trustedDocuments: "strict" })).listen(0);
        s.oracle = await (await createServer({ driver: s.driver, executor, auth: { secret: TEST_SECRET } })).listen(0);
        s.browser = await launchChromium();
        s.page = await s.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
        s.page.on("pageerror", (e) => pageErrors.push(String(e)));
    });
    afterAll(async () => {
        await s.browser?.close();
        await s.server?.stop();
        await s.oracle?.stop();
        await s.scope?.rollback();
        await s.driver?.close();
    });
    return {
        get driver() {
            return s.driver;
        },
        get page() {
            return s.page;
        },
        get base() {
            return s.server.url.replace(/\/graphql$/, "");
        },
        get oracleUrl() {
            return s.oracle.url;
        },
        pageErrors,
        async ask(query, variables, headers) {
            const res = await postGraphQL(s.oracle.url, query, variables, headers);
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            return res.data!;
        },
    };
}

/** Whether this run writes the screenshots (`npm run screenshots`: E2E_SCREENSHOTS=1). */
export const WRITE_SCREENSHOTS = process.env.E2E_SCREENSHOTS === "1";

/**
 * Writes explorer/screenshots/<name>.png when the run is asked to (`npm run screenshots`, before committing
 * a change to the explorer); other runs check what each view shows and skip encoding the images, which
 * took about half of the browser tests' time (and left the committed images changed after every run).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
    if (WRITE_SCREENSHOTS) await page.screenshot({ path: path.join(PROJECT_ROOT, "explorer", "screenshots", `${name}.png`), fullPage: false });
}
