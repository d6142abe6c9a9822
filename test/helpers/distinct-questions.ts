// Thousands of distinct, valid read questions, as a busy morning of the explorer (or a crawler) asks
// them: every purpose-built question of the explorer's own operations (explorer/operations.graphql)
// over its inputs — each asset, agency and service of the graph, each tier, era, snapshot, status,
// depth, page size, direction and search prefix — with no (document, variables) pair repeated.
// Invalid combinations (an E2025 question for a tier the 2025 map does not have, an official link in
// the June 2023 column) are left out: every question here has an answer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { PROJECT_ROOT } from "../../src/config.js";

export interface Question {
    operationName: string;
    query: string;
    variables: Record<string, unknown>;
}

type Ask = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: Record<string, any>; errors?: unknown[] }>;

const TIERS = ["MINISTRY", "MINISTRY_OR_AGENCY", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ENTERPRISE"] as const;
const ERA_TIERS = ["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY"] as const;
const ERAS = ["E2023", "E2025"] as const;
const SNAPSHOTS = [null, "Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"] as const;

/** Each named operation of the explorer, printed with the fragments it uses. */
export function explorerOperations(): Map<string, string> {
    const doc = parse(readFileSync(path.join(PROJECT_ROOT, "explorer", "operations.graphql"), "utf8"));
    const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const used = (node: DefinitionNode, seen = new Set<string>()): Set<string> => {
        for (const m of print(node).matchAll(/\.\.\.(\w+)/g)) {
            if (!seen.has(m[1]!) && fragments.has(m[1]!)) {
                seen.add(m[1]!);
                used(fragments.get(m[1]!)!, seen);
            }
        }
        return seen;
    };
    const ops = new Map<string, string>();
    for (const d of doc.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION || !(d as OperationDefinitionNode).name) continue;
        const names = [...used(d)];
        ops.set((d as OperationDefinitionNode).name!.value, [print(d), ...names.map((n) => print(fragments.get(n)!))].join("\n"));
    }
    return ops;
}

const product = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b) => [a, b] as [A, B]));

/** Round-robin over the question families, so any prefix of the list mixes every kind of question. */
function interleave<T>(lists: T[][]): T[] {
    const out: T[] = [];
    for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
    return out;
}

