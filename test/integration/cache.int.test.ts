// The response cache: repeated reads are served from it ("hit"), a write invalidates it at once on the
// instance that wrote and within the stated staleness bound on every other instance, the role is part
// of the key, answers with errors are never kept, and it can be switched off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { postGraphQL, removeConnectionImports, testDriver, uniqueId } from "../helpers/neo4j.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";

const STALENESS = 200;
const tag = uniqueId("cache");
let driver: Driver;
let a: RunningServer;
let b: RunningServer;
let off: RunningServer;
// Answers not cached (as in the bench's uncached rows), derived answers kept per graph version.
let memoA: RunningServer;
let memoB: RunningServer;
const column = `asset:test:${tag}`;

beforeAll(async () => {
    driver = testDriver();
    a = await (await createServer({ driver, auth: { secret: TEST_SECRET }, responseCache: true, cacheStalenessMs: STALENESS })).listen(0);
    b = await (await createServer({ driver, auth: { secret: TEST_SECRET }, responseCache: true, cacheStalenessMs: STALENESS })).listen(0);
    off = await (await createServer({ driver, responseCache: false })).listen(0);
    // RESPONSE_CACHE=off (vitest.config.ts) switches off the answers' cache only.
    memoA = await (await createServer({ driver, auth: { secret: TEST_SECRET }, cacheStalenessMs: STALENESS })).listen(0);
    memoB = await (await createServer({ driver, cacheStalenessMs: STALENESS })).listen(0);
    // A column no other test asks for, so its totals are this file's alone.
    await driver.executeQuery("CREATE (:Asset {id: $id, name: $id})", { id: column });
});
afterAll(async () => {
    await removeConnectionImports(driver, { file: `${tag}.csv` });
    await driver.executeQuery("MATCH (c:ChangeRecord) WHERE c.actor STARTS WITH $tag DELETE c", { tag });
    await driver.executeQuery("MATCH (s:Asset {id: $id}) DETACH DELETE s", { id: column });
    await Promise.all([a?.stop(), b?.stop(), off?.stop(), memoA?.stop(), memoB?.stop()]);
    await driver?.close();
});

const GAPS = `{ coverageGaps(asset: "asset:001:8", tier: PROVINCE, status: OFFICIAL, snapshot: Y2025) { total gaps { id } } }`;
const hasDaNang = (res: Awaited<ReturnType<typeof postGraphQL>>) => res.data?.coverageGaps.gaps.some((g: { id: string }) => g.id === "province:da-nang");

