// Resolves a user's reference (an id, or any name/alias/code, compared by folded key) to nodes of
// one label. Params: $label ('Agency'|'Asset'), $ref (as typed), $key (folded). Returns: id, name
MATCH (n:Seeded)
WHERE $label IN labels(n) AND (n.id = $ref OR $key IN n.nameKeys)
RETURN n.id AS id, n.name AS name
ORDER BY id
