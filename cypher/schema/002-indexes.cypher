// Indexes the API's questions use. Full-text search runs on a diacritics-folded copy of each name
// and its aliases (`searchText`): Lucene has no Vietnamese analyzer, so "da nang" must meet "da nang".
CREATE FULLTEXT INDEX named_search IF NOT EXISTS FOR (n:Agency|Asset|Service|Dataset|Standard|Target) ON EACH [n.searchText];
CREATE INDEX agency_kind IF NOT EXISTS FOR (a:Agency) ON (a.kind);
// Generated lists sort agencies by their Vietnamese collation key and filter them by a folded name
// (`foldedName: { contains: "binh" }`); a TEXT index serves CONTAINS / STARTS WITH / ENDS WITH.
CREATE INDEX agency_sort_name IF NOT EXISTS FOR (a:Agency) ON (a.sortName);
// A tier in name order (coverage gaps walk it and stop at the end of the page; see
// cypher/coverage/coverage-gaps.cypher). Every agency has a sortName (lib/agency-props.ts).
CREATE INDEX agency_tier_order IF NOT EXISTS FOR (a:Agency) ON (a.kind, a.era, a.sortName);
CREATE TEXT INDEX agency_folded_name IF NOT EXISTS FOR (a:Agency) ON (a.foldedName);
CREATE TEXT INDEX asset_folded_name IF NOT EXISTS FOR (a:Asset) ON (a.foldedName);
CREATE INDEX figure_metric IF NOT EXISTS FOR (f:Figure) ON (f.metric);
CREATE INDEX connected_snapshot IF NOT EXISTS FOR ()-[r:CONNECTED_TO]-() ON (r.snapshot);
// The audit: after a write, the notes it stamped are read back by change id.
CREATE INDEX note_last_change IF NOT EXISTS FOR (n:Note) ON (n.lastChange);
// The first day and the first load the graph holds (era/time-bounds), read from one end of an index
// instead of every snapshot's coverage: an `asOf` question checks them before it is asked.
CREATE INDEX reported_in_valid_from IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.validFrom);
CREATE INDEX reported_in_recorded_at IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.recordedAt);
