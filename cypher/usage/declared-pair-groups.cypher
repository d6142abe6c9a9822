// declaredVsObserved's working set, first read (src/modules/usage/pairs.ts): every 2023 agency of the
// kinds with its group — itself, or its 2025 unit of $unitKinds (the first by sortName descending) —
// group by group. The agencies' facts are read next, a chunk at a time (usage/declared-pair-facts).
// Params: $kinds, $unitKinds (2025 unit kinds, or null for E2023).
// Returns: agencyId, groupId, groupName, groupSort, ordered by group id and agency id
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
WITH a, CASE WHEN $unitKinds IS NULL THEN a
             ELSE head(COLLECT { MATCH (a)-[:SUCCEEDED_BY]->(u:Agency) WHERE u.kind IN $unitKinds AND u.era = 2025 RETURN u ORDER BY u.sortName DESC }) END AS g
WHERE g IS NOT NULL
RETURN a.id AS agencyId, g.id AS groupId, g.name AS groupName, g.sortName AS groupSort
ORDER BY groupId, agencyId
