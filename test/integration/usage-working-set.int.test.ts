// The usage questions' working sets as a server keeps them (issue 29: ctx.workingSets, one per graph
// version in the working sets' memory budget): a question after the first — another page, threshold or
// window — reads no tier again, and answers as the computation from scratch; a usage import and a
// snapshot import (committed through the API, which announces the new graph version) change the next
// answers as they change the reference's (test/helpers/usage-reference.ts). The server keeps no answers
// (RESPONSE_CACHE=off, vitest.config.ts); a second server keeps no working sets. The file commits its
// imports and removes them afterwards.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { loadQueries } from "../../src/db/queries.js";
import { createDb } from "../../src/db/run.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { postGraphQL, removeConnectionImports, testDriver, uniqueId } from "../helpers/neo4j.js";
import { removeImport, sharedSampleFiles, type SampleFiles } from "../helpers/usage.js";
import { referenceDeclaredVsObserved } from "../helpers/usage-reference.js";

const tag = uniqueId("working-set");
const column = `asset:test:${tag}`;
let driver: Driver;
let kept: RunningServer;
let fresh: RunningServer;
let files: SampleFiles;
let editor: Record<string, string>;
let usageImport: string | undefined;

beforeAll(async () => {
    driver = testDriver();
    kept = await (await createServer({ driver, auth: { secret: TEST_SECRET } })).listen(0);
    // Keeps nothing per graph version (as a server on a caller's transaction): every set is built again.
    fresh = await (await createServer({ driver, responseCache: false })).listen(0);
    files = await sharedSampleFiles();
    editor = { authorization: `Bearer ${await token(`${tag}-editor`, ["editor"])}` };
    // An asset no agency links to yet, so the snapshot import below adds a pair of its own.
    await driver.executeQuery("CREATE (:Asset {id: $id, name: $id})", { id: column });
});
afterAll(async () => {
    if (usageImport) await removeImport(driver, usageImport);
    await removeConnectionImports(driver, { file: `${tag}.csv` });
    await driver.executeQuery("MATCH (c:ChangeRecord) WHERE c.actor STARTS WITH $tag DELETE c", { tag });
    await driver.executeQuery("MATCH (s:Asset {id: $id}) DETACH DELETE s", { id: column });
    await Promise.all([kept?.stop(), fresh?.stop()]);
    await driver?.close();
});

type Args = { tier?: string; limit?: number; offset?: number; regular?: { minMonthlyExchanges: number; minMonthShare: number }; knownAt?: string; from?: string; to?: string };
const DVO = `query($tier: Tier!, $limit: Int!, $offset: Int!, $regular: RegularTrafficInput!, $knownAt: DateTime, $from: String, $to: String) {
    declaredVsObserved(tier: $tier, limit: $limit, offset: $offset, regular: $regular, knownAt: $knownAt, from: $from, to: $to) {
        basis total counts { class count } window { month coverage }
        pairs { agencyId assetId class reason declaredOfficial regularMonths reportedAgencyTransactions observed { total } declared { snapshot status } }
        trafficWithoutProvider { total }
    }
}`;
const CRITICALITY = `{ criticality(limit: 1000) { basis total assets { rank id score monthlyExchangesLost agenciesCutOff singlePointOfFailure dependentAssets { id depth } } } }`;
const withDefaults = (a: Args) => ({ tier: "PROVINCE", limit: 40, offset: 0, regular: { minMonthlyExchanges: 100, minMonthShare: 0.75 }, ...a });

/** The question through a server: its answer and the number of Neo4j queries it took. */
async function ask(server: RunningServer, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const res = await postGraphQL(server.url, query, variables, headers);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return { data: res.data!, queries: res.extensions?.neo4jQueries as number };
}

/** The reference's answer for the fields DVO asks. */
async function reference(a: Args) {
    const r = await referenceDeclaredVsObserved(createDb(driver, loadQueries()), withDefaults(a) as never);
    return {
        basis: r.basis, total: r.total, counts: r.counts, window: r.window,
        pairs: r.pairs.map((p) => ({
            agencyId: p.agencyId, assetId: p.assetId, class: p.class, reason: p.reason, declaredOfficial: p.declaredOfficial, regularMonths: p.regularMonths,
            reportedAgencyTransactions: p.reportedAgencyTransactions, observed: p.observed && { total: p.observed.total }, declared: p.declared.map((d) => ({ snapshot: d.snapshot, status: d.status })),
        })),
        trafficWithoutProvider: { total: r.trafficWithoutProvider.total },
    };
}

