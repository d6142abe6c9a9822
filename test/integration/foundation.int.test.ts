// The foundation works end to end: HTTP → Apollo → @neo4j/graphql → the real Neo4j, plus /health,
// the offline GraphiQL page and CSRF prevention.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import type { RunningServer } from "../../src/server.js";
import { openRollbackScope, postGraphQL, startTestServer, testDriver, uniqueId, type RollbackScope } from "../helpers/neo4j.js";

let driver: Driver;
beforeAll(() => {
    driver = testDriver();
});
afterAll(() => driver.close());

describe("GraphQL round trip through the real Neo4j", () => {
    let scope: RollbackScope;
    let server: RunningServer;
    beforeEach(async () => {
        scope = await openRollbackScope(driver);
        server = await startTestServer(driver, scope.tx);
    });
    afterEach(async () => {
        await server.stop();
        await scope.rollback();
    });

    it("reads back an agency written in the same transaction, with filter and sort", async () => {
        const tag = uniqueId("t");
        await scope.tx.run(
            "UNWIND $rows AS r CREATE (:Agency:Era2023 {id: r.id, name: r.name, kind: 'PROVINCE', aliases: [r.name]})",
            { rows: [{ id: `${tag}-b`, name: `${tag} Đà Nẵng` }, { id: `${tag}-a`, name: `${tag} Cần Thơ` }] },
        );
        const res = await postGraphQL(
            server.url,
            `query ($p: ID!) { agencies(where: { id: { startsWith: $p } }, sort: [{ name: ASC }]) { id name kind } }`,
            { p: tag },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data?.agencies).toEqual([
            { id: `${tag}-a`, name: `${tag} Cần Thơ`, kind: "PROVINCE" },
            { id: `${tag}-b`, name: `${tag} Đà Nẵng`, kind: "PROVINCE" },
        ]);
    });

    it("answers a bad query with a GraphQL validation error, not a 500", async () => {
        const res = await postGraphQL(server.url, "{ agencies { noSuchField } }");
        expect(res.status).toBe(400);
        expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    });

    it("rejects malformed JSON with a 400 JSON error", async () => {
        const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
        expect(res.status).toBe(400);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
    });

    it("blocks a simple GET query that could be a CSRF (no preflight header)", async () => {
        const res = await fetch(`${server.url}?query=${encodeURIComponent("{ agencies { id } }")}`);
        expect(res.status).toBe(400);
        expect(await res.text()).toMatch(/CSRF/i);
    });
});

describe("HTTP extras", () => {
    let server: RunningServer;
    beforeAll(async () => {
        server = await startTestServer(driver);
    });
    afterAll(() => server.stop());

    it("GET /health says API and Neo4j are up", async () => {
        const res = await fetch(server.url.replace(/\/graphql$/, "/health"));
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: "ok", neo4j: "up" });
    });

    it("serves GraphiQL to a browser from local assets only (no CDN)", async () => {
        const html = await (await fetch(server.url, { headers: { accept: "text/html" } })).text();
        expect(html).toContain("GraphiQL");
        const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
        expect(srcs.length).toBe(4);
        for (const src of srcs) {
            expect(src.startsWith("/")).toBe(true);
            const asset = await fetch(new URL(src, server.url));
            expect(asset.status, src).toBe(200);
            expect((await asset.arrayBuffer()).byteLength, src).toBeGreaterThan(1000);
        }
    });
});

describe("/health when Neo4j is unreachable", () => {
    it("answers 503 fast", async () => {
        const { createDriver } = await import("../../src/db/driver.js");
        const dead = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "", connectionTimeoutMs: 1000 });
        const server = await startTestServer(dead);
        try {
            const started = Date.now();
            const res = await fetch(server.url.replace(/\/graphql$/, "/health"));
            expect(res.status).toBe(503);
            expect(await res.json()).toMatchObject({ neo4j: "down" });
            expect(Date.now() - started).toBeLessThan(5000);
        } finally {
            await server.stop();
            await dead.close();
        }
    });
});
