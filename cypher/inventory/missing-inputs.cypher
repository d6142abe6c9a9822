// What the missing-database questions need beside the duplicate analysis, read once per state of the
// analysis's inputs: every agency with its parent and 2025 unit (peers, parts, department kinds, owners'
// names), every OFFICIAL connection with its valid and record time and every snapshot's coverage of an
// agency (official links "via a national database", as of a day), and the imported reference kinds.
// Params: none.
// Returns: agencies [{id, name, kind, era, parentId, unitId, unitName, unitKind}],
//   links [{agencyId, assetId, validFrom, recordedAt}], coverage [{agencyId, validFrom, recordedAt}],
//   references [{id, kind, description, appliesTo, appliesTier, appliesKey, appliesName, responsible,
//   responsibleKey, legalBasis, documentId, file, locator, validFrom, recordedAt}]
CALL {
  MATCH (a:Agency)
  OPTIONAL MATCH (a)-[:PART_OF]->(p:Agency)
  OPTIONAL MATCH (a)-[:SUCCEEDED_BY]->(u:Agency)
  WITH a, head(collect(DISTINCT p)) AS p, head(collect(DISTINCT u)) AS u
  RETURN collect({id: a.id, name: a.name, kind: a.kind, era: coalesce(a.era, 2023), parentId: p.id, unitId: u.id, unitName: u.name, unitKind: u.kind}) AS agencies
}
CALL {
  MATCH (g:Agency)-[c:CONNECTED_TO]->(s:Asset) WHERE c.status = 'OFFICIAL'
  RETURN collect({agencyId: g.id, assetId: s.id, validFrom: c.validFrom, recordedAt: c.recordedAt}) AS links
}
CALL {
  MATCH (g:Agency)-[r:REPORTED_IN]->()
  RETURN collect({agencyId: g.id, validFrom: r.validFrom, recordedAt: r.recordedAt}) AS coverage
}
CALL {
  OPTIONAL MATCH (k:ReferenceKind)
  WITH k ORDER BY k.id
  RETURN collect(k {.id, .kind, .description, .appliesTo, .appliesTier, .appliesKey, .appliesName, .responsible, .responsibleKey,
    .legalBasis, .documentId, .file, .locator, .validFrom, .recordedAt}) AS references
}
RETURN agencies, links, coverage, references
