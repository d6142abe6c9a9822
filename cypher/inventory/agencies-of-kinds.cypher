// Agencies of some kinds and one era, for "who has no inventory". Params: $kinds, $era (2023|2025).
// Returns: id, name, kind, parentId
MATCH (a:Agency) WHERE a.kind IN $kinds AND coalesce(a.era, 2023) = $era
OPTIONAL MATCH (a)-[:PART_OF]->(p:Agency)
RETURN a.id AS id, a.name AS name, a.kind AS kind, p.id AS parentId
