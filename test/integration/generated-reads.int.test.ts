// @neo4j/graphql's generated reads run as one auto-commit query each (src/db/run.ts autoCommitReader),
// not as a transaction function (BEGIN … COMMIT); writes still go through the write guard's transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver, Session } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { autoCommitReader } from "../../src/db/run.js";
import { postGraphQL, testDriver, uniqueId } from "../helpers/neo4j.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";

const tag = uniqueId("reads");
let driver: Driver;
let server: RunningServer;
/** What the API asked of the sessions it opened, by method. */
const calls: Record<string, number> = {};

/** The test driver, with every session's methods counted. */
function countingDriver(inner: Driver): Driver {
    return new Proxy(inner, {
        get(target, prop, receiver) {
            if (prop !== "session") return Reflect.get(target, prop, receiver);
            return (...args: Parameters<Driver["session"]>) => {
                const session = target.session(...args);
                return new Proxy(session, {
                    get(s, p, r) {
                        const v = Reflect.get(s, p, r) as unknown;
                        if (typeof v !== "function" || !["run", "executeRead", "executeWrite", "beginTransaction"].includes(String(p))) return v;
                        return (...a: unknown[]) => {
                            calls[String(p)] = (calls[String(p)] ?? 0) + 1;
                            return (v as (...x: unknown[]) => unknown).apply(s, a);
                        };
                    },
                }) as Session;
            };
        },
    });
}

beforeAll(async () => {
    driver = testDriver();
    server = await (await createServer({ driver: countingDriver(driver), auth: { secret: TEST_SECRET }, responseCache: false })).listen(0);
});
afterAll(async () => {
    await driver.executeQuery("MATCH (n:Note) WHERE n.text STARTS WITH $tag DETACH DELETE n", { tag });
    await driver.executeQuery("MATCH (c:ChangeRecord) WHERE c.actor STARTS WITH $tag DELETE c", { tag });
    await server?.stop();
    await driver?.close();
});

describe("generated reads", () => {
    it("a generated list is one auto-commit query: no transaction function, the same answer", async () => {
        for (const k of Object.keys(calls)) delete calls[k];
        const res = await postGraphQL(server.url, `{ agencies(where: { kind: { eq: PROVINCE }, era: { eq: 2023 } }, sort: [{ sortName: ASC }], limit: 3) { id name } }`);
        expect(res.errors).toBeUndefined();
        const direct = await driver.executeQuery("MATCH (a:Agency {kind: 'PROVINCE', era: 2023}) RETURN a.id AS id ORDER BY a.sortName LIMIT 3");
        expect((res.data as { agencies: { id: string }[] }).agencies.map((a) => a.id)).toEqual(direct.records.map((r) => r.get("id")));
        expect(calls.executeRead ?? 0).toBe(0);
        expect(calls.beginTransaction ?? 0).toBe(0);
        expect(calls.run ?? 0).toBeGreaterThanOrEqual(1);
    });

    it("a mutation still runs in the write guard's transaction, not through the reader", async () => {
        for (const k of Object.keys(calls)) delete calls[k];
        const res = await postGraphQL(server.url, `mutation { createNotes(input: [{ text: "${tag} note" }]) { notes { text } } }`, undefined, { authorization: `Bearer ${await token(`${tag}-editor`, ["editor"])}` });
        expect(res.errors).toBeUndefined();
        expect(calls.beginTransaction ?? 0).toBe(1);
        const [row] = (await driver.executeQuery("MATCH (n:Note {text: $t}) RETURN count(n) AS n", { t: `${tag} note` })).records;
        expect(row!.get("n").toNumber()).toBe(1);
    });

    it("the reader gives @neo4j/graphql records and a summary, and refuses to write", async () => {
        const reader = autoCommitReader(driver, undefined, 5000);
        const result = await reader.run("RETURN 1 AS x");
        expect(result.records[0]!.get("x").toNumber()).toBe(1);
        expect(result.summary.counters.updates().nodesCreated).toBe(0);
        await expect(reader.run(`CREATE (:Note {text: "${tag} written by a read"})`)).rejects.toThrow(/read/i);
        const [row] = (await driver.executeQuery("MATCH (n:Note {text: $t}) RETURN count(n) AS n", { t: `${tag} written by a read` })).records;
        expect(row!.get("n").toNumber()).toBe(0);
    });
});
