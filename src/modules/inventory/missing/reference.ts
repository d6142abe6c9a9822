// An agency's catalogue against an imported reference catalogue (a sector's list of the kinds of data
// each tier or department kind must keep, 000 §7). A reference kind is read like an inventory entry: the
// national rule tells whether it names a national asset's records ("CSDL hộ tịch" → asset 11), and its
// subject — its name without container words ("CSDL về di tích" → "di tích") — is looked for in the
// names of an agency's entries. An agency keeps a reference kind when it keeps that national kind (or the
// whole national database), an item whose name contains the subject, or an item of a kind most of whose
// members contain it.
import { occurrences, subjectOf, wordsOf } from "../duplicates/rules/text.js";
import { createNationalMatcher } from "../duplicates/rules/national.js";
import { foldText, VOCABULARY } from "../duplicates/rules/vocabulary.js";
import type { Analysis, Item } from "../duplicates/analysis.js";
import type { Tier } from "../../../kernel/tier.js";
import type { ReferenceRow } from "./inputs.js";
import type { KindIndex } from "./kinds.js";
import type { Unit } from "./units.js";

export interface ResolvedReference {
    row: ReferenceRow;
    /** The national asset whose records the reference kind names (most specific), and its top-level asset. */
    assetId: string | null;
    nationalAssetId: string | null;
    subject: string[];
    /** Kinds most of whose members name the subject. */
    kindIds: Set<string>;
}

export const REFERENCE_RULE =
    "Against a reference catalogue: each reference kind that applies to the agency (its tier, or for a department its department kind; a province answers for its departments' kinds) " +
    "and that it does not keep is MISSING — or VIA_NATIONAL when it names a national database's records and the agency reads it through an OFFICIAL connection. " +
    "An agency keeps a reference kind when it keeps the national kind the reference names (the duplicate rule applied to the reference's name and description), " +
    "or an entry whose name contains the reference's subject (its name without container words, folded, whole words), or an item of a kind most of whose members do.";

const nameHas = (i: Item, subject: string[]): boolean => subject.length > 0 && occurrences(wordsOf(foldText(i.name)), subject).length > 0;

export function resolveReferences(a: Analysis, k: KindIndex, rows: ReferenceRow[]): ResolvedReference[] {
    const matcher = createNationalMatcher([...a.assets.values()], []);
    return rows.map((row) => {
        const [best] = matcher.match({
            id: row.id, sourceType: "INVENTORY_ENTRY", name: row.kind, description: row.description, fields: [], legalBasis: row.legalBasis, status: null,
            agencyId: "reference", agencyName: "", accountableId: "reference", accountableName: "", citation: { documentId: row.documentId, file: row.file, locator: row.locator },
        });
        const subject = subjectOf(row.kind, VOCABULARY, []);
        const kindIds = new Set(
            k.kinds.filter((kind) => kind.basis === "LOCAL" && subject.length > 0 && 2 * kind.itemIds.filter((id) => nameHas(a.items.get(id)!, subject)).length >= kind.itemIds.length).map((kind) => kind.id),
        );
        // Its national kind; a whole national database covers its components, and is covered by its whole listing.
        if (best) for (const kind of k.kinds) if (kind.assetId === best.assetId || kind.assetId === best.nationalAssetId || (best.assetId === best.nationalAssetId && kind.nationalAssetId === best.assetId)) kindIds.add(kind.id);
        return { row, assetId: best?.assetId ?? null, nationalAssetId: best?.nationalAssetId ?? null, subject, kindIds };
    });
}

/** Whether a reference kind applies to a unit asked for in a tier. */
export function applies(r: ResolvedReference, u: Unit, tier: Tier): boolean {
    const t = r.row.appliesTier;
    if (t) return t === tier || (t === "MINISTRY_OR_AGENCY" && tier === "MINISTRY") || (t === "MINISTRY" && tier === "MINISTRY_OR_AGENCY" && u.kind === "MINISTRY");
    if (!r.row.appliesKey) return false;
    return tier === "DEPARTMENT" ? u.group === r.row.appliesKey : tier === "PROVINCE";
}

/** The unit's items that keep a reference kind (empty: it does not keep it). */
export function keepersOfReference(r: ResolvedReference, u: Unit, k: KindIndex): Item[] {
    return u.items.filter((i) => !k.unstructured.has(i.id) && ((k.kindsOf.get(i.id) ?? []).some((id) => r.kindIds.has(id)) || nameHas(i, r.subject)));
}
