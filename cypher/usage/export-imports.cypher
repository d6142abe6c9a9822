// Every usage import (in force or replaced), oldest first, for `npm run export`: the document's
// properties (an aggregate CSV's text and a log's mapping among them) and the imports it was declared
// to replace. Params: none. Returns: doc, replaces
MATCH (d:UsageImport)
RETURN properties(d) AS doc, COLLECT { MATCH (x:UsageImport) WHERE x.supersededBy = d.id RETURN x.id ORDER BY x.id } AS replaces
ORDER BY d.importedAt, d.id
