// Everything an import row may name, for validation in one round trip. Params: none.
// Returns: agencies [{id, era, keys}], assets [{id, number, code, keys}] (keys [] for a node loaded without name keys)
CALL { MATCH (a:Agency) RETURN collect({id: a.id, era: a.era, keys: coalesce(a.nameKeys, [])}) AS agencies }
CALL { MATCH (s:Asset) RETURN collect({id: s.id, number: s.number, code: s.code, keys: coalesce(s.nameKeys, [])}) AS assets }
RETURN agencies, assets
