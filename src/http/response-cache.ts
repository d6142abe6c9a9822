// Response cache for reads. The graph only changes on imports and edits, so a query's answer is
// cached by (document, operation name, variables, role) together with the graph version it was
// computed at, and served again while the instance's view of the version (src/kernel/cache/graph-version.ts)
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
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Context } from "../kernel/context.js";
import { grantedRoles } from "../kernel/roles.js";
import type { GraphVersion } from "../kernel/cache/graph-version.js";
import type { MemoryBudget } from "../kernel/cache/memory-budget.js";
import { requestInfo } from "./request-observer.js";

interface Entry {
    version: number;
    /** The whole HTTP body of a hit, serialised once (as Apollo writes it: `{"data":…,"extensions":…}` and a newline), as UTF-8. */
    body: Buffer;
}

export interface ResponseCacheOptions {
    version: GraphVersion;
    /** The memory budget the answers draw on. */
    budget: MemoryBudget;
}

/** Who is asking decides what they may see, so the roles granted here are part of the key. */
function role(ctx: Context): string {
    return ctx.jwt ? `token:${[...grantedRoles(ctx.jwt)].sort().join(",")}` : "anonymous";
}

function keyFor(source: string, operationName: string | null | undefined, variables: unknown, who: string): string {
    return createHash("sha256")
        .update(source)
        .update("\0")
        .update(operationName ?? "")
        .update("\0")
        .update(JSON.stringify(variables ?? {}))
        .update("\0")
        .update(who)
        .digest("base64");
}

function keyOf(rc: GraphQLRequestContext<Context>): string {
    return keyFor(rc.source ?? "", rc.request.operationName, rc.request.variables, role(rc.contextValue));
}

/**
 * Whether a request may be answered before Apollo: an anonymous JSON POST (no token, so the role is
 * "anonymous" without verifying anything) asking for plain JSON, with a query string and, if any, an
 * object of variables and a string operation name. Anything else goes through Apollo as before.
 */
function fastPathKey(req: Request): string | undefined {
    if (req.method !== "POST" || req.headers.authorization !== undefined) return undefined;
    if (!req.headers["content-type"]?.toLowerCase().startsWith("application/json")) return undefined;
    const accept = req.headers.accept;
    if (accept && (accept.includes("graphql-response") || accept.includes("multipart") || !(accept.includes("application/json") || accept.includes("*/*")))) return undefined;
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body) || typeof body.query !== "string" || body.extensions !== undefined) return undefined;
    if (body.operationName != null && typeof body.operationName !== "string") return undefined;
    if (body.variables != null && (typeof body.variables !== "object" || Array.isArray(body.variables))) return undefined;
    return keyFor(body.query, body.operationName as string | null | undefined, body.variables ?? undefined, "anonymous");
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

/**
 * The body as UTF-8 in a buffer of its own: `Buffer.from` puts a small string in a slice of Node's
 * shared 8 KB pool, and a kept slice pins the whole pool (a 500-byte answer held 8 KB, measured).
 */
function ownBytes(text: string): Buffer {
    const b = Buffer.allocUnsafeSlow(Buffer.byteLength(text, "utf8"));
    b.write(text, "utf8");
    return b;
}

const entryOf = (version: number, result: FormattedExecutionResult): Entry => ({ version, body: ownBytes(JSON.stringify({ data: result.data, extensions: { ...result.extensions, cache: "hit" } }) + "\n") });

/** A hit through Apollo (tokens, GET, …): the one kept copy is the body, so the result is read back from it. */
const hitResponse = (e: Entry) => ({ http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single" as const, singleResult: JSON.parse(e.body.toString("utf8")) as FormattedExecutionResult } });

/** What an entry holds: its body's bytes and the entry object around them. */
const ENTRY_OVERHEAD = 160;

export function responseCachePlugin(o: ResponseCacheOptions): ApolloServerPlugin<Context> & { readonly size: number; clear(): void; middleware(): RequestHandler } {
    const pending = new Map<string, Pending>();
    const cache = o.budget.region<Entry>("answers");
    // Entries of an older version can never be served again: drop them as soon as it changes.
    o.version.onChange(() => cache.clear());
    return {
        get size() {
            return cache.entries;
        },
        clear: () => cache.clear(),
        /**
         * Express middleware in front of Apollo (after body parsing): a hit for an anonymous JSON POST is
         * written as its stored body at once, without Apollo's pipeline, the document limits (the same
         * document passed them when it was computed) or serialising the answer again. Misses, tokens and
         * anything unusual fall through to Apollo. A cached answer took 0.39–0.61 ms of API CPU through
         * Apollo, a third to half of it in Apollo and Express (CPU profiles, bench/README.md).
         */
        middleware(): RequestHandler {
            return (req: Request, res: Response, next: NextFunction) => {
                const version = o.version.current;
                if (version < 0) return next();
                const key = fastPathKey(req);
                const hit = key === undefined ? undefined : cache.get(key);
                if (!hit || hit.version !== version) return next();
                const info = requestInfo(res);
                if (info) {
                    info.cache = "hit";
                    info.outcome = "ok";
                }
                res.status(200).setHeader("content-type", "application/json; charset=utf-8");
                res.send(hit.body);
            };
        },
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
                    const memory = o.budget.stats();
                    result.extensions = { ...result.extensions, cache: versionAtStart < 0 ? "bypass" : "miss", cacheMemory: { budgetBytes: memory.budgetBytes, heldBytes: memory.heldBytes, evictions: memory.evictions, tooBig: memory.tooBig } };
                    // Stored only when the version did not move while the answer was computed.
                    if (!result.errors?.length && result.data && versionAtStart >= 0 && o.version.current === versionAtStart) {
                        const { cache: _c, cacheMemory: _m, neo4jQueries: _q, ...extensions } = result.extensions as Record<string, unknown>;
                        const entry = entryOf(versionAtStart, { data: result.data, ...(Object.keys(extensions).length ? { extensions } : {}) });
                        cache.set(key, entry, entry.body.length + ENTRY_OVERHEAD + key.length * 2);
                        settle(entry);
                    }
                    settle(undefined);
                },
            };
        },
    };
}
