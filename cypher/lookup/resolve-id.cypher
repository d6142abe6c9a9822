// Resolves an id-shaped reference through the unique index. An id names one unit whatever the era
// asked for, so a 2025 id picked from search results always opens. Params: $label ('Agency'|'Asset'),
// $ref (the id). Returns: id, name, era (no row when it is no such id).
MATCH (n:Seeded {id: $ref})
WHERE $label IN labels(n)
RETURN n.id AS id, n.name AS name, n.era AS era
