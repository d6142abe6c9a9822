// Resolves a user's reference by name, alias or code (compared by folded key) to nodes of one label,
// optionally of one era. Params: $label ('Agency'|'Asset'), $key (folded), $era (2023, 2025 or null).
// Returns: id, name, era. Id-shaped references go through lookup/resolve-id first (src/modules/refs.ts):
// name keys are lists, which Neo4j cannot index, so this reads the label's nodes (12,911 agencies at
// national scale, ~3 ms) where an id costs one index seek.
CALL {
    MATCH (n:Agency) WHERE $label = 'Agency' AND $key IN n.nameKeys RETURN n
    UNION
    MATCH (n:Asset) WHERE $label = 'Asset' AND $key IN n.nameKeys RETURN n
}
WITH n WHERE $era IS NULL OR n.era = $era OR n.era IS NULL
RETURN n.id AS id, n.name AS name, n.era AS era
ORDER BY id
