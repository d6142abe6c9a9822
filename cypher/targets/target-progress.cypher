// Each Decision 17 target with the lists that measure it: the stated count and percentage, the names
// listed, and the share of ministries/agencies/provinces those names make. Params: none.
// Returns: id, number, text, targetPercent, comparator, lists, listedAgencies, universe
MATCH (t:Target)
OPTIONAL MATCH (l:AgencyList)-[m:MEASURES]->(t)
OPTIONAL MATCH (a:Agency)-[:LISTED_IN]->(l)
WITH t, l, m, collect(DISTINCT {id: a.id, name: a.name}) AS members
WITH t, collect(CASE WHEN l IS NULL THEN NULL ELSE {id: l.id, title: l.title, kind: l.kind, statedCount: l.statedCount, statedPercent: l.statedPercent, listedCount: size([x IN members WHERE x.id IS NOT NULL]), rule: m.rule, section: m.section, locator: m.locator, documentId: m.documentId} END) AS lists,
     [x IN apoc.coll.flatten(collect(members)) WHERE x.id IS NOT NULL] AS everyone
CALL { MATCH (u:Agency) WHERE u.kind IN ['MINISTRY', 'GOVERNMENT_AGENCY', 'PROVINCE'] AND u.era = 2023 RETURN count(u) AS universe }
RETURN t.id AS id, t.number AS number, t.text AS text, t.targetPercent AS targetPercent, t.comparator AS comparator,
       lists, apoc.coll.toSet([x IN everyone | x.id]) AS listedAgencies, universe
ORDER BY t.number
