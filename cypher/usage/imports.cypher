// Every usage import (in force or replaced), newest first: the observation window of the usage
// questions and the usageImports listing. Params: none. Returns: one row per import.
MATCH (d:UsageImport)
RETURN d.id AS id, d.file AS file, d.format AS format, d.sha256 AS sha256, d.periodFrom AS periodFrom, d.periodTo AS periodTo,
       d.periodFromMs AS periodFromMs, d.periodToMs AS periodToMs, d.records AS records, d.pairs AS pairs,
       d.succeeded AS succeeded, d.failed AS failed, d.importedBy AS importedBy, d.importedAt AS importedAt, d.supersededBy AS supersededBy, d.supersededAt AS supersededAt
ORDER BY d.importedAt DESC, d.id
