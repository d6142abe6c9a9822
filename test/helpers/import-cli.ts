// Runs `npm run import` (src/cli/import.ts) against the test run's Neo4j, as a separate process.
import { spawnSync } from "node:child_process";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";

export const runImportCli = (file: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", file], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: inject("neo4jUser"), NEO4J_PASSWORD: inject("neo4jPassword") },
        encoding: "utf8",
        timeout: 60_000,
    });
