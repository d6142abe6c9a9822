// The whole audit trail, oldest first, for `npm run export`: every ChangeRecord's properties.
// Params: none. Returns: props
MATCH (c:ChangeRecord)
RETURN properties(c) AS props
ORDER BY c.at, c.id
