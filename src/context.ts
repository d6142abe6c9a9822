// Per-request context: the executor @neo4j/graphql runs on, our named-query runner, and loaders.
import type { JWTPayload } from "jose";
import type { Driver, Session, Transaction } from "neo4j-driver";
import type { Db } from "./db/run.js";
import type { Loaders } from "./modules/loaders.js";
import type { RefCache } from "./cache/ref-cache.js";
import type { VersionMemo } from "./cache/version-memo.js";
import type { MatrixColumn } from "./__generated__/resolvers-types.js";

export interface Context {
    /** Production: an auto-commit reader standing in for a transaction (src/db/run.ts autoCommitReader),
     * or the write guard's transaction for mutations; a test transaction in tests. */
    executionContext: Driver | Session | Transaction;
    sessionConfig?: { database?: string };
    /** Transaction config @neo4j/graphql passes to Neo4j (per-query timeout). */
    transaction?: { timeout?: number };
    db: Db;
    /** Created per request, so batches and caches never cross users. */
    loaders: Loaders;
    /** Name resolutions kept per graph version (absent with `responseCache: false` or a caller's transaction; RESPONSE_CACHE=off keeps it). */
    refCache?: RefCache;
    /** connectionMatrix columns with their totals over the whole tier, kept per graph version (absent when refCache is). */
    matrixColumns?: VersionMemo<MatrixColumn[]>;
    /** The verified token's claims (src/auth.ts); @neo4j/graphql reads it for @authentication. */
    jwt?: JWTPayload;
    /** Set for mutation operations (src/http/write-guard.ts): the id the ChangeRecord will get, and
     * the summaries custom mutations report of what they wrote (kept in the record). */
    audit?: { changeId: string; imports: Record<string, unknown>[] };
}
