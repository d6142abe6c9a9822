// The name properties every Agency node carries, computed in one place for the report seed, imports
// and the synthetic national graph, so search, filters and sorting see the same keys everywhere.
import { agencySortKey } from "./collation.js";
import { agencyKey, fold } from "./text.js";

export interface AgencyNameProps {
    name: string;
    /** Vietnamese collation key (lib/collation.ts): `sort: [{ sortName: ASC }]` is Vietnamese order. */
    sortName: string;
    /** The name folded (no marks, Đ→d, lower case): filter with `foldedName: { contains: "binh" }`. */
    foldedName: string;
    aliases: string[];
    /** Folded keys of every spelling, prefixes dropped: what references resolve against. */
    nameKeys: string[];
    /** Folded spellings for the full-text index. */
    searchText: string;
}

export function agencyNameProps(name: string, spellings: string[] = []): AgencyNameProps {
    const all = [...new Set([name, ...spellings].map((s) => s.normalize("NFC")))];
    return {
        name: name.normalize("NFC"),
        sortName: agencySortKey(name),
        foldedName: fold(name),
        aliases: all,
        nameKeys: [...new Set(all.map(agencyKey))],
        searchText: [...new Set(all.map(fold))].join(" | "),
    };
}
