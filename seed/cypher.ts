// The loader's own access to its named queries (cypher/reports/): it reads the files and runs them on
// the transaction or driver its caller hands it, so seed/ needs nothing from src/. Who commits, and so
// who bumps the graph version, is the caller's affair (src/modules/reports/load.ts: the write scope).
import { readFileSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";

const DIR = new URL("../cypher/reports/", import.meta.url);
const texts = new Map<string, string>();

/** The text of cypher/reports/<name>.cypher. */
export function reportQuery(name: string): string {
    let t = texts.get(name);
    if (t === undefined) texts.set(name, (t = readFileSync(new URL(`${name}.cypher`, DIR), "utf8")));
    return t;
}

/** Anything with a neo4j-driver `run`: a transaction (the caller's write scope) or a session. */
export interface QueryRunner {
    run(text: string, params?: Record<string, unknown>): PromiseLike<{ records: { toObject(): Record<string, unknown> }[] }>;
}

const plain = (v: unknown): unknown => (neo4j.isInt(v) ? v.toNumber() : v);

/** Runs cypher/reports/<name>.cypher on `tx`; integers come back as numbers. */
export async function runReportQuery<T>(tx: QueryRunner, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const { records } = await tx.run(reportQuery(name), params);
    return records.map((r) => Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, plain(v)])) as T);
}

/** Runs a write on its own transaction (bulk batches, each committed alone). */
export async function writeAlone<T>(driver: Driver, name: string, params: Record<string, unknown>, database?: string): Promise<T[]> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
        return await session.executeWrite((tx) => runReportQuery<T>(tx, name, params));
    } finally {
        await session.close();
    }
}
