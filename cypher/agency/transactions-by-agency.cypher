// DataLoader batch: NDXP transactions of each agency in 001 Phụ lục 4 (the detailed table).
// Params: $keys [agency id]. Returns: key, transactions, rank. Starts from the agency (unique index).
UNWIND $keys AS key
MATCH (a:Agency {id: key})
OPTIONAL MATCH (a)<-[:ABOUT]-(f:Figure)
WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
RETURN key, f.value AS transactions, f.rank AS rank
