// Bulk loader: creates relationships of which at least one end node was created by the same load,
// so none of them can exist yet and MERGE's per-row check of the end node's relationships is skipped.
// Params: $json, the rows [{from, to, type, key, props}] as one JSON string (see upsert-nodes).
// `key` identifies one reported fact (document, section, row…), so the same pair may be linked once
// per source. Types cannot be parameters in every Neo4j 5, hence one FOREACH per type.
UNWIND apoc.convert.fromJsonList($json) AS r
MATCH (a:Seeded {id: r.from})
MATCH (b:Seeded {id: r.to})
FOREACH (_ IN CASE WHEN r.type = 'FROM_SOURCE' THEN [1] ELSE [] END | CREATE (a)-[x:FROM_SOURCE]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'PART_OF' THEN [1] ELSE [] END | CREATE (a)-[x:PART_OF]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'OWNS' THEN [1] ELSE [] END | CREATE (a)-[x:OWNS]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'CONNECTED_TO' THEN [1] ELSE [] END | CREATE (a)-[x:CONNECTED_TO]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'PROVIDED_BY' THEN [1] ELSE [] END | CREATE (a)-[x:PROVIDED_BY]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'CONSUMED_BY' THEN [1] ELSE [] END | CREATE (a)-[x:CONSUMED_BY]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'ABOUT' THEN [1] ELSE [] END | CREATE (a)-[x:ABOUT]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'LISTED_IN' THEN [1] ELSE [] END | CREATE (a)-[x:LISTED_IN]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'MEASURES' THEN [1] ELSE [] END | CREATE (a)-[x:MEASURES]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'GOVERNS' THEN [1] ELSE [] END | CREATE (a)-[x:GOVERNS]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'HAS_PLAN' THEN [1] ELSE [] END | CREATE (a)-[x:HAS_PLAN]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'INCLUDES' THEN [1] ELSE [] END | CREATE (a)-[x:INCLUDES]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'RESPONSIBLE_FOR' THEN [1] ELSE [] END | CREATE (a)-[x:RESPONSIBLE_FOR]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'SUCCEEDED_BY' THEN [1] ELSE [] END | CREATE (a)-[x:SUCCEEDED_BY]->(b) SET x = r.props, x.seedKey = r.key)
FOREACH (_ IN CASE WHEN r.type = 'CITES' THEN [1] ELSE [] END | CREATE (a)-[x:CITES]->(b) SET x = r.props, x.seedKey = r.key)
RETURN count(*) AS written
