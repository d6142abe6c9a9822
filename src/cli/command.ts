// The frame of the import commands: configuration, Neo4j (NEO4J_URI or the built-in one), the schema,
// then each file in turn. A file that fails is reported on one line (or as `explain` words it) and the
// others go on; the process exits 1 when any file failed or Neo4j could not be reached.
import os from "node:os";
import type { Driver } from "neo4j-driver";
import { ConfigError, loadConfig } from "../config.js";
import { applySchema } from "../db/apply-schema.js";
import { loadQueries, type QueryName } from "../db/queries.js";
import { connectNeo4j } from "../neo4j/connect.js";
import { LocalNeo4jError } from "../neo4j/errors.js";

export interface CommandEnv {
    driver: Driver;
    queries: Readonly<Record<QueryName, string>>;
    database?: string;
    /** `cli:<user>`, the actor of every ChangeRecord the command writes. */
    actor: string;
}

export async function runImportCommand(files: string[], each: (file: string, env: CommandEnv) => Promise<void>, explain: (e: unknown) => string | null): Promise<never> {
    let code = 0;
    try {
        const cfg = loadConfig();
        const conn = await connectNeo4j(cfg, (m) => console.error(m));
        console.error(`[import] writing to ${conn.description}${conn.local ? " (started for this command; stopped when it ends)" : cfg.neo4jUri ? "" : " (the project's own, already running)"}`);
        try {
            await applySchema(conn.driver, cfg.neo4jDatabase);
            const env = { driver: conn.driver, queries: loadQueries(), database: cfg.neo4jDatabase, actor: `cli:${os.userInfo().username}` };
            for (const file of files) {
                try {
                    await each(file, env);
                } catch (e) {
                    code = 1;
                    console.error(`error: ${explain(e) ?? `${file}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`}`);
                }
            }
        } finally {
            await conn.close();
        }
    } catch (e) {
        console.error(`error: ${e instanceof ConfigError || e instanceof LocalNeo4jError ? e.message : String(e)}`);
        code = 1;
    }
    process.exit(code);
}
