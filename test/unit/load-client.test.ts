// The bench's load client: percentiles by nearest rank, and what it reads from an answer (errors,
// cache verdict) without parsing big answers.
import { describe, expect, it } from "vitest";
import { inspect, percentile } from "../../bench/load-client.js";

describe("load client", () => {
    it("takes percentiles by nearest rank", () => {
        const xs = Float64Array.from({ length: 100 }, (_, i) => i + 1);
        expect(percentile(xs, 50)).toBe(50);
        expect(percentile(xs, 99)).toBe(99);
        expect(percentile(xs, 100)).toBe(100);
        expect(percentile([7], 99)).toBe(7);
        expect(percentile([], 50)).toBe(0);
    });

    it("counts non-2xx answers and GraphQL errors as errors, and reads the cache verdict", () => {
        expect(inspect(200, '{"data":{"x":1},"extensions":{"cache":"hit"}}\n')).toEqual({ status: 200, error: undefined, cache: "hit" });
        expect(inspect(200, '{"data":{"x":1},"extensions":{"cache":"miss"}}')).toMatchObject({ error: undefined, cache: "miss" });
        expect(inspect(200, '{"data":{"x":1}}')).toMatchObject({ error: undefined, cache: "none" });
        expect(inspect(200, '{"errors":[{"message":"no","extensions":{"code":"BAD_USER_INPUT"}}],"data":null}')).toMatchObject({ error: "graphql BAD_USER_INPUT" });
        expect(inspect(503, '{"errors":[{"message":"down"}]}')).toMatchObject({ error: "http 503" });
        // A field that merely contains the word is not an error.
        expect(inspect(200, '{"data":{"note":"\\"errors\\": none"},"extensions":{"cache":"bypass"}}')).toMatchObject({ error: undefined, cache: "bypass" });
    });
});
