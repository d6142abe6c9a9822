// One graph component for every view: Cytoscape.js with the fCoSE layout sized to include labels (so
// labels do not collide), a legend of what is drawn, citations on edge hover and click, and exports
// (PNG, SVG, and the subgraph on screen as JSON or GraphML).
import cytoscape, { type Core, type ElementDefinition, type EdgeSingular, type NodeSingular } from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import { downloadBlob, downloadText, subgraph, toGraphml } from "./export.js";
import { relWord, t, word } from "./i18n/index.js";
import type { StringKey } from "./i18n/vi.js";
import { esc, legend, plainCitation } from "./ui.js";

cytoscape.use(fcose);
cytoscape.use(svg);

/** Node colours and shapes by type (2025 units are darker); used by the style and by the legend. */
export const NODE_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape }> = {
    Agency: { color: "#2a8c82", shape: "ellipse" },
    Agency2025: { color: "#0d5a52", shape: "ellipse" },
    Asset: { color: "#2f5f9e", shape: "round-rectangle" },
    Service: { color: "#c77a12", shape: "diamond" },
    Dataset: { color: "#7b4fa3", shape: "triangle" },
    Standard: { color: "#8a5a2b", shape: "hexagon" },
    Target: { color: "#b8323a", shape: "star" },
    AgencyList: { color: "#5d6672", shape: "rectangle" },
    OpenDataPlan: { color: "#6b7a1f", shape: "tag" },
    Figure: { color: "#8c96a3", shape: "round-tag" },
};

/** Edge colours by kind; connection facts by status, rolled-up partial coverage on its own. */
export const EDGE_STYLE: Record<string, { color: string; style: "solid" | "dashed" | "dotted"; label: StringKey }> = {
    official: { color: "#1b7f3b", style: "solid", label: "code.OFFICIAL" },
    officialOrTechnical: { color: "#5aa36a", style: "dashed", label: "code.OFFICIAL_OR_TECHNICAL" },
    partial: { color: "#d9480f", style: "dotted", label: "code.PARTIAL_CELL" },
    service: { color: "#c77a12", style: "solid", label: "rel.PROVIDED_BY.IN" },
    consumes: { color: "#a0522d", style: "solid", label: "rel.CONSUMED_BY.OUT" },
    succession: { color: "#0d5a52", style: "dashed", label: "rel.SUCCEEDED_BY.OUT" },
    other: { color: "#7d8794", style: "solid", label: "explore.relationship" },
};

export interface EdgeData {
    id: string;
    source: string;
    target: string;
    type: string;
    snapshot?: string | null;
    status?: string | null;
    coverage?: string | null;
    citation?: { documentId: string; section: string; locator: string; text?: string | null; rule?: string | null };
    parts?: { id: string; name: string }[];
    missingParts?: { id: string; name: string }[];
    [k: string]: unknown;
}

/** Which edge style an edge gets. */
export function edgeKind(e: Pick<EdgeData, "type" | "status" | "coverage">): keyof typeof EDGE_STYLE {
    if (e.coverage === "PARTIAL") return "partial";
    if (e.type === "CONNECTED_TO") return e.status === "OFFICIAL" ? "official" : "officialOrTechnical";
    if (e.type === "PROVIDED_BY") return "service";
    if (e.type === "CONSUMED_BY") return "consumes";
    if (e.type === "SUCCEEDED_BY") return "succession";
    return "other";
}

export const styleKey = (type: string, era?: number | null): string => (type === "Agency" && era === 2025 ? "Agency2025" : type);

export function edgeSummary(e: EdgeData): string {
    const rel = relWord(e.type);
    const bits = [rel, e.snapshot ? word(e.snapshot) : "", e.status ? word(e.status) : "", e.coverage ? word(e.coverage) : ""].filter(Boolean);
    return bits.join(" · ");
}

export interface GraphOptions {
    /** Base of exported file names. */
    file: string;
    /** Accessible description of the picture. */
    label: string;
    elements: ElementDefinition[];
    layout?: "fcose" | "breadthfirst";
    roots?: string[];
    onNode?: (id: string) => void;
    onEdge?: (data: EdgeData) => void;
}

