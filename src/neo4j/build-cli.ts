// `npm install` hook: builds the Neo4j launcher up front so the first `npm start` is fast.
// Without Java/Maven it only warns: a user with NEO4J_URI needs neither.
import { buildLauncher } from "./build.js";
import { LocalNeo4jError } from "./errors.js";

try {
    buildLauncher();
} catch (e) {
    if (!(e instanceof LocalNeo4jError)) throw e;
    console.warn(`[neo4j] skipped building the local Neo4j: ${e.message}`);
}
