// The missing-database questions: kinds of database, missing databases (missing.ts), the kinds ×
// agencies heatmap, catalogue quality, responsibility conflicts and the reference catalogue's rows.
import { fold } from "../../../../lib/text.js";
import { badUserInput } from "../../../kernel/errors.js";
import { resolveRef } from "../../../kernel/names.js";
import { page, slicePage } from "../../../kernel/paging.js";
import type { QueryResolvers, Resolvers } from "../../../__generated__/resolvers-types.js";
import { ask, kindsOf, readShare, resolveKind } from "./ask.js";
import type { KindIndex } from "./kinds.js";
import { CONFLICT_RULE, conflictReason, conflictsOf } from "./conflicts.js";
import { missingAnalysis } from "./inputs.js";
import { KIND_RULE } from "./kinds.js";
import { missingDatabases, referencesOf } from "./missing.js";
import { keepersCount, MIN_PEERS, PEER_RULE, peersOf, stateOf } from "./peers.js";
import { catalogueReport, QUALITY_RULE, REPORTED_SPREAD, type Flagged } from "./quality.js";
import { agencyRef, KIND_ITEMS, kindItem, shapeKind, shapeReference, type KindItemsSource } from "./shape.js";
import { officiallyLinked, unitView, type Unit, type UnitView } from "./units.js";

const databaseKinds: QueryResolvers["databaseKinds"] = async (_p, args, ctx) => {
    const p = page(args);
    if (args.minAgencies < 1 || args.minAgencies > 100) throw badUserInput("minAgencies must be between 1 and 100", "minAgencies");
    if (args.bases.length === 0) throw badUserInput("bases must name at least one basis", "bases");
    const { a, inputs } = await missingAnalysis(ctx.db);
    const k = kindsOf(a, inputs);
    const agencyId = args.agency != null ? (await resolveRef(ctx.db, "Agency", args.agency, "agency")).id : null;
    const words = args.search != null ? fold(args.search).split(" ").filter(Boolean) : [];
    const kinds = k.kinds.filter((kind) => {
        if (!args.bases.includes(kind.basis) || kind.agencyCount < args.minAgencies) return false;
        if (words.length && !words.every((w) => ` ${fold(`${kind.id} ${kind.label} ${kind.terms.join(" ")}`)} `.includes(` ${w}`))) return false;
        return !agencyId || kind.itemIds.some((id) => {
            const i = a.items.get(id)!;
            return i.agencyId === agencyId || i.accountableId === agencyId || i.unitId === agencyId;
        });
    });
    return { rule: KIND_RULE, total: kinds.length, kinds: slicePage(kinds, p).map((kind) => shapeKind(a, kind)) as never };
};

const databaseKind: QueryResolvers["databaseKind"] = async (_p, args, ctx) => {
    const { a, inputs } = await missingAnalysis(ctx.db);
    return shapeKind(a, resolveKind(kindsOf(a, inputs), args.kind)) as never;
};

const kindHeatmap: QueryResolvers["kindHeatmap"] = async (_p, args, ctx) => {
    const p = page(args);
    const share = readShare(args.minPeerShare);
    const { a, inputs, asked } = await ask(ctx.db, args);
    const k = kindsOf(a, inputs);
    const view = unitView(a, k, inputs, asked.tier, asked.era, asked.time);
    const rows = view.units.filter((u) => u.entries.length > 0);
    // Columns: the kinds the tier's catalogues keep, kept by most first.
    const keptBy = new Map<string, number>();
    for (const u of rows) for (const id of u.keeps) keptBy.set(id, (keptBy.get(id) ?? 0) + 1);
    const columns = [...keptBy].sort((x, y) => y[1] - x[1] || k.byId.get(x[0])!.label.localeCompare(k.byId.get(y[0])!.label, "vi")).map(([id]) => k.byId.get(id)!);
    const shown = slicePage(columns, p);
    return {
        rule: `${PEER_RULE} ${KIND_RULE}`, era: asked.era, asOf: asked.time.asOf, minPeerShare: share, totalKinds: columns.length,
        kinds: shown.map((kind) => shapeKind(a, kind)) as never,
        rows: rows.map((u) => {
            const peers = peersOf(view, u);
            return {
                agency: agencyRef(u), parts: u.parts.map(agencyRef), entries: u.entries.length, peers: peers.length,
                states: shown.map((kind) => {
                    if (u.keeps.has(kind.id)) return "KEPT" as const;
                    if (peers.length < MIN_PEERS) return null;
                    const keepers = keepersCount(view, u, kind.id);
                    return stateOf(kind, u, keepers, peers.length, share, () => officiallyLinked(inputs, u, kind.nationalAssetId!, asked.time));
                }),
            };
        }),
    };
};

