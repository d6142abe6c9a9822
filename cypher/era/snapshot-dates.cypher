// The day each snapshot in the graph states (valid time): the reports' columns (REPORTED_IN from the
// seed) and imported snapshots. Params: none. Returns: snapshot, validFrom (the earliest day recorded for it)
MATCH ()-[r:REPORTED_IN]->()
RETURN r.snapshot AS snapshot, min(r.validFrom) AS validFrom
