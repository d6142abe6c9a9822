// How import files name agencies: an id, a name or an alias, compared by folded key (abbreviations
// expanded). A name shared by a 2023 unit and its 2025 successor means the 2023 unit (the reports'
// era); a 2025 unit is named by its id. Shared by the connection and usage imports.
import { agencyKey, expandAbbreviations } from "../../lib/text.js";

export interface AgencyRef {
    id: string;
    era: number;
    keys: string[];
}

export type AgencyLookup = (text: string) => string[] | undefined;

/** Returns a lookup from a reference to the agency ids it names (more than one = ambiguous). */
export function agencyIndex(agencies: AgencyRef[]): AgencyLookup {
    const eraOf = new Map(agencies.map((a) => [a.id, a.era]));
    const byKey = new Map<string, string[]>();
    for (const a of [...agencies].sort((x, y) => x.era - y.era)) {
        byKey.set(a.id, [a.id]);
        for (const k of a.keys) {
            const have = byKey.get(k) ?? [];
            const sameEra = have.filter((id) => eraOf.get(id) === a.era);
            if (have.length === 0 || sameEra.length === have.length) byKey.set(k, [...new Set([...have, a.id])]);
        }
    }
    return (text) => byKey.get(text) ?? byKey.get(agencyKey(expandAbbreviations(text)));
}
