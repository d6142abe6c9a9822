// Response cache for reads. The graph only changes on imports and edits, so a query's answer is
// cached by (document, operation name, variables, role) together with the graph version it was
// computed at, and served again while the instance's view of the version (src/cache/graph-version.ts)
// is unchanged. Every committed write bumps the version in its own transaction, so no answer outlives
// the write that changed it by more than the staleness bound (immediately on the instance that wrote).
// Only complete answers without errors are kept; mutations are never cached. `extensions.cache` says
// "hit" or "miss". Off with RESPONSE_CACHE=off. Bounded by total answer size (LRU).
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

export function responseCachePlugin(o: ResponseCacheOptions): ApolloServerPlugin<Context> & { readonly size: number; clear(): void } {
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
            return {
                async responseForOperation(rc) {
                    if (rc.operation?.operation !== "query") return null;
                    versionAtStart = o.version.current;
                    key = keyOf(rc);
                    if (versionAtStart < 0) return null;
                    const hit = cache.get(key);
                    if (!hit || hit.version !== versionAtStart) return null;
                    return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { ...hit.result, extensions: { ...hit.result.extensions, cache: "hit" } } } };
                },
                async willSendResponse(rc) {
                    const body = rc.response.body;
                    if (!key || body.kind !== "single") return;
                    const result = body.singleResult;
                    if (result.extensions?.cache === "hit") return;
                    // "bypass": the graph version could not be read lately, so nothing is served or kept.
                    result.extensions = { ...result.extensions, cache: versionAtStart < 0 ? "bypass" : "miss" };
                    // Stored only when the version did not move while the answer was computed.
                    if (!result.errors?.length && result.data && versionAtStart >= 0 && o.version.current === versionAtStart) {
                        const { cache: _c, neo4jQueries: _q, ...extensions } = result.extensions as Record<string, unknown>;
                        cache.set(key, { version: versionAtStart, result: { data: result.data, ...(Object.keys(extensions).length ? { extensions } : {}) } });
                    }
                },
            };
        },
    };
}
