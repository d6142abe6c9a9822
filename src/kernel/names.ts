// Turns a user's reference (id, name, alias or code) into exactly one node id, or a BAD_USER_INPUT
// error naming the closest matches.
import { distance } from "fastest-levenshtein";
import { agencyKey, expandAbbreviations, expandAgencyAbbreviations, fold } from "../../lib/text.js";
import { viCompare } from "../../lib/collation.js";
import { badUserInput } from "./errors.js";
import type { Db } from "../db/run.js";
import type { RefCache, ResolvedRef } from "./cache/ref-cache.js";

/** Node ids are lower-case words joined by colons; names never contain a colon. */
const ID_SHAPE = /^[a-z0-9-]+(:[a-z0-9.-]+)+$/i;

/**
 * The era rule, the same for every argument that names an agency or asset:
 *  - an id names one unit, whatever `era` says (ids of both eras resolve);
 *  - a name, alias, code or number is looked up in the era asked for (2023 when none is given); a
 *    name that only the other era has resolves there; two units of the same era with the name are
 *    ambiguous and reported with both candidates.
 */
export async function resolveRef(db: Db, label: "Agency" | "Asset", ref: string, argumentName: string, era: 2023 | 2025 | null = null, cache?: RefCache): Promise<ResolvedRef> {
    const text = ref.normalize("NFC").trim();
    if (text === "") throw badUserInput(`${argumentName} must not be empty`, argumentName);
    if (text.length > 200) throw badUserInput(`${argumentName} is longer than 200 characters`, argumentName);
    const key = `${label}|${era ?? ""}|${text}`;
    const cached = cache?.get(key);
    if (cached) return cached;
    const found = await lookup(db, label, text, argumentName, era);
    cache?.set(key, found);
    return found;
}

async function lookup(db: Db, label: "Agency" | "Asset", text: string, argumentName: string, era: 2023 | 2025 | null): Promise<ResolvedRef> {
    type Hit = { id: string; name: string; era: number | null };
    // Ids ("province:da-nang", "asset:001:2") are what frontends send after a search: one index seek.
    if (ID_SHAPE.test(text)) {
        const [byId] = await db.run<Hit>("lookup/resolve-id", { label, ref: text });
        if (byId) return byId;
    }
    // Agencies are also written with ministry/department abbreviations ("Sở TN&MT", "UBND tỉnh X").
    const key = agencyKey(expandAbbreviations(label === "Agency" ? expandAgencyAbbreviations(text) : text));
    const number = label === "Asset" && /^\d{1,5}$/.test(text) ? Number(text) : null;
    const hits = await db.run<Hit>("lookup/resolve-ref", { label, key, number });
    const wanted = era ?? 2023;
    const inEra = hits.filter((h) => h.era === null || h.era === wanted);
    const picked = inEra.length > 0 ? inEra : hits;
    if (picked.length === 1) return picked[0]!;
    if (picked.length > 1) {
        throw badUserInput(`"${text}" is ambiguous: it names ${picked.length} ${label.toLowerCase()} nodes; pass one of their ids`, argumentName, { candidates: picked });
    }
    throw badUserInput(`no ${label.toLowerCase()} is named "${text}"`, argumentName, { closestMatches: await closestMatches(db, label, text) });
}

/**
 * Up to five suggestions: names within a small edit distance of the folded reference first ("da nangg"
 * → Đà Nẵng; distance ≤ 1 per 4 characters, at least 2), then full-text matches of any of its words.
 */
export async function closestMatches(db: Db, label: "Agency" | "Asset", text: string): Promise<{ id: string; name: string }[]> {
    const key = agencyKey(expandAbbreviations(text));
    const budget = Math.max(2, Math.floor(key.length / 4));
    const names = await db.run<{ id: string; name: string; era: number | null; keys: string[] | null }>("lookup/names", { label });
    const near = names
        .map((n) => ({ id: n.id, name: n.name, d: Math.min(...(n.keys ?? []).map((k) => distance(key, k)), Infinity) }))
        .filter((n) => n.d <= budget)
        .sort((a, b) => a.d - b.d || viCompare(a.name, b.name));
    const [hits = []] = await db.run<{ id: string; label: string; name: string }[]>("lookup/search", { query: luceneQuery(expandAbbreviations(text), "any"), limit: 50, labels: [label], era: null });
    const words = hits.filter((h) => h.label === label);
    const seen = new Set<string>();
    return [...near, ...words]
        .filter((h) => !seen.has(h.id) && !!seen.add(h.id))
        .slice(0, 5)
        .map((h) => ({ id: h.id, name: h.name }));
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

const TYPE_ORDER = ["Agency", "Asset", "Service", "Dataset", "Standard", "Target"];

/**
 * Re-ranks hits: the exact name (prefix "Thành phố"/"Tỉnh" ignored) first, then names starting with the
 * query, names holding it as whole words, names holding it at all, the rest; ties go to agencies, then
 * assets, services, datasets, standards, targets, then shorter names, then Lucene's score. Long texts
 * (targets, standards) therefore never crowd out place names that match as well.
 */
export function rerank<T extends { name: string; score: number; label?: string }>(text: string, hits: T[]): T[] {
    const q = agencyKey(text);
    const word = new RegExp(`(^| )${q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( |$)`);
    const rank = (h: T): number => {
        const name = agencyKey(h.name);
        return name === q ? 0 : name.startsWith(q) ? 1 : word.test(name) ? 2 : name.includes(q) ? 3 : 4;
    };
    const typeRank = (h: T): number => {
        const i = TYPE_ORDER.indexOf(h.label ?? "");
        return i < 0 ? TYPE_ORDER.length : i;
    };
    // Ranked once per hit, not once per comparison (folding showed up in the API's CPU profile).
    return hits
        .map((h) => ({ h, r: rank(h), t: typeRank(h), n: h.name.length }))
        .sort((a, b) => a.r - b.r || a.t - b.t || a.n - b.n || b.h.score - a.h.score)
        .map((x) => x.h);
}
