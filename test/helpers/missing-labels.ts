// The labelled catalogues of test/fixtures/missing/ (README-labels.md): the import file they become
// (the label columns dropped, row order kept, so row N of one is row N of the other) and their gold
// answers — missing (province, kind) pairs, unstructured rows, conflicting row pairs — and the scorer.
import { agencyKey } from "../../lib/text.js";
import { readCsv } from "../../lib/csv.js";
import { readLabelled } from "./labelled-inventory.js";

const IMPORT_COLUMNS = ["agency", "name", "description", "status", "fields", "legal_basis", "create_department"] as const;
const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function toImport(labelText: string): string {
    const rows = readLabelled(labelText);
    return `${[IMPORT_COLUMNS.join(","), ...rows.map((r) => IMPORT_COLUMNS.map((k) => quote(r.cells[k] ?? "")).join(","))].join("\n")}\n`;
}

export interface Gold {
    /** `row N` → the row's cells. */
    rows: Map<string, Record<string, string>>;
    /** `<province key>|<gold kind>|<verdict>`. */
    missing: Set<string>;
    unstructured: Set<string>;
    /** `row A ~ row B`, A < B, rows of different agencies in one conflict group. */
    conflicts: Set<string>;
}

export const provinceKey = (name: string): string => agencyKey(name);
export const pairKey = (a: string, b: string): string => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);

export function readGold(labelText: string, missingText: string): Gold {
    const labelled = readLabelled(labelText);
    const rows = new Map(labelled.map((r) => [`row ${r.line}`, r.cells]));
    const [, ...m] = readCsv(missingText);
    const missing = new Set(m.map((r) => `${provinceKey(r.cells[0]!)}|${r.cells[1]}|${r.cells[2]}`));
    const unstructured = new Set(labelled.filter((r) => r.cells.gold_unstructured === "yes").map((r) => `row ${r.line}`));
    const groups = new Map<string, { row: string; agency: string }[]>();
    for (const r of labelled) if (r.cells.gold_conflict) groups.set(r.cells.gold_conflict, [...(groups.get(r.cells.gold_conflict) ?? []), { row: `row ${r.line}`, agency: agencyKey(r.cells.agency!) }]);
    const conflicts = new Set<string>();
    for (const g of groups.values()) for (const x of g) for (const y of g) if (x.row < y.row && x.agency !== y.agency) conflicts.add(pairKey(x.row, y.row));
    return { rows, missing, unstructured, conflicts };
}

export interface Scores {
    precision: number;
    recall: number;
    tp: number;
    fp: string[];
    fn: string[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((1000 * a) / b) / 1000);

export function score(predicted: Set<string>, gold: Set<string>): Scores {
    const fp = [...predicted].filter((p) => !gold.has(p)).sort();
    const fn = [...gold].filter((g) => !predicted.has(g)).sort();
    const tp = predicted.size - fp.length;
    return { precision: ratio(tp, predicted.size), recall: ratio(tp, gold.size), tp, fp, fn };
}

export const line = (label: string, s: Scores): string =>
    `${label.padEnd(30)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp.length}, fn ${s.fn.length})`;

/** The gold kind a predicted kind stands for: the commonest gold kind among its labelled rows, else "?". */
export function goldKindOf(rowsOfKind: string[], gold: Gold): string {
    const count = new Map<string, number>();
    for (const r of rowsOfKind) {
        const k = gold.rows.get(r)?.gold_kind;
        if (k && k !== "-") count.set(k, (count.get(k) ?? 0) + 1);
    }
    return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "?";
}
