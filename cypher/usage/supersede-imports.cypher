// Declared replacement: earlier usage imports that a new file supersedes stop counting from $at on.
// Their documents and OBSERVED_USE rows stay, with supersededBy and supersededAt (record time: the
// questions count the imports in force — now, or at a `knownAt` instant — so the overlap is never
// counted twice, and an answer as known before the replacement can still be given).
// Params: $ids, $by, $at. Returns: superseded, removed (0: rows are kept)
MATCH (d:UsageImport) WHERE d.id IN $ids AND d.supersededBy IS NULL
SET d.supersededBy = $by, d.supersededAt = $at
RETURN count(d) AS superseded, 0 AS removed
