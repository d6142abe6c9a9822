// No request can take the API down (issue 25): the API as `npm start` runs it (its V8 flags, response
// cache on, production) answers ≥ 10,000 distinct valid questions — every explorer question over its
// inputs, none repeated — with no internal error, stays alive and ends under 300 MB resident; an
// overload burst is refused with 503 and Retry-After, and the API answers normally again by itself.
import { describe, expect, it } from "vitest";
import { rssMb, startApi } from "../../bench/processes.js";
import { distinctQuestions } from "../helpers/distinct-questions.js";
import { neo4jEnv, neo4jUri } from "../helpers/neo4j-env.js";


async function post(url: string, query: string, variables?: Record<string, unknown>) {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };
    return { status: res.status, retryAfter: res.headers.get("retry-after"), ...body };
}

describe("memory bounded by construction", () => {
    it("10,000 distinct questions with the response cache on: no internal error, alive, RSS < 300 MB at the end", async () => {
        // Production's overload thresholds (the runner's env raises them for in-process servers).
        const api = await startApi(neo4jUri(), { RESPONSE_CACHE: "on", OVERLOAD_EVENT_LOOP_DELAY_MS: "", ...neo4jEnv() });
        let alive = true;
        void api.exited.then(() => (alive = false));
        try {
            const questions = (await distinctQuestions((q, v) => post(api.url, q, v), 10_000)).slice(0, 10_000);
            expect(new Set(questions.map((x) => `${x.operationName}${JSON.stringify(x.variables)}`)).size).toBe(questions.length);
            const internal: string[] = [];
            let next = 0;
            let misses = 0;
            // Time per kind of question (4 in flight, so queueing included): where the sweep's minutes go.
            const kinds = new Map<string, { n: number; ms: number }>();
            await Promise.all(
                Array.from({ length: 4 }, async () => {
                    while (next < questions.length && alive) {
                        const x = questions[next++]!;
                        const started = performance.now();
                        const r = await post(api.url, x.query, x.variables);
                        const kind = kinds.get(x.operationName) ?? { n: 0, ms: 0 };
                        kinds.set(x.operationName, { n: kind.n + 1, ms: kind.ms + performance.now() - started });
                        if (r.extensions?.cache === "miss") misses += 1;
                        const bad = (r.errors ?? []).filter((e) => e.extensions?.code !== "BAD_USER_INPUT");
                        if (r.status >= 500 || bad.length) internal.push(`${x.operationName} ${JSON.stringify(x.variables)} → ${r.status} ${bad.map((e) => e.message).join("; ")}`);
                    }
                }),
            );
            const health = (await (await fetch(api.url.replace(/graphql$/, "health"))).json()) as { memory: { budgetBytes: number; heldBytes: number; evictions: number } };
            const rss = rssMb(api.pid);
            console.log(`[sweep] ${questions.length} questions, ${misses} computed; cache ${Math.round(health.memory.heldBytes / 1048576)} of ${Math.round(health.memory.budgetBytes / 1048576)} MB, ${health.memory.evictions} evictions; RSS ${Math.round(rss)} MB`);
            const total = [...kinds.values()].reduce((t, k) => t + k.ms, 0);
            console.log(`[sweep] time by kind: ${[...kinds].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6).map(([op, k]) => `${op} ${Math.round((100 * k.ms) / total)} % (${k.n}, ${Math.round(k.ms / k.n)} ms each)`).join(", ")}`);
            expect(internal.slice(0, 10)).toEqual([]);
            expect(alive).toBe(true);
            // Every question was distinct, so the cache filled and evicted: the bound held, not luck.
            expect(misses).toBeGreaterThan(questions.length * 0.9);
            expect(health.memory.heldBytes).toBeLessThanOrEqual(health.memory.budgetBytes);
            expect(health.memory.evictions).toBeGreaterThan(0);
            expect(rss).toBeLessThan(300);
        } finally {
            api.stop();
            await api.exited;
        }
    }, 600_000);

    it("an overload burst gets 503 with Retry-After and a reason; normal answers follow within seconds, without a restart", async () => {
        // A low event-loop threshold makes a burst of 400 concurrent questions an overload on any machine.
        const api = await startApi(neo4jUri(), { RESPONSE_CACHE: "off", OVERLOAD_EVENT_LOOP_DELAY_MS: "50", OVERLOAD_RETRY_AFTER_S: "1", ...neo4jEnv() });
        try {
            const questions = await distinctQuestions((q, v) => post(api.url, q, v), 1000);
            // Quiet first, so the burst starts on an idle API: the first questions are taken and finish.
            await new Promise((r) => setTimeout(r, 1500));
            // Bursts of 400 concurrent questions until the API refuses some (an overload is two check
            // windows of lag in a row, so a burst that ends sooner is simply answered).
            const answers: Awaited<ReturnType<typeof post>>[] = [];
            for (let round = 0; round < 6 && !answers.some((a) => a.status === 503); round++) {
                const burst = Array.from({ length: 400 }, (_x, i) => questions[(round * 400 + i) % questions.length]!);
                answers.push(...(await Promise.all(burst.map((x) => post(api.url, x.query, x.variables)))));
            }
            const refused = answers.filter((a) => a.status === 503);
            const answered = answers.filter((a) => a.status === 200 && !a.errors?.length);
            console.log(`[overload] bursts of ${answers.length} questions: ${answered.length} answered, ${refused.length} refused with 503`);
            expect(answered.length + refused.length).toBe(answers.length);
            expect(refused.length).toBeGreaterThan(0);
            expect(answered.length).toBeGreaterThan(0);
            expect(refused[0]!.retryAfter).toBe("1");
            expect(refused[0]!.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
            expect(refused[0]!.errors?.[0]?.message).toMatch(/too many questions at once .*try again in 1 s/);
            // Recovery by itself: a question asked every 250 ms is answered normally within 10 s.
            const deadline = Date.now() + 10_000;
            let after = await post(api.url, questions[0]!.query, questions[0]!.variables);
            while (after.status !== 200 && Date.now() < deadline) {
                await new Promise((r) => setTimeout(r, 250));
                after = await post(api.url, questions[0]!.query, questions[0]!.variables);
            }
            expect(after.status).toBe(200);
            expect(after.errors).toBeUndefined();
        } finally {
            api.stop();
            await api.exited;
        }
    }, 300_000);
});
