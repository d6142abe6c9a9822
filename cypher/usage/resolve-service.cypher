// Resolves a user's service reference: an id (a service or the unattributed service), a Phụ lục 3
// number, or the exact name (folded). Params: $id, $number (or null), $folded (or null).
// Returns: id, name (several rows = ambiguous, none = unknown)
CALL {
    MATCH (s:Seeded {id: $id}) WHERE s:Service RETURN s
    UNION
    MATCH (s:UsageResidual {id: $id}) WHERE s.kind = 'SERVICE' RETURN s
    UNION
    MATCH (s:Service) WHERE $number IS NOT NULL AND s.number = $number RETURN s
    UNION
    MATCH (s:Service) WHERE $folded IS NOT NULL AND s.searchText = $folded RETURN s
}
RETURN s.id AS id, s.name AS name
ORDER BY id