const LABEL_MAX = 42;
const short = (s: string): string => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);

/** Node element with the style fields the stylesheet reads. */
export function nodeElement(n: { id: string; type: string; name: string; era?: number | null; number?: number | null }, extra: Record<string, unknown> = {}): ElementDefinition {
    const key = styleKey(n.type, n.era);
    const label = n.type === "Asset" || n.type === "Service" || n.type === "Target" ? (n.number != null ? `${n.number} · ${short(n.name)}` : short(n.name)) : short(n.name);
    return { data: { ...n, ...extra, label, color: NODE_STYLE[key]?.color ?? "#777", shape: NODE_STYLE[key]?.shape ?? "ellipse" } };
}

export function edgeElement(e: EdgeData): ElementDefinition {
    const kind = EDGE_STYLE[edgeKind(e)]!;
    return { data: { ...e, color: kind.color, lineStyle: kind.style } };
}

/** Legend of the node types and edge kinds actually drawn. */
export function graphLegend(cy: Core): string {
    const nodeKeys = [...new Set(cy.nodes().map((n) => styleKey(n.data("type") as string, n.data("era") as number | null)))];
    const edgeKeys = [...new Set(cy.edges().map((e) => edgeKind(e.data() as EdgeData)))];
    return legend([
        ...nodeKeys.map((k): [string, string] => [`node-${k}`, t(`type.${k}` as StringKey)]),
        ...edgeKeys.map((k): [string, string] => [`edge-${k}`, k === "other" ? t("explore.relationship") : t(EDGE_STYLE[k]!.label)]),
    ]);
}

export function runLayout(cy: Core, opts: Pick<GraphOptions, "layout" | "roots">, animate = false): void {
    const layout =
        opts.layout === "breadthfirst"
            ? { name: "breadthfirst", roots: opts.roots, spacingFactor: 1.15, nodeDimensionsIncludeLabels: true, animate }
            : { name: "fcose", quality: "default", randomize: true, animate, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, nodeSeparation: 90, padding: 20, fixedNodeConstraint: cy.nodes("[?pinned]").map((n) => ({ nodeId: n.id(), position: n.position() })) };
    withSeededRandom(cy.nodes().map((n) => n.id()).sort().join("|"), () => cy.layout(layout as cytoscape.LayoutOptions).run());
}

/**
 * fCoSE places nodes from Math.random. Seeding it from the graph's node ids for the (synchronous)
 * layout computation gives the same picture for the same graph: reloading a link redraws what was
 * shared, and the committed screenshots change only when the graph does.
 */
function withSeededRandom(seedText: string, fn: () => void): void {
    let h = 2166136261;
    for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
    let state = h >>> 0;
    const original = Math.random;
    // mulberry32: a small, well-spread 32-bit generator.
    Math.random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let x = state;
        x = Math.imul(x ^ (x >>> 15), x | 1);
        x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
        return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    try {
        fn();
    } finally {
        Math.random = original;
    }
}

