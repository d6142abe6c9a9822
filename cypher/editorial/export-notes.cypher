// Every editor's note with what it is about, for `npm run export`: its properties (times as ISO text)
// and its NOTE_ABOUT edges (target id and the edge's properties). Params: none.
// Returns: props, about [{id, props}]
MATCH (n:Note)
OPTIONAL MATCH (n)-[e:NOTE_ABOUT]->(x)
WITH n, collect(CASE WHEN x IS NULL THEN null ELSE {id: x.id, props: properties(e)} END) AS about
RETURN n {.*, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt)} AS props, about
ORDER BY props.createdAt, props.id
