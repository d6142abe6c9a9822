// The imported connection snapshots, for `npm run export`, oldest first: each document with the file's
// bytes (base64) and the sheet read when it was kept, else (an import made before files were kept) its rows — row number and the
// row's text as written — to rebuild the file from. Params: none.
// Returns: id, file, importedAt, importedBy, content, sheet, rows [{row, text}]
MATCH (d:SourceDocument:Imported)
WHERE NOT d:UsageImport AND coalesce(d.kind, '') <> 'INVENTORY'
CALL {
  WITH d
  WITH d WHERE d.content IS NULL
  MATCH ()-[c:CONNECTED_TO]->() WHERE c.documentId = d.id
  RETURN collect({row: toInteger(substring(c.locator, 4)), text: c.text}) AS rows
}
RETURN d.id AS id, d.file AS file, d.issued AS importedAt, d.publisher AS importedBy, d.content AS content, d.sheet AS sheet, rows
ORDER BY importedAt, id
