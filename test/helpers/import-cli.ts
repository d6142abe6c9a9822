// Runs `npm run import` (src/cli/import.ts) against the test run's Neo4j, as a separate process.
import { spawnSync } from "node:child_process";
import { neo4jEnv } from "./neo4j.js";
import { PROJECT_ROOT } from "../../src/config.js";

export const runImportCli = (file: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", file], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...neo4jEnv() },
        encoding: "utf8",
        timeout: 60_000,
    });
