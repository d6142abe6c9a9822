// Writes a validated connection snapshot file. The file is a SourceDocument (:Imported, never pruned by
// the seed); each row a CONNECTED_TO keyed by file and row content, so re-importing the same file
// creates nothing. Each connection carries its valid time (the snapshot's day, validFrom) and its
// record time (the import's, recordedAt); each agency the file names is covered by the snapshot on
// that day (REPORTED_IN: a link the file does not list for it was not there). The file is kept as it
// came in (`content`: its bytes in base64; `sheet`: the workbook's sheet read) so `npm run export` can
// write it back.
// Params: $doc {id, file, sha256, importedBy, importedAt, content, sheet}, $rows [{agencyId, assetId,
// snapshot, status, validFrom, row, text}]. Returns: created
MERGE (d:SourceDocument:Imported {id: $doc.id})
ON CREATE SET d.title = 'Imported connection snapshot: ' + $doc.file, d.publisher = $doc.importedBy, d.issued = $doc.importedAt,
              d.file = $doc.file, d.sha256 = $doc.sha256, d.number = null, d.content = $doc.content, d.sheet = $doc.sheet, d.records = size($rows)
WITH d
UNWIND $rows AS r
MATCH (a:Agency {id: r.agencyId})
MATCH (s:Asset {id: r.assetId})
MERGE (a)-[c:CONNECTED_TO {importKey: $doc.id + '|' + r.agencyId + '|' + r.assetId + '|' + r.snapshot}]->(s)
ON CREATE SET c.snapshot = r.snapshot, c.status = r.status, c.documentId = $doc.id, c.section = $doc.file,
              c.locator = 'row ' + toString(toInteger(r.row)), c.text = r.text, c.validFrom = r.validFrom,
              c.recordedAt = $doc.importedAt, c.created = true
MERGE (a)-[v:REPORTED_IN {importKey: $doc.id + '|' + r.agencyId + '|' + r.snapshot}]->(d)
ON CREATE SET v.snapshot = r.snapshot, v.validFrom = r.validFrom, v.recordedAt = $doc.importedAt, v.documentId = $doc.id,
              v.section = $doc.file, v.locator = 'row ' + toString(toInteger(r.row)), v.text = r.text
WITH c, c.created AS isNew
REMOVE c.created
RETURN count(CASE WHEN isNew THEN 1 END) AS created
