// Resolves a user's reference by name, alias, code or (assets) Phụ lục 1 number to nodes of one label,
// of every era; src/kernel/names.ts applies the era rule. Params: $label ('Agency'|'Asset'), $key
// (folded), $number (an asset number, or null). Returns: id, name, era. Id-shaped references go through
// lookup/resolve-id first: name keys are lists, which Neo4j cannot index, so this reads the label's
// nodes (12,911 agencies at national scale, ~3 ms) where an id costs one index seek.
CALL {
    MATCH (n:Agency) WHERE $label = 'Agency' AND $key IN n.nameKeys RETURN n
    UNION
    MATCH (n:Asset) WHERE $label = 'Asset' AND ($key IN n.nameKeys OR n.number = $number) RETURN n
}
RETURN n.id AS id, n.name AS name, n.era AS era
ORDER BY id
