// Query.neighbourhood: a node's relationship groups and a page of neighbours with every relationship's
// citation. With era E2025, a 2023 neighbour that became a 2025 unit is drawn as that unit (its edges
// grouped per fact, with coverage and parts), and a 2025 unit carries its parts' relationships.
import { badUserInput } from "../../kernel/errors.js";
import { page, slicePage } from "../../kernel/paging.js";
import { eraOn, readTime } from "../../kernel/time.js";
import type { Coverage, EdgeDirection, GraphEdge, GraphNode, NodeName, QueryResolvers } from "../../__generated__/resolvers-types.js";
import { agencySortKey } from "../../../lib/collation.js";
import { nodesById, resolveNode } from "./resolve-node.js";
import { EXCLUDED_RELATIONSHIPS, citationOf, toGraphEdge, toGraphNode, type Props, type RawNode } from "./shapes.js";

type Unit = { id: string; name: string; era: number; kind: string; labels: string[]; parts: NodeName[] };
type EdgeRow = { centerId: string; centerName: string; type: string; out: boolean; props: Props; neighbour: RawNode; units: Unit[] };

const TYPE_ORDER = ["Agency", "Asset", "Service", "Standard", "Target", "AgencyList", "OpenDataPlan", "Dataset", "Figure"];

const viOrder = (a: string, b: string): number => { const x = agencySortKey(a), y = agencySortKey(b); return x < y ? -1 : x > y ? 1 : 0; };

/** Assets, services and targets by number; everything else by type, then Vietnamese order of the name. */
export function compareNodes(a: GraphNode, b: GraphNode): number {
    const ta = TYPE_ORDER.indexOf(a.type), tb = TYPE_ORDER.indexOf(b.type);
    if (ta !== tb) return (ta < 0 ? 99 : ta) - (tb < 0 ? 99 : tb);
    if (a.number != null && b.number != null && a.number !== b.number) return a.number - b.number;
    if ((a.number == null) !== (b.number == null)) return a.number == null ? 1 : -1;
    return viOrder(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const neighbourhood: QueryResolvers["neighbourhood"] = async (_p, args, ctx) => {
    const { node, relationship, direction, limit, offset } = args;
    const p = page({ limit, offset });
    if (relationship != null && !/^[A-Z][A-Z0-9_]*$/.test(relationship)) throw badUserInput("relationship must be a relationship type such as CONNECTED_TO", "relationship");
    if (relationship != null && EXCLUDED_RELATIONSHIPS.includes(relationship)) throw badUserInput(`${relationship} relationships are citations, shown on every edge rather than drawn`, "relationship");
    const time = await readTime(ctx.db, args);
    const rollUp = (await eraOn(ctx.db, time.asOf, "PROVINCE", args.era)) === "E2025";
    const center = await resolveNode(ctx.db, node, "node", rollUp ? 2025 : 2023);
    // A 2025 unit asked in the 2025 map carries its parts' relationships (the first center is the node).
    const partIds = rollUp && center.node.era === 2025 ? center.node.cameFrom.map((p) => p.id) : [];
    const parts = await nodesById(ctx.db, partIds);
    const centers = [center.eid, ...partIds.map((id) => parts.get(id)?.eid).filter((e): e is string => !!e)];
    const base = { centers, excluded: EXCLUDED_RELATIONSHIPS, rollUp, ...time };
    const [groupRows, edgeRows] = await Promise.all([
        ctx.db.run<{ relationship: string; out: boolean; neighbours: number; edges: number }>("paths/neighbour-groups", base),
        ctx.db.run<EdgeRow>("paths/neighbour-edges", { ...base, relationship: relationship ?? null, out: direction == null ? null : direction === "OUT" }),
    ]);
    const groups = groupRows.map((g) => ({ relationship: g.relationship, direction: (g.out ? "OUT" : "IN") as EdgeDirection, neighbours: g.neighbours, edges: g.edges }));

    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge & { partIds: Set<string>; allParts: NodeName[] }>();
    const centerId = center.node.id;
    for (const row of edgeRows) {
        const unit = rollUp && row.type !== "SUCCEEDED_BY" ? row.units[0] : undefined;
        const neighbour = unit ? toGraphNode({ ...unit, cameFrom: unit.parts }) : toGraphNode(row.neighbour);
        nodes.set(neighbour.id, neighbour);
        const [source, target] = row.out ? [centerId, neighbour.id] : [neighbour.id, centerId];
        // Which side is rolled up: the center (a part's relationship) or the neighbour (a 2023 unit).
        const viaCenterPart = row.centerId !== centerId;
        const part = viaCenterPart ? { id: row.centerId, name: row.centerName } : unit ? { id: row.neighbour.id, name: toGraphNode(row.neighbour).name } : null;
        if (!part) {
            const e = toGraphEdge(row.type, source, target, row.props);
            edges.set(e.id, { ...e, partIds: new Set(), allParts: [] });
            continue;
        }
        // One rolled-up edge per fact (type, ends, snapshot, status), whichever part asserted it.
        const key = [row.type, source, target, row.props.snapshot ?? "", row.props.status ?? ""].join("|");
        const e = edges.get(key) ?? { ...toGraphEdge(row.type, source, target, row.props), id: key, partIds: new Set<string>(), allParts: viaCenterPart ? center.node.cameFrom : unit!.parts };
        if (!e.partIds.has(part.id)) {
            e.partIds.add(part.id);
            e.parts = [...e.parts, { ...part, citation: citationOf(row.props) }].sort((a, b) => viOrder(a.name, b.name));
        }
        edges.set(key, e);
    }
    const shaped = [...edges.values()].map(({ partIds, allParts, ...e }) => {
        if (allParts.length === 0) return e;
        const coverage: Coverage = partIds.size >= allParts.length ? "FULL" : "PARTIAL";
        return { ...e, coverage, missingParts: allParts.filter((p) => !partIds.has(p.id)) };
    });
    const ordered = [...nodes.values()].sort(compareNodes);
    const shown = slicePage(ordered, p);
    const onPage = new Set(shown.map((n) => n.id));
    return {
        node: center.node,
        groups,
        total: ordered.length,
        neighbours: shown,
        edges: shaped.filter((e) => onPage.has(e.source) || onPage.has(e.target)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
};
