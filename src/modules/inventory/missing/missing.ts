// missingDatabases: validate, take the analysis and its kinds, compare each agency with its peers or the
// reference catalogue, filter, page, shape.
import { ERA } from "../../../kernel/era.js";
import { badUserInput } from "../../../kernel/errors.js";
import { page, slicePage } from "../../../kernel/paging.js";
import { TIER_KINDS } from "../../../kernel/tier.js";
import type { TimeArgs } from "../../../kernel/time.js";
import type { QueryResolvers } from "../../../__generated__/resolvers-types.js";
import type { Analysis } from "../duplicates/analysis.js";
import { ask, kindsOf, readShare, resolveKind } from "./ask.js";
import type { MissingInputs } from "./inputs.js";
import type { Kind, KindIndex } from "./kinds.js";
import { MIN_PEERS, PEER_RULE, peerCells, peersOf, verdictOf, type KindState } from "./peers.js";
import { applies, keepersOfReference, REFERENCE_RULE, resolveReferences, type ResolvedReference } from "./reference.js";
import { agencyRef, kindItem, shapeKind, shapeReference } from "./shape.js";
import { isValid, officiallyLinked, unitView as unitViewFor, type Unit, type UnitView } from "./units.js";

interface Row {
    unit: Unit;
    kind: Kind | null;
    reference: ResolvedReference | null;
    state: KindState;
    keepers: Unit[];
    peers: number;
}

const pct = (x: number): string => `${Math.round(100 * x)}%`;

/** The reference rows, resolved once per analysis; those valid then. */
export function referencesOf(a: Analysis, k: KindIndex, inputs: MissingInputs, t: TimeArgs): ResolvedReference[] {
    return a.memo("missing:references", () => resolveReferences(a, k, inputs.references)).filter((r) => isValid(r.row, t));
}

/** Per reference row, the units of the view that keep its kind: every unit × row × item, so kept per analysis (as the units are) when no time filter narrows it. */
function referenceKeepers(a: Analysis, view: UnitView, k: KindIndex, refs: ResolvedReference[], t: TimeArgs): Map<string, Set<string>> {
    const build = () => new Map(refs.map((r) => [r.row.id, new Set(view.units.filter((u) => keepersOfReference(r, u, k).length > 0).map((u) => u.id))]));
    return t.asOf === null && t.knownAt === null ? a.memo(`missing:reference-keepers:${view.tier}:${view.era}`, build) : build();
}

function referenceRows(a: Analysis, view: UnitView, k: KindIndex, inputs: MissingInputs, refs: ResolvedReference[], judged: Unit[], only: Kind | null, t: TimeArgs): Row[] {
    const keeping = referenceKeepers(a, view, k, refs, t);
    const rows: Row[] = [];
    for (const u of judged) {
        for (const r of refs) {
            if (!applies(r, u, view.tier) || (only && !r.kindIds.has(only.id)) || keeping.get(r.row.id)!.has(u.id)) continue;
            const peers = peersOf(view, u);
            const kind = [...r.kindIds].map((id) => k.byId.get(id)!).sort((x, y) => y.agencyCount - x.agencyCount)[0] ?? null;
            const linked = r.nationalAssetId !== null && officiallyLinked(inputs, u, r.nationalAssetId, t);
            rows.push({ unit: u, kind, reference: r, state: linked ? "VIA_NATIONAL" : "MISSING", keepers: peers.filter((p) => keeping.get(r.row.id)!.has(p.id)), peers: peers.length });
        }
    }
    return rows;
}

function reasonOf(a: Analysis, row: Row, label: string, share: number, basis: "PEERS" | "REFERENCE"): string {
    const { unit: u, keepers, peers } = row;
    const national = row.reference?.nationalAssetId ?? row.kind?.nationalAssetId ?? null;
    const asset = national ? (a.assets.get(national)?.name ?? national) : null;
    const who = keepers.length ? ` (${keepers.slice(0, 5).map((p) => p.name).join(", ")}${keepers.length > 5 ? ", …" : ""})` : "";
    const base = basis === "PEERS"
        ? `${u.name} keeps no "${label}" though ${keepers.length} of its ${peers} peers (${pct(peers ? keepers.length / peers : 0)}, at least ${pct(share)} asked) do${who}`
        : `the reference catalogue (${row.reference!.row.file}, ${row.reference!.row.locator}) says ${row.reference!.row.appliesTo} keeps "${label}", and ${u.name} lists none; ${keepers.length} of its ${peers} peers do`;
    if (row.state === "VIA_NATIONAL") return `${base}: it reads these records from ${asset} through an official connection, so nothing is missing`;
    if (national) return `${base}: ${asset} holds these records for everyone (the once-only principle) and ${u.name} has no official link to it — a link to use, not a local database to build`;
    const dept = row.reference?.row.responsible ?? row.kind?.department?.name;
    return `${base}${dept ? `; usually kept by ${dept}` : ""}`;
}

