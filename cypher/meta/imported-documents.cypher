// The imported files in the graph by kind, with their records (rows of a snapshot, entries of an
// inventory, records of a usage file), for /metrics. Kept per graph version by the caller.
// Params: none. Returns: kind, documents, records
MATCH (d:SourceDocument:Imported)
WITH CASE WHEN d:UsageImport THEN 'usage' WHEN d.kind = 'INVENTORY' THEN 'inventory' ELSE 'connections' END AS kind,
     coalesce(d.records, 0) AS records
RETURN kind, count(*) AS documents, sum(records) AS records
ORDER BY kind
