// Seed loader: creates or updates seeded nodes of any kind in one batch.
// Params: $at (ISO time of the load: each node's record time, kept from its first load), $json, the
// rows [{id, label, props}] as one JSON string: neo4j-driver's JavaScript encoder
// spends ~28 µs per row on nested maps, APOC's JSON reader a fraction of that (bench/README.md).
// Every seeded node carries :Seeded (unique id) plus its own label; labels cannot be parameters
// in every Neo4j 5 (dynamic labels arrived in 5.26), hence one FOREACH per label.
// Returns: written (rows written)
UNWIND apoc.convert.fromJsonList($json) AS r
MERGE (n:Seeded {id: r.id})
SET n += r.props, n.recordedAt = coalesce(n.recordedAt, $at)
FOREACH (_ IN CASE WHEN r.label = 'SourceDocument' THEN [1] ELSE [] END | SET n:SourceDocument)
FOREACH (_ IN CASE WHEN r.label = 'Agency' THEN [1] ELSE [] END | SET n:Agency)
// Agencies carry their era as a label too, so the generated API's Agency (2023) and Agency2025 types
// never mix the two maps.
FOREACH (_ IN CASE WHEN r.label = 'Agency' AND coalesce(r.props.era, 2023) = 2023 THEN [1] ELSE [] END | SET n:Era2023)
FOREACH (_ IN CASE WHEN r.label = 'Agency' AND r.props.era = 2025 THEN [1] ELSE [] END | SET n:Era2025)
FOREACH (_ IN CASE WHEN r.label = 'Asset' THEN [1] ELSE [] END | SET n:Asset)
FOREACH (_ IN CASE WHEN r.label = 'Service' THEN [1] ELSE [] END | SET n:Service)
FOREACH (_ IN CASE WHEN r.label = 'Figure' THEN [1] ELSE [] END | SET n:Figure)
FOREACH (_ IN CASE WHEN r.label = 'AgencyList' THEN [1] ELSE [] END | SET n:AgencyList)
FOREACH (_ IN CASE WHEN r.label = 'Standard' THEN [1] ELSE [] END | SET n:Standard)
FOREACH (_ IN CASE WHEN r.label = 'Target' THEN [1] ELSE [] END | SET n:Target)
FOREACH (_ IN CASE WHEN r.label = 'OpenDataPlan' THEN [1] ELSE [] END | SET n:OpenDataPlan)
FOREACH (_ IN CASE WHEN r.label = 'Dataset' THEN [1] ELSE [] END | SET n:Dataset)
FOREACH (_ IN CASE WHEN r.label = 'AuditFinding' THEN [1] ELSE [] END | SET n:AuditFinding)
RETURN count(*) AS written
