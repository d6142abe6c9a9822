// The imported inventories, for `npm run export`, oldest first: each document with the file's bytes (base64) and sheet when
// it was kept, else (an import made before files were kept) the entries it lists, to rebuild a JSON
// inventory from: the keeping agency (its name when this import created it as a department), name,
// description, status, fields, legal basis. Params: none.
// Returns: id, file, format, importedAt, importedBy, content, sheet, entries [{agency, created, name, description, status, fields, legalBasis}]
MATCH (d:SourceDocument:Imported {kind: 'INVENTORY'})
CALL {
  WITH d
  WITH d WHERE d.content IS NULL
  MATCH (e:InventoryEntry)-[s:FROM_SOURCE]->(d)
  MATCH (a:Agency)-[:KEEPS]->(e)
  WITH d, e, a, s ORDER BY s.locator
  RETURN collect({agency: CASE WHEN a.createdBy = d.id THEN a.name ELSE a.id END, created: a.createdBy = d.id, name: e.name,
                  description: e.description, status: e.status, fields: e.fields, legalBasis: e.legalBasis}) AS entries
}
RETURN d.id AS id, d.file AS file, d.format AS format, d.issued AS importedAt, d.publisher AS importedBy, d.content AS content, d.sheet AS sheet, entries
ORDER BY importedAt, id
