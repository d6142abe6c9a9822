// NDXP transactions per agency of the kinds (001 Phụ lục 4), highest first. Params: $kinds.
// Returns: id, name, transactions (null when the agency is not listed)
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
OPTIONAL MATCH (a)<-[:ABOUT]-(f:Figure)
WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
RETURN a.id AS id, a.name AS name, f.value AS transactions
ORDER BY transactions DESC, a.sortName
