// Connection facts of some agencies (the ones answerable for local copies), for redundant copies and
// missing links. Params: $agencyIds. Returns: agencyId, assetId, snapshot, status
UNWIND $agencyIds AS agencyId
MATCH (a:Agency {id: agencyId})-[c:CONNECTED_TO]->(s:Asset)
RETURN agencyId, s.id AS assetId, c.snapshot AS snapshot, c.status AS status
