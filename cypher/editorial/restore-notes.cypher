// Writes back the notes of an export (`npm run import -- DIR`) as they were: id, text, authors, times
// (DateTime again) and the change that last wrote them, with their NOTE_ABOUT edges to agencies and
// assets. A note already there (same id) is left as it is. Params: $notes [{props, about [{id, props}]}].
// Returns: notes, edges
UNWIND $notes AS r
MERGE (n:Note {id: r.props.id})
ON CREATE SET n = r.props,
              n.createdAt = CASE WHEN r.props.createdAt IS NULL THEN null ELSE datetime(r.props.createdAt) END,
              n.updatedAt = CASE WHEN r.props.updatedAt IS NULL THEN null ELSE datetime(r.props.updatedAt) END
WITH n, r
CALL {
  WITH n, r
  UNWIND r.about AS a
  OPTIONAL MATCH (ag:Agency {id: a.id})
  OPTIONAL MATCH (as:Asset {id: a.id})
  WITH n, a, coalesce(ag, as) AS x
  WHERE x IS NOT NULL
  MERGE (n)-[e:NOTE_ABOUT]->(x)
  ON CREATE SET e = a.props
  RETURN count(e) AS edges
}
RETURN count(n) AS notes, sum(edges) AS edges
