// Per-request context: the executor @neo4j/graphql runs on, our named-query runner, and loaders.
import type { Driver, Session, Transaction } from "neo4j-driver";
import type { Db } from "./db/run.js";

export interface Context {
    /** Driver in production; a test transaction in tests (v7 accepts Driver, Session or Transaction). */
    executionContext: Driver | Session | Transaction;
    sessionConfig?: { database?: string };
    db: Db;
    jwt?: Record<string, unknown>;
    token?: string;
}
