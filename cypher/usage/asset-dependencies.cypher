// One hop of asset dependency: an asset whose services (provided, or transiting a platform) another
// asset consumes. Criticality follows the hops transitively. Params: none. Returns: fromId, toId, toName, serviceId
MATCH (x:Asset)<-[:PROVIDED_BY|TRANSITS]-(s:Service)-[:CONSUMED_BY]->(y:Asset)
RETURN x.id AS fromId, y.id AS toId, y.name AS toName, s.id AS serviceId
