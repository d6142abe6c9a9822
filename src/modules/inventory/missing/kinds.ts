// Kinds of database, built on the duplicate analysis: a NATIONAL kind per national asset (the most
// specific: a land component) whose records local items keep — copies and the owner's own listing —,
// and a LOCAL kind per LOCAL cluster (alike items of several agencies that no national asset holds).
// Entries that are documents or portals (unstructured.ts) are not databases and belong to no kind.
// Each kind carries the department kind that usually keeps it ("Sở Tư pháp"): the commonest among the
// departments keeping it, else (a national kind) the provincial mirror of the asset's owner ministry.
import { agencySortKey, viSortKey } from "../../../../lib/collation.js";
import { fold, slug } from "../../../../lib/text.js";
import type { Analysis, Item } from "../duplicates/analysis.js";
import type { MissingInputs } from "./inputs.js";
import { commonName, SECTOR_RULE, sectorOf, type SectorHit, type SectorKind } from "./sectors.js";
import { unstructuredHit, type UnstructuredHit } from "./unstructured.js";

export type KindBasis = "NATIONAL" | "LOCAL";

export interface DepartmentKind {
    /** `so-tu-phap`: the same department of every province. */
    key: string;
    name: string;
    /** Keeping departments of this kind, and of any kind (0 when it comes from the owner ministry). */
    keepers: number;
    of: number;
}

export interface Kind {
    id: string;
    basis: KindBasis;
    label: string;
    /** NATIONAL: the asset whose records the items keep (most specific) and its top-level asset. */
    assetId: string | null;
    nationalAssetId: string | null;
    /** Structured members, by agency then name in Vietnamese order. */
    itemIds: string[];
    terms: string[];
    department: DepartmentKind | null;
    /** Answerable agencies (a department counts as its province) keeping a member. */
    agencyCount: number;
    reason: string;
}

export interface KindIndex {
    kinds: Kind[];
    byId: Map<string, Kind>;
    /** Item → the kinds it belongs to (a whole land database also covers its components: keepsOf). */
    kindsOf: Map<string, string[]>;
    /** Items that are documents or portals. */
    unstructured: Map<string, UnstructuredHit>;
}

export const KIND_RULE =
    "Kinds of database: a NATIONAL kind per national asset (the most specific: a land component) whose records local items keep — the items the duplicate rule links to it, copies and the owner's own listing —; " +
    "a LOCAL kind per LOCAL duplicate cluster (alike items of several agencies that no national asset holds). Documents and portals are not databases and belong to no kind. " +
    "The department kind that usually keeps a kind is the commonest among the departments keeping it, else the provincial mirror of the national asset's owner ministry (a sector kind: the department its vocabulary entry names). " + SECTOR_RULE;

/** A department's kind: the part of its id after the province (`department:bac-ninh:so-tu-phap` → so-tu-phap) and its name without the province. */
export function departmentKindOf(agencyId: string, agencyName: string): { key: string; name: string } | null {
    const m = /^department:[^:]+:(.+)$/.exec(agencyId);
    if (!m) return null;
    return { key: m[1]!, name: agencyName.replace(/[,\s]+(tỉnh|thành phố|tp\.?)\s+.*$/iu, "").trim() };
}

