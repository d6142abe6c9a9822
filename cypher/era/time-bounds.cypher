// What the graph holds in time: the earliest valid day of any snapshot (REPORTED_IN.validFrom) and the
// earliest record time (the first load). Checked before a question is asked as of a date.
// Plan: each from the first entry of its relationship index (reported_in_valid_from,
// reported_in_recorded_at: ORDER BY … LIMIT 1 reads one entry), not a scan of every REPORTED_IN
// (~38,000 at national scale: 35 ms of Neo4j CPU on every `asOf` question before, bench/README.md).
// Params: none. Returns: firstValid, firstRecorded
CALL {
    OPTIONAL MATCH ()-[r:REPORTED_IN]->() WHERE r.validFrom IS NOT NULL
    RETURN r.validFrom AS firstValid ORDER BY r.validFrom LIMIT 1
}
CALL {
    OPTIONAL MATCH ()-[r:REPORTED_IN]->() WHERE r.recordedAt IS NOT NULL
    RETURN r.recordedAt AS firstRecorded ORDER BY r.recordedAt LIMIT 1
}
RETURN firstValid, firstRecorded
