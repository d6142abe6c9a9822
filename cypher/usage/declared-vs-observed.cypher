// declaredVsObserved counted, classified, sorted and paged here: every pair of a tier (an agency, or a
// 2025 unit with its 2023 parts of the kinds, × an asset it declared a link to or, observed, exchanged
// with) is classified from its links' official flags and the import-time aggregates (OBSERVED_ASSET with
// `provided`: the agency's monthly successes with the services the asset provides, per import; src/modules/usage/ingest/
// materialise.ts), and only the page leaves. Observed: a window month is regular when its successes
// reach $floors[month] (threshold × coverage; covered months only); the traffic is regular when
// $covered > 0 and at least $needed months are. Reported: the group's Phụ lục 4 total against $floor.
// Classes are indexes of CLASS_ORDER (src/modules/usage/declared.ts); order: class, the group's
// sortName, asset number, asset id, group id. Properties are read once per link, group and asset (the
// sort and the page use maps of them, assets keyed by elementId), so a pair costs no db hits of its own;
// observed, the groups' Phụ lục 4 totals are read for the page only.
// Params: $kinds, $unitKinds (2025 unit kinds, or null for E2023), $assetId (or null), $asOf, $knownAt
// (the links valid that day, recorded by then), $documents (imports in force), $observed (basis),
// $floors {month: floor}, $needed, $covered, $floor, $offset, $limit (or null).
// Returns: total, counts [per class], page [{cls, agencyId, agencyName, agencyIds, assetId, assetName,
// assetNumber, declaredOfficial, regularMonths, reported, links}], unprovided [OBSERVED_UNPROVIDED rows]
CALL {
    MATCH (x:Asset) RETURN apoc.map.fromPairs(collect([elementId(x), [x.number, x.name, x.id]])) AS assetInfo
}
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
WITH assetInfo, a, CASE WHEN $unitKinds IS NULL THEN a
             ELSE head(COLLECT { MATCH (a)-[:SUCCEEDED_BY]->(u:Agency) WHERE u.kind IN $unitKinds AND u.era = 2025 RETURN u ORDER BY u.sortName DESC }) END AS g
WHERE g IS NOT NULL
CALL {
    WITH a
    MATCH (a)-[c:CONNECTED_TO]->(x:Asset)
    WHERE ($assetId IS NULL OR x.id = $assetId)
      AND ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
      AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
          MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
    WITH elementId(x) AS x, collect(c.status) AS statuses
    RETURN collect([x, 'OFFICIAL' IN statuses]) AS links
}
CALL {
    WITH a
    MATCH (a)-[o:OBSERVED_ASSET]->(x:Asset)
    WHERE $observed AND o.provided AND o.documentId IN $documents AND ($assetId IS NULL OR x.id = $assetId)
    RETURN collect({x: elementId(x), months: o.months, succeeded: o.succeeded}) AS uses
}
CALL {
    WITH a
    MATCH (a)-[o:OBSERVED_UNPROVIDED]->(:UsageImport)
    WHERE $observed AND $assetId IS NULL AND o.documentId IN $documents
    // Monthly counts only: the answer has always given these totals without durations (kept on the aggregate).
    RETURN collect(o {.months, .succeeded, .failed, .documentId}) AS unprovided
}
// Phụ lục 4's total classifies on the reported basis only; observed, it is read for the page (below).
CALL {
    WITH a
    WITH a WHERE NOT $observed
    OPTIONAL MATCH (a)<-[:ABOUT]-(f:Figure)
    WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
    RETURN head(collect(f.value)) AS reported
}
WITH assetInfo, g, collect(a.id) AS agencyIds, reduce(l = [], x IN collect(links) | l + x) AS links, reduce(l = [], x IN collect(uses) | l + x) AS uses,
     collect(reported) AS listed, reduce(l = [], x IN collect(unprovided) | l + x) AS unprovided
// Per group: asset id → declared OFFICIAL in some snapshot (of some part), and every asset of a pair.
WITH assetInfo, {id: g.id, name: g.name, sort: g.sortName} AS g, agencyIds, uses, unprovided,
     CASE WHEN size(listed) = 0 THEN null ELSE reduce(n = 0, r IN listed | n + r) END AS reported,
     // One agency per group lists each asset once; a 2025 unit's parts may list it several times.
     CASE WHEN $unitKinds IS NULL THEN apoc.map.fromPairs(links) ELSE reduce(m = {}, l IN links | apoc.map.setKey(m, l[0], coalesce(m[l[0]], false) OR l[1])) END AS declared,
     apoc.coll.toSet([l IN links | l[0]] + [u IN uses | u.x]) AS assets
