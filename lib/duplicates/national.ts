// Local items against the national assets (the once-only principle). Two parts:
//  - evidence (reviewed vocabulary): an item is linked to an asset only when its name (or, for phrases
//    of three words or more, its description) contains a phrase that denotes the asset's records, or
//    its whole subject is the asset's record noun; a phrase headed by a facility or sector word, or a
//    name headed by a statistic word, is not evidence;
//  - score: BM25 (MiniSearch) of the item's name (and half its description) against each asset's
//    profile — its name, reviewed phrases, components, the services it provides (001 Phụ lục 3) and
//    the standards that govern it (000) — over word bigrams and trigrams.
// A candidate needs evidence and a BM25 score of at least BM25_THRESHOLD; its 0–1 score is
// s / (s + k) with k set so the threshold maps to 0.6.
import MiniSearch from "minisearch";
import { ngrams, occurrences, prepare, subjectOf, termText, wordsOf, type PreparedText } from "./text.js";
import { foldText, VOCABULARY, type AssetVocabulary, type Vocabulary } from "./vocabulary.js";
import type { Evidence, LocalItem, NationalAsset, NationalCandidate, Where } from "./types.js";

export const BM25_THRESHOLD = 20;
const K = (BM25_THRESHOLD * 0.4) / 0.6;
export const normalisedScore = (bm25: number): number => Math.round((100 * bm25) / (bm25 + K)) / 100;
const DESCRIPTION_WEIGHT = 0.5;
/** Description matches count only for phrases this long: two-word phrases ("công dân") are too common in prose. */
const MIN_DESCRIPTION_PHRASE_WORDS = 3;

export const NATIONAL_RULE =
    "An item duplicates a national database or system when its name contains a reviewed phrase denoting that asset's records " +
    "(001 Phụ lục 1 purpose, Phụ lục 3 services, 000 §1 components and standards; synonyms and abbreviations expanded, text folded), " +
    "or its description contains such a phrase of three words or more, or its whole subject is the asset's record noun ('CSDL về giá' → giá); " +
    "phrases headed by a facility or sector word ('cơ sở trợ giúp xã hội', 'ngành BHXH') and names headed by a statistic ('số lượng', 'tỷ lệ', 'chỉ số') do not count; " +
    `and BM25 (MiniSearch, word bigrams and trigrams, name + ½ description) against the asset's profile is at least ${BM25_THRESHOLD} (score 0.6). ` +
    "A land component wins over the land database; the owner's own listing is OWN_LISTING, not a copy.";

interface Profile {
    id: string;
    phrases: string;
    name: string;
    context: string;
    purpose: string;
}

const dropOwner = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, "");
const dropParenthesis = (s: string): string => s.replace(/\([^)]*\)/g, " ");

export function assetProfile(a: NationalAsset, v: AssetVocabulary | undefined): Profile {
    return {
        id: a.id,
        phrases: [...(v?.phrases ?? []), ...(v?.wholeSubject ?? [])].map((p) => p.text).join(" ; "),
        name: dropOwner(a.name),
        context: [...a.services.map(dropParenthesis), ...a.standards.map((s) => `${s.data} ; ${s.content}`)].join(" ; "),
        purpose: a.purpose ?? "",
    };
}

/** Document numbers in a legal instrument ("Thông tư 75/2015/TT-BTNMT", "QCVN 109:2017/BTTTT"). */
export function instrumentNumbers(text: string): string[] {
    return [...foldText(text).matchAll(/\b(?:qcvn )?\d+(?: \d+)+ [a-z]+(?: [a-z]+)*/g)].map((m) => m[0].replace(/ (ngay|cua|thang|nam)\b.*$/, ""));
}

export interface NationalMatcher {
    match(item: LocalItem): NationalCandidate[];
}

export interface MatcherOptions {
    vocabulary?: Vocabulary;
    threshold?: number;
    /** Measurement only: score alone, without the reviewed evidence (see README's comparison). */
    scoreOnly?: boolean;
}