/** At least `min` distinct questions over the graph `ask` reaches (fewer only if the graph is tiny). */
export async function distinctQuestions(ask: Ask, min = 10_000): Promise<Question[]> {
    const ops = explorerOperations();
    const inputs = await ask(`{ assets(sort: [{ id: ASC }]) { id number code name } agencies(sort: [{ id: ASC }]) { id kind name } agencies2025(sort: [{ id: ASC }]) { id kind name } services(sort: [{ id: ASC }]) { id number } }`);
    if (inputs.errors?.length || !inputs.data) throw new Error(`could not read the inputs: ${JSON.stringify(inputs.errors)}`);
    const assets = inputs.data.assets as { id: string; number: number | null; code: string | null; name: string }[];
    const agencies = inputs.data.agencies as { id: string; kind: string; name: string }[];
    const agencies2025 = inputs.data.agencies2025 as { id: string; kind: string; name: string }[];
    const services = inputs.data.services as { id: string; number: number | null }[];
    const assetRefs = [...new Set(assets.flatMap((a) => [a.id, a.name, ...(a.number !== null ? [String(a.number)] : []), ...(a.code ? [a.code] : [])]))];
    const q = (operationName: string, variables: Record<string, unknown>): Question => {
        const query = ops.get(operationName);
        if (!query) throw new Error(`explorer/operations.graphql has no ${operationName}`);
        return { operationName, query, variables };
    };
    const tiersOf = (era: string) => (era === "E2025" ? ERA_TIERS : TIERS);
    const families: Question[][] = [
        // Coverage gaps: asset × tier × status × snapshot × era (the valid ones).
        product(assetRefs, ERAS).flatMap(([asset, era]) =>
            product(tiersOf(era), product(["OFFICIAL", "ANY"] as const, SNAPSHOTS))
                .filter(([, [status, snapshot]]) => !(status === "OFFICIAL" && snapshot === "JUNE_2023"))
                .map(([tier, [status, snapshot]]) => q("ExplorerGaps", { asset, tier, status, snapshot, era })),
        ),
        product(assetRefs, [1, 2, 3, 4, 5]).map(([asset, depth]) => q("ExplorerImpact", { asset, depth })),
        [...product(agencies.map((a) => a.id), ["E2023"]), ...product(agencies2025.map((a) => a.id), ["E2025"])].map(([agency, era]) => q("ExplorerAgency", { agency, era })),
        [...agencies, ...agencies2025].map((a) => q("ExplorerAgencyDetails", { id: a.id })),
        // Neighbourhoods: every node, each direction and page size, both eras.
        product([...assets.map((a) => a.id), ...services.map((s) => s.id), ...agencies.map((a) => a.id), ...agencies2025.map((a) => a.id)], product([null, "IN", "OUT"] as const, product(ERAS, [25, 100]))).map(([node, [direction, [era, limit]]]) =>
            q("ExplorerNeighbourhood", { node, relationship: null, direction, era, limit }),
        ),
        // Paths from each province and ministry to each asset.
        product(agencies.filter((a) => a.kind !== "DEPARTMENT").map((a) => a.id), product(assets.map((a) => a.id), ["DEPENDENCY", "ANY"] as const)).map(([from, [to, mode]]) =>
            q("ExplorerPaths", { from, to, mode, maxHops: 4, era: "E2023", limit: 10 }),
        ),
        // Search: every prefix (2+ characters) of every name, typed as people type them.
        [...new Set([...agencies, ...agencies2025, ...assets].flatMap((a) => Array.from({ length: Math.min(a.name.length, 24) - 1 }, (_x, i) => a.name.slice(0, i + 2).trim())))].filter((t) => t.length >= 2).map((text) => q("ExplorerSearch", { text, types: null, era: null })),
        product(services.map((s) => String(s.number ?? s.id)), product(ERAS, [10, 50, 200])).map(([service, [era, limit]]) => q("ExplorerServiceConsumers", { service, era, limit })),
        product(agencies.map((a) => a.id), [10, 50]).map(([agency, limit]) => q("ExplorerConsumedServices", { agency, era: "E2023", limit })),
        product(ERAS, [5, 10, 50, 100, 500, 1000]).flatMap(([era, limit]) => tiersOf(era).map((tier) => q("ExplorerDeclaredVsObserved", { tier, era, limit }))),
        product(ERAS, Array.from({ length: 40 }, (_x, i) => i + 1)).map(([era, limit]) => q("ExplorerCriticality", { era, limit })),
        product(ERAS, [false, true]).flatMap(([era, rollUp]) => tiersOf(era).map((tier) => q("ExplorerMatrix", { tier, era, rollUp }))),
        ERAS.flatMap((era) => tiersOf(era).flatMap((tier) => [q("ExplorerChanges", { tier, era }), q("ExplorerUsage", { tier, era }), q("ExplorerWithoutInventory", { tier, era })])),
        ERAS.flatMap((era) => [null, ...tiersOf(era)].flatMap((tier) => ["ExplorerDuplicateCandidates", "ExplorerDuplicateClusters", "ExplorerRedundantCopies", "ExplorerMissingLinks"].map((op) => q(op, { tier, era })))),
        ERAS.flatMap((era) => [q("ExplorerTargets", { era }), q("ExplorerMissing", { era })]),
        // Missing databases against peers (the reference basis needs an imported reference catalogue).
        ERAS.flatMap((era) => (era === "E2025" ? ERA_TIERS : (["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY", "DEPARTMENT"] as const)).flatMap((tier) => [
            q("ExplorerMissingDatabases", { tier, basis: "PEERS", era, asOf: null }),
            ...["ExplorerKindHeatmap", "ExplorerCatalogueQuality", "ExplorerResponsibilityConflicts"].map((op) => q(op, { tier, era, asOf: null })),
        ])),
    ];
    const all = interleave(families);
    const seen = new Set<string>();
    const distinct = all.filter((x) => {
        const key = `${x.operationName}\0${JSON.stringify(x.variables)}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
    if (distinct.length < min) throw new Error(`only ${distinct.length} distinct questions over this graph, fewer than ${min}`);
    return distinct;
}
