// Seeds an empty database on `npm start`, so a new user gets the reports' graph without a step.
import type { Driver } from "neo4j-driver";

export async function seedIfEmpty(_driver: Driver, _database: string | undefined, log: (msg: string) => void): Promise<void> {
    log("[seed] no seed sources registered yet");
}
