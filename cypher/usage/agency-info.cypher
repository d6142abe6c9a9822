// An agency's kind and era, after resolveRef found it. Params: $id. Returns: id, name, kind, era
MATCH (a:Agency {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.era AS era
