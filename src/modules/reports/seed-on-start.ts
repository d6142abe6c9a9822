// Seeds the reports on `npm start`: into an empty database, and again whenever the database was
// seeded by an older parser or loader (the stored seed version differs), so upgrading the project
// never leaves a database with stale keys or labels. The reload is idempotent and keeps everything
// that is not from the reports (imports, notes, ChangeRecords).
import type { Driver } from "neo4j-driver";
import { createDb } from "../../db/run.js";
import { loadQueries } from "../../db/queries.js";
import { loadSeed, prepareSeed, seedVersion } from "./load.js";

export async function seedIfStale(driver: Driver, database: string | undefined, log: (msg: string) => void): Promise<void> {
    const [row] = await createDb(driver, loadQueries(), database).run<{ nodes: number; version: string | null }>("reports/seed-version");
    const prepared = prepareSeed();
    const version = seedVersion(prepared.rows);
    if ((row?.nodes ?? 0) > 0 && row?.version === version) {
        log(`[seed] database holds the current seed (${row.nodes} seeded nodes, version ${version}); skipping`);
        return;
    }
    log(
        (row?.nodes ?? 0) === 0
            ? "[seed] empty database: loading the five reports…"
            : row?.version
              ? `[seed] database was seeded by an older version (${row.version} ≠ ${version}): reloading the reports…`
              : `[seed] database holds ${row?.nodes} seeded nodes but no record of the reports (a bulk or offline load): loading the reports…`,
    );
    await loadSeed(driver, { database, log, prepared });
}
