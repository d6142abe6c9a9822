// Neo4j stops mid-traffic and comes back: requests fail fast with 503 / SERVICE_UNAVAILABLE, /health
// says so, the API recovers without a restart, and a write committed before the outage is still there.
// Uses its own Neo4j (own port and data directory) so the shared one is never disturbed.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config.js";
import { applySchema } from "../../src/db/apply-schema.js";
import { createDriver } from "../../src/db/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-server.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { loadSeed } from "../../src/modules/reports/load.js";
import { postGraphQL } from "../helpers/neo4j.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { discardNeo4j } from "../helpers/discard-neo4j.js";

const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-fault-"));
const localCfg = { ...loadConfig().local, home, heap: "512m", pageCache: "64m" };
let neo4j: LocalNeo4j;
let port = 0;
let driver: Driver;
let api: RunningServer;

beforeAll(async () => {
    neo4j = await startLocalNeo4j({ ...localCfg, port: 0 });
    port = Number(new URL(neo4j.uri.replace("bolt:", "http:")).port);
    driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
    await applySchema(driver);
    await loadSeed(driver);
    api = await (await createServer({ driver, auth: { secret: TEST_SECRET } })).listen(0);
}, 180_000);

afterAll(async () => {
    await api?.stop();
    await driver?.close();
    await discardNeo4j(neo4j);
    rmSync(home, { recursive: true, force: true });
});

const health = async () => fetch(api.url.replace(/\/graphql$/, "/health"));
const SEARCH = `{ search(text: "da nang", limit: 1) { id } }`;

describe("Neo4j outage", () => {
    it("fails fast while Neo4j is down, recovers by itself, and loses no committed write", async () => {
        const auth = { authorization: `Bearer ${await token("editor-fault", ["editor"])}` };
        const csv = "agency,asset,snapshot,status\nThành phố Đà Nẵng,2,Y2025,OFFICIAL";
        const write = await postGraphQL(api.url, `mutation { importConnections(fileName: "fault.csv", csv: ${JSON.stringify(csv)}) { created } }`, undefined, auth);
        expect(write.errors).toBeUndefined();
        expect(write.data?.importConnections.created).toBe(1);

        // Traffic before the outage is fine.
        expect((await postGraphQL(api.url, SEARCH)).status).toBe(200);
        await neo4j.stop();

        // During the outage: every request fails within 2 s with 503 and a clear code.
        for (let i = 0; i < 5; i++) {
            const started = Date.now();
            const res = await postGraphQL(api.url, SEARCH);
            expect(Date.now() - started).toBeLessThan(2000);
            expect(res.status).toBe(503);
            expect(res.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        }
        const generated = await postGraphQL(api.url, `{ agencies(limit: 1) { id } }`);
        expect(generated.status).toBe(503);
        expect(generated.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        expect((await health()).status).toBe(503);

        // Neo4j comes back on the same port and data directory; the API was never restarted.
        const restartedAt = Date.now();
        neo4j = await startLocalNeo4j({ ...localCfg, port });
        let recovered = false;
        while (!recovered && Date.now() - restartedAt < 60_000) {
            recovered = (await postGraphQL(api.url, SEARCH)).status === 200;
            if (!recovered) await new Promise((r) => setTimeout(r, 250));
        }
        expect(recovered).toBe(true);
        console.log(`[fault] API answered again ${Date.now() - restartedAt} ms after Neo4j was restarted`);
        expect((await health()).status).toBe(200);

        const gaps = await postGraphQL(api.url, `{ coverageGaps(asset: "asset:001:2", status: OFFICIAL, snapshot: Y2025) { gaps { id } } }`);
        expect(gaps.errors).toBeUndefined();
        expect(gaps.data?.coverageGaps.gaps.map((g: any) => g.id)).not.toContain("province:da-nang");
        expect(gaps.data?.coverageGaps.gaps).toHaveLength(62);
    }, 180_000);
});
