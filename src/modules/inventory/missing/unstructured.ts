// Entries that are documents or portals, not structured databases (000 §6), by the reviewed vocabulary
// (reviewed-quality.json): the head of an entry's name — its first words once container words
// ("hệ thống", "phần mềm", "quản lý", "số hóa"…) are skipped — is a document or portal phrase.
// Pure: folded, abbreviation-expanded names in, the phrase that decided and its reason out.
import raw from "./reviewed-quality.json" with { type: "json" };
import { PhraseIndex, wordsOf } from "../duplicates/rules/text.js";
import { foldText } from "../duplicates/rules/vocabulary.js";

export type UnstructuredKind = "DOCUMENT" | "PORTAL";

export interface UnstructuredHit {
    /** The reviewed phrase, as written in the vocabulary. */
    phrase: string;
    kind: UnstructuredKind;
    reason: string;
}

interface RawQuality {
    containerWords: { phrases: string[]; reason: string };
    unstructured: { phrase: string; kind: string; reason: string }[];
}

const q = raw as RawQuality;
const containers = new PhraseIndex(q.containerWords.phrases.map((p) => ({ words: wordsOf(foldText(p)), value: true as const })));
const phrases = new PhraseIndex(q.unstructured.map((u) => ({ words: wordsOf(foldText(u.phrase)), value: { phrase: u.phrase, kind: u.kind as UnstructuredKind, reason: u.reason } })));

export const UNSTRUCTURED_RULE =
    "An entry is unstructured (a document or a portal, 000 §6) when the head of its name — its first words once container words such as " +
    "'cơ sở dữ liệu', 'hệ thống', 'phần mềm', 'quản lý', 'số hóa', 'lưu trữ' are skipped — is a reviewed document phrase (văn bản, công văn, tài liệu, công báo, thư viện số, QLVB…) " +
    "or portal phrase (cổng thông tin, cổng TTĐT, cổng dịch vụ công, trang thông tin, trang tin, website…); text folded, abbreviations spelled out, whole words only.";

/** The reviewed phrase heading `name`, if the entry is a document store or a portal. */
export function unstructuredHit(name: string): UnstructuredHit | null {
    const words = wordsOf(foldText(name.replace(/\([^)]*\)/g, " ")));
    for (let at = 0; at < words.length; ) {
        const hit = phrases.longestAt(words, at);
        if (hit) return hit.value;
        const skip = containers.longestAt(words, at);
        if (!skip) return null;
        at += skip.length;
    }
    return null;
}
