// Small HTML builders shared by the views: escaping, links to nodes, selects, tables with CSV export,
// loading and error states, citations.
import { ApiError } from "./api.js";
import { downloadText, toCsv } from "./export.js";
import { t, word } from "./i18n/index.js";
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
}

/** A table with a CSV export button for exactly the rows and columns shown. */
export function table<R>(id: string, columns: Column<R>[], rows: R[], file: string, caption?: string): string {
    const head = columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ""}>${esc(c.head)}</th>`).join("");
    const body = rows.map((r) => `<tr>${columns.map((c) => `<td${c.num ? ' class="num"' : ""}>${c.html(r)}</td>`).join("")}</tr>`).join("");
    pendingCsv.set(id, () => toCsv([columns.map((c) => c.csvHead ?? c.head), ...rows.map((r) => columns.map((c) => c.csv(r)))]));
    pendingFiles.set(id, file);
    return `<div class="table-tools"><button type="button" class="csv" data-csv="${esc(id)}">${esc(t("common.csv"))}</button></div>
      <div class="table-wrap"><table class="list" id="${esc(id)}">${caption ? `<caption>${esc(caption)}</caption>` : ""}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

const pendingCsv = new Map<string, () => string>();
const pendingFiles = new Map<string, string>();

/** Wires every CSV button inside `root` (call after the HTML is in place). */
export function wireCsv(root: ParentNode): void {
    root.querySelectorAll<HTMLButtonElement>("button[data-csv]").forEach((b) => {
        b.addEventListener("click", () => {
            const id = b.dataset.csv!;
            const csv = pendingCsv.get(id);
            if (csv) downloadText(csv(), `${pendingFiles.get(id) ?? id}.csv`, "text/csv;charset=utf-8");
        });
    });
}

/** Registers a CSV export computed on click (for tables built by hand, such as the matrix). */
export function registerCsv(id: string, file: string, rows: () => (string | number | null | undefined)[][]): void {
    pendingCsv.set(id, () => toCsv(rows()));
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