export const missingDatabases: QueryResolvers["missingDatabases"] = async (_p, args, ctx) => {
    const p = page(args);
    const share = readShare(args.minPeerShare);
    const { a, inputs, asked } = await ask(ctx.db, args);
    const k = kindsOf(a, inputs);
    const only = args.kind != null ? resolveKind(k, args.kind) : null;
    const view = unitViewFor(a, k, inputs, asked.tier, asked.era, asked.time);
    const judged = view.units.filter((u) => u.entries.length > 0 && (!asked.unitId || u.id === asked.unitId));
    const inTier = [...inputs.agencies.values()].filter((g) => (TIER_KINDS[asked.tier] as string[]).includes(g.kind) && g.era === ERA[asked.era] && (!asked.unitId || g.id === asked.unitId));
    let rows: Row[] = [];
    let tooFewPeers = 0;
    if (args.basis === "PEERS") {
        for (const u of judged) {
            const cells = peerCells(view, k, inputs, u, share, asked.time, only ? new Set([only.id]) : undefined);
            if (peersOf(view, u).length < MIN_PEERS) tooFewPeers += 1;
            for (const c of cells) if (c.state === "MISSING" || c.state === "VIA_NATIONAL") rows.push({ unit: u, kind: c.kind, reference: null, state: c.state, keepers: c.keepers, peers: c.peers });
        }
    } else {
        const refs = referencesOf(a, k, inputs, asked.time);
        if (refs.length === 0) throw badUserInput("no reference catalogue has been imported (or none valid then): import one with importReferenceCatalogue or `npm run import`", "basis");
        rows = referenceRows(a, view, k, inputs, refs, judged, only, asked.time);
    }
    const viaNational = rows.filter((r) => r.state === "VIA_NATIONAL").length;
    if (!args.includeViaNational) rows = rows.filter((r) => r.state === "MISSING");
    const label = (r: Row): string => r.reference?.row.kind ?? r.kind!.label;
    const order = new Map(view.units.map((u, i) => [u.id, i]));
    rows.sort((x, y) => order.get(x.unit.id)! - order.get(y.unit.id)! || y.keepers.length / Math.max(1, y.peers) - x.keepers.length / Math.max(1, x.peers) || label(x).localeCompare(label(y), "vi"));
    return {
        rule: `${args.basis === "PEERS" ? PEER_RULE : REFERENCE_RULE} Kinds: see databaseKinds.`,
        basis: args.basis, era: asked.era, asOf: asked.time.asOf, minPeerShare: share,
        judged: judged.length, tooFewPeers, withoutInventory: inTier.filter((g) => !(view.byId.get(g.id)?.entries.length)).length, viaNational, total: rows.length,
        missing: slicePage(rows, p).map((r) => {
            const national = r.reference?.nationalAssetId ?? r.kind?.nationalAssetId ?? null;
            const kindItems = r.kind ? new Set(r.kind.itemIds) : null;
            const examples = r.keepers.slice(0, 3).flatMap((u) => (kindItems ? u.items.filter((i) => kindItems.has(i.id)) : keepersOfReference(r.reference!, u, k)).slice(0, 1));
            return {
                agency: agencyRef(r.unit), parts: r.unit.parts.map(agencyRef), kind: r.kind ? shapeKind(a, r.kind) : null, reference: r.reference ? shapeReference(a, r.reference) : null,
                label: label(r), state: r.state, verdict: r.reference ? (national ? "USE_NATIONAL" : "LOCAL_DATABASE") : verdictOf(r.kind!),
                nationalAssetId: national, nationalAssetName: national ? (a.assets.get(national)?.name ?? national) : null,
                peers: r.peers, peersKeeping: r.keepers.length, peerShare: r.peers ? Math.round((1000 * r.keepers.length) / r.peers) / 1000 : 0,
                keepingPeers: r.keepers.slice(0, 20).map(agencyRef), examples: examples.map(kindItem),
                expectedDepartment: r.reference?.row.responsible ?? r.kind?.department?.name ?? null,
                reason: reasonOf(a, r, label(r), share, args.basis),
            };
        }),
    };
};
