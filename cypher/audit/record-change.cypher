// Appends one entry to the audit trail, inside the transaction of the change it records.
// Params: $id, $at, $actor, $issuer, $operation, $fields, $changedIds, $details, $truncated. Returns: id
CREATE (c:ChangeRecord {id: $id, at: $at, actor: $actor, issuer: $issuer, operation: $operation, fields: $fields,
                        changedIds: $changedIds, details: $details, truncated: $truncated})
RETURN c.id AS id
