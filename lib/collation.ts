// Vietnamese alphabetical order, as dictionaries and the CLDR "vi" collation use it:
//   letters   a < ă < â < b < c < d < đ < e < ê < g < h < i < k < l < m < n < o < ô < ơ < p < q < r < s
//             < t < u < ư < v < x < y   (f, j, w, z, foreign, sort where the Latin alphabet puts them)
//   then tones, which break ties only: none < huyền (`) < hỏi (̉) < ngã (~) < sắc (´) < nặng (.)
//   then case (lower before upper).
// `viSortKey` turns a name into a string whose plain code-point order is that order, so Neo4j can sort
// and index it (Agency.sortName and friends) and the explorer can sort with the same key.
// Folding marks away (lib/text.ts `fold`) is right for search and wrong for sorting: it would put
// "Bắc Giang" before "Bạc Liêu" and "Bình Định" before "Bình Dương".

const ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
/** Marks that make a base letter (breve, circumflex, horn) — part of the letter, not a tone. */
const LETTER_MARKS: Record<string, Record<string, string>> = {
    "\u0306": { a: "ă" },
    "\u0302": { a: "â", e: "ê", o: "ô" },
    "\u031b": { o: "ơ", u: "ư" },
};
/** Tone marks in CLDR order; 0 = no tone. */
const TONES: Record<string, number> = { "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5 };

// Primary weights: digits first, then letters; everything else (spaces, punctuation) is a separator,
// which sorts before any letter so "Bình Dương" < "Bình Định" < "Bình Phước" < "Bình Thuận" word by word.
const SEP = "\u0021";
const weight = new Map<string, string>();
"0123456789".split("").forEach((d, i) => weight.set(d, String.fromCharCode(0x30 + i)));
ALPHABET.split("").forEach((c, i) => weight.set(c, String.fromCharCode(0x41 + i)));

interface Letter {
    base: string;
    tone: number;
    upper: boolean;
}

/** Splits a string into letters: base letter (with breve/circumflex/horn folded in), tone and case. */
function letters(s: string): Letter[] {
    const out: Letter[] = [];
    for (const ch of s.normalize("NFD")) {
        const tone = TONES[ch];
        const last = out[out.length - 1];
        if (tone !== undefined) {
            if (last) last.tone = tone;
            continue;
        }
        const made = LETTER_MARKS[ch];
        if (made) {
            if (last && made[last.base]) last.base = made[last.base]!;
            continue;
        }
        if (/\p{M}/u.test(ch)) continue;
        const lower = ch.toLowerCase();
        const base = lower === "đ" ? "đ" : lower;
        out.push({ base, tone: 0, upper: ch !== lower });
    }
    return out;
}

// Keys are memoised: comparators ask for the same names O(n log n) times per sort (an asset's impact
// sorted its agencies that way: 30 % of the API's CPU for that question, bench/README.md). Names are a
// bounded set (agencies, assets, services), so a plain Map, emptied when it grows past the bound.
const KEY_CACHE_MAX = 50_000;
const viKeys = new Map<string, string>();
const agencyKeys = new Map<string, string>();
function memo(cache: Map<string, string>, s: string, compute: (s: string) => string): string {
    let k = cache.get(s);
    if (k === undefined) {
        k = compute(s);
        if (cache.size >= KEY_CACHE_MAX) cache.clear();
        cache.set(s, k);
    }
    return k;
}

/**
 * A key whose code-point order is Vietnamese order: primary letters, then tones, then case, each
 * level separated by a character lower than any weight.
 */
export function viSortKey(s: string): string {
    return memo(viKeys, s, computeViSortKey);
}

function computeViSortKey(s: string): string {
    const ls = letters(s.trim());
    let primary = "";
    let lastSep = true;
    for (const l of ls) {
        const w = weight.get(l.base);
        if (w) {
            primary += w;
            lastSep = false;
        } else if (!lastSep) {
            primary += SEP;
            lastSep = true;
        }
    }
    const letterLs = ls.filter((l) => weight.has(l.base));
    // Letters, not digits, for the lower levels: a key must never look like a phone number to the
    // personal-data check that scans every stored property.
    const tones = letterLs.map((l) => String.fromCharCode(0x61 + l.tone)).join("");
    const cases = letterLs.map((l) => (l.upper ? "B" : "A")).join("");
    return `${primary.replace(/!$/, "")}\u0020${tones}\u0020${cases}`;
}

/** Compares two names in Vietnamese order. */
export function viCompare(a: string, b: string): number {
    const ka = viSortKey(a);
    const kb = viSortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The key agencies sort by: their name without the "Thành phố"/"TP."/"Tỉnh" prefix, which is not part of the place's name. */
export function agencySortKey(name: string): string {
    return memo(agencyKeys, name, (n) => viSortKey(n.normalize("NFC").replace(/^\s*(thành phố|tp\.?|tỉnh)\s+/iu, "")));
}
