// A small HTTP load client for the GraphQL side of the benchmarks (autocannon reports whole
// milliseconds, too coarse for a cached answer that takes 0.3 ms).
//   - closed loop: `concurrency` workers, each sending its next request when the last one answered;
//   - open loop (`rate`): requests are sent at a fixed rate whatever the answers do (the soak), so a
//     slow answer does not slow the arrivals down; latency is then also given from the scheduled send
//     time (`fromSchedule`), which includes the time a request waited for the client's own timer.
// One keep-alive http.Agent; latency per request with process.hrtime.bigint(), reported in ms to
// 0.01 ms. An error is a network failure, a non-2xx status or a GraphQL `errors` entry in the answer.
// `extensions.cache` (hit/miss/bypass, src/http/response-cache.ts) is counted per request.
import http from "node:http";

export interface LoadRequest {
    /** A name for per-request-kind statistics (the soak's question mix). */
    label?: string;
    body: string;
    headers?: Record<string, string>;
}

export interface LoadOptions {
    url: string;
    /** Requests, used round-robin. */
    requests: LoadRequest[];
    seconds: number;
    /** Closed-loop workers (default 1). Ignored in open-loop mode. */
    concurrency?: number;
    /** Open loop: requests per second, sent on schedule whatever the answers do. */
    rate?: number;
    /** Open loop: most requests in flight; beyond it a request is not sent and counts as "dropped". */
    maxInFlight?: number;
    /** Called every `intervalMs` with the statistics of that interval alone (the soak's samples). */
    intervalMs?: number;
    onInterval?: (window: LoadStats, atSeconds: number) => void;
    /** Per-request timeout (default 30 s). */
    timeoutMs?: number;
}

export interface LoadStats {
    requests: number;
    seconds: number;
    rps: number;
    /** ms, two decimals */
    p50: number;
    p90: number;
    p99: number;
    max: number;
    mean: number;
    errors: number;
    errorKinds: Record<string, number>;
    cache: { hit: number; miss: number; bypass: number; none: number };
    /** hits / requests that answered 2xx (0 when the cache is off). */
    hitRatio: number;
}

export interface LoadResult extends LoadStats {
    mode: "closed" | "open";
    concurrency?: number;
    rate?: number;
    /** Open loop: percentiles from the scheduled send time instead of the actual one. */
    fromSchedule?: { p50: number; p90: number; p99: number; max: number };
    byLabel?: Record<string, LoadStats>;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Percentile by the nearest-rank method over an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
    if (!sorted.length) return 0;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

class Recorder {
    lat: number[] = [];
    errors = 0;
    errorKinds: Record<string, number> = {};
    cache = { hit: 0, miss: 0, bypass: 0, none: 0 };
    ok = 0;

    /** A request that was never sent (open loop, too many in flight): an error without a latency. */
    drop(): void {
        this.errors++;
        this.errorKinds.dropped = (this.errorKinds.dropped ?? 0) + 1;
    }

    add(ms: number, outcome: Outcome): void {
        this.lat.push(ms);
        if (outcome.error) {
            this.errors++;
            this.errorKinds[outcome.error] = (this.errorKinds[outcome.error] ?? 0) + 1;
        }
        if (outcome.status >= 200 && outcome.status < 300) {
            this.ok++;
            this.cache[outcome.cache]++;
        }
    }

