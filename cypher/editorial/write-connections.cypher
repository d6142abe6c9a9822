// Writes a validated connection snapshot file. The file is a SourceDocument (:Imported, never pruned by
// the seed); each row a CONNECTED_TO keyed by file and row content, so re-importing the same file
// creates nothing. The file's text is kept (`content`) so `npm run export` can write it as it came in.
// Params: $doc {id, file, sha256, importedBy, importedAt, content}, $rows [{agencyId, assetId,
// snapshot, status, row, text}]. Returns: created
MERGE (d:SourceDocument:Imported {id: $doc.id})
ON CREATE SET d.title = 'Imported connection snapshot: ' + $doc.file, d.publisher = $doc.importedBy, d.issued = $doc.importedAt,
              d.file = $doc.file, d.sha256 = $doc.sha256, d.number = null, d.content = $doc.content, d.records = size($rows)
WITH d
UNWIND $rows AS r
MATCH (a:Agency {id: r.agencyId})
MATCH (s:Asset {id: r.assetId})
MERGE (a)-[c:CONNECTED_TO {importKey: $doc.id + '|' + r.agencyId + '|' + r.assetId + '|' + r.snapshot}]->(s)
ON CREATE SET c.snapshot = r.snapshot, c.status = r.status, c.documentId = $doc.id, c.section = $doc.file,
              c.locator = 'row ' + toString(toInteger(r.row)), c.text = r.text, c.created = true
WITH c, c.created AS isNew
REMOVE c.created
RETURN count(CASE WHEN isNew THEN 1 END) AS created
