// What is missing: agencies of the given kinds with no published catalogue, with no open-data plan,
// and national databases with no data-exchange standard. Params: $kinds [AgencyKind].
// Returns: withoutCatalogue, withoutOpenDataPlan, databasesWithoutStandard (lists of {id, name, kind})
CALL {
  MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
    AND NOT EXISTS { (a)-[:LISTED_IN]->(:AgencyList {kind: 'CATALOGUE_PUBLISHED'}) }
  WITH a ORDER BY a.sortName
  RETURN collect({id: a.id, name: a.name, kind: a.kind}) AS withoutCatalogue
}
CALL {
  MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
    AND NOT EXISTS { (a)-[:LISTED_IN]->(:AgencyList {kind: 'OPEN_DATA_PLAN'}) }
    AND NOT EXISTS { (a)-[:HAS_PLAN]->(:OpenDataPlan) }
  WITH a ORDER BY a.sortName
  RETURN collect({id: a.id, name: a.name, kind: a.kind}) AS withoutOpenDataPlan
}
CALL {
  MATCH (d:Asset {kind: 'DATABASE', isNational: true}) WHERE d.number IS NOT NULL
    AND NOT EXISTS { (:Standard)-[:GOVERNS]->(d) }
  WITH d ORDER BY d.number
  RETURN collect({id: d.id, name: d.name, kind: d.kind}) AS databasesWithoutStandard
}
RETURN withoutCatalogue, withoutOpenDataPlan, databasesWithoutStandard
