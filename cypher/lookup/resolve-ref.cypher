// Resolves a user's reference (an id, or any name/alias/code, compared by folded key) to nodes of
// one label, optionally of one era. Params: $label ('Agency'|'Asset'), $ref (as typed), $key
// (folded), $era (2023, 2025 or null). Returns: id, name, era
MATCH (n:Seeded)
WHERE $label IN labels(n) AND (n.id = $ref OR $key IN n.nameKeys) AND ($era IS NULL OR n.era = $era OR n.era IS NULL)
RETURN n.id AS id, n.name AS name, n.era AS era
ORDER BY id
