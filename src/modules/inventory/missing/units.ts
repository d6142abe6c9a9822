// The agencies a question compares, each with the items it keeps: for a tier and an era, every item
// counts for its unit — a province for its departments' items (E2025: the 2025 unit any of whose 2023
// parts keeps it), a department for its own (peers: departments of the same kind), a ministry for its
// own. Only items valid on `asOf` and recorded by `knownAt` count. Official links ("via a national
// database") are read as of the same day: a link a later snapshot covering the agency does not repeat
// was not there any more.
import { agencySortKey } from "../../../../lib/collation.js";
import type { Era } from "../../../kernel/era.js";
import { TIER_KINDS, type Tier } from "../../../kernel/tier.js";
import type { TimeArgs } from "../../../kernel/time.js";
import type { Analysis, Item } from "../duplicates/analysis.js";
import { unitOf } from "../duplicates/filters.js";
import type { MissingInputs, TimedFact } from "./inputs.js";
import { departmentKindOf, keptKinds, type KindIndex } from "./kinds.js";

export interface UnitRef {
    id: string;
    name: string;
    kind: string;
}

export interface Unit extends UnitRef {
    /** Peers are the units of one group: the tier, or (DEPARTMENT) the department kind. */
    group: string;
    groupName: string;
    /** Items it keeps (inventory entries and datasets), valid then. */
    items: Item[];
    /** Its inventory entries (its catalogue), valid then. */
    entries: Item[];
    /** Kinds it keeps (structured items only). */
    keeps: Set<string>;
    /** Agencies whose official links count for it (its 2023 parts; a department's province). */
    linkAgencies: string[];
    /** E2025: the 2023 parts. */
    parts: UnitRef[];
}

/** A group of peers: its units with a catalogue, and per kind the ones keeping it. */
export interface PeerGroup {
    members: Unit[];
    keepers: Map<string, Unit[]>;
}

export interface UnitView {
    tier: Tier;
    era: Era;
    /** Units with at least one item, in Vietnamese order. */
    units: Unit[];
    byId: Map<string, Unit>;
    /** Per group, built with the view: asking each unit for its peers would read its group again per unit. */
    groups: Map<string, PeerGroup>;
}

function peerGroups(units: Unit[]): Map<string, PeerGroup> {
    const groups = new Map<string, PeerGroup>();
    for (const u of units) {
        if (u.entries.length === 0) continue;
        let g = groups.get(u.group);
        if (!g) groups.set(u.group, (g = { members: [], keepers: new Map() }));
        g.members.push(u);
        for (const id of u.keeps) {
            const list = g.keepers.get(id);
            if (list) list.push(u);
            else g.keepers.set(id, [u]);
        }
    }
    return groups;
}

export const isValid = (f: TimedFact, t: TimeArgs): boolean => (t.asOf === null || (f.validFrom ?? "") <= t.asOf) && (t.knownAt === null || (f.recordedAt ?? "") <= t.knownAt);

/** The unit an item counts for in a tier and era, or null when it counts for none of that tier. */
export function unitFor(i: Item, tier: Tier, era: Era): (UnitRef & { group: string; groupName: string }) | null {
    if (tier === "DEPARTMENT") {
        const d = i.agencyKind === "DEPARTMENT" ? departmentKindOf(i.agencyId, i.agencyName) : null;
        return d ? { id: i.agencyId, name: i.agencyName, kind: i.agencyKind, group: d.key, groupName: d.name } : null;
    }
    const kinds: string[] = TIER_KINDS[tier];
    if (era === "E2025") {
        const u = unitOf(i, "E2025");
        return kinds.includes(u.kind) ? { ...u, group: tier, groupName: tier } : null;
    }
    if (kinds.includes(i.accountableKind)) return { id: i.accountableId, name: i.accountableName, kind: i.accountableKind, group: tier, groupName: tier };
    if (kinds.includes(i.agencyKind)) return { id: i.agencyId, name: i.agencyName, kind: i.agencyKind, group: tier, groupName: tier };
    return null;
}

export function unitView(a: Analysis, k: KindIndex, inputs: MissingInputs, tier: Tier, era: Era, t: TimeArgs): UnitView {
    const build = (): UnitView => {
        const byId = new Map<string, Unit>();
        for (const i of a.items.values()) {
            if (!isValid({ validFrom: i.validFrom ?? null, recordedAt: i.recordedAt ?? null }, t)) continue;
            const u = unitFor(i, tier, era);
            if (!u) continue;
            let unit = byId.get(u.id);
            if (!unit) {
                const partIds = era === "E2025" ? (inputs.parts.get(u.id) ?? []) : [];
                const parts = partIds.map((id) => inputs.agencies.get(id)).filter((g) => g !== undefined).map((g) => ({ id: g.id, name: g.name, kind: g.kind }));
                const parent = tier === "DEPARTMENT" ? inputs.agencies.get(u.id)?.parentId : null;
                unit = { ...u, items: [], entries: [], keeps: new Set(), linkAgencies: [u.id, ...partIds, ...(parent ? [parent] : [])], parts };
                byId.set(u.id, unit);
            }
            unit.items.push(i);
            if (i.sourceType === "INVENTORY_ENTRY") unit.entries.push(i);
        }
        const units = [...byId.values()].map((u) => ({ u, key: agencySortKey(u.name) })).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((x) => x.u);
        for (const u of units) u.keeps = keptKinds(u.items, k);
        return { tier, era, units, byId: new Map(units.map((u) => [u.id, u])), groups: peerGroups(units) };
    };
    // Without a day or a record time the view is the same for every request: built once per analysis.
    return t.asOf === null && t.knownAt === null ? a.memo(`missing:units:${tier}:${era}`, build) : build();
}

/** Whether a unit reads a national asset through an OFFICIAL connection valid then (any of its link agencies). */
export function officiallyLinked(inputs: MissingInputs, u: Unit, assetId: string, t: TimeArgs): boolean {
    return u.linkAgencies.some((agencyId) =>
        (inputs.links.get(`${agencyId}|${assetId}`) ?? []).some((l) => {
            if (t.knownAt !== null && (l.recordedAt ?? "") > t.knownAt) return false;
            if (t.asOf === null) return true;
            if ((l.validFrom ?? "") > t.asOf) return false;
            // A later snapshot covering the agency, on or before the day, that does not repeat the link ends it.
            return !(inputs.coverage.get(agencyId) ?? []).some((c) => (c.validFrom ?? "") > (l.validFrom ?? "") && (c.validFrom ?? "") <= t.asOf! && (t.knownAt === null || (c.recordedAt ?? "") <= t.knownAt));
        }),
    );
}
