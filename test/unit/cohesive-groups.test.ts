// cohesiveGroups (src/modules/inventory/duplicates/rules/cohesive.ts) finds the least-linked member through
// degree buckets; its groups must be exactly those of the rule as first written — scan every member per
// peel, take the least linked (the first in the component's order on ties) while it is linked to fewer
// than half of the others, group the peeled ones again — on random graphs of every density.
import { describe, expect, it } from "vitest";
import { rng } from "../../lib/random.js";
import { cohesiveGroups } from "../../src/modules/inventory/duplicates/rules/cohesive.js";

/** The rule by its definition (quadratic), the reference. */
function byDefinition(component: number[], linked: Map<number, Set<number>>): number[][] {
    const members = new Set(component);
    const degree = new Map(component.map((k) => [k, [...(linked.get(k) ?? [])].filter((j) => members.has(j)).length]));
    const peeled: number[] = [];
    for (;;) {
        let worst: number | undefined;
        for (const k of members) if (degree.get(k)! * 2 < members.size - 1 && (worst === undefined || degree.get(k)! < degree.get(worst)!)) worst = k;
        if (worst === undefined) break;
        members.delete(worst);
        peeled.push(worst);
        for (const j of linked.get(worst) ?? []) if (members.has(j)) degree.set(j, degree.get(j)! - 1);
    }
    const groups = [[...members]];
    const inside = new Set(peeled);
    const seen = new Set<number>();
    for (const start of peeled) {
        if (seen.has(start)) continue;
        const part: number[] = [];
        const stack = [start];
        seen.add(start);
        while (stack.length) {
            const k = stack.pop()!;
            part.push(k);
            for (const j of linked.get(k) ?? []) if (inside.has(j) && !seen.has(j)) (seen.add(j), stack.push(j));
        }
        groups.push(...byDefinition(part, linked));
    }
    return groups;
}

describe("cohesiveGroups", () => {
    it("gives the groups of the rule's definition on 600 random graphs (2–80 items, sparse to dense, chained cliques)", () => {
        const random = rng(29);
        let split = 0;
        for (let g = 0; g < 600; g++) {
            const n = 2 + Math.floor(random() * 79);
            const density = [0.03, 0.1, 0.3, 0.6, 0.9][g % 5]!;
            const linked = new Map<number, Set<number>>();
            const link = (a: number, b: number) => {
                if (a === b) return;
                (linked.get(a) ?? linked.set(a, new Set()).get(a)!).add(b);
                (linked.get(b) ?? linked.set(b, new Set()).get(b)!).add(a);
            };
            // Items numbered out of order (ids are item indexes in the analysis), some cliques chained by one link.
            const ids = Array.from({ length: n }, (_, i) => i * 7 + 3);
            for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (random() < density) link(ids[i]!, ids[j]!);
            if (g % 3 === 0) for (let i = 0; i + 1 < n; i += 5) link(ids[i]!, ids[i + 1]!);
            const component = [...ids].sort(() => random() - 0.5);
            const expected = byDefinition(component, linked);
            if (expected.length > 1) split += 1;
            expect(cohesiveGroups(component, linked), `graph ${g}`).toEqual(expected);
        }
        // The sample exercises peeling, not only components kept whole.
        expect(split).toBeGreaterThan(100);
    });
});
