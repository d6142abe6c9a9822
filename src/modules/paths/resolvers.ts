// The exploring questions: a node's neighbourhood and the paths between two nodes.
import { badUserInput } from "../../kernel/errors.js";
import { page, slicePage } from "../../kernel/paging.js";
import type { GraphNode, QueryResolvers, Resolvers } from "../../__generated__/resolvers-types.js";
import { viCompare } from "../../../lib/collation.js";
import { neighbourhood } from "./neighbourhood.js";
import { search } from "./name-search.js";
import { nodesById, resolveNode } from "./resolve-node.js";
import { findPaths } from "./search.js";
import { EXCLUDED_RELATIONSHIPS, MODE_RULES, toGraphEdge, type Props } from "./shapes.js";
import { eraOn, readTime } from "../../kernel/time.js";

/** How many paths the search enumerates at most; `complete` says when it stopped there. */
export const PATH_CAP = 400;

const paths: QueryResolvers["paths"] = async (_p, args, ctx) => {
    const { from, to, mode, maxHops, limit, offset } = args;
    if (maxHops < 1 || maxHops > 6) throw badUserInput("maxHops must be between 1 and 6", "maxHops");
    const p = page({ limit, offset });
    const time = await readTime(ctx.db, args);
    const era = await eraOn(ctx.db, time.asOf, "PROVINCE", args.era);
    const year = era === "E2025" ? 2025 : 2023;
    const start = await resolveNode(ctx.db, from, "from", year);
    const end = await resolveNode(ctx.db, to, "to", year);
    if (start.eid === end.eid) throw badUserInput("from and to name the same node", "to");
    const rules = MODE_RULES[mode];
    const found = await findPaths(ctx.db, start.eid, end.eid, rules, maxHops, PATH_CAP, time);
    const idOf = (eid: string) => (eid === start.eid ? start.node.id : eid === end.eid ? end.node.id : found.ids.get(eid)!);
    const nodes = await nodesById(ctx.db, [...new Set(found.paths.flat().map(idOf))]);
    const nodeOf = (eid: string): GraphNode => nodes.get(idOf(eid))!.node;
    const ordered = found.paths
        .map((eids) => ({ eids, names: eids.map((e) => nodeOf(e).name) }))
        .sort((a, b) => a.eids.length - b.eids.length || viCompare(a.names.join(" › "), b.names.join(" › ")));
    const onPage = slicePage(ordered, p);
    const pairs = [...new Map(onPage.flatMap((p) => p.eids.slice(1).map((e, i) => [`${p.eids[i]}>${e}`, { from: p.eids[i]!, to: e }] as const))).values()];
    const rows = pairs.length
        ? await ctx.db.run<{ from: string; to: string; type: string; source: string; target: string; props: Props }>("paths/edges-between", { pairs, ...rules, excluded: EXCLUDED_RELATIONSHIPS, ...time })
        : [];
    const between = new Map<string, ReturnType<typeof toGraphEdge>[]>();
    for (const r of rows) {
        const key = `${r.from}>${r.to}`;
        between.set(key, [...(between.get(key) ?? []), toGraphEdge(r.type, r.source, r.target, r.props)]);
    }
    return {
        from: start.node,
        to: end.node,
        mode,
        maxHops,
        total: ordered.length,
        complete: found.complete,
        paths: onPage.map((p) => ({
            hops: p.eids.length - 1,
            nodes: p.eids.map(nodeOf),
            edges: p.eids.slice(1).flatMap((e, i) =>
                (between.get(`${p.eids[i]}>${e}`) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1)).map((edge) => ({ step: i + 1, edge })),
            ),
        })),
    };
};

export const pathResolvers: Resolvers = { Query: { neighbourhood, paths, search } };
