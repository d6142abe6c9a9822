// Seeds an empty database on `npm start`, so a new user gets the reports' graph without a step.
import type { Driver } from "neo4j-driver";
import { createDb } from "./db/run.js";
import { loadQueries } from "./db/queries.js";
import { loadSeed } from "../seed/load.js";

export async function seedIfEmpty(driver: Driver, database: string | undefined, log: (msg: string) => void): Promise<void> {
    const [row] = await createDb(driver, loadQueries(), database).run<{ nodes: number }>("meta/seeded-count");
    if ((row?.nodes ?? 0) > 0) {
        log(`[seed] database already holds ${row!.nodes} seeded nodes; skipping (npm run seed reloads)`);
        return;
    }
    log("[seed] empty database: loading the five reports…");
    await loadSeed(driver, { database, log });
}
