// DataLoader batch: NDXP transactions of each agency in 001 Phụ lục 4 (the detailed table).
// Params: $keys [agency id]. Returns: key, transactions, rank
UNWIND $keys AS key
OPTIONAL MATCH (f:Figure {metric: 'ndxp-transactions'})-[:ABOUT]->(:Agency {id: key})
WHERE f.id STARTS WITH 'fig:001:p4:'
RETURN key, f.value AS transactions, f.rank AS rank
