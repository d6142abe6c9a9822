// Every asset's name and number, to label pairs. Params: none. Returns: id, name, number
MATCH (x:Asset) RETURN x.id AS id, x.name AS name, x.number AS number
