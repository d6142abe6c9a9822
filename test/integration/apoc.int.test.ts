// @neo4j/graphql 7 compiles @authorization rules to apoc.util.validatePredicate: this proves the
// local Neo4j has APOC core registered, with a rule that must both allow and deny.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "graphql";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { openRollbackScope, testDriver, uniqueId } from "../helpers/neo4j.js";

let driver: Driver;
beforeAll(() => {
    driver = testDriver();
});
afterAll(() => driver.close());

describe("APOC core inside the local Neo4j", () => {
    it("reports its version", async () => {
        const { records } = await driver.executeQuery("RETURN apoc.version() AS v");
        expect(records[0]?.get("v")).toMatch(/^5\.26\./);
    });

    it("enforces an @authorization validate rule (apoc.util.validatePredicate)", async () => {
        const label = uniqueId("ApocProbe").replaceAll("-", "_");
        const neo = new Neo4jGraphQL({
            typeDefs: `type Note @node(labels: ["${label}"]) @authorization(validate: [{ when: [BEFORE], where: { node: { owner: { eq: "$jwt.sub" } } } }]) {
                id: ID!
                owner: String!
            }`,
            features: { authorization: { key: "not-a-real-secret-used-only-in-this-test" } },
        });
        const schema = await neo.getSchema();
        const scope = await openRollbackScope(driver);
        try {
            await scope.tx.run(`CREATE (:\`${label}\` {id: "n1", owner: "alice"})`);
            const query = "{ notes { id owner } }";
            const asAlice = await graphql({ schema, source: query, contextValue: { executionContext: scope.tx, jwt: { sub: "alice" } } });
            expect(asAlice.errors).toBeUndefined();
            expect(asAlice.data?.notes).toEqual([{ id: "n1", owner: "alice" }]);
            const asBob = await graphql({ schema, source: query, contextValue: { executionContext: scope.tx, jwt: { sub: "bob" } } });
            expect(asBob.errors?.[0]?.message).toBe("Forbidden");
        } finally {
            await scope.rollback();
        }
    });
});
