// Test access to the run's Neo4j: a driver per file, and servers bound to a rollback transaction.
import { TEST_SECRET } from "./jwt.js";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import type { Driver, Session, Transaction } from "neo4j-driver";
import { createDriver } from "../../src/db/driver.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { loadQueries } from "../../src/db/queries.js";
import { inWriteScope } from "../../src/db/write-scope.js";
import { closeLinks } from "../../src/kernel/time.js";
import { neo4jUri } from "./neo4j-env.js";

export { neo4jEnv, neo4jUri } from "./neo4j-env.js";

export function testDriver(): Driver {
    return createDriver({ uri: neo4jUri(), user: inject("neo4jUser"), password: inject("neo4jPassword") });
}

export interface RollbackScope {
    session: Session;
    tx: Transaction;
    rollback(): Promise<void>;
}

/** A transaction the test writes into and rolls back, so nothing it does is ever committed. */
export async function openRollbackScope(driver: Driver): Promise<RollbackScope> {
    const session = driver.session();
    // A file-long scope (the explorer's e2e files) outlives the server's default 120 s timeout when
    // the machine is busy running other files beside it; the client's timeout overrides it (Neo4j 5.3+).
    const tx = session.beginTransaction({ timeout: 30 * 60_000 });
    // BEGIN goes out lazily: a server built next blocks the event loop for seconds, long enough for the
    // transaction's start to fail; one statement now makes it real before anything else runs.
    await tx.run("RETURN 1");
    return {
        session,
        tx,
        async rollback() {
            if (tx.isOpen()) await tx.rollback();
            await session.close();
        },
    };
}

export async function startTestServer(driver: Driver, executor?: Driver | Transaction): Promise<RunningServer> {
    const server = await createServer({ driver, executor });
    return server.listen(0);
}

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as {
        data?: Record<string, any>;
        errors?: { message: string; extensions?: Record<string, any> }[];
        extensions?: Record<string, any>;
    };
    return { status: res.status, ...body };
}

export function uniqueId(prefix: string): string {
    return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The usual test file set-up: a driver to the run's Neo4j and an API server on a free port, opened
 * before the file's tests and closed after. Returns live getters and an `ask` shortcut.
 */
export function useTestServer() {
    const state = {} as { driver: Driver; server: RunningServer };
    beforeAll(async () => {
        state.driver = testDriver();
        state.server = await startTestServer(state.driver);
    });
    afterAll(async () => {
        await state.server?.stop();
        await state.driver?.close();
    });
    return {
        get driver(): Driver {
            return state.driver;
        },
        get server(): RunningServer {
            return state.server;
        },
        ask: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => postGraphQL(state.server.url, query, variables, headers),
    };
}

/**
 * A test file whose every test (or, with `per: "file"`, the whole file) runs in its own transaction,
 * rolled back afterwards: a driver for the file and a rollback scope with an API server bound to it.
 * `ask` expects no errors.
 */
export function useRollbackServer(o: { per?: "test" | "file" } = {}) {
    const state = {} as { driver: Driver; scope: RollbackScope; server: RunningServer };
    const open = async () => {
        state.scope = await openRollbackScope(state.driver);
        // Tokens signed with TEST_SECRET (test/helpers/jwt.ts) are valid here, so a test can write as an editor.
        state.server = await (await createServer({ driver: state.driver, executor: state.scope.tx, auth: { secret: TEST_SECRET } })).listen(0);
    };
    const close = async () => {
        await state.server?.stop();
        await state.scope?.rollback();
    };
    // Per test (default): each test's writes vanish after it. Per file: the tests build on each other's.
    const perFile = o.per === "file";
    beforeAll(async () => {
        state.driver = testDriver();
        if (perFile) await open();
    });
    afterAll(async () => {
        if (perFile) await close();
        await state.driver?.close();
    });
    if (!perFile) {
        beforeEach(open);
        afterEach(close);
    }
    const post = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => postGraphQL(state.server.url, query, variables, headers);
    return {
        get driver(): Driver {
            return state.driver;
        },
        get tx(): Transaction {
            return state.scope.tx;
        },
        get server(): RunningServer {
            return state.server;
        },
        post,
        ask: async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
            const res = await post(query, variables, headers);
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            return res.data!;
        },
    };
}

/**
 * Removes connection files a test committed — their links, their document and the snapshot coverage it
 * held — then gives every link its end again (cypher/era/close-links.cypher), as if the files had never
 * come in: the links they ended would otherwise keep the files' day as their end.
 */
export async function removeConnectionImports(driver: Driver, files: { file: string } | { prefix: string }): Promise<void> {
    const [match, value] = "file" in files ? ["= $value", files.file] : ["STARTS WITH $value", files.prefix];
    await driver.executeQuery(`MATCH ()-[r:CONNECTED_TO]->() WHERE r.section ${match} DELETE r`, { value });
    await driver.executeQuery(`MATCH (d:SourceDocument:Imported) WHERE d.file ${match} DETACH DELETE d`, { value });
    await inWriteScope(driver, { queries: loadQueries() }, (scope) => closeLinks(scope.db, null));
}
