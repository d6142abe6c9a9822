// Random and broken GraphQL documents and variables (seeded, so a failure reproduces): every answer
// is a 2xx/4xx with GraphQL errors, never a 500, never a stack trace, and the server stays up.
import { describe, expect, it } from "vitest";
import { print } from "graphql";
import * as ops from "../../src/__generated__/operations.js";
import { useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();

/** mulberry32: a tiny deterministic PRNG. */
function rng(seed: number) {
    return () => {
        seed |= 0;
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const SEEDS = Object.entries(ops).filter(([n]) => n.endsWith("Document")).map(([, d]) => print(d as never));
const JUNK = ["{", "}", "(", ")", "$", "...", "@skip", "query", "mutation", "fragment", "__schema", '"\\u0000"', "ℕ", "Đà", "1e309", "-0", "null", "[", "]", ":", "\u202e", "#", "\\"];
const VALUES: unknown[] = [null, 0, -1, 1e308, "da nang", "", "x".repeat(300), [], {}, [1, [2]], true, "Y2022", "PLANET", { __proto__: 1 }];

function mutate(r: () => number): { query: unknown; variables?: unknown; operationName?: unknown } {
    const base = SEEDS[Math.floor(r() * SEEDS.length)]!;
    const kind = Math.floor(r() * 6);
    const pos = Math.floor(r() * base.length);
    const junk = JUNK[Math.floor(r() * JUNK.length)]!;
    const variables = Object.fromEntries(["asset", "agency", "tier", "text", "limit", "kind", "csv", "fileName"].filter(() => r() < 0.4).map((k) => [k, VALUES[Math.floor(r() * VALUES.length)]]));
    switch (kind) {
        case 0: return { query: base.slice(0, pos), variables };
        case 1: return { query: base.slice(0, pos) + junk + base.slice(pos), variables };
        case 2: return { query: base.replace(/"[^"]*"/, JSON.stringify(VALUES[Math.floor(r() * VALUES.length)])), variables };
        case 3: return { query: VALUES[Math.floor(r() * VALUES.length)], variables };
        case 4: return { query: base, variables: VALUES[Math.floor(r() * VALUES.length)], operationName: junk };
        default: return { query: Array.from({ length: 1 + Math.floor(r() * 20) }, () => JUNK[Math.floor(r() * JUNK.length)]).join(" ") };
    }
}

describe("fuzzing the endpoint", () => {
    it("300 malformed requests never produce a 500", async () => {
        const r = rng(20231123);
        const statuses = new Map<number, number>();
        for (let i = 0; i < 300; i++) {
            const body = mutate(r);
            const raw = r() < 0.05 ? JSON.stringify(body).slice(0, -3) : JSON.stringify(body);
            const res = await fetch(t.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: raw });
            const text = await res.text();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status, `request ${i}: ${raw.slice(0, 200)}`).toBeLessThan(500);
            expect(text, `request ${i}`).not.toMatch(/stacktrace|at .+\.(?:ts|js):\d+/);
        }
        console.log(`[fuzz] statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
        const health = await fetch(t.server.url.replace(/\/graphql$/, "/health"));
        expect(health.status).toBe(200);
    }, 120_000);
});
