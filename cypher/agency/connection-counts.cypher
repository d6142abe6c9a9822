// DataLoader batch for Agency.connectionCounts: per agency and snapshot, the distinct assets linked
// and how many of those links are official. Params: $keys (agency ids).
// Returns: key, snapshot, assets, official
UNWIND $keys AS key
MATCH (:Agency {id: key})-[c:CONNECTED_TO]->(s:Asset)
WITH key, c.snapshot AS snapshot, s, max(CASE WHEN c.status = 'OFFICIAL' THEN 1 ELSE 0 END) AS isOfficial
RETURN key, snapshot, count(s) AS assets, sum(isOfficial) AS official
