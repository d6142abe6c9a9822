// Resolves an id-shaped reference through the unique index. Params: $label ('Agency'|'Asset'),
// $ref (the id), $era (2023, 2025 or null). Returns: id, name, era (no row when it is no such id).
MATCH (n:Seeded {id: $ref})
WHERE $label IN labels(n) AND ($era IS NULL OR n.era = $era OR n.era IS NULL)
RETURN n.id AS id, n.name AS name, n.era AS era
