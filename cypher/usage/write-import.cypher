// Creates the SourceDocument of a usage import (labels Imported, UsageImport; never pruned by the
// seed) and the "unattributed" nodes its rows need: exchanges whose consumer or service is outside the
// graph. The unattributed service transits NDXP like every other. The document keeps an aggregate CSV's
// text (`content`) and a log's mapping (`mapping`, `mappingFile`) for `npm run export`. Params: $doc {id, file, …},
// $residuals [{id, name, kind}]. Returns: id
CREATE (d:SourceDocument:Imported:UsageImport)
SET d = $doc
WITH d
CALL {
    WITH d
    UNWIND $residuals AS r
    MERGE (x:UsageResidual {id: r.id})
    ON CREATE SET x.name = r.name, x.kind = r.kind
    WITH x, r
    OPTIONAL MATCH (ndxp:Asset {id: 'asset:ndxp'})
    FOREACH (_ IN CASE WHEN r.kind = 'SERVICE' AND ndxp IS NOT NULL THEN [1] ELSE [] END | MERGE (x)-[:TRANSITS]->(ndxp))
    RETURN count(x) AS residuals
}
RETURN d.id AS id
