// A first load of a large graph (the national bench graph) with Neo4j's offline importer: the rows as
// the importer's CSV (seed/admin-csv.ts), then the importer itself (src/neo4j/admin-import.ts).
import { runAdminImport, type AdminImportOptions, type AdminImportResult } from "../../neo4j/admin-import.js";
import { ARRAY_DELIMITER, writeAdminCsv } from "../../../seed/admin-csv.js";
import type { NodeRow, RelRow } from "../../../seed/rows.js";

export type { AdminImportOptions, AdminImportResult };

export function adminImport(home: string, rows: { nodes: NodeRow[]; rels: RelRow[] }, opts: AdminImportOptions = {}): Promise<AdminImportResult> {
    return runAdminImport(
        home,
        (dir) => ({ ...writeAdminCsv(rows, dir), arrayDelimiter: ARRAY_DELIMITER, counts: { nodes: rows.nodes.length, relationships: rows.rels.length } }),
        opts,
    );
}
