// Text handling of the duplicate matcher: folded word sequences, phrase occurrences, the head of a
// name, and the word n-grams BM25 scores.
import { expandAbbreviations, fold } from "../../../../../lib/text.js";
import { foldText, type Phrase, type Vocabulary } from "./vocabulary.js";

/** Word positions where `phrase` occurs in `words` (both folded), whole words only. */
export function occurrences(words: string[], phrase: string[]): number[] {
    const at: number[] = [];
    if (phrase.length === 0) return at;
    for (let i = 0; i + phrase.length <= words.length; i++) {
        let ok = true;
        for (let k = 0; k < phrase.length && ok; k++) ok = words[i + k] === phrase[k];
        if (ok) at.push(i);
    }
    return at;
}

export const wordsOf = (folded: string): string[] => (folded ? folded.split(" ") : []);

/**
 * Phrases looked up by their first word, so finding every phrase in a text is one pass over its words
 * (the matcher runs over tens of thousands of items).
 */
export class PhraseIndex<T> {
    private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
    constructor(entries: { words: string[]; value: T }[]) {
        for (const e of entries) {
            if (e.words.length === 0) continue;
            const list = this.byFirst.get(e.words[0]!) ?? [];
            list.push(e);
            // Longest first, so the first hit at a position is the longest.
            list.sort((a, b) => b.words.length - a.words.length);
            this.byFirst.set(e.words[0]!, list);
        }
    }
    /** Every occurrence: position, length and value. */
    find(words: string[]): { at: number; length: number; value: T }[] {
        const out: { at: number; length: number; value: T }[] = [];
        for (let i = 0; i < words.length; i++) {
            for (const e of this.byFirst.get(words[i]!) ?? []) {
                let ok = i + e.words.length <= words.length;
                for (let k = 1; k < e.words.length && ok; k++) ok = words[i + k] === e.words[k];
                if (ok) out.push({ at: i, length: e.words.length, value: e.value });
            }
        }
        return out;
    }
    /** The longest phrase starting at `at`, if any. */
    longestAt(words: string[], at: number): { length: number; value: T } | undefined {
        for (const e of this.byFirst.get(words[at]!) ?? []) {
            let ok = at + e.words.length <= words.length;
            for (let k = 1; k < e.words.length && ok; k++) ok = words[at + k] === e.words[k];
            if (ok) return { length: e.words.length, value: e.value };
        }
        return undefined;
    }
}

/** A text prepared once: folded words, with the synonyms it contains resolved. */
export interface PreparedText {
    words: string[];
    /** Synonym hits: the canonical phrase's words and where the synonym stands. */
    synonyms: { means: Phrase; found: Phrase; at: number }[];
}

const synonymIndexes = new WeakMap<Vocabulary, PhraseIndex<Vocabulary["synonyms"][number]>>();

export function prepare(text: string | null | undefined, vocab: Vocabulary): PreparedText {
    const words = wordsOf(foldText(text ?? ""));
    let index = synonymIndexes.get(vocab);
    if (!index) synonymIndexes.set(vocab, (index = new PhraseIndex(vocab.synonyms.map((s) => ({ words: wordsOf(s.key), value: s })))));
    return { words, synonyms: index.find(words).map((h) => ({ means: h.value.means, found: h.value, at: h.at })) };
}

/**
 * The subject of a name: its words without container words ("cơ sở dữ liệu", "hệ thống", "quản
 * lý", "tỉnh"…), place names and anything in parentheses. "CSDL về giá tỉnh Thanh Hóa" → "giá".
 */
export function subjectOf(name: string, vocab: Vocabulary, places: string[][] | PhraseIndex<true>): string[] {
    const skip = places instanceof PhraseIndex ? places : subjectSkipIndex(vocab, places);
    const words = wordsOf(foldText(name.replace(/\([^)]*\)/g, " ")));
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
        const hit = skip.longestAt(words, i);
        if (hit) i += hit.length;
        else out.push(words[i++]!);
    }
    return out;
}

/** Places and container words, the words a subject skips. */
export function subjectSkipIndex(vocab: Vocabulary, places: string[][]): PhraseIndex<true> {
    return new PhraseIndex([...places, ...vocab.containerWords.map((c) => wordsOf(c.key))].map((words) => ({ words, value: true as const })));
}

// Syllables that only say "database", "information", "management", "of", "in the province"…: an
// n-gram made of them alone ("co so du lieu", "quan ly", "tren dia ban") tells nothing about content.
const FILLER = new Set(
    "co so du lieu he thong tin quan ly cac cua ve va tren dia ban phan mem kho cho tu den voi theo tai mot nhung duoc la tinh thanh pho huyen nay do trong".split(" "),
);

/**
 * Index terms: word bigrams and trigrams inside each punctuation-delimited segment, so "giá đất"
 * and "quốc gia" are different terms (a folded single word "gia" would make them equal).
 */
export function ngrams(text: string, drop: string[][] = []): string[] {
    const out: string[] = [];
    for (const segment of text.normalize("NFC").split(/[,;:.()\-–/|\n]+/)) {
        let w = wordsOf(foldText(segment));
        for (const d of drop) for (let at = occurrences(w, d)[0]; at !== undefined; at = occurrences(w, d)[0]) w = [...w.slice(0, at), "|", ...w.slice(at + d.length)];
        for (let i = 0; i + 1 < w.length; i++) {
            const [a, b, c] = [w[i]!, w[i + 1]!, w[i + 2]];
            if (a === "|" || b === "|") continue;
            if (!(FILLER.has(a) && FILLER.has(b))) out.push(`${a}_${b}`);
            if (c !== undefined && c !== "|" && !(FILLER.has(a) && FILLER.has(b) && FILLER.has(c))) out.push(`${a}_${b}_${c}`);
        }
    }
    return out;
}

/** "giay_phep_lai" → "giay phep lai" (for people). */
export const termText = (t: string): string => t.replaceAll("_", " ");

/**
 * Index terms as people wrote them: the folded term ("giay_phep_lai") → its words in the text, with
 * their diacritics ("giấy phép lái"), lower-cased as in running text. Built for the few texts an answer
 * shows terms of (cluster members, matched items), not for scoring.
 */
export function surfaceTerms(texts: (string | null | undefined)[], drop: string[][] = []): Map<string, string> {
    const out = new Map<string, string>();
    for (const text of texts) {
        if (!text) continue;
        for (const segment of text.normalize("NFC").split(/[,;:.()\-–/|\n]+/)) {
            const folded: string[] = [];
            const shown: string[] = [];
            // Word by word, so each folded word keeps the spelling it came from (abbreviations spelled out first).
            for (const raw of expandAbbreviations(segment).split(/[^\p{L}\p{N}]+/u)) {
                for (const f of wordsOf(fold(raw))) {
                    folded.push(f);
                    shown.push(raw.toLocaleLowerCase("vi"));
                }
            }
            for (const d of drop) for (let at = occurrences(folded, d)[0]; at !== undefined; at = occurrences(folded, d)[0]) folded.splice(at, d.length, ...d.map(() => "|"));
            for (let i = 0; i + 1 < folded.length; i++) {
                for (const n of [2, 3]) {
                    if (i + n > folded.length || folded.slice(i, i + n).includes("|")) continue;
                    const key = folded.slice(i, i + n).join("_");
                    if (!out.has(key)) out.set(key, shown.slice(i, i + n).join(" "));
                }
            }
        }
    }
    return out;
}

/** A folded term in the words people wrote ("giay_phep_lai" → "giấy phép lái"), else its folded words. */
export const shownTerm = (term: string, surface: Map<string, string>): string => surface.get(term) ?? termText(term);
