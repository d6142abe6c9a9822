// Typed configuration from the environment. Every knob is documented in README.md ("Configuration").
import path from "node:path";
import { PROJECT_ROOT } from "./paths.js";

export { PROJECT_ROOT };

export class ConfigError extends Error {}

export interface LocalNeo4jConfig {
    /** Bolt port for the local server; 0 picks a free one. */
    port: number;
    /** Neo4j home (data + logs). */
    home: string;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
}

export interface Config {
    port: number;
    host: string;
    /** Set when the user brings their own Neo4j (single server, cluster or Aura). */
    neo4jUri: string | undefined;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string | undefined;
    /** NEO4J_MAX_CONNECTIONS; unset = src/db/driver.ts defaultMaxConnections (by where Neo4j runs). */
    neo4jMaxConnections: number | undefined;
    local: LocalNeo4jConfig;
    /** Seed an empty database on start. */
    seedOnStart: boolean;
    production: boolean;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = 65535): number {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
    }
    return n;
}

function size(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
    const raw = env[name] ?? fallback;
    if (!/^\d+[kmg]?$/i.test(raw)) throw new ConfigError(`${name} must look like 512m or 2g, got "${raw}"`);
    return raw.toLowerCase();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
    const uri = env.NEO4J_URI?.trim() || undefined;
    if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
        throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`);
    }
    return {
        port: int(env, "PORT", 4000),
        host: env.HOST ?? "127.0.0.1",
        neo4jUri: uri,
        neo4jUser: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? "neo4j",
        neo4jPassword: env.NEO4J_PASSWORD ?? "",
        neo4jDatabase: env.NEO4J_DATABASE || undefined,
        neo4jMaxConnections: env.NEO4J_MAX_CONNECTIONS ? int(env, "NEO4J_MAX_CONNECTIONS", 0, 1, 1000) : undefined,
        local: {
            port: int(env, "NEO4J_PORT", 7687),
            home: path.resolve(PROJECT_ROOT, env.NEO4J_HOME ?? ".data/neo4j"),
            heap: size(env, "NEO4J_HEAP", "1g"),
            pageCache: size(env, "NEO4J_PAGECACHE", "512m"),
            startTimeoutMs: int(env, "NEO4J_START_TIMEOUT_MS", 120_000, 1000, 3_600_000),
        },
        seedOnStart: env.SEED_ON_START !== "false",
        production: env.NODE_ENV === "production",
    };
}