export function buildKinds(a: Analysis, inputs: MissingInputs): KindIndex {
    const unstructured = new Map<string, UnstructuredHit>();
    for (const i of a.items.values()) {
        const hit = unstructuredHit(i.name);
        if (hit) unstructured.set(i.id, hit);
    }
    const structured = (id: string): boolean => !unstructured.has(id);
    const groups: { id: string; basis: KindBasis; label: string; assetId: string | null; nationalAssetId: string | null; ids: Set<string>; terms: string[]; reason: string; sector?: SectorKind }[] = [];
    const national = new Map<string, (typeof groups)[number]>();
    const inNational = new Set<string>();
    for (const c of a.candidates) {
        if (!structured(c.itemId)) continue;
        let g = national.get(c.assetId);
        if (!g) {
            const asset = a.assets.get(c.assetId);
            g = { id: `kind:national:${c.assetId}`, basis: "NATIONAL", label: asset?.name ?? c.assetId, assetId: c.assetId, nationalAssetId: c.nationalAssetId, ids: new Set(), terms: [], reason: "" };
            national.set(c.assetId, g);
            groups.push(g);
        }
        g.ids.add(c.itemId);
        inNational.add(c.itemId);
        for (const t of c.matchedTerms) if (!g.terms.includes(t) && g.terms.length < 10) g.terms.push(t);
    }
    // LOCAL: the reviewed sector vocabulary names an entry's kind; a cluster most of whose entries one
    // sector kind names joins it; the rest of a cluster stays a kind of its own, labelled readably.
    const sectorHits = new Map<string, SectorHit>();
    for (const i of a.items.values()) {
        if (!structured(i.id) || inNational.has(i.id)) continue;
        const hit = sectorOf(i.name);
        if (hit) sectorHits.set(i.id, hit);
    }
    const sectors = new Map<string, (typeof groups)[number]>();
    const joinSector = (s: SectorKind, itemId: string, phrase: string | null): void => {
        let g = sectors.get(s.id);
        if (!g) {
            g = { id: s.id, basis: "LOCAL", label: s.label, assetId: null, nationalAssetId: null, ids: new Set(), terms: [], reason: "", sector: s };
            sectors.set(s.id, g);
        }
        g.ids.add(itemId);
        if (phrase && !g.terms.includes(phrase)) g.terms.push(phrase);
    };
    for (const [id, hit] of sectorHits) joinSector(hit.kind, id, hit.phrase);
    for (const cl of a.clusters) {
        if (cl.basis !== "LOCAL") continue;
        const ids = cl.itemIds.filter((id) => structured(id) && !inNational.has(id));
        if (ids.length === 0) continue;
        const votes = new Map<string, { kind: SectorKind; n: number }>();
        for (const id of ids) {
            const hit = sectorHits.get(id);
            if (hit) votes.set(hit.kind.id, { kind: hit.kind, n: (votes.get(hit.kind.id)?.n ?? 0) + 1 });
        }
        const top = [...votes.values()].sort((x, y) => y.n - x.n)[0];
        if (top && top.n * 2 > ids.length) {
            for (const id of ids) if (!sectorHits.has(id)) joinSector(top.kind, id, null);
            continue;
        }
        const rest = ids.filter((id) => !sectorHits.has(id));
        const members = rest.map((id) => a.items.get(id)!).filter(Boolean);
        if (new Set(members.map((m) => m.accountableId)).size < 2) continue;
        const label = commonName(members.map((m) => m.name), a.inputs.places);
        groups.push({ id: `kind:local:${cl.id.replace(/^cluster:local:/, "")}`, basis: "LOCAL", label, assetId: null, nationalAssetId: null, ids: new Set(rest), terms: cl.sharedTerms, reason: cl.reason });
    }
    groups.push(...sectors.values());
    const kinds: Kind[] = groups.map((g) => {
        const items = [...g.ids].map((id) => a.items.get(id)!).filter(Boolean);
        const sorted = items.map((i) => ({ i, k: `${agencySortKey(i.accountableName)}\u0000${viSortKey(i.name)}` })).sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0)).map((x) => x.i);
        const agencyCount = new Set(items.map((i) => i.accountableId)).size;
        return {
            id: g.id, basis: g.basis, label: g.label, assetId: g.assetId, nationalAssetId: g.nationalAssetId, itemIds: sorted.map((i) => i.id), terms: g.terms,
            department: departmentOf(items, g.nationalAssetId ? a.assets.get(g.nationalAssetId)?.ownerIds ?? [] : [], inputs) ?? (g.sector ? { key: slug(g.sector.department), name: g.sector.department, keepers: 0, of: 0 } : null), agencyCount,
            reason: g.basis === "NATIONAL"
                ? `${items.length} local item(s) of ${agencyCount} agencies keep records of ${g.label} (the duplicate rule links each to it through reviewed evidence)`
                : g.sector
                  ? `${items.length} local item(s) of ${agencyCount} agencies that no national database holds are named by the reviewed sector vocabulary as "${g.label}" (${g.terms.map((t) => `"${t}"`).join(", ")}; alike items of their clusters with them): ${g.sector.reason}`
                  : `${items.length} alike local item(s) of ${agencyCount} agencies that no national database holds (${g.reason})`,
        };
    });
    kinds.sort((x, y) => y.agencyCount - x.agencyCount || y.itemIds.length - x.itemIds.length || (x.id < y.id ? -1 : 1));
    const kindsOf = new Map<string, string[]>();
    for (const k of kinds) for (const id of k.itemIds) kindsOf.set(id, [...(kindsOf.get(id) ?? []), k.id]);
    return { kinds, byId: new Map(kinds.map((k) => [k.id, k])), kindsOf, unstructured };
}

function departmentOf(items: Item[], ownerIds: string[], inputs: MissingInputs): DepartmentKind | null {
    const byKey = new Map<string, { name: string; agencies: Set<string> }>();
    let of = 0;
    for (const i of items) {
        const d = i.agencyKind === "DEPARTMENT" ? departmentKindOf(i.agencyId, i.agencyName) : null;
        if (!d) continue;
        of += 1;
        const e = byKey.get(d.key) ?? { name: d.name, agencies: new Set<string>() };
        e.agencies.add(i.agencyId);
        byKey.set(d.key, e);
    }
    const best = [...byKey].sort((x, y) => y[1].agencies.size - x[1].agencies.size || (x[0] < y[0] ? -1 : 1))[0];
    if (best) return { key: best[0], name: best[1].name, keepers: best[1].agencies.size, of: new Set(items.filter((i) => i.agencyKind === "DEPARTMENT").map((i) => i.agencyId)).size || of };
    // A national kind no department keeps yet: the department mirroring the owner ministry ("Bộ Tư pháp" → "Sở Tư pháp").
    for (const id of ownerIds) {
        const owner = inputs.agencies.get(id);
        if (owner?.kind === "MINISTRY" && /^Bộ /.test(owner.name)) {
            const name = owner.name.replace(/^Bộ /, "Sở ");
            return { key: fold(name).replace(/ /g, "-"), name, keepers: 0, of: 0 };
        }
    }
    return null;
}

/**
 * The kinds a set of items keeps: their own, plus — for an item of a whole national database (the land
 * database) — every kind of that database's components, which it holds too.
 */
export function keptKinds(items: Iterable<Item>, k: KindIndex): Set<string> {
    const out = new Set<string>();
    const wholes = new Set<string>();
    for (const i of items) {
        for (const id of k.kindsOf.get(i.id) ?? []) {
            out.add(id);
            const kind = k.byId.get(id)!;
            if (kind.basis === "NATIONAL" && kind.assetId === kind.nationalAssetId) wholes.add(kind.assetId!);
        }
    }
    if (wholes.size > 0) for (const kind of k.kinds) if (kind.basis === "NATIONAL" && kind.assetId !== kind.nationalAssetId && wholes.has(kind.nationalAssetId!)) out.add(kind.id);
    return out;
}
