// Node and relationship rows as the CSV files of Neo4j's offline importer (`neo4j-admin database
// import full`): the fastest first load of a large graph into an empty database, used by
// `npm run load:national` (src/neo4j/admin-import.ts). The files hold what the transactional loader
// (cypher/reports/upsert-*.cypher) would write: the same labels (Seeded, the row's label, Era2023/Era2025
// for agencies), the same properties, `seedKey` on every relationship. Column types come from the
// values: integers and fractions in one column become floats; any other disagreement (a number in one
// row, text in another), and what the importer cannot store (an empty list), is refused with the row.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { uniqueNodeIds, type NodeRow, type RelRow } from "./rows.js";

/** Separates the elements of array properties (`--array-delimiter`); refused inside an element. */
export const ARRAY_DELIMITER = "|";

export class AdminCsvError extends Error {
    override name = "AdminCsvError";
}

type ColumnType = "string" | "long" | "double" | "boolean" | "string[]" | "long[]" | "double[]";

/** The labels upsert-nodes.cypher gives a row (an agency's era label only for 2023, the default, and 2025). */
export function labelsOf(n: NodeRow): string[] {
    if (n.label !== "Agency") return ["Seeded", n.label];
    const era = n.props.era ?? 2023;
    return ["Seeded", "Agency", ...(era === 2023 ? ["Era2023"] : era === 2025 ? ["Era2025"] : [])];
}

/** The column type of a value; null for no property, undefined for a value no column can hold. */
function typeOf(v: unknown): ColumnType | null | undefined {
    if (v === null || v === undefined) return null;
    if (typeof v === "string") return "string";
    if (typeof v === "boolean") return "boolean";
    if (typeof v === "number") return Number.isInteger(v) ? "long" : "double";
    if (Array.isArray(v)) {
        if (v.length === 0) return undefined; // the importer reads an empty list as no property; the loader stores []
        const inner = new Set(v.map(typeOf));
        if ([...inner].every((t) => t === "long" || t === "double")) return inner.has("double") ? "double[]" : "long[]";
        if (inner.size === 1 && inner.has("string")) return "string[]";
    }
    return undefined;
}

/** Widens long to double (a column of both is double); any other disagreement is an error. */
function merge(a: ColumnType | undefined, b: ColumnType, where: string): ColumnType {
    if (!a || a === b) return b;
    const pair = new Set([a, b]);
    if (pair.has("long") && pair.has("double")) return "double";
    if (pair.has("long[]") && pair.has("double[]")) return "double[]";
    throw new AdminCsvError(`${where}: the values are ${a} in one row and ${b} in another`);
}

/** One CSV field; `where` names the row and column in an error (called only then). */
function field(v: unknown, where: () => string): string {
    if (v === null || v === undefined) return "";
    let text: string;
    if (Array.isArray(v)) {
        for (const x of v) if (String(x).includes(ARRAY_DELIMITER)) throw new AdminCsvError(`${where()}: an array element contains "${ARRAY_DELIMITER}": ${String(x).slice(0, 80)}`);
        text = v.join(ARRAY_DELIMITER);
    } else text = String(v);
    // Always quoted: an unquoted empty field would be no property, a quoted one is "".
    return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
}

interface Table {
    header: string[];
    /** The rows' lines, produced while the file is written (a national load is ~1 M lines). */
    lines: Iterable<string>;
    /** Set while the lines are produced when a field holds a line break. */
    multiline: boolean;
}

/**
 * `extra` columns come from the row itself (a relationship's key): no merged copy of each row's
 * properties is made, which kept the garbage collector busy on a million rows.
 */
