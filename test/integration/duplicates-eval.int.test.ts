// Precision and recall of the duplicate rules on labelled data, through the real paths: each labelled
// inventory (test/fixtures/duplicates/, converted to the import format) is imported with the editor
// mutation into a transaction that is rolled back afterwards, and the answers are the GraphQL
// questions' (duplicateCandidates, duplicateClusters). Điện Biên's 132 datasets are judged against
// the national assets by dien-bien-labels.csv. The dev set (labels the matcher was developed with)
// must reach 0.85 precision and 0.80 recall; the held-out inventory (written blind, never used to
// tune) is reported beside it, with a regression floor.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { evaluateClusters, evaluateNational, type GoldItem } from "../../src/modules/inventory/duplicates/rules/evaluate.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { datasetGold, inventoryGold } from "../helpers/labelled-inventory.js";
import { openRollbackScope, postGraphQL, testDriver, type RollbackScope } from "../helpers/neo4j.js";

const DIR = path.join(PROJECT_ROOT, "test/fixtures/duplicates");
const read = (f: string): string => readFileSync(path.join(DIR, f), "utf8");
const PRECISION = 0.85;
const RECALL = 0.8;
const HOLDOUT_FLOOR = 0.8;
/** Blind measurement 0.793: the floor keeps that level, the gap to 0.85 is stated in README. */
const HOLDOUT3_FLOOR = 0.75;
/** The bar, met by the fourth set's first (blind) measurement: 0.867 / 0.963. */
const HOLDOUT4_FLOOR_PRECISION = PRECISION;
const HOLDOUT4_FLOOR_RECALL = RECALL;

let driver: Driver;
beforeAll(() => {
    driver = testDriver();
});
afterAll(() => driver.close());

type Candidate = { itemId: string; databaseId: string; nationalAssetId: string; source: { file: string; locator: string } };

/** Imports one labelled inventory in a rolled-back transaction and returns the answers and the gold. */
async function answersFor(name: string) {
    const scope: RollbackScope = await openRollbackScope(driver);
    const server: RunningServer = await (await createServer({ driver, executor: scope.tx, auth: { secret: TEST_SECRET } })).listen(0);
    try {
        const file = `${name}.import.csv`;
        const imported = await postGraphQL(
            server.url,
            `mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries created } }`,
            { f: file, c: read(file) },
            { authorization: `Bearer ${await token("evaluation", ["editor"])}` },
        );
        expect(imported.errors).toBeUndefined();
        const cands = await postGraphQL(
            server.url,
            `{ duplicateCandidates(kinds: [COPY, OWN_LISTING], limit: null) { total candidates { itemId databaseId nationalAssetId source { file locator } } } }`,
        );
        expect(cands.errors).toBeUndefined();
        const clusters = await postGraphQL(server.url, `{ duplicateClusters(limit: null) { clusters { members { itemId } } } }`);
        expect(clusters.errors).toBeUndefined();
        const candidates = cands.data!.duplicateCandidates.candidates as Candidate[];
        const all = await postGraphQL(server.url, `{ duplicateCandidates(kinds: [COPY, OWN_LISTING, CROSS_AGENCY], minScore: 0, limit: null) { candidates { itemId source { file locator } } } }`);
        // Gold keyed by the item id the import gave each row (through its citation).
        const rowToItem = new Map((all.data!.duplicateCandidates.candidates as Candidate[]).filter((c) => c.source.file === file).map((c) => [c.source.locator, c.itemId]));
        const entryIds = await scope.tx.run("MATCH (e:InventoryEntry {file: $file}) RETURN e.id AS id, e.locator AS locator", { file });
        for (const r of entryIds.records) rowToItem.set(r.get("locator"), r.get("id"));
        const gold: GoldItem[] = [...inventoryGold(read(`${name}.csv`)).entries()].map(([row, g]) => ({ itemId: rowToItem.get(row)!, ...g }));
        expect(gold.every((g) => g.itemId)).toBe(true);
        return {
            candidates, gold, clusters: (clusters.data!.duplicateClusters.clusters as { members: { itemId: string }[] }[]).map((c) => c.members.map((m) => m.itemId)),
        };
    } finally {
        await server.stop();
        await scope.rollback();
    }
}

const parents = new Map<string, string>();
const topOf = (id: string): string => parents.get(id) ?? id;
const line = (label: string, e: { precision: number; recall: number; truePositives: number; falsePositives: number; falseNegatives: number }) =>
    `${label.padEnd(34)} precision ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  (tp ${e.truePositives}, fp ${e.falsePositives}, fn ${e.falseNegatives})`;

