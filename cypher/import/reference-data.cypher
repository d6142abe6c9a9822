// Everything an import row may name, for validation in one round trip. Params: none.
// Returns: agencies [{id, era, keys}], assets [{id, number, code, keys}]
CALL { MATCH (a:Agency) RETURN collect({id: a.id, era: a.era, keys: a.nameKeys}) AS agencies }
CALL { MATCH (s:Asset) RETURN collect({id: s.id, number: s.number, code: s.code, keys: s.nameKeys}) AS assets }
RETURN agencies, assets
