// Agency names in imported files, resolved as everywhere else: id, name or alias compared by folded
// key, abbreviations expanded ("Sở KH&ĐT", "BHXH", "UBND tỉnh X", "TP."); where a 2023 unit and a
// 2025 unit share a name, the name means the 2023 unit (a 2025 unit is named by its id).
import { agencyKey, editDistance, expandAbbreviations, expandAgencyAbbreviations, fold } from "../../lib/text.js";

export interface AgencyRef {
    id: string;
    name: string;
    era: number;
    kind: string;
    parentId: string | null;
    keys: string[];
}

export interface AgencyIndex {
    byId: Map<string, AgencyRef>;
    /** Folded key → agency ids (more than one: ambiguous). */
    byKey: Map<string, string[]>;
    all: AgencyRef[];
}

export const agencyKeyOf = (text: string): string => agencyKey(expandAbbreviations(expandAgencyAbbreviations(text.normalize("NFC"))));

export function indexAgencies(agencies: AgencyRef[]): AgencyIndex {
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const byKey = new Map<string, string[]>();
    for (const a of [...agencies].sort((x, y) => x.era - y.era)) {
        for (const k of a.keys) {
            const have = byKey.get(k) ?? [];
            const sameEra = have.filter((id) => byId.get(id)?.era === a.era);
            if (have.length === 0 || sameEra.length === have.length) byKey.set(k, [...new Set([...have, a.id])]);
        }
    }
    return { byId, byKey, all: agencies };
}

/** The agency ids a reference names: by id, then by folded key. */
export function lookupAgency(index: AgencyIndex, text: string): string[] {
    const t = text.normalize("NFC").trim();
    if (index.byId.has(t)) return [t];
    return index.byKey.get(agencyKeyOf(t)) ?? [];
}

/**
 * The closest agency names to an unknown reference (edit distance on folded keys, then shared words),
 * among the agencies `within` accepts when given (a province's own agencies, for a text naming it).
 */
export function closestAgencies(index: AgencyIndex, text: string, n = 3, within?: (a: AgencyRef) => boolean): { id: string; name: string }[] {
    const key = agencyKeyOf(text);
    const words = new Set(fold(key).split(" "));
    const scored = index.all
        .filter((a) => (a.era === 2023 || index.all.length < 50) && (!within || within(a)))
        .map((a) => {
            const k = a.keys[0] ?? agencyKey(a.name);
            const shared = k.split(" ").filter((w) => words.has(w)).length;
            return { a, d: editDistance(key, k) - 2 * shared };
        });
    return scored.sort((x, y) => x.d - y.d || x.a.id.localeCompare(y.a.id)).slice(0, n).map((s) => ({ id: s.a.id, name: s.a.name }));
}
