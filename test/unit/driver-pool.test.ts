// How many queries the API keeps in flight: 4 per core (at least 8) against a Neo4j on this machine,
// the driver's 100 against a remote one, NEO4J_MAX_CONNECTIONS overriding both (src/db/driver.ts).
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { defaultMaxConnections } from "../../src/db/driver.js";

describe("Bolt connection pool size", () => {
    it("queues in the driver when Neo4j shares this machine's cores", () => {
        expect(defaultMaxConnections("bolt://127.0.0.1:7687", 2)).toBe(8);
        expect(defaultMaxConnections("neo4j://localhost", 4)).toBe(16);
        expect(defaultMaxConnections("bolt://[::1]:7687", 1)).toBe(8);
        expect(defaultMaxConnections("bolt://127.0.0.2:7999/", 2)).toBe(8);
    });

    it("keeps the driver's default for a remote server (cluster, Aura)", () => {
        expect(defaultMaxConnections("neo4j+s://abcd1234.databases.neo4j.io", 2)).toBe(100);
        expect(defaultMaxConnections("bolt://10.0.0.5:7687", 2)).toBe(100);
        expect(defaultMaxConnections("bolt://localhost.example.com:7687", 2)).toBe(100);
    });

    it("NEO4J_MAX_CONNECTIONS overrides, and a bad value is refused at start", () => {
        expect(loadConfig({ NEO4J_MAX_CONNECTIONS: "12" }).neo4jMaxConnections).toBe(12);
        expect(loadConfig({}).neo4jMaxConnections).toBeUndefined();
        for (const bad of ["0", "-3", "abc", "2.5", "5000"]) expect(() => loadConfig({ NEO4J_MAX_CONNECTIONS: bad }), bad).toThrow(ConfigError);
    });
});