    stats(seconds: number): LoadStats {
        const s = Float64Array.from(this.lat).sort();
        const sum = this.lat.reduce((a, b) => a + b, 0);
        return {
            requests: s.length,
            seconds: round2(seconds),
            rps: round2(s.length / seconds),
            p50: round2(percentile(s, 50)),
            p90: round2(percentile(s, 90)),
            p99: round2(percentile(s, 99)),
            max: round2(s.length ? s[s.length - 1]! : 0),
            mean: round2(s.length ? sum / s.length : 0),
            errors: this.errors,
            errorKinds: this.errorKinds,
            cache: { ...this.cache },
            hitRatio: this.ok ? +(this.cache.hit / this.ok).toFixed(4) : 0,
        };
    }
}

interface Outcome {
    status: number;
    error?: string;
    cache: "hit" | "miss" | "bypass" | "none";
}

/** What an answer says: GraphQL errors, and the cache verdict from `extensions.cache`. Cheap for big answers: no JSON.parse unless "errors" appears. */
export function inspect(status: number, body: string): Outcome {
    let error: string | undefined;
    if (status < 200 || status >= 300) error = `http ${status}`;
    const e = body.indexOf('"errors":');
    if (e >= 0) {
        try {
            const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
            if (parsed.errors?.length) error = error ?? `graphql ${parsed.errors[0]?.extensions?.code ?? "error"}`;
        } catch {
            error = error ?? "unparsable";
        }
    }
    const c = body.lastIndexOf('"cache":"');
    let cache: Outcome["cache"] = "none";
    if (c >= 0) {
        const v = body.slice(c + 9, c + 15);
        cache = v.startsWith("hit") ? "hit" : v.startsWith("miss") ? "miss" : v.startsWith("bypass") ? "bypass" : "none";
    }
    return { status, error, cache };
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
    const url = new URL(o.url);
    const open = o.rate !== undefined && o.rate > 0;
    const concurrency = open ? 0 : Math.max(1, o.concurrency ?? 1);
    const agent = new http.Agent({ keepAlive: true, maxSockets: open ? (o.maxInFlight ?? 1000) : concurrency, maxFreeSockets: 1024 });
    const timeoutMs = o.timeoutMs ?? 30_000;
    const bodies = o.requests.map((r) => ({ label: r.label ?? "all", body: Buffer.from(r.body), headers: { "content-type": "application/json", ...r.headers } }));

    const send = (i: number): Promise<Outcome> =>
        new Promise((resolve) => {
            const r = bodies[i % bodies.length]!;
            const req = http.request(
                { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: "POST", headers: { ...r.headers, "content-length": r.body.length } },
                (res) => {
                    const chunks: Buffer[] = [];
                    res.on("data", (c: Buffer) => chunks.push(c));
                    res.on("end", () => resolve(inspect(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"))));
                    res.on("error", (err) => resolve({ status: 0, error: `network ${(err as NodeJS.ErrnoException).code ?? err.message}`, cache: "none" }));
                },
            );
            req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
            req.on("error", (err) => resolve({ status: 0, error: `network ${(err as NodeJS.ErrnoException).code ?? err.message}`, cache: "none" }));
            req.end(r.body);
        });

    const all = new Recorder();
    const sched = new Recorder();
    const labels = new Map<string, Recorder>();
    let window = new Recorder();
    let windowStart = process.hrtime.bigint();
    const t0 = process.hrtime.bigint();
    const elapsedS = (t = process.hrtime.bigint()): number => Number(t - t0) / 1e9;
    const endNs = t0 + BigInt(Math.round(o.seconds * 1e9));
    const record = (i: number, start: bigint, outcome: Outcome, scheduled?: bigint): void => {
        const now = process.hrtime.bigint();
        const ms = Number(now - start) / 1e6;
        all.add(ms, outcome);
        window.add(ms, outcome);
        if (scheduled !== undefined) sched.add(Number(now - scheduled) / 1e6, outcome);
        if (bodies.length > 1) {
            const l = bodies[i % bodies.length]!.label;
            if (!labels.has(l)) labels.set(l, new Recorder());
            labels.get(l)!.add(ms, outcome);
        }
    };
    const ticker = o.onInterval && o.intervalMs
        ? setInterval(() => {
              const now = process.hrtime.bigint();
              const w = window;
              window = new Recorder();
              o.onInterval!(w.stats(Number(now - windowStart) / 1e9), Math.round(elapsedS(now)));
              windowStart = now;
          }, o.intervalMs)
        : undefined;

    let next = 0;
    try {
        if (!open) {
            await Promise.all(
                Array.from({ length: concurrency }, async () => {
                    while (process.hrtime.bigint() < endNs) {
                        const i = next++;
                        const start = process.hrtime.bigint();
                        record(i, start, await send(i));
                    }
                }),
            );
        } else {
            const periodNs = 1e9 / o.rate!;
            const maxInFlight = o.maxInFlight ?? 1000;
            const inflight = new Set<Promise<void>>();
            while (true) {
                const now = process.hrtime.bigint();
                if (now >= endNs) break;
                // Send every request whose time has come (catching up after a late timer).
                while (t0 + BigInt(Math.round(next * periodNs)) <= now) {
                    const i = next++;
                    const scheduled = t0 + BigInt(Math.round(i * periodNs));
                    if (inflight.size >= maxInFlight) {
                        all.drop();
                        window.drop();
                        continue;
                    }
                    const start = process.hrtime.bigint();
                    const p: Promise<void> = send(i).then((out) => {
                        record(i, start, out, scheduled);
                        inflight.delete(p);
                    });
                    inflight.add(p);
                }
                const dueNs = Number(t0 + BigInt(Math.round(next * periodNs)) - process.hrtime.bigint());
                await new Promise((r) => setTimeout(r, Math.max(0, Math.floor(dueNs / 1e6))));
            }
            await Promise.all(inflight);
        }
    } finally {
        if (ticker) clearInterval(ticker);
        agent.destroy();
    }
    // Closed loop: the run lasts until the last answer; open loop: the sending window.
    const seconds = open ? o.seconds : elapsedS();
    const result: LoadResult = { mode: open ? "open" : "closed", ...(open ? { rate: o.rate } : { concurrency }), ...all.stats(seconds) };
    if (open) {
        const s = sched.stats(seconds);
        result.fromSchedule = { p50: s.p50, p90: s.p90, p99: s.p99, max: s.max };
    }
    if (labels.size) result.byLabel = Object.fromEntries([...labels].map(([l, r]) => [l, r.stats(seconds)]));
    return result;
}

// CLI: tsx bench/load-client.ts <url> '<query>' [--concurrency N] [--seconds S] [--rate R]
if (import.meta.url === `file://${process.argv[1]}`) {
    const [url, query] = process.argv.slice(2);
    const arg = (n: string, d: number): number => {
        const i = process.argv.indexOf(`--${n}`);
        return i > 0 ? Number(process.argv[i + 1]) : d;
    };
    if (!url || !query) {
        console.error("usage: tsx bench/load-client.ts <url> '<graphql query>' [--concurrency N] [--seconds S] [--rate R]");
        process.exit(2);
    }
    const rate = arg("rate", 0);
    const r = await runLoad({ url, requests: [{ body: JSON.stringify({ query }) }], seconds: arg("seconds", 5), concurrency: arg("concurrency", 1), ...(rate ? { rate } : {}) });
    console.log(JSON.stringify(r, null, 2));
}
