// Liveness probe used by GET /health. Params: none. Returns: ok
RETURN 1 AS ok
