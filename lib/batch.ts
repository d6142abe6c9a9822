// Batched writes' one convention, shared by the report loader (seed/) and the API's imports: rows go
// to Neo4j as one JSON string per batch, which APOC reads (cypher/reports/upsert-nodes.cypher says why:
// neo4j-driver's encoder spends ~28 µs per row on nested maps, APOC's JSON reader a fraction of that).
export const batchParams = (rows: unknown[]): { json: string } => ({ json: JSON.stringify(rows) });

/** `rows` cut into batches of `size`. */
export function batchesOf<T>(rows: readonly T[], size: number): T[][] {
    return Array.from({ length: Math.ceil(rows.length / size) }, (_x, i) => rows.slice(i * size, (i + 1) * size));
}
