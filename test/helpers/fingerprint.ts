// A fingerprint of the whole graph — every node's labels and properties, every relationship's type,
// ends and properties, ChangeRecords included — to show that a refused request changed nothing.
import type { Driver } from "neo4j-driver";

export interface GraphFingerprint {
    nodes: number;
    relationships: number;
    nodeHash: string;
    relHash: string;
}

export async function graphFingerprint(driver: Driver): Promise<GraphFingerprint> {
    const { records } = await driver.executeQuery(`
        CALL { MATCH (n) WITH apoc.convert.toJson([labels(n), properties(n)]) AS s ORDER BY s RETURN count(*) AS nodes, apoc.util.md5(collect(s)) AS nodeHash }
        CALL { MATCH (a)-[r]->(b) WITH apoc.convert.toJson([a.id, type(r), b.id, properties(r)]) AS s ORDER BY s RETURN count(*) AS relationships, apoc.util.md5(collect(s)) AS relHash }
        RETURN nodes, relationships, nodeHash, relHash`);
    const r = records[0]!;
    return { nodes: r.get("nodes").toNumber(), relationships: r.get("relationships").toNumber(), nodeHash: r.get("nodeHash"), relHash: r.get("relHash") };
}
