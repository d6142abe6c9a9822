// Shapes the raw rows of cypher/paths/ into GraphNode and GraphEdge: display names, citations, and the
// traversal rules of each PathMode. Pure functions, shared by the neighbourhood and the path search.
import type { ConnectionStatus, EdgeCitation, GraphEdge, GraphNode, NodeName, PathMode, Snapshot } from "../../__generated__/resolvers-types.js";

/** Relationships that are citations or editorial, never data: not drawn, never walked. */
export const EXCLUDED_RELATIONSHIPS = ["FROM_SOURCE", "CITES", "NOTE_ABOUT", "REPORTED_IN"];

/** Labels that only mark a node (era, seeding), never its type. */
const MARKER_LABELS = new Set(["Seeded", "Era2023", "Era2025"]);

/** The direction rules of each mode (see PathMode in schema/paths.graphql). */
export const MODE_RULES: Record<PathMode, { forward: string[]; backward: string[]; any: boolean }> = {
    DEPENDENCY: { forward: ["CONNECTED_TO", "PROVIDED_BY"], backward: ["CONSUMED_BY", "SUCCEEDED_BY", "PART_OF"], any: false },
    ANY: { forward: [], backward: [], any: true },
};

export interface RawNode {
    id: string;
    labels: string[];
    name?: string | null;
    title?: string | null;
    text?: string | null;
    data?: string | null;
    metric?: string | null;
    value?: number | null;
    unit?: string | null;
    number?: number | null;
    kind?: string | null;
    era?: number | null;
    sortName?: string | null;
    became?: NodeName[];
    cameFrom?: NodeName[];
}

export type Props = Record<string, unknown>;

export function nodeType(labels: string[]): string {
    return labels.find((l) => !MARKER_LABELS.has(l)) ?? "Node";
}

export function toGraphNode(n: RawNode): GraphNode {
    const type = nodeType(n.labels);
    const name =
        type === "Figure"
            ? `${n.metric ?? "figure"}: ${n.value ?? ""}${n.unit ? ` ${n.unit}` : ""}`
            : (n.name ?? n.title ?? n.text ?? n.data ?? n.id);
    return { id: n.id, type, name, era: n.era ?? null, number: n.number ?? null, kind: n.kind ?? null, became: n.became ?? [], cameFrom: n.cameFrom ?? [] };
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

export function citationOf(p: Props): EdgeCitation {
    return { documentId: str(p.documentId) ?? "", section: str(p.section) ?? "", locator: str(p.locator) ?? "", text: str(p.text), rule: str(p.rule), score: num(p.score) };
}

/** An edge as stored, with a stable id made of its type, its ends and its citation. */
export function toGraphEdge(type: string, source: string, target: string, p: Props): GraphEdge {
    const id = [type, source, target, p.documentId, p.section, p.locator, p.snapshot ?? ""].join("|");
    return {
        id,
        type,
        source,
        target,
        citation: citationOf(p),
        snapshot: (str(p.snapshot) as Snapshot | null) ?? null,
        status: (str(p.status) as ConnectionStatus | null) ?? null,
        effective: str(p.effective),
        change: str(p.change),
        legalSource: str(p.legalSource),
        position: num(p.position),
        coverage: null,
        parts: [],
        missingParts: [],
    };
}