/** Imports one held-out inventory, prints its figures and its errors, and returns the national scores. */
async function measureHeldOut(name: string, title: string) {
    const h = await answersFor(name);
    const national = evaluateNational(h.candidates.map((c) => ({ itemId: c.itemId, assetId: c.databaseId })), h.gold, topOf);
    const clusters = evaluateClusters(h.clusters, h.gold);
    console.log(
        [
            title,
            line("  national", national),
            line("  national, strict", national.strict),
            line("  clusters (pairs)", clusters),
            ...national.falsePositivePairs.map((p) => `    false positive: ${p}`),
            ...national.falseNegativePairs.map((p) => `    missed: ${p}`),
            ...clusters.falsePositivePairs.map((p) => `    cluster false positive: ${p}`),
            ...clusters.falseNegativePairs.map((p) => `    cluster missed: ${p}`),
        ].join("\n"),
    );
    return { h, national };
}

describe("duplicate rules, measured", () => {
    let dev: Awaited<ReturnType<typeof answersFor>>;
    beforeAll(async () => {
        const rows = await driver.executeQuery("MATCH (c:Asset)-[:PART_OF]->(p:Asset) RETURN c.id AS c, p.id AS p");
        for (const r of rows.records) parents.set(r.get("c"), r.get("p"));
        dev = await answersFor("inventory-dev");
    });

    it(`dev set: precision ≥ ${PRECISION} and recall ≥ ${RECALL} against the national assets (Điện Biên datasets + dev inventory)`, () => {
        const pairs = dev.candidates.map((c) => ({ itemId: c.itemId, assetId: c.databaseId }));
        const datasets = evaluateNational(pairs, datasetGold(read("dien-bien-labels.csv")), topOf);
        const inventory = evaluateNational(pairs, dev.gold, topOf);
        const both = evaluateNational(pairs, [...datasetGold(read("dien-bien-labels.csv")), ...dev.gold], topOf);
        const clusters = evaluateClusters(dev.clusters, dev.gold);
        console.log(
            [
                "[duplicates] dev set (components rolled up to their national database; strict = most specific asset)",
                line("  Điện Biên datasets (132)", datasets),
                line("  dev inventory", inventory),
                line("  dev, both", both),
                line("  dev, both, strict", both.strict),
                line("  clusters (pairs, dev inventory)", clusters),
                ...both.falsePositivePairs.map((p) => `    false positive: ${p}`),
                ...both.falseNegativePairs.map((p) => `    missed: ${p}`),
            ].join("\n"),
        );
        expect(both.precision).toBeGreaterThanOrEqual(PRECISION);
        expect(both.recall).toBeGreaterThanOrEqual(RECALL);
    });

    it("held-out inventory (written blind, never tuned on): reported beside the dev figures", async () => {
        const { h, national } = await measureHeldOut("inventory-holdout", "[duplicates] held-out inventory");
        expect(h.gold.length).toBe(50);
        // A regression guard, not a target: set after the first blind measurement (precision 0.833,
        // recall 0.952 on 2026-12-01) and never used to tune the rule.
        expect(national.precision).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
        expect(national.recall).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
    });

    it("second held-out inventory: reported, with a regression floor", async () => {
        // Written blind by a third labeler. Measured blind first at precision 0.778 / recall 0.913; the
        // rule then gained head-noun cues (requests, guidance, inspections, complaints, forecasts…),
        // container nouns (danh mục, hồ sơ, kho) and "giá cả thị trường", so this set is no longer blind.
        const { h, national } = await measureHeldOut("inventory-holdout2", "[duplicates] second held-out inventory");
        expect(h.gold.length).toBe(55);
        expect(national.precision).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
        expect(national.recall).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
    });

    it("third held-out inventory (blind: written after the rule's last change): reported, with a floor", async () => {
        // Written by a fourth labeler who saw neither the matcher nor the other label sets, after the
        // rule's last change; measured blind on 2026-12-01 at precision 0.793 / recall 0.920 — below the
        // issue's 0.85 precision. Several of its negatives are named like registers and only their
        // descriptions say otherwise ("judge by the description"), which the rule does not read well.
        // The floor guards against regressions; it is not the bar (see README).
        const { h, national } = await measureHeldOut("inventory-holdout3", "[duplicates] third held-out inventory (blind)");
        expect(h.gold.length).toBe(58);
        expect(national.precision).toBeGreaterThanOrEqual(HOLDOUT3_FLOOR);
        expect(national.recall).toBeGreaterThanOrEqual(RECALL);
    });

    it("fourth held-out inventory (blind: written after the rule's last change, 2026-12-01): reported, with a floor", async () => {
        // Written by a fifth labeler from the reports and holdout3's decision rules only, after the
        // vocabulary's last change (training/analysis cues, customs value, inspection units) and the
        // cluster change (most specific asset; cohesive groups); this file is its first measurement.
        const { h, national } = await measureHeldOut("inventory-holdout4", "[duplicates] fourth held-out inventory (blind)");
        expect(h.gold.length).toBe(63);
        expect(national.precision).toBeGreaterThanOrEqual(HOLDOUT4_FLOOR_PRECISION);
        expect(national.recall).toBeGreaterThanOrEqual(HOLDOUT4_FLOOR_RECALL);
    });
});
