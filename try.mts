import { buildSeedGraph } from "./seed/pipeline.js";
import { duplicateCandidates, subjectWords } from "./src/modules/duplicates.js";
const g = buildSeedGraph();
const ds = g.sources.flatMap(s => s.datasets).map(d => ({ id: d.id, name: d.name, topic: d.topic, departmentId: d.departmentId, departmentName: d.departmentId }));
const dbs = g.sources[1]!.assets.filter(a => a.kind === "DATABASE").concat(g.sources[0]!.assets.filter(a => a.parentId)).map(a => ({ id: a.id, name: a.name, parentName: a.parentId, ownerName: null }));
for (const db of dbs) console.log(db.id, subjectWords(db.name));
for (const c of duplicateCandidates(ds, dbs)) console.log(c.score, c.databaseId, "|", c.datasetName);
