// Links each reported list (catalogues, open-data plans and providers, §5 progress items) to the
// Decision 17 target it measures, by one of two rules recorded on the link:
//  - a catalogue list → the one target whose wording names "danh mục cơ sở dữ liệu"; an open-data
//    plan or provider list → the one target naming "dữ liệu mở";
//  - a §5 progress item → the target whose wording shares the most words with the item's sentence
//    (Dice ≥ 0.25, margin ≥ 0.05 over the runner-up).
// Anything else stays unlinked.
import { dice, fold, tokens } from "../lib/text.js";
import type { AgencyListRecord, ParsedSource, TargetRecord } from "./types.js";

const KIND_PHRASE: Partial<Record<AgencyListRecord["kind"], string>> = {
    CATALOGUE_PUBLISHED: "danh muc co so du lieu",
    OPEN_DATA_PLAN: "du lieu mo",
    OPEN_DATA_PROVIDER: "du lieu mo",
};

function byPhrase(list: AgencyListRecord, targets: TargetRecord[]): { t: TargetRecord; score: number; rule: string } | undefined {
    const phrase = KIND_PHRASE[list.kind];
    if (!phrase) return undefined;
    const hits = targets.filter((t) => fold(t.text).includes(phrase));
    return hits.length === 1 ? { t: hits[0]!, score: 1, rule: `the only target whose wording names "${phrase}"` } : undefined;
}

function byOverlap(list: AgencyListRecord, targets: TargetRecord[]): { t: TargetRecord; score: number; rule: string } | undefined {
    const words = tokens(list.title);
    const scored = targets.map((t) => ({ t, score: dice(words, tokens(t.text)) })).sort((a, b) => b.score - a.score);
    const [top, next] = scored;
    if (!top || top.score < 0.25 || (next && top.score - next.score < 0.05)) return undefined;
    return { ...top, rule: "best word overlap with the target's wording (Dice ≥ 0.25, margin ≥ 0.05)" };
}

export function linkTargets(sources: ParsedSource[]): void {
    const targets = sources.flatMap((s) => s.targets);
    for (const s of sources) {
        for (const list of s.lists) {
            const hit = list.kind === "TARGET_PROGRESS" ? byOverlap(list, targets) : byPhrase(list, targets);
            if (hit) s.targetLinks.push({ targetId: hit.t.id, listId: list.id, rule: hit.rule, score: Math.round(hit.score * 1000) / 1000, citation: list.citation });
        }
    }
}
