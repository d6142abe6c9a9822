// Inputs of the duplicate-candidate rule: local datasets (with plan, topic and department) and the
// databases a national database register holds (001 Phụ lục 1 databases and 000's land components).
// Params: none. Returns: datasets [{id, name, topic, departmentId, departmentName}], databases [{id, name, purpose, ownerName}]
CALL {
  MATCH (d:Dataset)<-[:RESPONSIBLE_FOR]-(dept:Agency)
  RETURN collect({id: d.id, name: d.name, topic: d.topic, departmentId: dept.id, departmentName: dept.name}) AS datasets
}
CALL {
  MATCH (db:Asset {kind: 'DATABASE'}) WHERE db.number IS NOT NULL OR (db)-[:PART_OF]->(:Asset)
  OPTIONAL MATCH (owner:Agency)-[:OWNS]->(db)
  OPTIONAL MATCH (db)-[:PART_OF]->(parent:Asset)
  RETURN collect({id: db.id, name: db.name, parentName: parent.name, ownerName: owner.name}) AS databases
}
RETURN datasets, databases
