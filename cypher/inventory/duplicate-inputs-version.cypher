// What the duplicate analysis depends on, cheaply: counts from the count store and the ids of the imported
// files (an import always adds its file). The API recomputes the analysis when this changes.
// Params: none. Returns: entries, datasets, assets, agencies, connections, imports
CALL { MATCH (e:InventoryEntry) RETURN count(e) AS entries }
CALL { MATCH (d:Dataset) RETURN count(d) AS datasets }
CALL { MATCH (a:Asset) RETURN count(a) AS assets }
CALL { MATCH (a:Agency) RETURN count(a) AS agencies }
CALL { MATCH ()-[c:CONNECTED_TO]->() RETURN count(c) AS connections }
CALL { MATCH (d:SourceDocument) WHERE d:Imported WITH d.id AS id ORDER BY id RETURN collect(id) AS imports }
RETURN entries, datasets, assets, agencies, connections, imports
