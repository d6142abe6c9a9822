// An agency's catalogue against its peers: for every kind its peers keep, where the agency stands —
// KEPT; VIA_NATIONAL (a national kind it keeps no copy of but reads through an official link: a link in
// use, nothing missing); RARE (kept by fewer than RARE_MIN_KEEPERS peers or a share below RARE_SHARE:
// never missing); MISSING (kept by at least `minPeerShare` of its peers); else UNCOMMON. A missing
// national kind is a link to use (USE_NATIONAL), not a local database to build (LOCAL_DATABASE).
import type { TimeArgs } from "../../../kernel/time.js";
import type { MissingInputs } from "./inputs.js";
import type { Kind, KindIndex } from "./kinds.js";
import { officiallyLinked, type Unit, type UnitView } from "./units.js";

export type KindState = "KEPT" | "MISSING" | "VIA_NATIONAL" | "RARE" | "UNCOMMON";
export type Verdict = "LOCAL_DATABASE" | "USE_NATIONAL";

export const RARE_SHARE = 0.25;
export const RARE_MIN_KEEPERS = 3;
/** Fewer peers than this with a catalogue and nothing is judged missing (a share of two says little). */
export const MIN_PEERS = 3;

export const PEER_RULE =
    `Against peers: an agency's peers are the agencies of its tier (departments: of the same department kind) that have an imported inventory; a province keeps a kind when it or one of its departments or units lists an item of it (E2025: when any of its 2023 parts does). ` +
    `A kind the agency does not keep is MISSING when at least minPeerShare of its peers keep it; it is RARE — never missing — when fewer than ${RARE_MIN_KEEPERS} peers or less than ${RARE_SHARE * 100}% of them keep it; ` +
    `a NATIONAL kind the agency reads through an OFFICIAL connection to the national database is VIA_NATIONAL (nothing missing), and a missing NATIONAL kind is a link to use (USE_NATIONAL: the once-only principle), not a local database to build. ` +
    `Agencies with fewer than ${MIN_PEERS} peers are not judged.`;

export interface Cell {
    kind: Kind;
    state: KindState;
    /** Peers keeping the kind. */
    keepers: Unit[];
    peers: number;
    share: number;
}

/** Peers of a unit: the other units of its group with a catalogue. */
export const peersOf = (view: UnitView, u: Unit): Unit[] => (view.groups.get(u.group)?.members ?? []).filter((p) => p !== u);

/** How many of a unit's peers keep a kind (the unit itself not counted). */
export function keepersCount(view: UnitView, u: Unit, kindId: string): number {
    const list = view.groups.get(u.group)?.keepers.get(kindId);
    return list ? list.length - (u.keeps.has(kindId) && list.includes(u) ? 1 : 0) : 0;
}

export function stateOf(kind: Kind, u: Unit, keepers: number, peers: number, minPeerShare: number, linked: () => boolean): KindState {
    if (u.keeps.has(kind.id)) return "KEPT";
    const share = peers === 0 ? 0 : keepers / peers;
    if (kind.basis === "NATIONAL" && linked()) return "VIA_NATIONAL";
    if (keepers < RARE_MIN_KEEPERS || share < RARE_SHARE) return "RARE";
    return share >= minPeerShare ? "MISSING" : "UNCOMMON";
}

/** Every kind the unit or its peers keep, with the unit's state; empty when it has too few peers. */
export function peerCells(view: UnitView, k: KindIndex, inputs: MissingInputs, u: Unit, minPeerShare: number, t: TimeArgs, only?: Set<string>): Cell[] {
    const group = view.groups.get(u.group);
    const peers = (group?.members.length ?? 0) - (group?.members.includes(u) ? 1 : 0);
    if (!group || peers < MIN_PEERS) return [];
    const ids = new Set(group.keepers.keys());
    for (const id of u.keeps) ids.add(id);
    const cells: Cell[] = [];
    for (const id of ids) {
        if (only && !only.has(id)) continue;
        const all = group.keepers.get(id) ?? [];
        // A unit not keeping the kind is not in its keepers list: the list is its peers' as it stands.
        const keepers = u.keeps.has(id) ? all.filter((p) => p !== u) : all;
        const kind = k.byId.get(id)!;
        const state = stateOf(kind, u, keepers.length, peers, minPeerShare, () => officiallyLinked(inputs, u, kind.nationalAssetId!, t));
        cells.push({ kind, state, keepers, peers, share: Math.round((1000 * keepers.length) / peers) / 1000 });
    }
    return cells;
}

export const verdictOf = (kind: Kind): Verdict => (kind.basis === "NATIONAL" ? "USE_NATIONAL" : "LOCAL_DATABASE");
