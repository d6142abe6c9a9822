// The graph's version: a counter every committed write bumps (src/db/write-scope.ts, the seed and bulk
// loaders), so response caches know when their answers went stale. Params: none. Returns: version
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
