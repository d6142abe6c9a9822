// What the graph holds in time: the earliest valid day of any snapshot (REPORTED_IN.validFrom) and the
// earliest record time (the first load). Checked before a question is asked as of a date.
// Params: none. Returns: firstValid, firstRecorded
OPTIONAL MATCH ()-[r:REPORTED_IN]->()
RETURN min(r.validFrom) AS firstValid, min(r.recordedAt) AS firstRecorded
