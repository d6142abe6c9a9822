// Writes a validated inventory file. The file is a SourceDocument (:Imported, never pruned by the
// seed). New departments (only those the file asked for) are Agency:Imported nodes PART_OF their
// province. Each entry is an InventoryEntry keyed by agency and folded name, KEPT by its agency; the
// KEEPS edge and a FROM_SOURCE edge per file cite the file and row. A second import of the same file
// creates and sets nothing; a later file that changes an entry updates only what differs. Record time:
// what a file creates carries its import's time (recordedAt); an entry's valid time starts on the day
// of the file that first listed it (validFrom; an update keeps it and records updatedAt).
// The file is kept as it came in (`content`: its bytes in base64; `sheet`: the workbook's sheet read) so
// `npm run export` can write it back.
// Params: $doc {id, file, sha256, importedBy, importedAt, format, content, sheet},
//         $departments [{id, provinceId, era, props (name properties, lib/agency-props.ts), row, locator, text}],
//         $entries [{id, agencyId, name, description, status, fields, legalBasis, row, locator, text}].
// Returns: created, updated (entries), departments (ids created)
MERGE (d:SourceDocument:Imported {id: $doc.id})
ON CREATE SET d.title = 'Imported inventory: ' + $doc.file, d.publisher = $doc.importedBy, d.issued = $doc.importedAt,
              d.file = $doc.file, d.sha256 = $doc.sha256, d.number = null, d.kind = 'INVENTORY', d.format = $doc.format,
              d.content = $doc.content, d.sheet = $doc.sheet, d.records = size($entries)
WITH d
CALL {
  WITH d
  UNWIND $departments AS n
  MATCH (p:Agency {id: n.provinceId})
  MERGE (a:Agency {id: n.id})
  ON CREATE SET a:Imported, a += n.props, a.era = n.era, a.kind = 'DEPARTMENT', a.createdBy = $doc.id, a.recordedAt = $doc.importedAt, a.isNew = true
  FOREACH (_ IN CASE WHEN a.isNew AND n.era = 2023 THEN [1] ELSE [] END | SET a:Era2023)
  FOREACH (_ IN CASE WHEN a.isNew AND n.era = 2025 THEN [1] ELSE [] END | SET a:Era2025)
  MERGE (a)-[po:PART_OF {importKey: $doc.id + '|' + n.id}]->(p)
  ON CREATE SET po.documentId = $doc.id, po.section = $doc.file, po.locator = n.locator, po.text = n.text, po.recordedAt = $doc.importedAt
  MERGE (a)-[s:FROM_SOURCE {importKey: $doc.id + '|' + n.id}]->(d)
  ON CREATE SET s.documentId = $doc.id, s.section = $doc.file, s.locator = n.locator, s.text = n.text
  WITH a WHERE a.isNew
  REMOVE a.isNew
  RETURN collect(a.id) AS departments
}
CALL {
  WITH d
  UNWIND $entries AS r
  MATCH (g:Agency {id: r.agencyId})
  MERGE (e:InventoryEntry {id: r.id})
  ON CREATE SET e.name = r.name, e.description = r.description, e.status = r.status, e.fields = r.fields, e.legalBasis = r.legalBasis,
                e.agencyId = r.agencyId, e.documentId = $doc.id, e.file = $doc.file, e.locator = r.locator, e.isNew = true,
                e.recordedAt = $doc.importedAt, e.validFrom = substring($doc.importedAt, 0, 10)
  WITH d, g, e, r, coalesce(e.isNew, false) AS isNew
  WITH d, g, e, r, isNew,
       NOT isNew AND (coalesce(e.description, '') <> coalesce(r.description, '') OR e.status <> r.status
         OR e.fields <> r.fields OR coalesce(e.legalBasis, '') <> coalesce(r.legalBasis, '')) AS differs
  FOREACH (_ IN CASE WHEN differs THEN [1] ELSE [] END |
    SET e.description = r.description, e.status = r.status, e.fields = r.fields, e.legalBasis = r.legalBasis,
        e.documentId = $doc.id, e.file = $doc.file, e.locator = r.locator, e.updatedAt = $doc.importedAt)
  MERGE (g)-[k:KEEPS]->(e)
  ON CREATE SET k.documentId = $doc.id, k.section = $doc.file, k.locator = r.locator, k.text = r.text, k.recordedAt = $doc.importedAt
  MERGE (e)-[s:FROM_SOURCE {documentId: $doc.id}]->(d)
  ON CREATE SET s.section = $doc.file, s.locator = r.locator, s.text = r.text
  FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END | REMOVE e.isNew)
  RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN differs THEN 1 END) AS updated
}
RETURN created, updated, departments
