// The reviewed vocabulary (seed/reviewed/duplicate-vocabulary.json), folded once: phrases are
// compared on folded, abbreviation-expanded text (lib/text.ts), so spellings and tone placement do
// not matter.
import raw from "./reviewed-vocabulary.json" with { type: "json" };
import { expandAbbreviations, fold } from "../../../../../lib/text.js";

export interface Phrase {
    /** As written in the vocabulary (shown to people). */
    text: string;
    /** Folded, abbreviations expanded: what is compared. */
    key: string;
}
export interface Synonym extends Phrase {
    means: Phrase;
    reason: string;
}
export interface AssetVocabulary {
    assetId: string;
    phrases: Phrase[];
    wholeSubject: Phrase[];
    notWhenPartOf: Phrase[];
    reason: string;
}
export interface NotRecordCue extends Phrase {
    kind: "STATISTIC" | "FACILITY" | "SECTOR" | "APPLICANTS" | "AWARDS" | "TRAINING" | "ABOUT";
    reason: string;
}
export interface IdentifierField extends Phrase {
    assetId: string;
    reason: string;
}
export interface Vocabulary {
    containerWords: Phrase[];
    synonyms: Synonym[];
    assets: Map<string, AssetVocabulary>;
    notRecords: NotRecordCue[];
    identifierFields: IdentifierField[];
}

/** Folded, abbreviation-expanded text: the form every comparison uses. */
export const foldText = (s: string): string => fold(expandAbbreviations(s.normalize("NFC")));
const phrase = (text: string): Phrase => ({ text, key: foldText(text) });
// Longest first, so "cơ sở dữ liệu" is taken before "dữ liệu".
const byLength = (a: Phrase, b: Phrase): number => b.key.length - a.key.length;

export interface RawVocabulary {
    containerWords: { phrases: string[] };
    synonyms: { phrase: string; means: string; reason: string }[];
    assets: { assetId: string; phrases: string[]; wholeSubject?: string[]; notWhenPartOf?: string[]; reason: string }[];
    notRecords: { phrase: string; kind: string; reason: string }[];
    identifierFields: { phrase: string; assetId: string; reason: string }[];
}

export function compileVocabulary(v: RawVocabulary): Vocabulary {
    return {
        containerWords: v.containerWords.phrases.map(phrase).sort(byLength),
        synonyms: v.synonyms.map((s) => ({ ...phrase(s.phrase), means: phrase(s.means), reason: s.reason })),
        assets: new Map(
            v.assets.map((a) => [
                a.assetId,
                {
                    assetId: a.assetId,
                    phrases: a.phrases.map(phrase).sort(byLength),
                    wholeSubject: (a.wholeSubject ?? []).map(phrase),
                    notWhenPartOf: (a.notWhenPartOf ?? []).map(phrase),
                    reason: a.reason,
                },
            ]),
        ),
        notRecords: v.notRecords.map((c) => ({ ...phrase(c.phrase), kind: c.kind as NotRecordCue["kind"], reason: c.reason })).sort(byLength),
        identifierFields: v.identifierFields.map((f) => ({ ...phrase(f.phrase), assetId: f.assetId, reason: f.reason })).sort(byLength),
    };
}

export const VOCABULARY: Vocabulary = compileVocabulary(raw as RawVocabulary);
