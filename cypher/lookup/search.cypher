// Full-text search over every named node (names, aliases, codes), diacritics-insensitive because
// the index holds folded text; an agency hit says what it became or came from across eras.
// Params: $query (Lucene syntax, built from folded words), $labels (node labels to keep, or null for
// all), $era (keep only agencies of this era, or null), $limit.
// Returns one JSON list (src/db/run.ts), best first: [{id, label, name, era, becameNames, cameFromNames, score}]
CALL db.index.fulltext.queryNodes('named_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE NOT l IN ['Seeded', 'Era2023', 'Era2025']][0] AS label
WHERE ($labels IS NULL OR label IN $labels) AND ($era IS NULL OR label <> 'Agency' OR node.era = $era)
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN apoc.convert.toJson(collect({id: node.id, label: label, name: coalesce(node.name, node.text, node.data), era: node.era,
       becameNames: COLLECT { MATCH (node)-[:SUCCEEDED_BY]->(s) RETURN s.name },
       cameFromNames: COLLECT { MATCH (node)<-[:SUCCEEDED_BY]-(p) RETURN p.name ORDER BY p.sortName },
       score: score})) AS json