export function createNationalMatcher(assets: NationalAsset[], places: string[], options: MatcherOptions = {}): NationalMatcher {
    const vocab = options.vocabulary ?? VOCABULARY;
    const threshold = options.threshold ?? BM25_THRESHOLD;
    const eligible = assets.filter((a) => vocab.assets.has(a.id));
    const byId = new Map(assets.map((a) => [a.id, a]));
    const index = new MiniSearch<Profile>({ fields: ["phrases", "name", "context", "purpose"], tokenize: (text) => ngrams(text), processTerm: (t) => t });
    index.addAll(eligible.map((a) => assetProfile(a, vocab.assets.get(a.id))));
    const boost = { phrases: 3, name: 2, context: 1, purpose: 0.5 };
    const placeWords = places.map((p) => wordsOf(foldText(p))).filter((p) => p.length > 0);
    const standardNumbers = new Map(assets.map((a) => [a.id, a.standards.flatMap((s) => instrumentNumbers(s.instrument))]));
    const top = (id: string): string => byId.get(id)?.parentId ?? id;

    const bm25 = (text: string, prepared: PreparedText): Map<string, { score: number; terms: string[] }> => {
        const query = [text, ...prepared.synonyms.map((s) => s.means.text)].join(" ; ");
        // MiniSearch multiplies BM25 by the number of query terms matched; the plain BM25 sum is kept.
        return new Map(index.search(query, { boost, combineWith: "OR" }).map((r) => [String(r.id), { score: r.score / Math.max(1, r.queryTerms.length), terms: r.terms }]));
    };

    return {
        match(item) {
            const name = prepare(item.name, vocab);
            const description = prepare(item.description, vocab);
            const subject = subjectOf(item.name, vocab, placeWords);
            const subjectKey = subject.join(" ");
            // A name headed by a statistic or a facility lists counts or establishments, not records.
            if (!options.scoreOnly && vocab.notRecords.some((c) => occurrences(subject, wordsOf(c.key)).includes(0))) return [];
            const byName = bm25(item.name, name);
            const byDescription = item.description ? bm25(item.description, description) : new Map<string, { score: number; terms: string[] }>();
            const found: NationalCandidate[] = [];
            for (const asset of eligible) {
                const v = vocab.assets.get(asset.id)!;
                const evidence = [...phraseEvidence(v, name, "NAME", vocab), ...phraseEvidence(v, description, "DESCRIPTION", vocab)];
                for (const w of v.wholeSubject) if (subjectKey === w.key) evidence.push({ phrase: w.text, where: "NAME", via: "WHOLE_SUBJECT", found: w.text });
                if (evidence.length === 0 && !options.scoreOnly) continue;
                const s1 = byName.get(asset.id);
                const s2 = byDescription.get(asset.id);
                const score = (s1?.score ?? 0) + DESCRIPTION_WEIGHT * (s2?.score ?? 0);
                if (score < threshold || score === 0) continue;
                const legal = item.legalBasis ? foldText(item.legalBasis) : "";
                for (const n of standardNumbers.get(asset.id) ?? []) if (legal.includes(n)) evidence.push({ phrase: n.toUpperCase(), where: "LEGAL_BASIS", via: "STANDARD", found: item.legalBasis! });
                const matchedTerms = [...new Set([...(s1?.terms ?? []), ...(s2?.terms ?? [])])].map(termText);
                const owners = new Set([...asset.ownerIds, ...(asset.parentId ? (byId.get(asset.parentId)?.ownerIds ?? []) : [])]);
                const kind = owners.has(item.agencyId) || owners.has(item.accountableId) ? "OWN_LISTING" : "COPY";
                found.push({
                    itemId: item.id, assetId: asset.id, nationalAssetId: top(asset.id), kind, bm25: Math.round(score * 100) / 100, score: normalisedScore(score),
                    matchedTerms, evidence, reason: explain(item, asset, evidence, v, kind, byId),
                });
            }
            // The most specific asset: a land component replaces the land database it belongs to.
            const components = new Set(found.filter((c) => c.assetId !== c.nationalAssetId).map((c) => c.nationalAssetId));
            return found.filter((c) => !components.has(c.assetId)).sort((a, b) => b.score - a.score || a.assetId.localeCompare(b.assetId));
        },
    };
}

/** True when `words` just before position `end` are `cue`. */
const endsAt = (words: string[], end: number, cue: string[]): boolean => end >= cue.length && cue.every((w, k) => words[end - cue.length + k] === w);

function phraseEvidence(v: AssetVocabulary, text: PreparedText, where: Where, vocab: Vocabulary): Evidence[] {
    const out: Evidence[] = [];
    // "cơ sở trợ giúp xã hội": the phrase right after a facility or sector word names something else.
    const blockedAt = (at: number): boolean => vocab.notRecords.some((c) => c.kind !== "STATISTIC" && endsAt(text.words, at, wordsOf(c.key)));
    const insideExclusion = (at: number, len: number): boolean =>
        v.notWhenPartOf.some((x) => {
            const xw = wordsOf(x.key);
            return occurrences(text.words, xw).some((s) => s <= at && at + len <= s + xw.length);
        });
    for (const p of v.phrases) {
        const pw = wordsOf(p.key);
        if (where === "DESCRIPTION" && pw.length < MIN_DESCRIPTION_PHRASE_WORDS) continue;
        const direct = occurrences(text.words, pw).filter((at) => !blockedAt(at) && !insideExclusion(at, pw.length));
        if (direct.length > 0) {
            out.push({ phrase: p.text, where, via: "PHRASE", found: p.text });
            continue;
        }
        const viaSynonym = text.synonyms.find((s) => occurrences(wordsOf(s.means.key), pw).length > 0 && !blockedAt(s.at));
        if (viaSynonym) out.push({ phrase: p.text, where, via: "SYNONYM", found: viaSynonym.found.text });
    }
    return out;
}

function explain(item: LocalItem, asset: NationalAsset, evidence: Evidence[], v: AssetVocabulary, kind: NationalCandidate["kind"], byId: Map<string, NationalAsset>): string {
    const said = evidence
        .filter((e) => e.via !== "STANDARD")
        .map((e) => {
            const where = e.where === "NAME" ? "its name" : "its description";
            if (e.via === "SYNONYM") return `${where} says "${e.found}", a synonym of "${e.phrase}"`;
            if (e.via === "WHOLE_SUBJECT") return `its name is about "${e.phrase}" and nothing else`;
            return `${where} names "${e.phrase}"`;
        });
    const legal = evidence.filter((e) => e.via === "STANDARD").map((e) => `its legal basis cites ${e.phrase}, the standard governing it`);
    const parent = asset.parentId ? `, a component of ${byId.get(asset.parentId)?.name ?? asset.parentId}` : "";
    const what = kind === "OWN_LISTING" ? "is the owner's own listing of" : "repeats records held by";
    return `"${item.name}" (${item.agencyName}) ${what} ${asset.name}${parent}: ${[...said, ...legal].join("; ")}. Why that phrase means this asset: ${v.reason}`;
}
