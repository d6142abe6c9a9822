// declaredVsObserved counted, classified, sorted and paged here: every pair of a tier (an agency, or a
// 2025 unit with its 2023 parts of the kinds, × an asset it declared a link to or, observed, exchanged
// with) is classified from its links' official flags and the import-time aggregates (OBSERVED_ASSET with
// `provided`: the agency's monthly successes with the services the asset provides, per import; src/modules/usage/ingest/
// materialise.ts), and only the page leaves. Observed: a window month is regular when its successes
// reach $floors[month] (threshold × coverage; covered months only); the traffic is regular when
// $covered > 0 and at least $needed months are. Reported: the group's Phụ lục 4 total against $floor.
// Classes are indexes of CLASS_ORDER (src/modules/usage/declared.ts); order: class, the group's
// sortName, asset number, asset id, group id.
// Params: $kinds, $unitKinds (2025 unit kinds, or null for E2023), $assetId (or null), $asOf, $knownAt
// (the links valid that day, recorded by then), $documents (imports in force), $observed (basis),
// $floors {month: floor}, $needed, $covered, $floor, $offset, $limit (or null).
// Returns: total, counts [per class], page [{cls, agencyId, agencyName, agencyIds, assetId, assetName,
// assetNumber, declaredOfficial, regularMonths, reported, links}], unprovided [OBSERVED_UNPROVIDED rows]
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
WITH a, CASE WHEN $unitKinds IS NULL THEN a
             ELSE head(COLLECT { MATCH (a)-[:SUCCEEDED_BY]->(u:Agency) WHERE u.kind IN $unitKinds AND u.era = 2025 RETURN u ORDER BY u.sortName DESC }) END AS g
WHERE g IS NOT NULL
CALL {
    WITH a
    MATCH (a)-[c:CONNECTED_TO]->(x:Asset)
    WHERE ($assetId IS NULL OR x.id = $assetId)
      AND ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
      AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
          MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
    WITH x, collect(c.status) AS statuses
    RETURN collect([x, 'OFFICIAL' IN statuses]) AS links
}
CALL {
    WITH a
    MATCH (a)-[o:OBSERVED_ASSET]->(x:Asset)
    WHERE $observed AND o.provided AND o.documentId IN $documents AND ($assetId IS NULL OR x.id = $assetId)
    RETURN collect({x: x, months: o.months, succeeded: o.succeeded}) AS uses
}
CALL {
    WITH a
    MATCH (a)-[o:OBSERVED_UNPROVIDED]->(:UsageImport)
    WHERE $observed AND $assetId IS NULL AND o.documentId IN $documents
    // Monthly counts only: the answer has always given these totals without durations (kept on the aggregate).
    RETURN collect(o {.months, .succeeded, .failed, .documentId}) AS unprovided
}
CALL {
    WITH a
    OPTIONAL MATCH (a)<-[:ABOUT]-(f:Figure)
    WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
    RETURN head(collect(f.value)) AS reported
}
WITH g, collect(a.id) AS agencyIds, reduce(l = [], x IN collect(links) | l + x) AS links, reduce(l = [], x IN collect(uses) | l + x) AS uses,
     collect(reported) AS listed, reduce(l = [], x IN collect(unprovided) | l + x) AS unprovided
// Per group: asset id → declared OFFICIAL in some snapshot (of some part), and every asset of a pair.
WITH g, agencyIds, uses, unprovided, CASE WHEN size(listed) = 0 THEN null ELSE reduce(n = 0, r IN listed | n + r) END AS reported,
     reduce(m = {}, l IN links | apoc.map.setKey(m, l[0].id, coalesce(m[l[0].id], false) OR l[1])) AS declared,
     apoc.coll.toSet([l IN links | l[0]] + [u IN uses | u.x]) AS assets
WITH collect({g: g, agencyIds: agencyIds, declared: declared, uses: uses, reported: reported, assets: assets}) AS groups, reduce(l = [], x IN collect(unprovided) | l + x) AS unprovided
CALL {
    WITH groups
    UNWIND groups AS G
    UNWIND CASE WHEN NOT $observed AND size(G.assets) = 0 AND coalesce(G.reported, 0) > 0 AND $assetId IS NULL THEN [null] ELSE G.assets END AS x
    WITH G, x, CASE WHEN x IS NULL THEN null ELSE G.declared[x.id] END AS flag
    WITH G, x, coalesce(flag, false) AS official, flag IS NOT NULL AS declared, [u IN G.uses WHERE u.x = x] AS us
    // Successes per month over the pair's aggregates (several imports, or several 2025 parts, add up).
    WITH G, x, official, declared,
         CASE WHEN $observed AND x IS NOT NULL THEN reduce(acc = {}, u IN us | reduce(m = acc, k IN range(0, size(u.months) - 1) |
              apoc.map.setKey(m, u.months[k], coalesce(m[u.months[k]], 0) + u.succeeded[k]))) END AS monthly
    WITH G, x, official, declared, CASE WHEN monthly IS NULL THEN NULL ELSE size([m IN keys(monthly) WHERE $floors[m] IS NOT NULL AND monthly[m] >= $floors[m]]) END AS regularMonths
    WITH G, x, official, declared, regularMonths, $covered > 0 AND coalesce(regularMonths, 0) >= $needed AS regular
    WITH G, x, official, regularMonths,
         CASE WHEN x IS NULL THEN 1
              WHEN $observed THEN CASE WHEN official AND NOT regular THEN 0 WHEN NOT declared THEN 1 WHEN NOT official AND regular THEN 2 ELSE 4 END
              WHEN coalesce(G.reported, 0) < $floor THEN CASE WHEN official THEN 0 ELSE 4 END
              WHEN size(G.assets) = 1 THEN CASE WHEN official THEN 4 ELSE 2 END
              ELSE 3 END AS cls
    ORDER BY cls, G.g.sortName, coalesce(x.number, 1000000000), coalesce(x.id, ''), G.g.id
    RETURN collect({cls: cls, agencyId: G.g.id, agencyName: G.g.name, agencyIds: G.agencyIds, assetId: x.id, assetName: coalesce(x.name, x.id), assetNumber: x.number,
                    declaredOfficial: official, regularMonths: regularMonths, reported: G.reported, links: size(G.assets)}) AS pairs
}
RETURN size(pairs) AS total, [c IN range(0, 4) | size([p IN pairs WHERE p.cls = c])] AS counts,
       CASE WHEN $limit IS NULL THEN pairs[$offset..] ELSE pairs[$offset..($offset + $limit)] END AS page, unprovided
