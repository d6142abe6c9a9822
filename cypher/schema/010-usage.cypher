// Observed usage (usage imports): unattributed-party nodes are unique; the rows of one import are
// found by its document id (overlap checks, replacement).
CREATE CONSTRAINT usage_residual_id IF NOT EXISTS FOR (x:UsageResidual) REQUIRE x.id IS UNIQUE;
CREATE INDEX observed_use_document IF NOT EXISTS FOR ()-[u:OBSERVED_USE]-() ON (u.documentId);
CREATE INDEX usage_import_period IF NOT EXISTS FOR (d:UsageImport) ON (d.periodFromMs);
