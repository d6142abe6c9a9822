// Operating the API at its HTTP edge: /metrics in Prometheus' text format counting the requests it
// answers (and never open on the public port in production without its token), one JSON log line
// per request in production carrying the request id the response echoes, internal errors logged with
// their cause, /ready apart from /health, and trusted documents: registered operations by id, raw
// documents refused in strict mode (and allowed to editors in hybrid mode), no schema words in errors.
import type { Session } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLog } from "../../src/http/log.js";
import { Readiness } from "../../src/http/ready.js";
import { readManifest, DEFAULT_MANIFEST } from "../../src/http/trusted-documents.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { postGraphQL, testDriver } from "../helpers/neo4j.js";
import { has, histogramCount, parseMetrics, sample } from "../helpers/prometheus.js";

const driver = testDriver();
const servers: RunningServer[] = [];
const start = async (o: Omit<Parameters<typeof createServer>[0], "driver"> = {}): Promise<RunningServer> => {
    const s = await (await createServer({ driver, ...o })).listen(0);
    servers.push(s);
    return s;
};
afterAll(async () => {
    for (const s of servers) await s.stop();
    await driver.close();
});

const base = (s: RunningServer) => s.url.replace(/\/graphql$/, "");
const registered = readManifest(DEFAULT_MANIFEST);
const op = (name: string) => registered.find((o) => o.name === name)!;
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("metrics", () => {
    let dev: RunningServer;
    beforeAll(async () => {
        dev = await start({ metricsAccess: {} });
    });

    it("/metrics is Prometheus text and counts a request by operation and outcome", async () => {
        const before = parseMetrics(await (await fetch(`${base(dev)}/metrics`)).text());
        const labels = { operation: "SearchDaNang", outcome: "ok" };
        const n0 = sample(before, "graphql_requests_total", labels);
        const res = await post(dev.url, { query: op("SearchDaNang").body });
        expect(res.status).toBe(200);
        const after = parseMetrics(await (await fetch(`${base(dev)}/metrics`)).text());
        expect(sample(after, "graphql_requests_total", labels)).toBe(n0 + 1);
        expect(histogramCount(after, "graphql_request_duration_seconds", { operation: "SearchDaNang" })).toBeGreaterThanOrEqual(n0 + 1);
        expect(histogramCount(after, "graphql_neo4j_seconds", { operation: "SearchDaNang" })).toBeGreaterThanOrEqual(1);
        // A refused question is counted under its code.
        const bad = await postGraphQL(dev.url, 'query Bad { agencyDependencies(agency: "no such agency anywhere") { assets { number } } }');
        expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        const thirdText = await (await fetch(`${base(dev)}/metrics`)).text();
        const third = parseMetrics(thirdText);
        expect(sample(third, "graphql_requests_total", { operation: "Bad", outcome: "BAD_USER_INPUT" })).toBeGreaterThanOrEqual(1);
        // Memory, the budget and the pool are there, with values a process can have.
        expect(sample(third, "process_resident_memory_bytes")).toBeGreaterThan(10_000_000);
        expect(sample(third, "nodejs_heap_size_used_bytes")).toBeGreaterThan(1_000_000);
        expect(sample(third, "memory_budget_bytes")).toBeGreaterThan(0);
        expect(sample(third, "neo4j_pool_max_connections")).toBeGreaterThanOrEqual(8);
        expect(has(third, "neo4j_pool_waiting")).toBe(true);
        // Imported files are counted by kind (none are committed in the test graph: the family alone).
        expect(thirdText).toContain("# TYPE graph_imported_documents gauge");
        expect(thirdText).toContain("# TYPE graph_imported_records gauge");
    });

    it("the response cache's verdicts are counted, hits answered before Apollo included", async () => {
        const cached = await start({ metricsAccess: {}, responseCache: true });
        const q = { documentId: `sha256:${op("Targets").id}` };
        for (let i = 0; i < 3; i++) expect((await post(cached.url, q)).status).toBe(200);
        const m = parseMetrics(await (await fetch(`${base(cached)}/metrics`)).text());
        expect(sample(m, "response_cache_requests_total", { verdict: "miss" })).toBe(1);
        expect(sample(m, "response_cache_requests_total", { verdict: "hit" })).toBe(2);
        expect(sample(m, "graphql_requests_total", { operation: "Targets", outcome: "ok" })).toBe(3);
        expect(sample(m, "memory_budget_held_bytes", { region: "answers" })).toBeGreaterThan(0);
    });

    it("in production /metrics is not on the public port without its token; with it, only for the bearer; or on a port of its own", async () => {
        const closed = await start({ production: true, metricsAccess: {}, log: createLog({ json: true, destination: { write: () => undefined } }) });
        expect((await fetch(`${base(closed)}/metrics`)).status).toBe(404);
        const secret = "metrics-token-for-the-test-0123456789";
        const guarded = await start({ production: true, metricsAccess: { token: secret }, log: createLog({ json: true, destination: { write: () => undefined } }) });
        expect((await fetch(`${base(guarded)}/metrics`)).status).toBe(401);
        expect((await fetch(`${base(guarded)}/metrics`, { headers: { authorization: "Bearer wrong-token-of-the-same-length!!!!!" } })).status).toBe(401);
        const ok = await fetch(`${base(guarded)}/metrics`, { headers: { authorization: `Bearer ${secret}` } });
        expect(ok.status).toBe(200);
        parseMetrics(await ok.text());
        const apart = await start({ production: true, metricsAccess: { port: 0 }, log: createLog({ json: true, destination: { write: () => undefined } }) });
        expect((await fetch(`${base(apart)}/metrics`)).status).toBe(404);
        expect(apart.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
        parseMetrics(await (await fetch(apart.metricsUrl!)).text());
    });
});

describe("logs", () => {
    const lines: string[] = [];
    let prod: RunningServer;
    beforeAll(async () => {
        prod = await start({ production: true, log: createLog({ json: true, destination: { write: (s: string) => void lines.push(s) } }) });
    });
    const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

    it("production: one JSON line per request, with the request id the response echoes", async () => {
        lines.length = 0;
        const res = await post(prod.url, { documentId: `sha256:${op("DaNangDependencies").id}` }, { "x-request-id": "check-4711" });
        expect(res.status).toBe(200);
        expect(res.headers.get("x-request-id")).toBe("check-4711");
        await new Promise((r) => setTimeout(r, 50));
        const mine = logged().filter((l) => l.reqId === "check-4711");
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({ level: "info", msg: "request", operation: "DaNangDependencies", outcome: "ok", status: 200, method: "POST", path: "/graphql" });
        expect(mine[0]!.durationMs).toBeGreaterThan(0);
        expect(mine[0]!.neo4jQueries).toBeGreaterThan(0);
        expect(typeof mine[0]!.time).toBe("string");
        // Without an id of its own (or with one that is not a plain token), the request gets a UUID.
        const other = await post(prod.url, { query: "{ __typename }" }, { "x-request-id": "bad id\twith spaces" });
        const id = other.headers.get("x-request-id")!;
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        await new Promise((r) => setTimeout(r, 50));
        expect(logged().filter((l) => l.reqId === id)).toHaveLength(1);
        expect(logged().filter((l) => l.msg === "request")).toHaveLength(2);
    });

    it("an internal error is masked for the client and logged, with its cause and request id, for the operator", async () => {
        const broken = { run: () => Promise.reject(Object.assign(new Error("disk on fire at MATCH (a:Agency)"), { code: "Neo.DatabaseError.General.UnknownError" })) } as unknown as Session;
        const out: string[] = [];
        const failing = await start({ executor: broken, production: true, log: createLog({ json: true, destination: { write: (s: string) => void out.push(s) } }) });
        const res = await post(failing.url, { query: '{ search(text: "da nang") { id } }' }, { "x-request-id": "broken-1" });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
        expect(JSON.stringify(body)).not.toMatch(/disk on fire|MATCH|UnknownError/);
        await new Promise((r) => setTimeout(r, 50));
        const entries = out.map((l) => JSON.parse(l) as { level: string; msg: string; reqId: string; err?: { message: string; code?: string }[]; outcome?: string });
        const error = entries.find((e) => e.level === "error" && e.reqId === "broken-1");
        expect(error?.msg).toBe("internal error at search");
        expect(error?.err?.some((c) => c.code === "Neo.DatabaseError.General.UnknownError" && c.message.includes("disk on fire"))).toBe(true);
        expect(entries.find((e) => e.msg === "request" && e.reqId === "broken-1")?.outcome).toBe("INTERNAL_SERVER_ERROR");
    });
});

describe("readiness", () => {
    it("/ready is 503 until the start-up steps are done, while /health already answers", async () => {
        const readiness = new Readiness(["schema", "seed", "warm-up"]);
        const s = await start({ readiness });
        const first = await fetch(`${base(s)}/ready`);
        expect(first.status).toBe(503);
        expect(((await first.json()) as { waitingFor: string[] }).waitingFor).toEqual(["schema", "seed", "warm-up"]);
        expect((await fetch(`${base(s)}/health`)).status).toBe(200);
        readiness.mark("schema");
        readiness.mark("seed");
        expect(((await (await fetch(`${base(s)}/ready`)).json()) as { waitingFor: string[] }).waitingFor).toEqual(["warm-up"]);
        readiness.mark("warm-up");
        const ready = await fetch(`${base(s)}/ready`);
        expect(ready.status).toBe(200);
        expect(((await ready.json()) as { status: string }).status).toBe("ready");
    });
});

describe("trusted documents", () => {
    let strict: RunningServer;
    let hybrid: RunningServer;
    beforeAll(async () => {
        strict = await start({ trustedDocuments: "strict", production: true, log: createLog({ json: true, destination: { write: () => undefined } }) });
        hybrid = await start({ trustedDocuments: "hybrid", auth: { secret: TEST_SECRET } });
    });
    const refused = async (res: Response) => {
        expect(res.status).toBe(400);
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
        expect(body.errors[0]!.extensions.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
        expect(body.data).toBeUndefined();
        return body;
    };

    it("strict: a registered id runs (POST, Apollo's form and GET), the same answer as the document itself", async () => {
        const open = await start();
        const { data: expected } = (await (await post(open.url, { query: op("SearchDaNang").body })).json()) as { data: unknown };
        const byId = await post(strict.url, { documentId: `sha256:${op("SearchDaNang").id}` });
        expect(byId.status).toBe(200);
        expect(await byId.json()).toEqual({ data: expected });
        const apollo = await post(strict.url, { extensions: { persistedQuery: { version: 1, sha256Hash: op("SearchDaNang").id } } });
        expect(await apollo.json()).toEqual({ data: expected });
        const get = await fetch(`${strict.url}?documentId=sha256:${op("SearchDaNang").id}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
        expect(await get.json()).toEqual({ data: expected });
    });

    it("strict: a raw document, an unknown id, an APQ registration and a GET query are refused with 400, before anything runs", async () => {
        await refused(await post(strict.url, { query: "{ __typename }" }));
        await refused(await post(strict.url, { query: op("SearchDaNang").body }));
        await refused(await post(strict.url, { documentId: `sha256:${"0".repeat(64)}` }));
        await refused(await post(strict.url, { query: "{ agencies { id } }", extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } }));
        await refused(await fetch(`${strict.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } }));
        await refused(await post(strict.url, { query: "{ __schema { types { name } } }" }));
    });

    it("strict: nothing about the schema is learned from errors (variables that do not fit are refused without names)", async () => {
        const probe = op("AgenciesByKind");
        const res = await post(strict.url, { documentId: `sha256:${probe.id}`, variables: { kind: "NOT_A_KIND", limit: "x" } });
        const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
        expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
        expect(JSON.stringify(body)).not.toMatch(/AgencyKind|PROVINCE|MINISTRY|Int|Did you mean|agencies/);
        // The same probe on an open server names the enum: that is what strict mode hides.
        const open = await start();
        const told = await (await post(open.url, { query: probe.body, variables: { kind: "NOT_A_KIND" } })).text();
        expect(told).toMatch(/AgencyKind/);
        // A domain's own refusal speaks of data and stays as it is.
        const r = (await (await post(strict.url, { documentId: `sha256:${op("ExplorerAgency").id}`, variables: { agency: "no such agency anywhere", era: "E2023" } })).json()) as { errors: { message: string }[] };
        expect(r.errors[0]!.message).toMatch(/no such agency anywhere/);
    });

    it("hybrid: registered ids for everyone, raw documents only with an editor's token", async () => {
        expect((await post(hybrid.url, { documentId: `sha256:${op("SearchDaNang").id}` })).status).toBe(200);
        await refused(await post(hybrid.url, { query: "{ __typename }" }));
        await refused(await post(hybrid.url, { query: "{ __typename }" }, { authorization: `Bearer ${await token("reader", ["reader"])}` }));
        await refused(await post(hybrid.url, { query: "{ __typename }" }, { authorization: "Bearer not-a-token" }));
        const editor = await post(hybrid.url, { query: "{ __typename }" }, { authorization: `Bearer ${await token("editor-1", ["editor"])}` });
        expect(editor.status).toBe(200);
        expect(((await editor.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
    });
});
