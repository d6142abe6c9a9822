// Full-text search over every named node (names, aliases, codes), diacritics-insensitive because
// the index holds folded text; an agency hit says what it became or came from across eras.
// Params: $query (Lucene syntax, built from folded words), $limit.
// Returns: id, label, name, era, becameNames, cameFromNames, score
CALL db.index.fulltext.queryNodes('named_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Seeded'][0] AS label
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN node.id AS id, label, coalesce(node.name, node.text, node.data) AS name, node.era AS era,
       COLLECT { MATCH (node)-[:SUCCEEDED_BY]->(s) RETURN s.name } AS becameNames,
       COLLECT { MATCH (node)<-[:SUCCEEDED_BY]-(p) RETURN p.name ORDER BY p.name } AS cameFromNames,
       score
