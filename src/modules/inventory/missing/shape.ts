// Shapes of the missing-database answers: a kind with its items paged by its own field resolver (a
// national kind can have hundreds), an item with its citation, an agency, a reference row.
import type { Analysis, Item } from "../duplicates/analysis.js";
import type { Kind } from "./kinds.js";
import type { ResolvedReference } from "./reference.js";
import type { UnitRef } from "./units.js";

/** Where a kind's items come from, carried on the shaped kind for its `items` field. */
export const KIND_ITEMS = Symbol("kind items");
export type KindItemsSource = { a: Analysis; kind: Kind };

export const agencyRef = (u: UnitRef) => ({ id: u.id, name: u.name, kind: u.kind as never });

export function kindItem(i: Item) {
    return {
        itemId: i.id, itemName: i.name, sourceType: i.sourceType as never,
        agency: { id: i.agencyId, name: i.agencyName, kind: i.agencyKind as never },
        accountable: { id: i.accountableId, name: i.accountableName, kind: i.accountableKind as never },
        source: { documentId: i.citation.documentId, file: i.citation.file, locator: i.citation.locator },
    };
}

export function shapeKind(a: Analysis, kind: Kind) {
    const assetName = (id: string | null): string | null => (id ? (a.assets.get(id)?.name ?? id) : null);
    return {
        id: kind.id, label: kind.label, basis: kind.basis, assetId: kind.assetId, assetName: assetName(kind.assetId),
        nationalAssetId: kind.nationalAssetId, nationalAssetName: assetName(kind.nationalAssetId), terms: kind.terms,
        itemCount: kind.itemIds.length, agencyCount: kind.agencyCount, department: kind.department, reason: kind.reason,
        items: [], [KIND_ITEMS]: { a, kind } satisfies KindItemsSource,
    };
}

export function shapeReference(a: Analysis, r: ResolvedReference) {
    return {
        id: r.row.id, kind: r.row.kind, description: r.row.description, appliesTo: r.row.appliesTo, appliesToTier: r.row.appliesTier as never,
        appliesToDepartment: r.row.appliesKey, responsible: r.row.responsible, legalBasis: r.row.legalBasis,
        nationalAssetId: r.nationalAssetId, nationalAssetName: r.nationalAssetId ? (a.assets.get(r.nationalAssetId)?.name ?? r.nationalAssetId) : null,
        source: { documentId: r.row.documentId, file: r.row.file, locator: r.row.locator },
    };
}
