// Text handling of the duplicate matcher: folded word sequences, phrase occurrences, the head of a
// name, and the word n-grams BM25 scores.
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

/** A text prepared once: folded words, with the synonyms it contains resolved. */
export interface PreparedText {
    words: string[];
    /** Synonym hits: the canonical phrase's words and where the synonym stands. */
    synonyms: { means: Phrase; found: Phrase; at: number }[];
}

export function prepare(text: string | null | undefined, vocab: Vocabulary): PreparedText {
    const words = wordsOf(foldText(text ?? ""));
    const synonyms: PreparedText["synonyms"] = [];
    for (const s of vocab.synonyms) for (const at of occurrences(words, wordsOf(s.key))) synonyms.push({ means: s.means, found: s, at });
    return { words, synonyms };
}

/**
 * The subject of a name: its words without container words ("cơ sở dữ liệu", "hệ thống", "quản
 * lý", "tỉnh"…), place names and anything in parentheses. "CSDL về giá tỉnh Thanh Hóa" → "giá".
 */
export function subjectOf(name: string, vocab: Vocabulary, places: string[][]): string[] {
    const folded = foldText(name.replace(/\([^)]*\)/g, " "));
    let words = wordsOf(folded);
    const drop = (phrase: string[]): void => {
        for (;;) {
            const [at] = occurrences(words, phrase);
            if (at === undefined) return;
            words = [...words.slice(0, at), ...words.slice(at + phrase.length)];
        }
    };
    for (const p of places) drop(p);
    for (const c of vocab.containerWords) drop(wordsOf(c.key));
    return words;
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
