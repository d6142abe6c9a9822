// The 2023 → 2025 map for rolling answers up: every 2025 unit of the kinds with its 2023 parts.
// Params: $kinds [AgencyKind]. Returns: id, name, kind, parts [{id, name}] in Vietnamese order (sortName).
MATCH (u:Agency) WHERE u.kind IN $kinds AND u.era = 2025
MATCH (p:Agency)-[:SUCCEEDED_BY]->(u)
WITH u, p ORDER BY p.sortName
WITH u, collect({id: p.id, name: p.name}) AS parts
RETURN u.id AS id, u.name AS name, u.kind AS kind, parts
ORDER BY u.sortName
