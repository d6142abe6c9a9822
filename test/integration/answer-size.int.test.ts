// An answer whose size would pass the bound is refused before it is built (src/http/answer-size.ts),
// naming the bound and how to page; the same question in pages is answered.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();

describe("answer size bound", () => {
    it("refuses nested lists that multiply past 1,000,000 values, before running them", async () => {
        const fanOut = `{ agencies { id connectedAssets { id connectedAgencies { id name } } } }`;
        const r = await t.ask(fanOut);
        expect(r.status).toBe(400);
        expect(r.errors?.[0]?.extensions?.code).toBe("ANSWER_TOO_LARGE");
        expect(r.errors?.[0]?.extensions?.bound).toBe(1_000_000);
        expect(r.errors?.[0]?.message).toMatch(/more than the 1,000,000 one answer may hold .* ask for pages with limit and offset/);
    });

    it("counts pages given in variables, and answers the same question asked in pages", async () => {
        const q = `query($n: Int) { agencies(limit: $n, sort: [{ id: ASC }]) { id connectedAssets(limit: $n) { id connectedAgencies(limit: $n) { id name } } } }`;
        const big = await t.ask(q, { n: 1000 });
        expect(big.errors?.[0]?.extensions?.code).toBe("ANSWER_TOO_LARGE");
        const paged = await t.ask(q, { n: 20 });
        expect(paged.errors).toBeUndefined();
        expect(paged.data!.agencies).toHaveLength(20);
    });

    it("lets every explorer-sized question through: one agency by id with all its lists", async () => {
        const r = await t.ask(`{ agencies(where: { id: { eq: "province:da-nang" } }) { id successors { id } listedIn { id title } plans { id } figures { value } connectedAssets { id name } } }`);
        expect(r.errors).toBeUndefined();
        expect(r.data!.agencies).toHaveLength(1);
    });
});
