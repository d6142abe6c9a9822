// Appends one entry to the audit trail of writes. Params: $id, $at, $actor, $operation, $fields, $details.
CREATE (c:ChangeRecord {id: $id, at: $at, actor: $actor, operation: $operation, fields: $fields, details: $details})
RETURN c.id AS id
