// A frontend on another origin, in real Chromium: a page served from an allowed origin reads the API
// (preflight answered, CORS headers sent), a page from any other origin is blocked by the browser,
// and CSRF prevention still refuses simple (non-preflighted) cross-site requests. Also: a GraphiQL
// link with ?query= opens GraphiQL with that query.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { testDriver } from "../helpers/neo4j.js";
import { launchChromium } from "../helpers/browser.js";

/** A static page on its own port (= its own origin) that calls the API with fetch. */
function pageServer(apiUrl: string): Promise<{ origin: string; close(): Promise<void> }> {
    const html = `<!doctype html><meta charset="utf-8"><title>dashboard</title><script>
      async function ask(body, headers) {
        try {
          const res = await fetch(${JSON.stringify(apiUrl)}, { method: "POST", headers, body });
          return { status: res.status, body: await res.text() };
        } catch (e) { return { error: String(e) }; }
      }
      window.json = () => ask(JSON.stringify({ query: '{ search(text: "da nang", limit: 1) { id name } }' }), { "content-type": "application/json" });
      window.simple = () => ask(JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" });
    </script><p>dashboard</p>`;
    const srv = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
    return new Promise((resolve) =>
        srv.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, close: () => new Promise((r) => srv.close(() => r())) })),
    );
}

let driver: Driver;
let api: RunningServer;
let allowed: Awaited<ReturnType<typeof pageServer>>;
let other: Awaited<ReturnType<typeof pageServer>>;
let browser: Browser;

beforeAll(async () => {
    driver = testDriver();
    // The pages must know the API's URL and the API the allowed page's origin: pick the API's port
    // first, start both pages, then the API allowing only the first page's origin.
    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}/graphql`;
    allowed = await pageServer(apiUrl);
    other = await pageServer(apiUrl);
    api = await (await createServer({ driver, corsOrigins: [allowed.origin] })).listen(port);
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await allowed?.close();
    await other?.close();
    await driver?.close();
});

async function freePort(): Promise<number> {
    const srv = http.createServer();
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const port = (srv.address() as AddressInfo).port;
    await new Promise<void>((r) => srv.close(() => r()));
    return port;
}

describe("other origins", () => {
    it("a page on an allowed origin reads the API; the preflight is answered with CORS headers", async () => {
        const page = await browser.newPage();
        await page.goto(allowed.origin);
        const res = await page.evaluate(() => (window as unknown as { json(): Promise<{ status: number; body: string }> }).json());
        expect(res.status).toBe(200);
        expect(JSON.parse(res.body).data.search[0].id).toBe("province:da-nang");
        const pre = await fetch(api.url, { method: "OPTIONS", headers: { origin: allowed.origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
        expect(pre.status).toBe(204);
        expect(pre.headers.get("access-control-allow-origin")).toBe(allowed.origin);
        expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
        const post = await fetch(api.url, { method: "POST", headers: { origin: allowed.origin, "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
        expect(post.headers.get("access-control-allow-origin")).toBe(allowed.origin);
        expect(post.headers.get("vary")).toContain("Origin");
        await page.close();
    });

    it("a page on any other origin is blocked by the browser", async () => {
        const page = await browser.newPage();
        await page.goto(other.origin);
        const res = await page.evaluate(() => (window as unknown as { json(): Promise<{ error?: string }> }).json());
        expect(res.error).toMatch(/Failed to fetch|TypeError/);
        const pre = await fetch(api.url, { method: "OPTIONS", headers: { origin: other.origin, "access-control-request-method": "POST" } });
        expect(pre.headers.get("access-control-allow-origin")).toBeNull();
        await page.close();
    });

    it("CSRF prevention still refuses a simple cross-site request, even from the allowed origin", async () => {
        const page = await browser.newPage();
        await page.goto(allowed.origin);
        const res = await page.evaluate(() => (window as unknown as { simple(): Promise<{ status: number; body: string }> }).simple());
        expect(res.status).toBe(400);
        expect(res.body).toContain("Cross-Site Request Forgery");
        await page.close();
    });

    it("a GraphiQL link with ?query= opens GraphiQL with that query", async () => {
        const page = await browser.newPage();
        const query = '{ search(text: "hue", limit: 2) { id name } }';
        await page.goto(`${api.url}?query=${encodeURIComponent(query)}`);
        await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
        await page.waitForFunction((q) => document.body.innerText.includes(q.slice(2, 20)), query, { timeout: 30_000 });
        expect(await page.title()).toContain("GraphiQL");
        await page.close();
    });
});