/** Draws a graph into `host` (toolbar, canvas, tooltip, legend) and returns the Cytoscape core. */
export function mountGraph(host: HTMLElement, opts: GraphOptions): Core {
    host.innerHTML = `<div class="graph-tools" role="group" aria-label="${esc(t("common.exportGraph"))}"><span>${esc(t("common.exportGraph"))}:</span>
        <button type="button" data-export="png">${esc(t("common.png"))}</button><button type="button" data-export="svg">${esc(t("common.svg"))}</button>
        <button type="button" data-export="json">${esc(t("common.json"))}</button><button type="button" data-export="graphml">${esc(t("common.graphml"))}</button></div>
      <div class="graph" role="img" aria-label="${esc(opts.label)}"></div><div class="tooltip" role="tooltip" hidden></div><div class="graph-legend"></div>`;
    const cy = cytoscape({
        container: host.querySelector<HTMLElement>(".graph"),
        elements: opts.elements,
        wheelSensitivity: 0.3,
        minZoom: 0.2,
        maxZoom: 3,
        style: [
            { selector: "node", style: { label: "data(label)", "background-color": "data(color)", shape: "data(shape)" as never, width: 22, height: 22, "font-size": 13, color: "#1d2330", "text-wrap": "wrap", "text-max-width": "150px", "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": "1px" } },
            { selector: "node[size]", style: { width: "data(size)", height: "data(size)" } },
            { selector: "node[?root]", style: { "border-width": 3, "border-color": "#f5a623", width: 30, height: 30, "font-weight": "bold" } },
            { selector: "node[?pinned]", style: { "border-width": 3, "border-style": "double", "border-color": "#1d2330" } },
            { selector: "node:selected", style: { "overlay-color": "#f5a623", "overlay-opacity": 0.3, "overlay-padding": 6 } },
            { selector: "edge", style: { width: 2, "line-color": "data(color)", "line-style": "data(lineStyle)" as never, "target-arrow-shape": "triangle", "target-arrow-color": "data(color)", "curve-style": "bezier", "arrow-scale": 0.9 } },
            { selector: "edge:selected", style: { width: 4, "overlay-color": "#f5a623", "overlay-opacity": 0.3 } },
        ],
    });
    runLayout(cy, opts);
    const tip = host.querySelector<HTMLElement>(".tooltip")!;
    const place = (p: { x: number; y: number } = { x: 0, y: 0 }) => {
        tip.style.left = `${Math.min(p.x + 12, host.clientWidth - 260)}px`;
        tip.style.top = `${p.y + 40}px`;
        tip.hidden = false;
    };
    cy.on("mouseover", "edge", (ev) => {
        const d = ev.target.data() as EdgeData;
        tip.innerHTML = `<strong>${esc(edgeSummary(d))}</strong>${d.citation ? `<br>${esc(plainCitation(d.citation))}` : ""}${d.parts?.length ? `<br>${esc(t("common.parts", { names: d.parts.map((p) => p.name).join(", ") }))}` : ""}${d.missingParts?.length ? `<br>${esc(t("common.missingParts", { names: d.missingParts.map((p) => p.name).join(", ") }))}` : ""}`;
        place(ev.renderedPosition);
    });
    cy.on("mouseout", "edge", () => {
        tip.hidden = true;
    });
    cy.on("mouseover", "node", (ev) => {
        const n = ev.target as NodeSingular;
        tip.textContent = `${n.data("name") as string} — ${t(`type.${styleKey(n.data("type") as string, n.data("era") as number)}` as StringKey)}`;
        place(ev.renderedPosition);
    });
    cy.on("mouseout", "node", () => {
        tip.hidden = true;
    });
    cy.on("tap", "edge", (ev) => opts.onEdge?.((ev.target as EdgeSingular).data() as EdgeData));
    cy.on("tap", "node", (ev) => opts.onNode?.((ev.target as NodeSingular).id()));
    const legendHost = host.querySelector<HTMLElement>(".graph-legend")!;
    const refreshLegend = () => {
        legendHost.innerHTML = graphLegend(cy);
    };
    refreshLegend();
    cy.on("add remove", refreshLegend);
    host.querySelectorAll<HTMLButtonElement>("button[data-export]").forEach((b) =>
        b.addEventListener("click", async () => {
            const kind = b.dataset.export!;
            if (kind === "png") downloadBlob(await cy.png({ full: true, output: "blob-promise", bg: "#ffffff", scale: 2 }), `${opts.file}.png`);
            else if (kind === "svg") downloadText((cy as unknown as { svg(o: object): string }).svg({ full: true, bg: "#ffffff" }), `${opts.file}.svg`, "image/svg+xml");
            else if (kind === "json") downloadText(JSON.stringify(subgraph(cy), null, 2), `${opts.file}.json`, "application/json");
            else downloadText(toGraphml(subgraph(cy)), `${opts.file}.graphml`, "application/graphml+xml");
        }),
    );
    return cy;
}
