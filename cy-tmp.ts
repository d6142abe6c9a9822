import neo4j from "neo4j-driver";
const d = neo4j.driver("bolt://127.0.0.1:7687");
const q = process.argv[2]!; const params = JSON.parse(process.argv[3] ?? "{}");
const r = await d.executeQuery(q, params);
for (const rec of r.records) console.log(JSON.stringify(rec.toObject(), (k, v) => (typeof v === "object" && v && "low" in v && "high" in v ? v.low : v)));
await d.close();
