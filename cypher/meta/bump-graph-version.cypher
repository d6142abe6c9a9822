// Bumps the graph's version inside the transaction of a write (committed with it or not at all).
// Params: $at (ISO time). Returns: version
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.at = $at
RETURN v.version AS version