WITH assetInfo, collect({g: g, agencyIds: agencyIds, declared: declared, uses: uses, reported: reported, assets: assets}) AS groups, reduce(l = [], x IN collect(unprovided) | l + x) AS unprovided
CALL {
    WITH groups, assetInfo
    UNWIND range(0, size(groups) - 1) AS gi
    WITH assetInfo, gi, groups[gi] AS G
    UNWIND CASE WHEN NOT $observed AND size(G.assets) = 0 AND coalesce(G.reported, 0) > 0 AND $assetId IS NULL THEN [null] ELSE G.assets END AS x
    WITH assetInfo, gi, G, x, CASE WHEN x IS NULL THEN null ELSE G.declared[x] END AS flag
    WITH assetInfo, gi, G, x, coalesce(flag, false) AS official, flag IS NOT NULL AS declared, [u IN G.uses WHERE u.x = x] AS us
    // Successes per month over the pair's aggregates (several imports, or several 2025 parts, add up).
    WITH assetInfo, gi, G, x, official, declared, us,
         CASE WHEN $observed AND x IS NOT NULL AND size(us) > 1 THEN reduce(acc = {}, u IN us | reduce(m = acc, k IN range(0, size(u.months) - 1) |
              apoc.map.setKey(m, u.months[k], coalesce(m[u.months[k]], 0) + u.succeeded[k]))) END AS monthly
    // One aggregate (the usual case) is counted directly; several are added up month by month first.
    WITH assetInfo, gi, G, x, official, declared,
         CASE WHEN NOT $observed OR x IS NULL THEN NULL
              WHEN size(us) = 0 THEN 0
              WHEN size(us) = 1 THEN size([k IN range(0, size(us[0].months) - 1) WHERE us[0].succeeded[k] >= $floors[us[0].months[k]]])
              ELSE size([m IN keys(monthly) WHERE monthly[m] >= $floors[m]]) END AS regularMonths
    WITH assetInfo, gi, G, x, official, declared, regularMonths, $covered > 0 AND coalesce(regularMonths, 0) >= $needed AS regular
    WITH assetInfo, gi, G, x, official, regularMonths,
         CASE WHEN x IS NULL THEN 1
              WHEN $observed THEN CASE WHEN official AND NOT regular THEN 0 WHEN NOT declared THEN 1 WHEN NOT official AND regular THEN 2 ELSE 4 END
              WHEN coalesce(G.reported, 0) < $floor THEN CASE WHEN official THEN 0 ELSE 4 END
              WHEN size(G.assets) = 1 THEN CASE WHEN official THEN 4 ELSE 2 END
              ELSE 3 END AS cls,
         CASE WHEN x IS NULL THEN [null, null, null] ELSE assetInfo[x] END AS info
    // The sort keys alone travel into the sort (not the group's lists).
    WITH gi, G.g.sort AS sort, G.g.id AS gid, cls, info, official, regularMonths
    ORDER BY cls, sort, coalesce(info[0], 1000000000), coalesce(info[2], ''), gid
    // Small tuples: a group is referred to by its index (a map per pair holding the group was estimated
    // at the group's size each time, and a department tier passed the transaction memory limit).
    RETURN collect({cls: cls, gi: gi, info: info, official: official, regularMonths: regularMonths}) AS pairs
}
WITH unprovided, groups, pairs, CASE WHEN $limit IS NULL THEN pairs[$offset..] ELSE pairs[$offset..($offset + $limit)] END AS page
CALL {
    WITH groups, page
    UNWIND range(0, size(page) - 1) AS i
    WITH i, page[i] AS p, groups[page[i].gi] AS G
    CALL {
        WITH G
        UNWIND CASE WHEN $observed THEN G.agencyIds ELSE [] END AS id
        MATCH (ag:Agency {id: id})
        OPTIONAL MATCH (ag)<-[:ABOUT]-(f:Figure) WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
        WITH ag, head(collect(f.value)) AS v WHERE v IS NOT NULL
        RETURN collect(v) AS listed
    }
    WITH i, p, G, CASE WHEN NOT $observed THEN G.reported WHEN size(listed) = 0 THEN null ELSE reduce(n = 0, v IN listed | n + v) END AS reported
    ORDER BY i
    RETURN collect({cls: p.cls, agencyId: G.g.id, agencyName: G.g.name, agencyIds: G.agencyIds, assetId: p.info[2], assetName: coalesce(p.info[1], p.info[2]), assetNumber: p.info[0],
                    declaredOfficial: p.official, regularMonths: p.regularMonths, links: size(G.assets), reported: reported}) AS rows
}
RETURN size(pairs) AS total, [c IN range(0, 4) | size([p IN pairs WHERE p.cls = c])] AS counts, rows AS page, unprovided