describe("response cache", () => {
    it("serves a repeated read from the cache, keyed by role too", async () => {
        const first = await postGraphQL(a.url, GAPS);
        const second = await postGraphQL(a.url, GAPS);
        expect(first.extensions?.cache).toBe("miss");
        expect(second.extensions?.cache).toBe("hit");
        expect(second.data).toEqual(first.data);
        const asEditor = { authorization: `Bearer ${await token(`${tag}-reader`, ["editor"])}` };
        expect((await postGraphQL(a.url, GAPS, undefined, asEditor)).extensions?.cache).toBe("miss");
        expect((await postGraphQL(a.url, GAPS, undefined, asEditor)).extensions?.cache).toBe("hit");
        // Different variables are different answers.
        const q = `query($s: Snapshot) { coverageGaps(asset: "asset:001:8", tier: PROVINCE, status: OFFICIAL, snapshot: $s) { total } }`;
        expect((await postGraphQL(a.url, q, { s: "Y2022" })).extensions?.cache).toBe("miss");
        expect((await postGraphQL(a.url, q, { s: "Y2025" })).extensions?.cache).toBe("miss");
    });

    it("never keeps an answer with errors", async () => {
        const bad = `{ coverageGaps(asset: "no such asset ${tag}") { total } }`;
        expect((await postGraphQL(a.url, bad)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        const again = await postGraphQL(a.url, bad);
        expect(again.extensions?.cache).toBe("miss");
    });

    it("a write invalidates the writer's cache at once and every other instance's within the staleness bound", async () => {
        expect(hasDaNang(await postGraphQL(a.url, GAPS))).toBe(true);
        expect(hasDaNang(await postGraphQL(b.url, GAPS))).toBe(true);
        expect((await postGraphQL(b.url, GAPS)).extensions?.cache).toBe("hit");
        const auth = { authorization: `Bearer ${await token(`${tag}-editor`, ["editor"])}` };
        const imp = await postGraphQL(a.url, `mutation($csv: String!) { importConnections(fileName: "${tag}.csv", csv: $csv) { created } }`, { csv: "agency,asset,snapshot,status\nThành phố Đà Nẵng,8,Y2025,OFFICIAL" }, auth);
        expect(imp.errors).toBeUndefined();
        expect(imp.data?.importConnections.created).toBe(1);
        // The writer: fresh on the very next request.
        const onA = await postGraphQL(a.url, GAPS);
        expect(onA.extensions?.cache).toBe("miss");
        expect(hasDaNang(onA)).toBe(false);
        // Another instance: fresh once the staleness bound has passed (twice the bound, for the poll's phase).
        await new Promise((r) => setTimeout(r, 2 * STALENESS + 100));
        const onB = await postGraphQL(b.url, GAPS);
        expect(hasDaNang(onB)).toBe(false);
    });

    it("coalesces identical misses: requests in flight wait for the one computing the answer", async () => {
        // A key no other test uses (the alias is part of the document).
        const q = `{ coalesce_${tag.replace(/[^A-Za-z0-9_]/g, "_")}: coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { total gaps { id } } }`;
        const answers = await Promise.all(Array.from({ length: 8 }, () => postGraphQL(a.url, q)));
        const verdicts = answers.map((r) => r.extensions?.cache);
        expect(answers.every((r) => r.errors === undefined)).toBe(true);
        expect(verdicts.every((v) => v === "hit" || v === "miss")).toBe(true);
        // Sent together, most wait for the first instead of running the question themselves.
        expect(verdicts.filter((v) => v === "miss").length).toBeLessThan(verdicts.filter((v) => v === "hit").length);
        for (const r of answers) expect(r.data).toEqual(answers[0]!.data);
    });

    it("answers anonymous hits before Apollo with the answer Apollo would send", async () => {
        const q = `query Gaps($s: Snapshot) { fast_${tag.replace(/[^A-Za-z0-9_]/g, "_")}: coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, snapshot: $s) { total } }`;
        const post = (accept?: string) =>
            fetch(a.url, { method: "POST", headers: { "content-type": "application/json", ...(accept ? { accept } : {}) }, body: JSON.stringify({ query: q, operationName: "Gaps", variables: { s: "Y2022" } }) });
        const miss = await post();
        expect(((await miss.json()) as { extensions?: { cache?: string } }).extensions?.cache).toBe("miss");
        // Plain JSON: served by the middleware.
        const fast = await post("application/json");
        // Mentioning graphql-response+json sends the request through Apollo (which still picks JSON here).
        const viaApollo = await post("application/json, application/graphql-response+json;q=0.5");
        expect(fast.status).toBe(200);
        expect(viaApollo.status).toBe(200);
        expect(fast.headers.get("content-type")).toBe(viaApollo.headers.get("content-type"));
        const [f, v] = [JSON.parse(await fast.text()), JSON.parse(await viaApollo.text())];
        // Outside production Apollo's answers also carry the query count (0 for a hit); nothing else differs.
        delete v.extensions.neo4jQueries;
        expect(f).toEqual(v);
        expect(f.extensions.cache).toBe("hit");
        // Other variables are another answer: a miss, whichever path.
        const other = await fetch(a.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q, operationName: "Gaps", variables: { s: "Y2025" } }) });
        expect(((await other.json()) as { extensions?: { cache?: string } }).extensions?.cache).toBe("miss");
    });

    it("matrix column totals are kept per graph version: a page reads its rows only, and a write shows in the totals", async () => {
        const q = `query($offset: Int!) { connectionMatrix(tier: PROVINCE, assets: ["${column}"], limit: 5, offset: $offset) { totalRows assets { id total2022 totalJune2023 } rows { id cells { june2023 } } } }`;
        const totals = async (url: string) => {
            const res = await postGraphQL(url, q, { offset: 0 });
            expect(res.errors).toBeUndefined();
            expect(res.extensions?.cache).toBeUndefined();
            return res.data!.connectionMatrix.assets[0].totalJune2023 as number;
        };
        expect(await totals(memoA.url)).toBe(0);
        expect(await totals(memoB.url)).toBe(0);
        // A page further down finds no link either, whatever the page.
        const last = await postGraphQL(memoA.url, q, { offset: 60 });
        expect(last.data?.connectionMatrix.totalRows).toBe(63);
        expect(last.data?.connectionMatrix.rows.map((r: { cells: { june2023: string | null }[] }) => r.cells[0]!.june2023)).toEqual([null, null, null]);
        const auth = { authorization: `Bearer ${await token(`${tag}-editor`, ["editor"])}` };
        const imp = await postGraphQL(memoA.url, `mutation($csv: String!) { importConnections(fileName: "${tag}.csv", csv: $csv) { created } }`, { csv: `agency,asset,snapshot,status\nThành phố Đà Nẵng,${column},JUNE_2023,OFFICIAL` }, auth);
        expect(imp.errors).toBeUndefined();
        // The writer counts the new link at once, although the page asked for does not hold Đà Nẵng.
        expect(await totals(memoA.url)).toBe(1);
        // Another instance within the staleness bound (twice the bound, for the poll's phase).
        await new Promise((r) => setTimeout(r, 2 * STALENESS + 100));
        expect(await totals(memoB.url)).toBe(1);
        // And the same count as an instance that keeps nothing.
        const fresh = await postGraphQL(off.url, q, { offset: 0 });
        expect(fresh.data?.connectionMatrix.assets[0].totalJune2023).toBe(1);
    });

    it("can be switched off", async () => {
        await postGraphQL(off.url, GAPS);
        expect((await postGraphQL(off.url, GAPS)).extensions?.cache).toBeUndefined();
    });
});
