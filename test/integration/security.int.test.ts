// OWASP / graphql-cop style checks against the real server: each abuse gets a 4xx or a GraphQL
// error, never a 500, a stack trace or a hint about the schema.
import { createLog } from "../../src/http/log.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Driver } from "neo4j-driver";
import type { Session } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { LIMITS } from "../../src/http/limits.js";
import { postGraphQL, startTestServer, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
let server: RunningServer;
let prod: RunningServer;
beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
    prod = await (await createServer({ driver, production: true })).listen(0);
});
afterAll(async () => {
    await server.stop();
    await prod.stop();
    await driver.close();
});

const rejected = (res: { status: number; errors?: unknown[] }) => {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
};

describe("query limits", () => {
    it("a depth bomb is refused", async () => {
        let q = "id";
        for (let i = 0; i < 15; i++) q = `parent { ${q} }`;
        rejected(await postGraphQL(server.url, `{ agencies { ${q} } }`));
    });

    it(`more than ${LIMITS.maxAliases} aliases are refused`, async () => {
        const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: search(text: "da nang") { id }`).join(" ");
        rejected(await postGraphQL(server.url, `{ ${aliases} }`));
    });

    it("aliases count whatever field they alias, __typename included (production too)", async () => {
        const typenames = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `t${i}: __typename`).join(" ");
        for (const url of [server.url, prod.url]) rejected(await postGraphQL(url, `{ ${typenames} }`));
        const fine = Array.from({ length: LIMITS.maxAliases }, (_, i) => `t${i}: __typename`).join(" ");
        expect((await postGraphQL(server.url, `{ ${fine} }`)).errors).toBeUndefined();
    });

    it("a repeated directive is refused with one error, however often it repeats", async () => {
        for (const n of [3, LIMITS.maxDirectives, 1000]) {
            for (const url of [server.url, prod.url]) {
                const res = await postGraphQL(url, `{ __typename ${"@nope ".repeat(n)} }`);
                rejected(res);
                expect(res.errors, `${n} repetitions`).toHaveLength(1);
            }
        }
        const unknownField = await postGraphQL(prod.url, `{ ${Array.from({ length: 12 }, () => "nope").join(" ")} }`);
        expect(unknownField.errors).toHaveLength(1);
        expect(unknownField.errors?.[0]?.extensions?.occurrences).toBe(12);
    });

    it("a token flood is refused", async () => {
        const fields = Array.from({ length: LIMITS.maxTokens }, () => "id").join(" ");
        rejected(await postGraphQL(server.url, `{ agencies { ${fields} } }`));
    });

    it("a directive flood is refused", async () => {
        rejected(await postGraphQL(server.url, `{ agencies { id ${"@include(if: true) ".repeat(30)} } }`));
    });

    it("an expensive query is refused by cost", async () => {
        const wide = "id name kind aliases sortName";
        const nest = `agencies { ${wide} connectedAssets { ${wide.replace("aliases sortName", "")} connectedAgencies { ${wide} connectedAssets { id name connectedAgencies { ${wide} } } } } }`;
        rejected(await postGraphQL(server.url, `{ a: ${nest} b: ${nest} c: ${nest} }`));
    });

    it("circular fragments are refused", async () => {
        rejected(await postGraphQL(server.url, `query { agencies { ...A } } fragment A on Agency { parent { ...B } } fragment B on Agency { units { ...A } }`));
    });

    it("batched requests are refused", async () => {
        const res = await fetch(server.url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(Array.from({ length: 20 }, () => ({ query: "{ search(text: \"da\") { id } }" }))),
        });
        expect(res.status).toBe(400);
    });

    it("a huge body is refused with 413", async () => {
        const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ search(text: "${"x".repeat(2_000_000)}") { id } }` }) });
        expect(res.status).toBe(413);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    });
});

describe("information leaks and request forgery", () => {
    it("field suggestions are hidden", async () => {
        const res = await postGraphQL(server.url, "{ agencie { id } }");
        rejected(res);
        expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
    });

    it("introspection is off in production and on in development", async () => {
        rejected(await postGraphQL(prod.url, "{ __schema { types { name } } }"));
        const dev = await postGraphQL(server.url, "{ __schema { queryType { name } } }");
        expect(dev.errors).toBeUndefined();
    });

    it("a mutation over GET is refused even with the preflight header", async () => {
        const q = encodeURIComponent('mutation { createNotes(input: [{ text: "x" }]) { notes { id } } }');
        const res = await fetch(`${server.url}?query=${q}`, { headers: { "apollo-require-preflight": "true" } });
        expect(res.status).toBe(405);
    });

    it("a simple (CSRF-able) POST without JSON content type is refused", async () => {
        const res = await fetch(server.url, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ search(text: \\"da\\") { id } }"}' });
        expect(res.status).toBe(400);
    });

    it("an internal error is masked for the client and logged, with its cause, for the operator", async () => {
        // A database layer that fails in a way no mapping knows (not a timeout, not unavailability).
        const broken = { run: () => Promise.reject(Object.assign(new Error("disk on fire at MATCH (a:Agency)"), { code: "Neo.DatabaseError.General.UnknownError" })) } as unknown as Session;
        // Readable lines (LOG_FORMAT=text); the JSON form is tested in operate-edge.int.test.ts.
        const failing = await (await createServer({ driver, executor: broken, production: true, log: createLog({ json: false }) })).listen(0);
        const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
        try {
            const res = await postGraphQL(failing.url, '{ search(text: "da nang") { id } }');
            expect(res.errors?.[0]?.message).toBe("Internal server error");
            expect(res.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
            expect(JSON.stringify(res)).not.toMatch(/disk on fire|MATCH|UnknownError/);
            const lines = logged.mock.calls.map((c) => c.join(" "));
            expect(lines.some((l) => l.includes("[api] internal error at search") && l.includes("Neo.DatabaseError.General.UnknownError") && l.includes("disk on fire"))).toBe(true);
        } finally {
            logged.mockRestore();
            await failing.stop();
        }
    });

    it("internal error messages are masked in production", async () => {
        const res = await postGraphQL(prod.url, "{ agencies(limit: 5000) { id } }");
        expect(res.status).toBeLessThan(500);
        expect(JSON.stringify(res)).not.toMatch(/Cypher|MATCH |neo4j/i);
    });
});
