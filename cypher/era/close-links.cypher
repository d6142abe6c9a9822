// Ends each connection at the next snapshot covering its agency, so "valid on a day" is a range test
// on the link (asset-impact.cypher) instead of a look at every later snapshot of the agency per link:
// validTo = the earliest REPORTED_IN.validFrom of the agency later than the link's own (the link is not
// valid from that day on: the later snapshot does not repeat it, or repeats it as a link of its own),
// closedAt = that snapshot's record time (the earliest, where several share the day; a null record
// time counts as known from the start, as in the questions); a link nothing later covers gets
// validTo '9999-12-31' and closedAt null. A link without validTo (written before this existed) is
// tested the old way by the questions, so answers never depend on this having run.
// Run in the same transaction as every write of CONNECTED_TO or REPORTED_IN: the reports' load (every
// agency) and a connection import (the agencies of its file).
// Plan: per link, the agency's REPORTED_IN (a handful) read through the agency node; no index needed.
// Params: $agencyIds (null: every agency). Returns: links (how many were given a new end)
MATCH (ag:Agency)-[c:CONNECTED_TO]->()
WHERE ($agencyIds IS NULL OR ag.id IN $agencyIds) AND c.validFrom IS NOT NULL
CALL {
    WITH ag, c
    OPTIONAL MATCH (ag)-[r:REPORTED_IN]->()
    WHERE r.validFrom > c.validFrom
    RETURN r.validFrom AS until, r.recordedAt AS closedAt
    ORDER BY r.validFrom, coalesce(r.recordedAt, '')
    LIMIT 1
}
// Only links whose end moved are written: a load or import that changes nothing else writes nothing.
WITH c, coalesce(until, '9999-12-31') AS validTo, closedAt
WHERE c.validTo IS NULL OR c.validTo <> validTo OR coalesce(c.closedAt, '') <> coalesce(closedAt, '')
SET c.validTo = validTo, c.closedAt = closedAt
RETURN count(c) AS links
