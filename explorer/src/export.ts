// Downloads: CSV (with a BOM, so Excel reads it as UTF-8) and .xlsx (xlsx.ts) of a table, PNG/SVG of a graph (Cytoscape's own PNG, cytoscape-svg for SVG), and the
// subgraph on screen as JSON or GraphML (every node and edge with its data, citations included).
import type { Core } from "cytoscape";

export function downloadBlob(blob: Blob, file: string): void {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function downloadText(text: string, file: string, type: string): void {
    // A BOM so spreadsheet programs read the Vietnamese letters as UTF-8.
    downloadBlob(new Blob([type.startsWith("text/csv") ? "\ufeff" : "", text], { type }), file);
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
    return rows.map((r) => r.map((x) => `"${String(x ?? "").replace(/"/g, '""')}"`).join(",")).join("\r\n");
}

type Data = Record<string, unknown>;

export function subgraph(cy: Core): { nodes: Data[]; edges: Data[] } {
    const clean = (d: Data): Data => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith("_")));
    return { nodes: cy.nodes().map((n) => clean(n.data() as Data)), edges: cy.edges().map((e) => clean(e.data() as Data)) };
}

const xml = (s: unknown): string => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const flat = (v: unknown): string => (v !== null && typeof v === "object" ? JSON.stringify(v) : String(v ?? ""));

/** GraphML 1.0 with one key per data field found on nodes or edges. */
export function toGraphml(g: { nodes: Data[]; edges: Data[] }): string {
    const keys = (items: Data[], kind: "node" | "edge") => [...new Set(items.flatMap((d) => Object.keys(d)))].filter((k) => !["id", "source", "target"].includes(k)).map((k) => ({ k, kind }));
    const all = [...keys(g.nodes, "node"), ...keys(g.edges, "edge")];
    const keyId = (kind: string, k: string) => `${kind[0]}_${k}`;
    const data = (d: Data, kind: string) => Object.entries(d).filter(([k]) => !["id", "source", "target"].includes(k) && d[k] !== undefined && d[k] !== null).map(([k, v]) => `<data key="${xml(keyId(kind, k))}">${xml(flat(v))}</data>`).join("");
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        ...all.map(({ k, kind }) => `<key id="${xml(keyId(kind, k))}" for="${kind}" attr.name="${xml(k)}" attr.type="string"/>`),
        '<graph id="G" edgedefault="directed">',
        ...g.nodes.map((n) => `<node id="${xml(n.id)}">${data(n, "node")}</node>`),
        ...g.edges.map((e) => `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data(e, "edge")}</edge>`),
        "</graph>",
        "</graphml>",
    ].join("\n");
}