const qualityEntry = (f: Flagged) => ({
    ...kindItem(f.item), status: (f.item.status ?? "NOT_STATED") as never, problem: f.problem, phrase: f.phrase, reason: f.reason,
});

/** A catalogue's report as the answer shows it (its flagged entries shaped once, where it is kept). */
const shapeCatalogue = (view: UnitView, k: KindIndex, u: Unit) => {
    const r = catalogueReport(view, k, u);
    return {
        agency: agencyRef(u), parts: u.parts.map(agencyRef), entries: u.entries.length, size: r.size,
        unstructured: r.unstructured.map(qualityEntry), withoutStatus: r.withoutStatus.map(qualityEntry), withoutFields: r.withoutFields.map(qualityEntry),
    };
};

const catalogueQuality: QueryResolvers["catalogueQuality"] = async (_p, args, ctx) => {
    const p = page(args);
    const { a, inputs, asked } = await ask(ctx.db, args);
    const k = kindsOf(a, inputs);
    const view = unitView(a, k, inputs, asked.tier, asked.era, asked.time);
    const units = view.units.filter((u) => u.entries.length > 0 && (!asked.unitId || u.id === asked.unitId));
    // Without a day or record time the reports are the same for every request: built and shaped once
    // per analysis for the whole tier (a page flags thousands of entries; shaping them per request cost
    // ~150 ms of CPU at 10,000 entries).
    const whole = asked.time.asOf === null && asked.time.knownAt === null;
    const reports = whole ? a.memo(`missing:quality:${asked.tier}:${asked.era}`, () => new Map(view.units.filter((u) => u.entries.length > 0).map((u) => [u.id, shapeCatalogue(view, k, u)]))) : null;
    const c = REPORTED_SPREAD.citation;
    return {
        rule: QUALITY_RULE, era: asked.era, asOf: asked.time.asOf, total: units.length,
        reported: { min: REPORTED_SPREAD.min, max: REPORTED_SPREAD.max, median: REPORTED_SPREAD.median, mean: REPORTED_SPREAD.mean, source: { documentId: c.documentId, file: null, locator: `${c.section}, ${c.locator}` }, text: c.text },
        catalogues: slicePage(units, p).map((u) => reports?.get(u.id) ?? shapeCatalogue(view, k, u)),
    };
};

const responsibilityConflicts: QueryResolvers["responsibilityConflicts"] = async (_p, args, ctx) => {
    const p = page(args);
    const { a, inputs, asked } = await ask(ctx.db, args);
    const k = kindsOf(a, inputs);
    const only = args.kind != null ? resolveKind(k, args.kind) : null;
    const view = unitView(a, k, inputs, asked.tier, asked.era, asked.time);
    const all = asked.time.asOf === null && asked.time.knownAt === null ? a.memo(`missing:conflicts:${asked.tier}:${asked.era}`, () => conflictsOf(view, k, asked.tier, asked.era)) : conflictsOf(view, k, asked.tier, asked.era);
    const rows = all.filter((c) => (!only || c.kind.id === only.id) && (!asked.agencyId || c.scope?.id === asked.unitId || c.agencies.some((g) => g.id === asked.agencyId)));
    return {
        rule: `${CONFLICT_RULE} ${KIND_RULE}`, era: asked.era, total: rows.length,
        conflicts: slicePage(rows, p).map((c) => ({
            scope: c.scope ? agencyRef(c.scope) : null, kind: shapeKind(a, c.kind) as never, agencies: c.agencies.map(agencyRef), items: c.items.map(kindItem),
            expectedDepartment: c.kind.department?.name ?? null, reason: conflictReason(c),
        })),
    };
};

const referenceKinds: QueryResolvers["referenceKinds"] = async (_p, args, ctx) => {
    const p = page(args);
    const { a, inputs } = await missingAnalysis(ctx.db);
    return slicePage(referencesOf(a, kindsOf(a, inputs), inputs, { asOf: null, knownAt: null }), p).map((r) => shapeReference(a, r));
};

export const missingResolvers: Resolvers = {
    Query: { databaseKinds, databaseKind, missingDatabases, kindHeatmap, catalogueQuality, responsibilityConflicts, referenceKinds },
    DatabaseKind: {
        items: (parent, { limit, offset }) => {
            const pg = page({ limit, offset });
            const src = (parent as unknown as { [KIND_ITEMS]?: KindItemsSource })[KIND_ITEMS];
            if (!src) return slicePage(parent.items, pg);
            return slicePage(src.kind.itemIds, pg).map((id) => kindItem(src.a.items.get(id)!));
        },
    },
};
