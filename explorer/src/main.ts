// The explorer page: a shell (views, language, administrative map) around one view at a time. Every
// view asks the public GraphQL API only, with the codegen-typed operations of explorer/operations.graphql,
// and every word it shows comes from src/i18n/ (Vietnamese by default, English with lang=en).
import { ExplorerDocumentsDocument } from "../../src/__generated__/operations.js";
import { query } from "./api.js";
import { fmtDate, setLang, t } from "./i18n/index.js";
import { DATED, VIEWS, asOfOf, eraOf, go, href, route, type Params, type View } from "./route.js";
import { $, documentNames, esc } from "./ui.js";
import { agencyView } from "./views/agency.js";
import { duplicatesView } from "./views/duplicates.js";
import { exploreView } from "./views/explore.js";
import { gapsView } from "./views/gaps.js";
import { impactView } from "./views/impact.js";
import { kindsView } from "./views/kinds.js";
import { matrixView } from "./views/matrix.js";
import { observedView } from "./views/observed.js";
import { pathsView } from "./views/paths.js";
import { changesView, missingView, qualityView, targetsView, usageView } from "./views/tables.js";

const RENDER: Record<View, (main: HTMLElement, p: Params) => Promise<void>> = {
    explore: exploreView,
    paths: pathsView,
    matrix: matrixView,
    gaps: gapsView,
    impact: impactView,
    agency: agencyView,
    usage: usageView,
    observed: observedView,
    duplicates: duplicatesView,
    kinds: kindsView,
    targets: targetsView,
    missing: missingView,
    changes: changesView,
    quality: qualityView,
};

/** Short human names of the reports ("BC 31/BC-UBQGCĐS · 6/2023"), the id kept for the tooltip. */
async function loadDocuments(): Promise<void> {
    if (documentNames.size) return;
    const docs = (await query(ExplorerDocumentsDocument, {}).catch(() => ({ sourceDocuments: [] }))).sourceDocuments;
    for (const d of docs) documentNames.set(d.id.replace(/^document:/, ""), `${d.number ?? (d.title.length > 48 ? `${d.title.slice(0, 47)}…` : d.title)} (${fmtDate(d.issued)})`);
}

function shell(view: View, p: Params): void {
    const era = eraOf(p);
    $("#app-title").textContent = t("app.title");
    $("#skip").textContent = t("app.skip");
    const nav = $<HTMLElement>("#nav");
    nav.setAttribute("aria-label", t("nav.label"));
    nav.innerHTML = `${VIEWS.map((v) => `<a href="${esc(href(v, {}))}" data-view="${v}"${v === view ? ' aria-current="page"' : ""}>${esc(t(`nav.${v}`))}</a>`).join("")}<a href="/graphql">${esc(t("nav.graphiql"))}</a>`;
    const asOf = asOfOf(p);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    // The day asked about: on the views that answer as of a day; empty = every snapshot.
    const dated = DATED.includes(view)
        ? `<label>${esc(t("switch.asOf"))} <input type="date" id="asof-switch" min="2022-12-31" max="${today}" value="${esc(asOf ?? "")}" title="${esc(t("switch.asOfHint"))}"></label>`
        : "";
    $("#switches").innerHTML = `${dated}<label>${esc(t("switch.era"))} <select id="era-switch"><option value="E2023"${era === "E2023" ? " selected" : ""}>${esc(t("era.E2023"))}</option><option value="E2025"${era === "E2025" ? " selected" : ""}>${esc(t("era.E2025"))}</option></select></label>
      <label>${esc(t("switch.lang"))} <select id="lang-switch"><option value="vi"${p.lang !== "en" ? " selected" : ""}>Tiếng Việt</option><option value="en"${p.lang === "en" ? " selected" : ""} lang="en">English</option></select></label>`;
    $("#era-switch").addEventListener("change", (e) => go(view, { ...p, era: (e.target as HTMLSelectElement).value === "E2025" ? "E2025" : "", note: "" }));
    $<HTMLInputElement>("#asof-switch")?.addEventListener("change", (e) => go(view, { ...p, asOf: (e.target as HTMLInputElement).value }));
    $("#lang-switch").addEventListener("change", (e) => go(view, { ...p, lang: (e.target as HTMLSelectElement).value === "en" ? "en" : "" }));
}

let renders = 0;
async function render(): Promise<void> {
    const { view, params } = route();
    const mine = ++renders;
    setLang(params.lang === "en" ? "en" : "vi");
    const main = $<HTMLElement>("#main");
    main.dataset.ready = "";
    await loadDocuments();
    shell(view, params);
    await RENDER[view](main, params);
    if (mine !== renders) return;
    main.dataset.ready = view;
    document.title = `${t(`nav.${view}`)} · ${t("app.title")}`;
}

window.addEventListener("hashchange", () => void render());
void render();
