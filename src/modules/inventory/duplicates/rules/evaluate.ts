// Precision and recall of the matcher against labelled data. Pure: the tests and the CLI print it.
// National duplicates are compared as (item, national asset) pairs with components rolled up to
// their parent (the labelers' rule: a land component and the land database are one national
// database for this question); `strict` compares the most specific asset as labelled.
// Clusters are compared as pairs of items placed in one cluster.

export interface GoldItem {
    itemId: string;
    /** Assets the item duplicates, as labelled (most specific); empty for none / hard negatives. */
    assets: string[];
    /** Labelled cluster, or null. */
    cluster: string | null;
}

export interface Scores {
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    precision: number;
    recall: number;
}

export interface NationalEvaluation extends Scores {
    strict: Scores;
    falsePositivePairs: string[];
    falseNegativePairs: string[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((1000 * a) / b) / 1000);

function score(predicted: Set<string>, gold: Set<string>): Scores & { fp: string[]; fn: string[] } {
    const fp = [...predicted].filter((p) => !gold.has(p));
    const fn = [...gold].filter((g) => !predicted.has(g));
    const tp = predicted.size - fp.length;
    return { truePositives: tp, falsePositives: fp.length, falseNegatives: fn.length, precision: ratio(tp, predicted.size), recall: ratio(tp, gold.size), fp, fn };
}

export function evaluateNational(predicted: { itemId: string; assetId: string }[], gold: GoldItem[], topOf: (assetId: string) => string): NationalEvaluation {
    const judged = new Set(gold.map((g) => g.itemId));
    const mine = predicted.filter((p) => judged.has(p.itemId));
    const pairs = (xs: { itemId: string; assetId: string }[], f: (a: string) => string) => new Set(xs.map((x) => `${x.itemId} → ${f(x.assetId)}`));
    const goldPairs = gold.flatMap((g) => g.assets.map((assetId) => ({ itemId: g.itemId, assetId })));
    const rolled = score(pairs(mine, topOf), pairs(goldPairs, topOf));
    const { fp: _fp, fn: _fn, ...strict } = score(pairs(mine, (a) => a), pairs(goldPairs, (a) => a));
    const { fp, fn, ...rest } = rolled;
    return { ...rest, strict, falsePositivePairs: fp, falseNegativePairs: fn };
}

/** Pairs of items (unordered) that share a cluster, among the judged items. */
function clusterPairs(groups: string[][], judged: Set<string>): Set<string> {
    const out = new Set<string>();
    for (const g of groups) {
        const members = [...new Set(g.filter((id) => judged.has(id)))].sort();
        for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) out.add(`${members[i]} ~ ${members[j]}`);
    }
    return out;
}

export function evaluateClusters(predicted: string[][], gold: GoldItem[]): Scores & { falsePositivePairs: string[]; falseNegativePairs: string[] } {
    const judged = new Set(gold.map((g) => g.itemId));
    const byCluster = new Map<string, string[]>();
    for (const g of gold) if (g.cluster) byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), g.itemId]);
    const { fp, fn, ...s } = score(clusterPairs(predicted, judged), clusterPairs([...byCluster.values()], judged));
    return { ...s, falsePositivePairs: fp, falseNegativePairs: fn };
}
