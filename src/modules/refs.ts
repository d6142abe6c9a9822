// Turns a user's reference (id, name, alias or code) into exactly one node id, or a BAD_USER_INPUT
// error naming the closest matches.
import { agencyKey, expandAbbreviations, expandAgencyAbbreviations, fold } from "../../lib/text.js";
import { badUserInput } from "../errors.js";
import type { Db } from "../db/run.js";

/** Node ids are lower-case words joined by colons; names never contain a colon. */
const ID_SHAPE = /^[a-z0-9-]+(:[a-z0-9.-]+)+$/i;

export async function resolveRef(db: Db, label: "Agency" | "Asset", ref: string, argumentName: string, era: 2023 | 2025 | null = null): Promise<{ id: string; name: string }> {
    const text = ref.normalize("NFC").trim();
    if (text === "") throw badUserInput(`${argumentName} must not be empty`, argumentName);
    if (text.length > 200) throw badUserInput(`${argumentName} is longer than 200 characters`, argumentName);
    type Hit = { id: string; name: string; era: number | null };
    // Ids ("province:da-nang", "asset:001:2") are what frontends send after a search: one index seek.
    if (ID_SHAPE.test(text)) {
        const [byId] = await db.run<Hit>("lookup/resolve-id", { label, ref: text, era });
        if (byId) return byId;
    }
    // Agencies are also written with ministry/department abbreviations ("Sở TN&MT", "UBND tỉnh X").
    const spelled = label === "Agency" ? expandAgencyAbbreviations(text) : text;
    const hits = await db.run<Hit>("lookup/resolve-ref", { label, key: agencyKey(expandAbbreviations(spelled)), era });
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) {
        const eras = new Set(hits.map((h) => h.era));
        const hint = eras.size > 1 ? "; it names a unit of 2023 and one of 2025: pass era" : "";
        throw badUserInput(`"${text}" is ambiguous: it names ${hits.length} ${label.toLowerCase()} nodes${hint}`, argumentName, { candidates: hits });
    }
    const closest = (await db.run<{ id: string; label: string; name: string }>("lookup/search", { query: luceneQuery(expandAbbreviations(text), "any"), limit: 50 }))
        .filter((h) => h.label === label)
        .slice(0, 5);
    throw badUserInput(`no ${label.toLowerCase()} is named "${text}"`, argumentName, { closestMatches: closest.map((h) => ({ id: h.id, name: h.name })) });
}

/**
 * Folded words, each matched as a prefix; "all" requires every word (search), "any" ranks partial
 * matches (closest-match suggestions). The exact phrase ranks higher either way.
 */
export function luceneQuery(text: string, mode: "all" | "any" = "all"): string {
    const words = fold(text).split(" ").filter((w) => w.length > 0);
    if (words.length === 0) return '""';
    return `"${words.join(" ")}"^4 OR (${words.map((w) => `${w}*`).join(mode === "all" ? " AND " : " OR ")})`;
}

/** Re-ranks hits: a name that starts with the query first, then Lucene's score. */
export function rerank<T extends { name: string; score: number }>(text: string, hits: T[]): T[] {
    const q = fold(text);
    const rank = (h: T): number => {
        const name = fold(h.name);
        return name.replace(/^(thanh pho|tp|tinh) /, "").startsWith(q) ? 0 : name.includes(q) ? 1 : 2;
    };
    // Ranked once per hit, not once per comparison (folding showed up in the API's CPU profile).
    return hits
        .map((h) => ({ h, r: rank(h) }))
        .sort((a, b) => a.r - b.r || b.h.score - a.h.score)
        .map((x) => x.h);
}
