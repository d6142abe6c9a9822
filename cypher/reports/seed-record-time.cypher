// When this graph first recorded the reports (the earliest record time of a seeded node), for
// `npm run export`: a fresh graph that imports the export takes it over, so an answer `knownAt` an
// instant between the two seedings is the same in both graphs.
// Params: none. Returns: at (null in a graph without a seed)
MATCH (n:Seeded)
RETURN toString(min(n.recordedAt)) AS at
