// The impact questions: what depends on an asset (its services, connected agencies and what consumes
// its services, up to `depth` hops), and what an agency depends on. One named query each.
import { badUserInput } from "../../kernel/errors.js";
import { page, slicePage } from "../../kernel/paging.js";
import { resolveRef } from "../../kernel/names.js";
import { ERA } from "../../kernel/era.js";
import { readTime } from "../../kernel/time.js";
import type { ConnectedAgency, QueryResolvers, Resolvers, ServiceSummary } from "../../__generated__/resolvers-types.js";
import { windowAskedFor, type Window } from "./field-window.js";

const assetImpact: QueryResolvers["assetImpact"] = async (_p, args, ctx, info) => {
    const { asset, depth } = args;
    const time = await readTime(ctx.db, args);
    if (depth < 1 || depth > 5) throw badUserInput("depth must be between 1 and 5", "depth");
    const target = await resolveRef(ctx.db, "Asset", asset, "asset", null, ctx.refCache);
    // The page of agencies the query asks for is read in Cypher (a national asset has ~1,900); a
    // query asking for several pages gets them all and each is sliced (AssetImpact.connectedAgencies).
    const asked = windowAskedFor(info, "AssetImpact", "connectedAgencies");
    const window: Window = asked === "all" ? { offset: 0, limit: null } : asked === "none" || !validAgencyWindow(asked) ? { offset: 0, limit: 0 } : asked;
    const [row] = await ctx.db.run<{ id: string; name: string; services: ServiceSummary[]; agencyCount: number; agencies: ConnectedAgency[]; dependents: never[] }>("impact/asset-impact", {
        assetId: target.id,
        depth,
        agencyOffset: window.offset,
        agencyLimit: window.limit,
        ...time,
    });
    // Services busiest first and agencies in Vietnamese order come sorted from Cypher.
    const services = row?.services ?? [];
    return {
        asOf: time.asOf,
        id: target.id,
        name: target.name,
        services,
        totalTransactions: services.reduce((n, s) => n + s.transactions, 0),
        connectedAgencies: { window, items: row?.agencies ?? [] },
        connectedAgencyCount: row?.agencyCount ?? 0,
        dependents: row?.dependents ?? [],
    };
};

/** Whether a window passes the paging rule (a bad one is refused by AssetImpact.connectedAgencies). */
const validAgencyWindow = (w: Window): boolean => {
    try {
        page(w);
        return true;
    } catch {
        return false;
    }
};

const agencyDependencies: QueryResolvers["agencyDependencies"] = async (_p, args, ctx) => {
    const time = await readTime(ctx.db, args);
    let target = await resolveRef(ctx.db, "Agency", args.agency, "agency", ERA[args.era ?? "E2023"], ctx.refCache);
    // On the map in force that day: a 2023 unit merged by then is answered as its 2025 unit.
    if (time.asOf && !args.era && target.era !== 2025) {
        const [successor] = await ctx.db.run<{ id: string; name: string; era: number }>("era/successor-on", { agencyId: target.id, asOf: time.asOf });
        if (successor) target = successor;
    }
    const [row] = await ctx.db.run<{ id: string; name: string; assets: { number: number | null; name: string; services: ServiceSummary[] }[]; directServices: ServiceSummary[] }>("impact/agency-dependencies", { agencyId: target.id, ...time });
    return {
        asOf: time.asOf,
        id: target.id,
        name: target.name,
        // Phụ lục 1 order (1, 2, 3 … 23), then unnumbered assets by name; services busiest first (Cypher).
        assets: (row?.assets ?? []) as never,
        directServices: (row?.directServices ?? []).filter((s) => s.id !== null),
    };
};

export const impactResolvers: Resolvers = {
    Query: { assetImpact, agencyDependencies },
    // The root resolver fetched the page asked for (or every agency, when several pages are asked for).
    AssetImpact: {
        connectedAgencies: ({ connectedAgencies: { window, items } }, { limit, offset }) => {
            const p = page({ limit, offset });
            if (window.offset === p.offset && window.limit === p.limit) return items;
            return slicePage(items, { offset: p.offset - window.offset, limit: p.limit });
        },
    },
};
