// Agencies of some kinds connected to each asset (either Phụ lục 2 column, or an imported snapshot):
// who a failing asset cuts off when no usage is imported. Params: $kinds. Returns: assetId, agencyIds
MATCH (a:Agency)-[:CONNECTED_TO]->(x:Asset)
WHERE a.kind IN $kinds AND a.era = 2023
RETURN x.id AS assetId, collect(DISTINCT a.id) AS agencyIds
