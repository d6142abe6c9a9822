// Small HTML builders shared by the views: escaping, links to nodes, selects, tables with CSV and Excel export,
// loading and error states, citations.
import { ApiError } from "./api.js";
import { downloadBlob, downloadText, toCsv } from "./export.js";
import { t, word } from "./i18n/index.js";
import { xlsxBlob, type Value } from "./xlsx.js";
import { nodeHref } from "./route.js";

export const $ = <T extends HTMLElement>(sel: string, root: ParentNode = document): T => root.querySelector(sel) as T;
export const esc = (s: unknown): string => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A name that opens its node in the explore view. */
export function nodeLink(id: string | null | undefined, name: string, extra = ""): string {
    if (!id) return esc(name);
    return `<a class="node-link" href="${esc(nodeHref(id))}" title="${esc(t("common.openNode", { name }))}"${extra}>${esc(name)}</a>`;
}

/** A code in words, the code on hover. */
export function codeWord(code: string | null | undefined): string {
    if (!code) return "";
    return `<span class="code" title="${esc(code)}">${esc(word(code))}</span>`;
}

export function select(name: string, label: string, options: [string, string][], value: string): string {
    return `<label>${esc(label)} <select name="${name}">${options.map(([v, txt]) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(txt)}</option>`).join("")}</select></label>`;
}

export function setBusy(el: HTMLElement): void {
    el.innerHTML = `<p class="loading" role="status">${esc(t("common.loading"))}</p>`;
}

export function showError(el: HTMLElement, e: unknown): void {
    const msg = e instanceof ApiError ? e.message : t("common.errorGeneric");
    if (!(e instanceof ApiError)) console.error(e);
    el.innerHTML = `<div class="error" role="alert"><strong>${esc(t("common.error"))}</strong> ${esc(msg)}</div>`;
}

export interface Column<R> {
    /** Header text. */
    head: string;
    /** Cell HTML. */
    html: (r: R) => string;
    /** Cell value for the CSV (plain text). */
    csv: (r: R) => string | number | null | undefined;
    /** CSV header (defaults to the header text). */
    csvHead?: string;
    num?: boolean;
    /** Sort key: the header gets a button that sorts the rows on the page (and the CSV) by it. */
    sort?: (r: R) => string | number | null | undefined;
    /** Narrowest width of the column (long names and prose), so a narrow page scrolls the table's box instead of squeezing it. */
    minWidth?: string;
    /** The order the rows arrive in (the API's), marked on this column's header. */
    sorted?: SortDir;
}

export type SortDir = "asc" | "desc";
interface SortState {
    rows: unknown[];
    columns: Column<unknown>[];
    col: number;
    dir: SortDir;
}
const pendingSort = new Map<string, SortState>();

function headRow(id: string, columns: Column<never>[], col: number, dir: SortDir): string {
    return columns
        .map((c, i) => {
            const on = i === col;
            const aria = on ? ` aria-sort="${dir === "asc" ? "ascending" : "descending"}"` : "";
            const mark = on ? `<span class="sort-mark" aria-hidden="true">${dir === "asc" ? "▲" : "▼"}</span>` : `<span class="sort-mark idle" aria-hidden="true">⇅</span>`;
            const label = `${t("common.sortBy", { name: c.head })}${on ? `, ${t(dir === "asc" ? "common.sortedAsc" : "common.sortedDesc")}` : ""}`;
            const button = c.sort ? ` <button type="button" class="sort" data-sort-table="${esc(id)}" data-sort-col="${i}" aria-label="${esc(label)}">${mark}</button>` : on ? ` ${mark}` : "";
            return `<th scope="col"${c.num ? ' class="num"' : ""}${c.minWidth ? ` style="min-width:${esc(c.minWidth)}"` : ""}${aria}>${esc(c.head)}${button}</th>`;
        })
        .join("");
}
const bodyRows = <R>(columns: Column<R>[], rows: R[]): string => rows.map((r) => `<tr>${columns.map((c) => `<td${c.num ? ' class="num"' : ""}>${c.html(r)}</td>`).join("")}</tr>`).join("");

function compareKeys(a: string | number | null | undefined, b: string | number | null | undefined): number {
    if (a === b) return 0;
    if (a === null || a === undefined || a === "") return 1;
    if (b === null || b === undefined || b === "") return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), "vi");
}

function sortTable(id: string, col: number): void {
    const s = pendingSort.get(id);
    const el = document.getElementById(id) as HTMLTableElement | null;
    const key = s?.columns[col]?.sort;
    if (!s || !el || !key) return;
    s.dir = s.col === col ? (s.dir === "asc" ? "desc" : "asc") : s.columns[col]!.num ? "desc" : "asc";
    s.col = col;
    const sign = s.dir === "asc" ? 1 : -1;
    // In place, so the CSV export follows the order on screen; stable, so ties keep the API's order.
    s.rows.sort((a, b) => sign * compareKeys(key(a), key(b)));
    el.tHead!.rows[0]!.innerHTML = headRow(id, s.columns as Column<never>[], s.col, s.dir);
    el.tBodies[0]!.innerHTML = bodyRows(s.columns, s.rows);
    wireSort(el);
    el.querySelector<HTMLButtonElement>(`button[data-sort-col="${col}"]`)?.focus();
}

function wireSort(root: ParentNode): void {
    root.querySelectorAll<HTMLButtonElement>("button[data-sort-table]").forEach((b) => {
        b.addEventListener("click", () => sortTable(b.dataset.sortTable!, Number(b.dataset.sortCol)));
    });
}

/** A table with a CSV export button for exactly the rows and columns shown. */
export function table<R>(id: string, columns: Column<R>[], rows: R[], file: string, caption?: string): string {
    const sorted = columns.findIndex((c) => c.sorted);
    const sortable = sorted >= 0 || columns.some((c) => c.sort);
    const head = sortable ? headRow(id, columns as Column<never>[], sorted, columns[sorted]?.sorted ?? "asc") : columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ""}>${esc(c.head)}</th>`).join("");
    const body = bodyRows(columns, rows);
    if (sortable) pendingSort.set(id, { rows: rows as unknown[], columns: columns as Column<unknown>[], col: sorted, dir: columns[sorted]?.sorted ?? "asc" });
    pendingRows.set(id, () => [columns.map((c) => c.csvHead ?? c.head), ...rows.map((r) => columns.map((c) => c.csv(r)))]);
    pendingFiles.set(id, file);
    return `<div class="table-tools">${exportButtons(id)}</div>
      <div class="table-wrap"><table class="list" id="${esc(id)}">${caption ? `<caption>${esc(caption)}</caption>` : ""}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Per table: its rows as exported (the header first, in the page's language), computed on click. */
const pendingRows = new Map<string, () => Value[][]>();
const pendingFiles = new Map<string, string>();

/** The CSV and Excel buttons of a table. */
export const exportButtons = (id: string): string =>
    `<button type="button" class="csv" data-csv="${esc(id)}">${esc(t("common.csv"))}</button> <button type="button" class="csv" data-xlsx="${esc(id)}">${esc(t("common.xlsx"))}</button>`;

/** Wires every CSV and Excel button inside `root` (call after the HTML is in place). */
export function wireCsv(root: ParentNode): void {
    root.querySelectorAll<HTMLButtonElement>("button[data-csv]").forEach((b) => {
        b.addEventListener("click", () => {
            const id = b.dataset.csv!;
            const rows = pendingRows.get(id);
            if (rows) downloadText(toCsv(rows()), `${pendingFiles.get(id) ?? id}.csv`, "text/csv;charset=utf-8");
        });
    });
    root.querySelectorAll<HTMLButtonElement>("button[data-xlsx]").forEach((b) => {
        b.addEventListener("click", async () => {
            const id = b.dataset.xlsx!;
            const rows = pendingRows.get(id);
            const file = pendingFiles.get(id) ?? id;
            if (rows) downloadBlob(await xlsxBlob(rows(), { sheet: file, dateFormat: t("common.dateFormat") }), `${file}.xlsx`);
        });
    });
    wireSort(root);
}

/** Tabs of a view family: links (the tab is in the URL), the current one marked. */
export function tabs(label: string, items: [key: string, text: string, href: string][], current: string): string {
    return `<nav class="tabs" aria-label="${esc(label)}">${items.map(([k, text, h]) => `<a href="${esc(h)}" data-tab="${esc(k)}"${k === current ? ' aria-current="page"' : ""}>${esc(text)}</a>`).join("")}</nav>`;
}

/** An empty answer, said in words (never a blank table). */
export function emptyState(id: string, text: string): string {
    return `<p class="empty" id="${esc(id)}" role="status">${esc(text)}</p>`;
}

/** Text the API writes (reasons, rules, notes) is English prose: marked so, for screen readers. */
export const apiText = (s: string | null | undefined): string => (s ? `<span lang="en">${esc(s)}</span>` : "");

/** Registers a CSV and Excel export computed on click (for tables built by hand, such as the matrix). */
export function registerCsv(id: string, file: string, rows: () => Value[][]): void {
    pendingRows.set(id, rows);
    pendingFiles.set(id, file);
}

export interface CitationLike {
    documentId: string;
    section: string;
    locator: string;
    text?: string | null;
    rule?: string | null;
}

/** Document ids → short human titles, filled once from the API (SourceDocument). */
export const documentNames = new Map<string, string>();

export function docName(id: string): string {
    return documentNames.get(id) ?? id;
}

export function citation(c: CitationLike, extra = ""): string {
    return `<span class="cite"><span class="doc" title="${esc(t("common.document"))} ${esc(c.documentId)}">${esc(docName(c.documentId))}</span> · ${esc(c.section)} · ${esc(c.locator)}${extra}</span>${c.text ? `<br><q>${esc(c.text.length > 220 ? `${c.text.slice(0, 220)}…` : c.text)}</q>` : ""}${c.rule ? `<br><span class="muted">${esc(t("common.rule"))}: ${esc(c.rule)}</span>` : ""}`;
}

export const plainCitation = (c: CitationLike): string => `${docName(c.documentId)} · ${c.section} · ${c.locator}`;

/** Legend swatches: [css class or colour, label]. */
export function legend(items: [string, string][], title = t("common.legend")): string {
    return `<div class="legend" role="group" aria-label="${esc(title)}"><strong>${esc(title)}:</strong> ${items.map(([cls, label]) => `<span class="legend-item"><span class="swatch ${esc(cls)}" aria-hidden="true"></span>${esc(label)}</span>`).join("")}</div>`;
}
