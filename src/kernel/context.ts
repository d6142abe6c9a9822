// Per-request context: the executor @neo4j/graphql runs on, our named-query runner, the request's
// loaders, the caches kept per graph version, and who is asking. Generated resolver types are typed
// against it (codegen.ts contextType), so it imports nothing generated and no domain.
import type { Driver, Session, Transaction } from "neo4j-driver";
import type { Db } from "../db/run.js";
import type { Loaders } from "./loaders.js";
import type { RefCache } from "./cache/ref-cache.js";
import type { VersionMemos } from "./cache/version-memo.js";
import type { VerifiedToken } from "./roles.js";

export interface Context {
    /** Production: an auto-commit reader standing in for a transaction (src/db/run.ts autoCommitReader),
     * or the write guard's transaction for mutations; a test transaction in tests. */
    executionContext: Driver | Session | Transaction;
    sessionConfig?: { database?: string };
    /** Transaction config @neo4j/graphql passes to Neo4j (per-query timeout). */
    transaction?: { timeout?: number };
    db: Db;
    /** Created per request (src/kernel/loaders.ts), so batches and caches never cross users. */
    loaders: Loaders;
    /** Name resolutions kept per graph version (absent with `responseCache: false` or a caller's transaction; RESPONSE_CACHE=off keeps it). */
    refCache?: RefCache;
    /** Values derived from the whole graph, kept per graph version by name (absent when refCache is). */
    memos?: VersionMemos;
    /** Working sets kept per graph version in the working sets' budget (src/kernel/cache/version-memo.ts
     * keptPerVersion(): a tier's declared pairs, the assets' aggregates); absent when `memos` is. */
    workingSets?: VersionMemos;
    /** The verified token's claims, `roles` holding the roles granted here (src/kernel/roles.ts);
     * @neo4j/graphql reads it for @authentication/@authorization and takes it as already verified. */
    jwt?: VerifiedToken;
    /** Set for mutation operations (src/http/write-guard.ts): the id the ChangeRecord will get, and
     * the summaries custom mutations report of what they wrote (kept in the record). */
    audit?: { changeId: string; imports: Record<string, unknown>[] };
}
