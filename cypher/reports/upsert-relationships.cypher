// Seed loader: creates or updates relationships between seeded nodes in one batch.
// Params: $at (ISO time of the load: each relationship's record time, kept from its first load),
// $json, the rows [{from, to, type, key, props}] as one JSON string (see upsert-nodes).
// `key` identifies one reported fact (document, section, row…), so the same pair may be linked once
// per source. Types cannot be parameters in every Neo4j 5, hence one FOREACH per type.
// Returns: written (rows written)
UNWIND apoc.convert.fromJsonList($json) AS r
MATCH (a:Seeded {id: r.from})
MATCH (b:Seeded {id: r.to})
FOREACH (_ IN CASE WHEN r.type = 'FROM_SOURCE' THEN [1] ELSE [] END | MERGE (a)-[x:FROM_SOURCE {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[x:PART_OF {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'OWNS' THEN [1] ELSE [] END | MERGE (a)-[x:OWNS {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'CONNECTED_TO' THEN [1] ELSE [] END | MERGE (a)-[x:CONNECTED_TO {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'PROVIDED_BY' THEN [1] ELSE [] END | MERGE (a)-[x:PROVIDED_BY {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'CONSUMED_BY' THEN [1] ELSE [] END | MERGE (a)-[x:CONSUMED_BY {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'TRANSITS' THEN [1] ELSE [] END | MERGE (a)-[x:TRANSITS {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'ABOUT' THEN [1] ELSE [] END | MERGE (a)-[x:ABOUT {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'LISTED_IN' THEN [1] ELSE [] END | MERGE (a)-[x:LISTED_IN {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'MEASURES' THEN [1] ELSE [] END | MERGE (a)-[x:MEASURES {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'GOVERNS' THEN [1] ELSE [] END | MERGE (a)-[x:GOVERNS {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'HAS_PLAN' THEN [1] ELSE [] END | MERGE (a)-[x:HAS_PLAN {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'INCLUDES' THEN [1] ELSE [] END | MERGE (a)-[x:INCLUDES {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'RESPONSIBLE_FOR' THEN [1] ELSE [] END | MERGE (a)-[x:RESPONSIBLE_FOR {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'SUCCEEDED_BY' THEN [1] ELSE [] END | MERGE (a)-[x:SUCCEEDED_BY {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'REPORTED_IN' THEN [1] ELSE [] END | MERGE (a)-[x:REPORTED_IN {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
FOREACH (_ IN CASE WHEN r.type = 'CITES' THEN [1] ELSE [] END | MERGE (a)-[x:CITES {seedKey: r.key}]->(b) SET x += r.props, x.recordedAt = coalesce(x.recordedAt, $at))
RETURN count(*) AS written
