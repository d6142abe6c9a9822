// Every OBSERVED_USE of the imports in force, reduced to what criticality needs: consumer, service and
// the monthly series. Params: none. Returns: consumerId, consumerKind, serviceId, months, succeeded, failed
MATCH (c)-[u:OBSERVED_USE]->(s)
RETURN c.id AS consumerId, CASE WHEN c:Agency THEN c.kind END AS consumerKind, s.id AS serviceId, u.months AS months, u.succeeded AS succeeded, u.failed AS failed
