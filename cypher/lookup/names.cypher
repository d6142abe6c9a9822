// Every name key of one label, for "did you mean" suggestions by edit distance when a reference
// resolves to nothing (an error path only). Params: $label ('Agency'|'Asset').
// Returns: id, name, era, keys
CALL {
    MATCH (n:Agency) WHERE $label = 'Agency' RETURN n
    UNION
    MATCH (n:Asset) WHERE $label = 'Asset' RETURN n
}
RETURN n.id AS id, n.name AS name, n.era AS era, n.nameKeys AS keys
