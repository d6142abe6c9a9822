// One write transaction that every query of a change runs in — @neo4j/graphql's generated mutations,
// our named queries and the audit record alike — so the change and its ChangeRecord commit together
// or not at all. The transaction is wrapped to notice whether any statement changed the graph (from
// each result's update counters), so an operation that changed nothing can be rolled back unrecorded.
// The graph version is bumped here, in the transaction of every committed change, and only here: the
// API's mutations, the command-line imports and the report loader all write through a scope, so no
// writer can forget it (bulk loads, committed batch by batch, call bumpGraphVersion once at the end).
import neo4j, { type Driver, type QueryResult, type Session, type Transaction } from "neo4j-driver";
import { createDb, isDriver, type Db, type Executor } from "./run.js";
import type { Queries } from "./queries.js";
import { versionCommitted } from "./version-events.js";

export interface WriteScope {
    /** Pass this as @neo4j/graphql's executionContext: it is the scope's transaction. */
    readonly tx: Transaction;
    /** Named queries on the same transaction. */
    readonly db: Db;
    /** True once any statement in the scope reported an update (nodes, relationships, properties, labels). */
    readonly changed: boolean;
    /** Counts the scope as changed though its own statements wrote nothing (a bulk load's batches did). */
    markChanged(): void;
    /** Commits; when anything changed, the graph version is bumped in the same transaction first and
     * returned (response caches compare it), otherwise null. */
    commit(): Promise<number | null>;
    rollback(): Promise<void>;
}

export interface WriteScopeOptions {
    queries: Queries;
    database?: string;
    timeoutMs?: number;
    /** Transaction metadata, visible in Neo4j's query log and `SHOW TRANSACTIONS`. */
    metadata?: Record<string, unknown>;
}

/** Wraps `tx` so every `run` records whether it changed anything; everything else passes through. */
function watch(tx: Transaction, onUpdate: () => void): Transaction {
    return new Proxy(tx, {
        get(target, prop, receiver) {
            if (prop === "run") {
                return (text: string, params?: Record<string, unknown>) =>
                    target.run(text, params).then((r: QueryResult) => {
                        if (r.summary.counters.containsUpdates()) onUpdate();
                        return r;
                    });
            }
            const v = Reflect.get(target, prop, receiver) as unknown;
            return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
    });
}

/**
 * Opens a write scope. With a driver it begins a new transaction (committed or rolled back by the
 * caller); with a caller's transaction (tests that roll everything back) it runs inside it, and
 * commit/rollback are left to that caller.
 */
export function openWriteScope(executor: Executor, o: WriteScopeOptions): WriteScope {
    let changed = false;
    let session: Session | undefined;
    let inner: Transaction;
    if (isDriver(executor)) {
        session = (executor as Driver).session({ database: o.database, defaultAccessMode: neo4j.session.WRITE });
        inner = session.beginTransaction({ timeout: o.timeoutMs, metadata: o.metadata });
    } else if (typeof (executor as Session).beginTransaction === "function") {
        session = undefined;
        inner = (executor as Session).beginTransaction({ timeout: o.timeoutMs, metadata: o.metadata });
    } else {
        inner = executor as Transaction;
    }
    const owned = session !== undefined || inner !== executor;
    const tx = watch(inner, () => {
        changed = true;
    });
    const db = createDb(tx, o.queries, o.database, o.timeoutMs);
    const close = async (): Promise<void> => {
        await session?.close();
    };
    return {
        tx,
        db,
        get changed() {
            return changed;
        },
        markChanged() {
            changed = true;
        },
        async commit() {
            try {
                let version: number | null = null;
                if (changed) {
                    const [row] = await db.write<{ version: number }>("meta/bump-graph-version", { at: new Date().toISOString() });
                    version = row?.version ?? null;
                }
                if (owned && inner.isOpen()) await inner.commit();
                // Told once committed (a caller's transaction commits later: its caller tells).
                if (version !== null && owned) versionCommitted(executor, version);
                return version;
            } finally {
                await close();
            }
        },
        async rollback() {
            try {
                if (owned && inner.isOpen()) await inner.rollback();
            } finally {
                await close();
            }
        },
    };
}

/**
 * Runs `fn` in one write scope and commits when it returns, rolls back when it throws. For the
 * command-line imports: the import and its ChangeRecord are written by `fn` in the same scope.
 */
export async function inWriteScope<T>(executor: Executor, o: WriteScopeOptions, fn: (scope: WriteScope) => Promise<T>): Promise<T> {
    const scope = openWriteScope(executor, o);
    let result: T;
    try {
        result = await fn(scope);
    } catch (e) {
        await scope.rollback().catch(() => undefined);
        throw e;
    }
    await scope.commit();
    return result;
}

/** Bumps the graph version on its own (after a bulk load whose batches committed one by one). */
export async function bumpGraphVersion(driver: Driver, queries: Queries, database?: string): Promise<number | null> {
    const scope = openWriteScope(driver, { queries, database });
    scope.markChanged();
    return scope.commit();
}