/** declaredVsObserved from the server that keeps working sets, against the reference and the server that keeps none. */
async function same(a: Args): Promise<{ answer: Awaited<ReturnType<typeof reference>>; queries: number }> {
    const { data, queries } = await ask(kept, DVO, withDefaults(a));
    expect(data.declaredVsObserved, JSON.stringify(a)).toEqual(await reference(a));
    expect((await ask(fresh, DVO, withDefaults(a))).data).toEqual(data);
    return { answer: data.declaredVsObserved, queries };
}

const regions = async (): Promise<Record<string, { entries: number; bytes: number }>> => ((await (await fetch(kept.url.replace(/\/graphql$/, "/health"))).json()) as { memory: { workingSets: { regions: Record<string, { entries: number; bytes: number }> } } }).memory.workingSets.regions;

describe("usage questions from working sets kept per graph version", () => {
    let before: Awaited<ReturnType<typeof reference>>;
    let beforeUsage: string;

    it("a question after the first reads no tier again — other pages, thresholds, tiers share its set — and answers as the reference", async () => {
        const first = await same({});
        const again = await same({ offset: 40, regular: { minMonthlyExchanges: 1000, minMonthShare: 0.5 } });
        // The first question read the tier's facts; the second read only its page's citations.
        expect(again.queries).toBeLessThan(first.queries);
        expect(first.answer.total).toBeGreaterThan(40);
        expect((await regions())["usage/declared pairs"]).toMatchObject({ entries: 1, bytes: expect.any(Number) });
        await same({ tier: "MINISTRY_OR_AGENCY" });
        expect((await regions())["usage/declared pairs"]!.entries).toBe(2);
        const c1 = await ask(kept, CRITICALITY);
        const c2 = await ask(kept, CRITICALITY);
        expect(c2.queries).toBeLessThan(c1.queries);
        expect(c2.data).toEqual(c1.data);
        expect((await ask(fresh, CRITICALITY)).data).toEqual(c1.data);
        expect((await regions())["usage/criticality inputs"]!.entries).toBe(1);
        before = first.answer;
    });

    it("a usage import committed through the API changes the next answers as it changes the reference's", async () => {
        await new Promise((r) => setTimeout(r, 20));
        beforeUsage = new Date().toISOString();
        const imp = await ask(kept, `mutation($f: String!, $c: String!) { importUsage(fileName: $f, content: $c) { documentId records } }`, { f: `${tag}-usage.csv`, c: readFileSync(files.csv, "utf8") }, editor);
        usageImport = imp.data.importUsage.documentId;
        expect(imp.data.importUsage.records).toBeGreaterThan(0);
        const after = (await same({})).answer;
        expect(before.basis).toBe("REPORTED");
        expect(after.basis).toBe("OBSERVED");
        await same({ offset: 40, regular: { minMonthlyExchanges: 10, minMonthShare: 0.5 }, from: "2023-02", to: "2023-04" });
        await same({ knownAt: beforeUsage });
        const c = await ask(kept, CRITICALITY);
        expect(c.data.criticality.basis).toBe("OBSERVED");
        expect((await ask(fresh, CRITICALITY)).data).toEqual(c.data);
    });

    it("a snapshot import committed through the API changes the declared links of the next answers", async () => {
        const total = (await same({})).answer.total;
        await new Promise((r) => setTimeout(r, 20));
        const between = new Date().toISOString();
        const imp = await ask(kept, `mutation($csv: String!) { importConnections(fileName: "${tag}.csv", csv: $csv) { created } }`, { csv: `agency,asset,snapshot,status\nThành phố Đà Nẵng,${column},Y2025,OFFICIAL` }, editor);
        expect(imp.data.importConnections.created).toBe(1);
        const now = (await same({ limit: 5000 })).answer;
        expect(now.total).toBe(total + 1);
        expect(now.pairs.filter((p) => p.assetId === column)).toEqual([expect.objectContaining({ agencyId: "province:da-nang", declaredOfficial: true, class: "OFFICIAL_WITHOUT_REGULAR_TRAFFIC" })]);
        // As known before the import, the link is not there; before the usage import, neither is the traffic.
        expect((await same({ knownAt: between, limit: 5000 })).answer.total).toBe(total);
        await same({ knownAt: beforeUsage });
    });
});
