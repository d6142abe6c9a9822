// Every agency an inventory row may name, for validation in one round trip.
// Params: none. Returns: id, name, era, kind, parentId, keys (folded names and aliases)
MATCH (a:Agency)
OPTIONAL MATCH (a)-[:PART_OF]->(p:Agency)
RETURN a.id AS id, a.name AS name, coalesce(a.era, 2023) AS era, a.kind AS kind, p.id AS parentId, coalesce(a.nameKeys, []) AS keys
