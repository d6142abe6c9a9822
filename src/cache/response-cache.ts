// Response cache for reads. The graph only changes on imports and edits, so a query's answer is
// cached by (document, operation name, variables, role) together with the graph version it was
// computed at, and served again while the instance's view of the version (src/cache/graph-version.ts)
// is unchanged. Every committed write bumps the version in its own transaction, so no answer outlives
// the write that changed it by more than the staleness bound (immediately on the instance that wrote).
// Only complete answers without errors are kept; mutations are never cached. `extensions.cache` says
// "hit" or "miss". Off with RESPONSE_CACHE=off. Bounded by total answer size (LRU).
// Identical misses are coalesced: while one request computes an answer, the same question (same key,
// same version) waits for it instead of running the question again, and is answered as a "hit". After a
// write empties the cache, a busy instance otherwise ran each popular question once per request in
// flight (the soak's p99 after each write, bench/README.md). A waiter that gets nothing (the answer had
// errors, or the version moved) computes its own answer.
import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import type { Context } from "../context.js";
import type { GraphVersion } from "./graph-version.js";

interface Entry {
    version: number;
    result: FormattedExecutionResult;
}

export interface ResponseCacheOptions {
    version: GraphVersion;
    /** Largest total size of cached answers, in characters of JSON (default 64 MB). */
    maxChars?: number;
}

/** Who is asking decides what they may see, so the role is part of the key. */
function role(ctx: Context): string {
    const roles = Array.isArray(ctx.jwt?.roles) ? (ctx.jwt!.roles as unknown[]).map(String).sort() : [];
    return ctx.jwt ? `token:${roles.join(",")}` : "anonymous";
}

function keyOf(rc: GraphQLRequestContext<Context>): string {
    return createHash("sha256")
        .update(rc.source ?? "")
        .update("\0")
        .update(rc.request.operationName ?? "")
        .update("\0")
        .update(JSON.stringify(rc.request.variables ?? {}))
        .update("\0")
        .update(role(rc.contextValue))
        .digest("base64");
}

/** How long a waiting request trusts another request's computation before computing its own. */
const COALESCE_WAIT_MS = 15_000;

interface Pending {
    version: number;
    started: number;
    promise: Promise<Entry | undefined>;
    resolve: (e: Entry | undefined) => void;
}

/** `p`'s value, or undefined once `ms` have passed. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
    });
    try {
        return await Promise.race([p, timeout]);
    } finally {
        clearTimeout(timer);
    }
}

const hitResponse = (e: Entry) => ({ http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single" as const, singleResult: { ...e.result, extensions: { ...e.result.extensions, cache: "hit" } } } });

export function responseCachePlugin(o: ResponseCacheOptions): ApolloServerPlugin<Context> & { readonly size: number; clear(): void } {
    const pending = new Map<string, Pending>();
    const cache = new LRUCache<string, Entry>({
        maxSize: o.maxChars ?? 64 * 1024 * 1024,
        sizeCalculation: (e) => Math.max(1, JSON.stringify(e.result).length),
    });
    // Entries of an older version can never be served again: drop them as soon as it changes.
    o.version.onChange(() => cache.clear());
    return {
        get size() {
            return cache.size;
        },
        clear: () => cache.clear(),
        async requestDidStart() {
            let key: string | undefined;
            let versionAtStart = -1;
            let leading: Pending | undefined;
            /** The computing request hands its answer (or nothing) to the requests waiting for it. */
            const settle = (e: Entry | undefined): void => {
                if (!leading) return;
                if (key && pending.get(key) === leading) pending.delete(key);
                leading.resolve(e);
                leading = undefined;
            };
            return {
                async responseForOperation(rc) {
                    if (rc.operation?.operation !== "query") return null;
                    versionAtStart = o.version.current;
                    key = keyOf(rc);
                    if (versionAtStart < 0) return null;
                    const hit = cache.get(key);
                    if (hit && hit.version === versionAtStart) return hitResponse(hit);
                    const other = pending.get(key);
                    if (other && other.version === versionAtStart && Date.now() - other.started < COALESCE_WAIT_MS) {
                        const waited = await within(other.promise, COALESCE_WAIT_MS - (Date.now() - other.started));
                        if (waited && waited.version === o.version.current) return hitResponse(waited);
                        return null;
                    }
                    let resolve!: (e: Entry | undefined) => void;
                    const promise = new Promise<Entry | undefined>((r) => (resolve = r));
                    leading = { version: versionAtStart, started: Date.now(), promise, resolve };
                    pending.set(key, leading);
                    return null;
                },
                async willSendResponse(rc) {
                    const body = rc.response.body;
                    if (!key || body.kind !== "single") return settle(undefined);
                    const result = body.singleResult;
                    if (result.extensions?.cache === "hit") return;
                    // "bypass": the graph version could not be read lately, so nothing is served or kept.
                    result.extensions = { ...result.extensions, cache: versionAtStart < 0 ? "bypass" : "miss" };
                    // Stored only when the version did not move while the answer was computed.
                    if (!result.errors?.length && result.data && versionAtStart >= 0 && o.version.current === versionAtStart) {
                        const { cache: _c, neo4jQueries: _q, ...extensions } = result.extensions as Record<string, unknown>;
                        const entry = { version: versionAtStart, result: { data: result.data, ...(Object.keys(extensions).length ? { extensions } : {}) } };
                        cache.set(key, entry);
                        settle(entry);
                    }
                    settle(undefined);
                },
            };
        },
    };
}
