// Every typed example document in examples/ runs without errors against the seeded graph, so the
// README's questions and the generated client types stay valid.
import { describe, expect, it } from "vitest";
import { print, type DocumentNode } from "graphql";
import * as ops from "../../src/__generated__/operations.js";
import { exampleOperations, warmUp } from "../../src/http/warm-up.js";
import { postGraphQL, useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();

// The explorer's operations (Explorer*) take variables; the browser tests run them.
const documents = Object.entries(ops).filter(([name]) => name.endsWith("Document") && !name.startsWith("Explorer")) as [string, DocumentNode][];

describe("example operations", () => {
    it("there is one typed document per example", () => expect(documents.length).toBeGreaterThanOrEqual(12));
    it.each(documents)("%s runs cleanly", async (_name, doc) => {
        const res = await postGraphQL(t.server.url, print(doc));
        expect(res.errors).toBeUndefined();
        expect(Object.keys(res.data ?? {}).length).toBeGreaterThan(0);
    });
});

describe("start-up warm-up", () => {
    it("runs every example query once through the endpoint, all answered cleanly", async () => {
        const queries = exampleOperations();
        expect(queries.length).toBe(documents.filter(([, d]) => d.definitions.some((x) => x.kind === "OperationDefinition" && x.operation === "query")).length);
        const warm = await warmUp(t.server.url);
        expect(warm).toMatchObject({ operations: queries.length, failed: 0 });
    });
});
