// Declared replacement: earlier usage imports that a new file supersedes stop counting. Their
// documents stay (with supersededBy) as the record of what was imported; their OBSERVED_USE rows go,
// so the overlap is never counted twice. Params: $ids, $by, $at. Returns: superseded, removed
MATCH (d:UsageImport) WHERE d.id IN $ids AND d.supersededBy IS NULL
SET d.supersededBy = $by, d.supersededAt = $at
WITH collect(d) AS docs
CALL {
    WITH docs
    UNWIND docs AS d
    MATCH ()-[u:OBSERVED_USE {documentId: d.id}]->()
    DELETE u
    RETURN count(u) AS removed
}
RETURN size(docs) AS superseded, removed
