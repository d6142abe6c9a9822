// A deterministic (seeded) synthetic national-scale graph, as node/relationship rows for the same
// loader the reports use: 63 provinces, ~700 districts, ~11,000 communes, 15 departments per province,
// 31 ministries owning 200 assets, 2,000 services, connections in 3 snapshots and 12 months of usage.
// Every id starts with "syn:" and every node cites one synthetic SourceDocument.
import type { NodeRow, RelRow } from "../seed/rows.js";
import { agencyKey, fold } from "../lib/text.js";
import { agencyNameProps } from "../lib/agency-props.js";
import { rng } from "../lib/random.js";
import { viSortKey } from "../lib/collation.js";

export interface NationalOptions {
    seed?: number;
    communes?: number;
    assetsPerAgency?: number;
    months?: number;
}

export { rng } from "../lib/random.js";

const SNAPSHOTS = [["Y2022", "OFFICIAL", 0.45], ["JUNE_2023", "OFFICIAL_OR_TECHNICAL", 0.85], ["Y2024", "OFFICIAL", 0.7]] as const;
/** The day each synthetic snapshot is valid from, as the reports' columns are dated. */
const SNAPSHOT_DAY: Record<(typeof SNAPSHOTS)[number][0], string> = { Y2022: "2022-12-31", JUNE_2023: "2023-06-30", Y2024: "2024-12-31" };

const SYLLABLES = ["An", "Bình", "Hòa", "Phú", "Tân", "Long", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Phước", "Lộc", "Thuận", "Đức", "Quảng", "Vĩnh", "Minh", "Trung"];

export function nationalRows(o: NationalOptions = {}): { nodes: NodeRow[]; rels: RelRow[] } {
    const r = rng(o.seed ?? 42);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
    const name = (prefix: string, i: number): string => `${prefix} ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i}`;
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const doc = "syn:document";
    const cite = { documentId: "syn", section: "generated", locator: "row", text: "" };
    nodes.push({ id: doc, label: "SourceDocument", props: { title: "Synthetic national-scale graph (bench/national.ts)", publisher: "bench", issued: "2026-01-01", number: null, sha256: "synthetic", file: "-" } });
    const agency = (id: string, label: string, kind: string, parent?: string): string => {
        nodes.push({ id, label: "Agency", props: { ...agencyNameProps(label), era: 2023, kind } });
        rels.push({ from: id, to: doc, type: "FROM_SOURCE", key: `syn|src|${id}`, props: { ...cite, locator: id } });
        if (parent) rels.push({ from: id, to: parent, type: "PART_OF", key: `syn|part|${id}`, props: cite });
        return id;
    };
    const ministries = Array.from({ length: 31 }, (_, i) => agency(`syn:ministry:${i}`, name("Bộ", i), "MINISTRY"));
    const provinces = Array.from({ length: 63 }, (_, i) => agency(`syn:province:${i}`, name("Tỉnh", i), "PROVINCE"));
    const departments = provinces.flatMap((p, i) => Array.from({ length: 15 }, (_, k) => agency(`syn:department:${i}:${k}`, name("Sở", i * 15 + k), "DEPARTMENT", p)));
    const districts = Array.from({ length: 700 }, (_, i) => agency(`syn:district:${i}`, name("Huyện", i), "DISTRICT", provinces[i % 63]));
    const communes = Array.from({ length: o.communes ?? 11_000 }, (_, i) => agency(`syn:commune:${i}`, name("Xã", i), "COMMUNE", districts[i % 700]));
    const assets = Array.from({ length: 200 }, (_, i) => {
        const id = `syn:asset:${i}`;
        const label = `${i % 3 === 0 ? "Cơ sở dữ liệu" : "Hệ thống"} ${pick(SYLLABLES)} ${i}`;
        nodes.push({ id, label: "Asset", props: { name: label, sortName: viSortKey(label), foldedName: fold(label), kind: i % 3 === 0 ? "DATABASE" : "SYSTEM", number: 1000 + i, code: null, purpose: null, isNational: i < 40, nameKeys: [agencyKey(label)], searchText: fold(label) } });
        rels.push({ from: ministries[i % 31]!, to: id, type: "OWNS", key: `syn|own|${i}`, props: { ...cite, rule: "synthetic" } });
        return id;
    });
    for (let s = 0; s < 2000; s++) {
        const id = `syn:service:${s}`;
        const label = `Dịch vụ ${pick(SYLLABLES)} ${s}`;
        nodes.push({ id, label: "Service", props: { number: 1000 + s, name: label, transactions: Math.floor(r() * 1e6), errorRatePercent: Math.round(r() * 500) / 100, period: "synthetic", searchText: fold(label) } });
        rels.push({ from: id, to: assets[s % 200]!, type: "PROVIDED_BY", key: `syn|prov|${s}`, props: { ...cite, rule: "synthetic", score: 1 } });
        if (r() < 0.3) rels.push({ from: id, to: pick(assets), type: "CONSUMED_BY", key: `syn|cons|${s}`, props: { ...cite, rule: "synthetic", score: 1 } });
    }
    const perAgency = o.assetsPerAgency ?? 30;
    const all = [...provinces, ...departments, ...districts, ...communes];
    for (const a of all) {
        // Distinct assets per agency: one connection fact per agency, asset and snapshot.
        const picked = new Set<string>();
        while (picked.size < perAgency) picked.add(assets[Math.floor(r() * 200)]!);
        for (const asset of picked) {
            for (const [snapshot, status, p] of SNAPSHOTS) {
                if (r() < p) rels.push({ from: a, to: asset, type: "CONNECTED_TO", key: `syn|conn|${a}|${asset}|${snapshot}`, props: { ...cite, snapshot, status, validFrom: SNAPSHOT_DAY[snapshot] } });
            }
        }
        // Each snapshot covers every agency (valid time for `asOf`: a link it does not list was not there).
        for (const [snapshot] of SNAPSHOTS) rels.push({ from: a, to: doc, type: "REPORTED_IN", key: `syn|reported|${a}|${snapshot}`, props: { ...cite, snapshot, validFrom: SNAPSHOT_DAY[snapshot] } });
    }
    const months = o.months ?? 12;
    for (const a of all) {
        for (let m = 1; m <= months; m++) {
            const id = `syn:usage:${a}:${m}`;
            nodes.push({ id, label: "Figure", props: { metric: "ndxp-transactions-monthly", value: Math.floor(r() * 1e5), unit: "transactions", rank: null, period: `2024-${String(m).padStart(2, "0")}`, asOf: null, subjectId: a } });
            rels.push({ from: id, to: a, type: "ABOUT", key: `syn|about|${id}`, props: cite });
        }
    }
    return { nodes, rels };
}
