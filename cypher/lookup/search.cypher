// Full-text search over every named node (names, aliases, codes), diacritics-insensitive because
// the index holds folded text. Params: $query (Lucene syntax, built from folded words), $limit.
// Returns: id, label, name, score
CALL db.index.fulltext.queryNodes('named_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Seeded'][0] AS label
RETURN node.id AS id, label, coalesce(node.name, node.text, node.data) AS name, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
