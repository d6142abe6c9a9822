// Responsibility conflicts (000 §7: "một loại dữ liệu chỉ một cơ quan chịu trách nhiệm cập nhật"): two
// different agencies of one province — the province itself, its departments and units — or, nationally,
// two ministries or agencies, each listing an item of the same kind of database as their own. Kinds
// decide what is the same (kinds.ts): land prices and prices of goods are two national kinds, health
// facilities and food safety two local ones, so alike but different kinds are not conflicts.
import { agencySortKey } from "../../../../lib/collation.js";
import type { Era } from "../../../kernel/era.js";
import type { Tier } from "../../../kernel/tier.js";
import type { Item } from "../duplicates/analysis.js";
import type { Kind, KindIndex } from "./kinds.js";
import type { UnitRef, UnitView } from "./units.js";

export interface Conflict {
    /** The province (or 2025 unit) the agencies belong to; null for the central level. */
    scope: UnitRef | null;
    kind: Kind;
    /** The agencies listing the kind, in Vietnamese order. */
    agencies: UnitRef[];
    items: Item[];
}

export const CONFLICT_RULE =
    "A responsibility conflict: two or more different agencies of one province (the province, its departments and units; E2025: of one 2025 unit) — or, for ministries and agencies, two of them nationally — " +
    "each list in their own inventory (or, for Điện Biên, are named responsible in its open-data plan for) an item of the same kind of database: the same national asset's records (most specific), or the same LOCAL kind. " +
    "Documents and portals are not databases; one agency listing a kind twice is not a conflict.";

/**
 * Conflicts of a tier: for provinces and departments, within each province (or 2025 unit); for
 * ministries and agencies, among all of them (the keeping agency is the 2023 ministry, or its 2025 unit).
 */
export function conflictsOf(view: UnitView, k: KindIndex, tier: Tier, era: Era): Conflict[] {
    const central = tier === "MINISTRY" || tier === "MINISTRY_OR_AGENCY";
    const scopes: { scope: UnitRef | null; items: { item: Item; agency: UnitRef }[] }[] = central
        ? [{ scope: null, items: view.units.flatMap((u) => u.items.map((item) => ({ item, agency: era === "E2025" ? { id: u.id, name: u.name, kind: u.kind } : { id: item.agencyId, name: item.agencyName, kind: item.agencyKind } }))) }]
        : view.units.map((u) => ({ scope: { id: u.id, name: u.name, kind: u.kind }, items: u.items.filter((i) => tier !== "DEPARTMENT" || i.agencyKind === "DEPARTMENT").map((item) => ({ item, agency: { id: item.agencyId, name: item.agencyName, kind: item.agencyKind } })) }));
    const out: Conflict[] = [];
    for (const { scope, items } of scopes) {
        const byKind = new Map<string, { item: Item; agency: UnitRef }[]>();
        for (const x of items) {
            if (k.unstructured.has(x.item.id)) continue;
            for (const id of k.kindsOf.get(x.item.id) ?? []) byKind.set(id, [...(byKind.get(id) ?? []), x]);
        }
        for (const [id, xs] of byKind) {
            const agencies = new Map(xs.map((x) => [x.agency.id, x.agency]));
            if (agencies.size < 2) continue;
            const sorted = [...agencies.values()].map((g) => ({ g, key: agencySortKey(g.name) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((x) => x.g);
            out.push({ scope, kind: k.byId.get(id)!, agencies: sorted, items: xs.map((x) => x.item) });
        }
    }
    // Most agencies first, then scope and kind in Vietnamese order.
    return out
        .map((c) => ({ c, key: `${agencySortKey(c.scope?.name ?? "")}\u0000${c.kind.label}` }))
        .sort((x, y) => y.c.agencies.length - x.c.agencies.length || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
        .map((x) => x.c);
}

export function conflictReason(c: Conflict): string {
    const where = c.scope ? `In ${c.scope.name}, ` : "Nationally, ";
    const dept = c.kind.department ? `; the department that usually keeps it elsewhere is ${c.kind.department.name}` : "";
    return `${where}${c.agencies.length} agencies each list ${c.kind.basis === "NATIONAL" ? "records of " : ""}"${c.kind.label}" as their own (${c.items.map((i) => `"${i.name}" — ${i.agencyName}`).join("; ")}): one kind of data should have one agency responsible for updating it${dept}`;
}
