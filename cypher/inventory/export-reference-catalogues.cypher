// The imported reference catalogues, for `npm run export`, oldest first: each document with the file's
// bytes (base64) and sheet when it was kept, else (an import made before files were kept) the rows it
// cites, to rebuild a JSON catalogue from: kind, description, applies to, responsible, legal basis.
// Params: none.
// Returns: id, file, format, importedAt, importedBy, content, sheet, rows [{kind, description, appliesTo, responsible, legalBasis}]
MATCH (d:SourceDocument:Imported {kind: 'REFERENCE_CATALOGUE'})
CALL {
  WITH d
  WITH d WHERE d.content IS NULL
  MATCH (k:ReferenceKind)-[s:FROM_SOURCE]->(d)
  WITH k, s ORDER BY s.locator
  RETURN collect({kind: k.kind, description: k.description, appliesTo: k.appliesTo, responsible: k.responsible, legalBasis: k.legalBasis}) AS rows
}
RETURN d.id AS id, d.file AS file, d.format AS format, d.issued AS importedAt, d.publisher AS importedBy, d.content AS content, d.sheet AS sheet, rows
ORDER BY importedAt, id
