// Records the hash of the report rows just loaded (the time only when it changed, so a reload of the
// same rows changes nothing). Params: $version, $at. Returns: version
MERGE (m:SeedMeta {id: 'seed'})
SET m.at = CASE WHEN m.version = $version THEN m.at ELSE $at END, m.version = $version
RETURN m.version AS version
