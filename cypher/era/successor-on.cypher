// The unit of the map in force on a day for a 2023 agency: its 2025 successor once the succession took
// effect (SUCCEEDED_BY.effective ≤ $asOf), else none. Params: $agencyId, $asOf.
// Returns: id, name, era (the successor's; no row when the agency was not yet succeeded)
MATCH (a:Agency {id: $agencyId})-[s:SUCCEEDED_BY]->(u:Agency)
WHERE s.effective <= $asOf
RETURN u.id AS id, u.name AS name, u.era AS era
LIMIT 1
