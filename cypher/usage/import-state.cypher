// Whether a usage file (same content, same mapping) was imported before. Params: $documentId.
// Returns: id, file, importedAt, supersededBy (no row when it was not)
MATCH (d:UsageImport {id: $documentId})
RETURN d.id AS id, d.file AS file, d.issued AS importedAt, d.supersededBy AS supersededBy
