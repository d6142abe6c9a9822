// Bulk loader, first step: which of the given seeded node ids exist already. A relationship that
// touches a node this load creates cannot exist yet, so it is CREATEd rather than MERGEd.
// Params: $ids [string]. Returns: ids (the existing ones).
UNWIND $ids AS id
MATCH (n:Seeded {id: id})
RETURN collect(id) AS ids
