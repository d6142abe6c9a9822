// Writes back the change records of an export (`npm run import -- DIR`) as they were (ids, times, who,
// what); a record already there (same id) is left as it is. Params: $json, the records' properties as
// one JSON string (see kernel/batch.ts). Returns: written
UNWIND apoc.convert.fromJsonList($json) AS r
MERGE (c:ChangeRecord {id: r.id})
ON CREATE SET c = r
RETURN count(c) AS written
