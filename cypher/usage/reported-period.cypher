// The period of 001 Phụ lục 4's per-agency totals (the reported basis of declaredVsObserved), as a
// figure about an agency of the kinds states it. Params: $kinds. Returns: period (no row without figures)
MATCH (a:Agency)<-[:ABOUT]-(f:Figure)
WHERE a.kind IN $kinds AND a.era = 2023 AND f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:' AND f.period IS NOT NULL
RETURN f.period AS period
LIMIT 1
