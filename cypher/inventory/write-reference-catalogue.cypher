// Writes a validated reference catalogue. The file is a SourceDocument (:Imported, never pruned by the
// seed); each row is a ReferenceKind keyed by what it applies to and its folded kind, with a FROM_SOURCE
// edge per file citing the row. A second import of the same file creates and sets nothing; a later file
// that changes a row (its fingerprint) updates it. Record time: recordedAt and validFrom (the file's day)
// of the import that created it; an update records updatedAt. The file is kept as it came in (`content`:
// its bytes in base64; `sheet`: the workbook's sheet read) so `npm run export` can write it back.
// Params: $doc {id, file, sha256, importedBy, importedAt, format, content, sheet},
//         $rows [{id, props {kind, description, appliesTo, appliesTier, appliesKey, appliesName, responsible,
//         responsibleKey, legalBasis, fingerprint}, locator, text}].
// Returns: created, updated
MERGE (d:SourceDocument:Imported {id: $doc.id})
ON CREATE SET d.title = 'Imported reference catalogue: ' + $doc.file, d.publisher = $doc.importedBy, d.issued = $doc.importedAt,
              d.file = $doc.file, d.sha256 = $doc.sha256, d.number = null, d.kind = 'REFERENCE_CATALOGUE', d.format = $doc.format,
              d.content = $doc.content, d.sheet = $doc.sheet
WITH d
UNWIND $rows AS r
MERGE (k:ReferenceKind {id: r.id})
ON CREATE SET k += r.props, k.documentId = $doc.id, k.file = $doc.file, k.locator = r.locator, k.isNew = true,
              k.recordedAt = $doc.importedAt, k.validFrom = substring($doc.importedAt, 0, 10)
WITH d, k, r, coalesce(k.isNew, false) AS isNew
WITH d, k, r, isNew, NOT isNew AND k.fingerprint <> r.props.fingerprint AS differs
FOREACH (_ IN CASE WHEN differs THEN [1] ELSE [] END |
  SET k += r.props, k.documentId = $doc.id, k.file = $doc.file, k.locator = r.locator, k.updatedAt = $doc.importedAt)
MERGE (k)-[s:FROM_SOURCE {documentId: $doc.id}]->(d)
ON CREATE SET s.section = $doc.file, s.locator = r.locator, s.text = r.text
FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END | REMOVE k.isNew)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN differs THEN 1 END) AS updated
