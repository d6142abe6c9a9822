// Inputs of the duplicate matcher (lib/duplicates): every local item — inventory entries and the open-data
// datasets — with the agency keeping it, the agency answerable for it (a department's province) and that
// agency's 2025 unit; every national asset (001 Phụ lục 1 and 000's land components) with its owners,
// purpose, the services it provides (Phụ lục 3) and the standards governing it; and the place names.
// Params: none.
// Returns: itemsJson (JSON text: decoding one string is far cheaper for the driver than 10,000 maps), the list
//   [{id, sourceType, name, description, fields, legalBasis, status, agencyId, agencyName,
//   agencyKind, accountableId, accountableName, accountableKind, unitId, unitName, unitKind, documentId,
//   file, locator, validFrom, recordedAt}] (valid time: an entry's first file's day, a dataset's report date;
//   record time: when the graph learned it), assets [{id, name, number, kind, parentId, ownerIds, purpose, services, standards}], places
CALL {
  MATCH (g:Agency)-[:KEEPS]->(e:InventoryEntry)
  RETURN e.id AS id, 'INVENTORY_ENTRY' AS sourceType, e.name AS name, e.description AS description, coalesce(e.fields, []) AS fields,
         e.legalBasis AS legalBasis, e.status AS status, g, e.documentId AS documentId, e.file AS file, e.locator AS locator,
         e.validFrom AS validFrom, e.recordedAt AS recordedAt
  UNION ALL
  MATCH (g:Agency)-[:RESPONSIBLE_FOR]->(d:Dataset)
  OPTIONAL MATCH (d)-[s:FROM_SOURCE]->(doc:SourceDocument)
  WITH d, g, head(collect(s)) AS s, head(collect(doc)) AS doc
  RETURN d.id AS id, 'DATASET' AS sourceType, d.name AS name, null AS description, [] AS fields, null AS legalBasis, null AS status, g,
         s.documentId AS documentId, doc.file AS file, s.section + ', ' + s.locator AS locator,
         substring(doc.issued, 0, 10) AS validFrom, d.recordedAt AS recordedAt
}
OPTIONAL MATCH (g)-[:PART_OF]->(p:Agency {kind: 'PROVINCE'})
WITH id, sourceType, name, description, fields, legalBasis, status, g, coalesce(p, g) AS acc, documentId, file, locator, validFrom, recordedAt
OPTIONAL MATCH (acc)-[:SUCCEEDED_BY]->(u:Agency)
WITH id, sourceType, name, description, fields, legalBasis, status, g, acc, head(collect(u)) AS u, documentId, file, locator, validFrom, recordedAt
WITH collect({id: id, sourceType: sourceType, name: name, description: description, fields: fields, legalBasis: legalBasis, status: status,
  agencyId: g.id, agencyName: g.name, agencyKind: g.kind, accountableId: acc.id, accountableName: acc.name, accountableKind: acc.kind,
  unitId: CASE WHEN acc.era = 2025 THEN acc.id ELSE u.id END, unitName: CASE WHEN acc.era = 2025 THEN acc.name ELSE u.name END,
  unitKind: CASE WHEN acc.era = 2025 THEN acc.kind ELSE u.kind END,
  documentId: documentId, file: file, locator: locator, validFrom: validFrom, recordedAt: recordedAt}) AS items
CALL {
  MATCH (a:Asset) WHERE a.number IS NOT NULL OR (a)-[:PART_OF]->(:Asset)
  OPTIONAL MATCH (a)-[:PART_OF]->(parent:Asset)
  RETURN collect({id: a.id, name: a.name, number: a.number, kind: a.kind, parentId: parent.id, purpose: a.purpose,
    ownerIds: COLLECT { MATCH (o:Agency)-[:OWNS]->(a) RETURN DISTINCT o.id },
    services: COLLECT { MATCH (s:Service)-[:PROVIDED_BY]->(a) RETURN DISTINCT s.name },
    standards: COLLECT { MATCH (st:Standard)-[:GOVERNS]->(a) RETURN DISTINCT {data: st.data, content: st.content, instrument: st.instrument} }}) AS assets
}
CALL {
  MATCH (p:Agency {kind: 'PROVINCE'})
  UNWIND coalesce(p.aliases, [p.name]) AS place
  RETURN collect(DISTINCT place) AS places
}
RETURN apoc.convert.toJson(items) AS itemsJson, assets, places
