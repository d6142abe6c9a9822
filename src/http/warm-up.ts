// After start, each example operation (examples/*.graphql: every headline question) runs once through
// the server's own HTTP endpoint, so query planning and the JVM's JIT happen before users arrive. On a
// fresh JVM the first round of six questions took ~5 s (coverage gaps alone 2 s); a soak at 20 req/s
// queued behind it, with p99 over the first 30 s at 8.6 s (bench/README.md). Best effort: failures
// (e.g. a database without the reports) are counted, never fatal.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print } from "graphql";
import { PROJECT_ROOT } from "../config.js";

export function exampleOperations(dir = path.join(PROJECT_ROOT, "examples")): string[] {
    return readdirSync(dir)
        .filter((f) => f.endsWith(".graphql"))
        .flatMap((f) => parse(readFileSync(path.join(dir, f), "utf8")).definitions)
        .filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === "query")
        .map((d) => print(d));
}

/** The example operations as request bodies: by their registered id when they have one (so warm-up
 * also runs with TRUSTED_DOCUMENTS=strict), else as text. */
export function warmUpRequests(registered: Iterable<{ id: string; name: string }> = []): Record<string, unknown>[] {
    const ids = new Map([...registered].map((o) => [o.name, o.id]));
    return exampleOperations().map((query) => {
        const name = /^\s*query\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
        const id = name ? ids.get(name) : undefined;
        return id ? { documentId: `sha256:${id}` } : { query };
    });
}

export async function warmUp(url: string, requests: Record<string, unknown>[] = warmUpRequests()): Promise<{ operations: number; failed: number; ms: number }> {
    const started = Date.now();
    let failed = 0;
    for (const body of requests) {
        try {
            const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "warm-up" }, body: JSON.stringify(body) });
            const answer = (await res.json()) as { errors?: unknown[] };
            if (!res.ok || answer.errors) failed++;
        } catch {
            failed++;
        }
    }
    return { operations: requests.length, failed, ms: Date.now() - started };
}
