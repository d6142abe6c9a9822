// Everything a usage file or its mapping may name, for validation in one round trip. Params: none.
// Returns: agencies [{id, name, era, kind, parentId, keys}], services [{id, number, name}]
CALL { MATCH (a:Agency) RETURN collect({id: a.id, name: a.name, era: a.era, kind: a.kind, parentId: null, keys: a.nameKeys}) AS agencies }
CALL { MATCH (s:Service) RETURN collect({id: s.id, number: s.number, name: s.name}) AS services }
RETURN agencies, services
