// The day the 2025 map took effect for agencies of some kinds: the last SUCCEEDED_BY.effective among
// their successions (provinces 2025-07-01, ministries 2025-03-01; seed/reference/). Params: $kinds.
// Returns: effective (null when none of the kinds has a successor)
OPTIONAL MATCH (a:Agency)-[s:SUCCEEDED_BY]->()
WHERE a.kind IN $kinds AND a.era = 2023
RETURN max(s.effective) AS effective
