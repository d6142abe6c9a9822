// Stopping a Neo4j whose data directory the test file deletes next: a clean shutdown is of no use
// there, and Neo4j's takes ~10 s (its Bolt server waits out two 5 s grace periods with no connection
// open; logs/debug.log "Shutting down Bolt server" → "Bolt server has been shut down"). SIGKILL ends
// the JVM at once; stop() then only sees it exit and removes its marker.
import type { LocalNeo4j } from "../../src/neo4j/local-server.js";

export async function discardNeo4j(server: LocalNeo4j | undefined): Promise<void> {
    if (!server) return;
    try {
        process.kill(server.pid, "SIGKILL");
    } catch {
        // already gone
    }
    await server.stop();
}