function table<T>(rows: T[], fixed: string[], fixedValues: (r: T) => string[], props: (r: T) => Record<string, unknown>, extra: Record<string, (r: T) => string>, where: (r: T) => string): Table {
    const types = new Map<string, ColumnType>();
    for (const r of rows) {
        const p = props(r);
        for (const k in p) {
            if (k === "id" || k in extra) continue; // `id` is the id:ID column; extras are written below
            const t = typeOf(p[k]);
            if (t === undefined) {
                const why = Array.isArray(p[k]) && (p[k] as unknown[]).length === 0 ? "an empty list (the importer would store no property)" : `a value of this shape: ${JSON.stringify(p[k]).slice(0, 80)}`;
                throw new AdminCsvError(`${where(r)}, ${k}: the offline importer cannot write ${why}; load these rows with the transactional loader`);
            }
            if (t !== null && types.get(k) !== t) types.set(k, merge(types.get(k), t, `${where(r)}, ${k}`));
        }
    }
    const keys = [...types.keys()].sort();
    const extras = Object.entries(extra);
    const t: Table = { header: [...fixed, ...keys.map((k) => `${k}:${types.get(k)}`), ...extras.map(([k]) => `${k}:string`)], multiline: false, lines: [] };
    t.lines = (function* () {
        for (const r of rows) {
            const p = props(r);
            let line = fixedValues(r).join(",");
            for (const k of keys) line += "," + field(p[k], () => `${where(r)}, ${k}`);
            for (const [k, get] of extras) line += "," + field(get(r), () => `${where(r)}, ${k}`);
            // The importer parses multi-line fields only in the files it is told about, and slowly.
            if (!t.multiline && (line.includes("\n") || line.includes("\r"))) t.multiline = true;
            yield line;
        }
    })();
    return t;
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
    const m = new Map<string, T[]>();
    for (const x of xs) {
        const k = key(x);
        const list = m.get(k);
        if (list) list.push(x);
        else m.set(k, [x]);
    }
    return m;
}

export interface AdminCsvFiles {
    /** One file per label set, each with its header on the first line. */
    nodes: string[];
    /** One file per relationship type. */
    relationships: string[];
    /** The files with a line break inside a field (`--multiline-fields`). */
    multiline: string[];
}

/**
 * Writes `rows` under `dir` as importer CSV. Every relationship's ends must be among the rows (the
 * importer builds a new database); node ids and relationship keys must be unique.
 */
export function writeAdminCsv(rows: { nodes: NodeRow[]; rels: RelRow[] }, dir: string): AdminCsvFiles {
    mkdirSync(dir, { recursive: true });
    const ids = uniqueNodeIds(rows, (msg) => new AdminCsvError(msg));
    for (const r of rows.rels) {
        for (const end of [r.from, r.to]) if (!ids.has(end)) throw new AdminCsvError(`relationship "${r.key}": node "${end}" is not among the rows (a first load builds a new database)`);
    }
    const multiline: string[] = [];
    const write = (name: string, t: Table): string => {
        const file = path.join(dir, name);
        const fd = openSync(file, "w");
        try {
            // Written in chunks: holding every line until the end kept them alive into V8's old
            // generation, and garbage collection took half of the time.
            let chunk = t.header.join(",") + "\n";
            for (const line of t.lines) {
                chunk += line + "\n";
                if (chunk.length > 1 << 20) {
                    writeSync(fd, chunk);
                    chunk = "";
                }
            }
            writeSync(fd, chunk);
        } finally {
            closeSync(fd);
        }
        if (t.multiline) multiline.push(file);
        return file;
    };
    // A node's `id` property is its id:ID column (the importer stores it as `id`).
    const nodes = [...groupBy(rows.nodes, (n) => labelsOf(n).join(";"))].map(([labels, list]) =>
        write(`nodes-${labels.replace(/;/g, "-")}.csv`, table(list, ["id:ID", ":LABEL"], (n) => [field(n.id, () => n.id), labels.replace(/;/g, ARRAY_DELIMITER)], (n) => n.props, {}, (n) => `node ${n.id}`)),
    );
    const relationships = [...groupBy(rows.rels, (r) => r.type)].map(([type, list]) =>
        write(`relationships-${type}.csv`, table(list, [":START_ID", ":END_ID", ":TYPE"], (r) => [field(r.from, () => r.key), field(r.to, () => r.key), type], (r) => r.props, { seedKey: (r) => r.key }, (r) => `relationship ${r.key}`)),
    );
    return { nodes, relationships, multiline };
}
