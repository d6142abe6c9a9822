// The URL hash holds the view, its inputs, the language and the era, so every screen is a link.
import type { Era } from "../../src/__generated__/operations.js";

export const VIEWS = ["explore", "paths", "matrix", "gaps", "impact", "agency", "usage", "observed", "duplicates", "kinds", "targets", "missing", "changes", "quality"] as const;
export type View = (typeof VIEWS)[number];
export type Params = Record<string, string>;

/** Kept from view to view: the language, the administrative map and the day asked about. */
const GLOBAL = ["lang", "era", "asOf"];

/** The views that answer as of a day (the date control shows on them). */
export const DATED: readonly View[] = ["explore", "matrix", "gaps", "impact", "kinds"];

export function route(): { view: View; params: Params } {
    const [path = "", qs = ""] = location.hash.replace(/^#\/?/, "").split("?");
    const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : "explore";
    return { view, params: Object.fromEntries(new URLSearchParams(qs)) };
}

export function href(view: View, params: Params = {}): string {
    const current = route().params;
    const merged: Params = { ...Object.fromEntries(GLOBAL.filter((k) => current[k]).map((k) => [k, current[k]!])), ...params };
    const qs = new URLSearchParams(Object.entries(merged).filter(([, v]) => v !== "" && v !== undefined)).toString();
    return `#/${view}${qs ? `?${qs}` : ""}`;
}

export function go(view: View, params: Params = {}): void {
    location.hash = href(view, params);
}

export const eraOf = (p: Params): Era => (p.era === "E2025" ? "E2025" : "E2023");
/** The day the URL asks about (`asOf=YYYY-MM-DD`), or null for every snapshot. */
export const asOfOf = (p: Params): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(p.asOf ?? "") ? p.asOf! : null);
export const nodeHref = (id: string): string => href("explore", { node: id });
