// Applies cypher/schema/*.cypher (constraints and indexes). Each statement is its own auto-commit
// transaction: Neo4j forbids schema changes and data writes in one transaction.
import type { Driver } from "neo4j-driver";
import { loadSchemaStatements } from "./queries.js";

export async function applySchema(driver: Driver, database?: string): Promise<number> {
    const statements = loadSchemaStatements();
    for (const statement of statements) {
        await driver.executeQuery(statement, {}, { database });
    }
    return statements.length;
}
