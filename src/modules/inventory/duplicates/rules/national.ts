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
import { ngrams, PhraseIndex, prepare, shownTerm, subjectOf, subjectSkipIndex, surfaceTerms, wordsOf, type PreparedText } from "./text.js";
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
    const profiles = eligible.map((a) => assetProfile(a, vocab.assets.get(a.id)));
    index.addAll(profiles);
    // Only terms some profile has can score: the rest are dropped before searching (most of an item's terms).
    const known = new Set(profiles.flatMap((p) => [p.phrases, p.name, p.context, p.purpose].flatMap((f) => ngrams(f))));
    const boost = { phrases: 3, name: 2, context: 1, purpose: 0.5 };
    const skip = subjectSkipIndex(vocab, places.map((p) => wordsOf(foldText(p))).filter((p) => p.length > 0));
    const standardNumbers = new Map(assets.map((a) => [a.id, a.standards.flatMap((s) => instrumentNumbers(s.instrument))]));
    const top = (id: string): string => byId.get(id)?.parentId ?? id;
    // Compiled once: every asset phrase by its first word; which phrases each synonym stands for; the cues.
    const phrases = new PhraseIndex(eligible.flatMap((a) => vocab.assets.get(a.id)!.phrases.map((p) => ({ words: wordsOf(p.key), value: { assetId: a.id, phrase: p } }))));
    const exclusions = new PhraseIndex(eligible.flatMap((a) => vocab.assets.get(a.id)!.notWhenPartOf.map((p) => ({ words: wordsOf(p.key), value: a.id }))));
    const synonymPhrases = new Map(vocab.synonyms.map((s) => [s.key, phrases.find(wordsOf(s.means.key))]));
    const cues = new PhraseIndex(vocab.notRecords.map((c) => ({ words: wordsOf(c.key), value: c })));
    const wholeSubjects = new Map<string, { assetId: string; text: string }[]>();
    for (const a of eligible) for (const w of vocab.assets.get(a.id)!.wholeSubject) wholeSubjects.set(w.key, [...(wholeSubjects.get(w.key) ?? []), { assetId: a.id, text: w.text }]);

    const bm25 = (text: string, prepared: PreparedText): Map<string, { score: number; terms: string[] }> => {
        const terms = [text, ...prepared.synonyms.map((s) => s.means.text)].flatMap((t) => ngrams(t)).filter((t) => known.has(t));
        if (terms.length === 0) return new Map();
        // MiniSearch multiplies BM25 by the number of query terms matched; the plain BM25 sum is kept.
        return new Map(
            index.search(terms.join(" "), { boost, combineWith: "OR", tokenize: (q) => q.split(" ") }).map((r) => [String(r.id), { score: r.score / Math.max(1, r.queryTerms.length), terms: r.terms }]),
        );
    };

    /** Evidence per asset found in one text. */
    const evidenceIn = (text: PreparedText, where: Where, into: Map<string, Evidence[]>): void => {
        // "cơ sở trợ giúp xã hội": a phrase right after a facility or sector word names something else.
        // (Statistics, applicants, awards and training cues only count at the head of a name.)
        const cueEnds = new Set(cues.find(text.words).filter((h) => h.value.kind === "FACILITY" || h.value.kind === "SECTOR").map((h) => h.at + h.length));
        const excluded = exclusions.find(text.words);
        const add = (assetId: string, e: Evidence): void => {
            const list = into.get(assetId) ?? [];
            if (!list.some((x) => x.phrase === e.phrase && x.where === e.where)) list.push(e);
            into.set(assetId, list);
        };
        for (const h of phrases.find(text.words)) {
            if (where === "DESCRIPTION" && h.length < MIN_DESCRIPTION_PHRASE_WORDS) continue;
            if (cueEnds.has(h.at)) continue;
            if (excluded.some((x) => x.value === h.value.assetId && x.at <= h.at && h.at + h.length <= x.at + x.length)) continue;
            add(h.value.assetId, { phrase: h.value.phrase.text, where, via: "PHRASE", found: h.value.phrase.text });
        }
        for (const s of text.synonyms) {
            if (cueEnds.has(s.at)) continue;
            for (const h of synonymPhrases.get(s.found.key) ?? []) {
                if (where === "DESCRIPTION" && h.length < MIN_DESCRIPTION_PHRASE_WORDS) continue;
                if (!(into.get(h.value.assetId) ?? []).some((e) => e.phrase === h.value.phrase.text && e.where === where)) add(h.value.assetId, { phrase: h.value.phrase.text, where, via: "SYNONYM", found: s.found.text });
            }
        }
    };

    return {
        match(item) {
            const name = prepare(item.name, vocab);
            const subject = subjectOf(item.name, vocab, skip);
            // A name headed by a statistic or a facility lists counts or establishments, not records.
            if (!options.scoreOnly && cues.longestAt(subject, 0)) return [];
            const description = prepare(item.description, vocab);
            const evidence = new Map<string, Evidence[]>();
            evidenceIn(name, "NAME", evidence);
            evidenceIn(description, "DESCRIPTION", evidence);
            for (const w of wholeSubjects.get(subject.join(" ")) ?? []) evidence.set(w.assetId, [...(evidence.get(w.assetId) ?? []), { phrase: w.text, where: "NAME", via: "WHOLE_SUBJECT", found: w.text }]);
            // Scoring costs two searches: only items with evidence pay it.
            if (evidence.size === 0 && !options.scoreOnly) return [];
            const byName = bm25(item.name, name);
            const byDescription = item.description ? bm25(item.description, description) : new Map<string, { score: number; terms: string[] }>();
            const found: NationalCandidate[] = [];
            let surface: Map<string, string> | undefined;
            for (const asset of options.scoreOnly ? eligible : eligible.filter((a) => evidence.has(a.id))) {
                const ev = [...(evidence.get(asset.id) ?? [])];
                const s1 = byName.get(asset.id);
                const s2 = byDescription.get(asset.id);
                const score = (s1?.score ?? 0) + DESCRIPTION_WEIGHT * (s2?.score ?? 0);
                if (score < threshold || score === 0) continue;
                const legal = item.legalBasis ? foldText(item.legalBasis) : "";
                for (const n of standardNumbers.get(asset.id) ?? []) if (legal.includes(n)) ev.push({ phrase: n.toUpperCase(), where: "LEGAL_BASIS", via: "STANDARD", found: item.legalBasis! });
                // Shown as the item wrote them (or as the synonym's reviewed phrase is written), with diacritics.
                surface ??= surfaceTerms([item.name, item.description, ...name.synonyms.map((x) => x.means.text), ...description.synonyms.map((x) => x.means.text)]);
                const matchedTerms = [...new Set([...(s1?.terms ?? []), ...(s2?.terms ?? [])].map((t) => shownTerm(t, surface!)))];
                const owners = new Set([...asset.ownerIds, ...(asset.parentId ? (byId.get(asset.parentId)?.ownerIds ?? []) : [])]);
                const kind = owners.has(item.agencyId) || owners.has(item.accountableId) ? "OWN_LISTING" : "COPY";
                found.push({
                    itemId: item.id, assetId: asset.id, nationalAssetId: top(asset.id), kind, bm25: Math.round(score * 100) / 100, score: normalisedScore(score),
                    matchedTerms, evidence: ev, reason: explain(item, asset, ev, vocab.assets.get(asset.id)!, kind, byId),
                });
            }
            // The most specific asset: a land component replaces the land database it belongs to.
            const components = new Set(found.filter((c) => c.assetId !== c.nationalAssetId).map((c) => c.nationalAssetId));
            return found.filter((c) => !components.has(c.assetId)).sort((a, b) => b.score - a.score || a.assetId.localeCompare(b.assetId));
        },
    };
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
