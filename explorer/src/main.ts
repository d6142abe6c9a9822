// The explorer page: matrix, gaps, impact, agency and data-quality views over the GraphQL API.
// The URL hash holds the view and its inputs, so every view is a shareable link.
// Names sort with the same Vietnamese collation key as the API (lib/collation.ts), never the browser's.
import cytoscape from "cytoscape";
import { agencySortKey } from "../../lib/collation.js";
import {
    ExplorerAgencyDetailsDocument,
    ExplorerAgencyDocument,
    ExplorerAssetsDocument,
    ExplorerAuditDocument,
    ExplorerCellSourcesDocument,
    ExplorerGapsDocument,
    ExplorerImpactDocument,
    ExplorerMatrixDocument,
    ExplorerSearchDocument,
    type Era,
    type RequiredStatus,
    type Snapshot,
    type Tier,
} from "../../src/__generated__/operations.js";
import { ApiError, query } from "./api.js";

const agencyCompare = (a: string, b: string): number => { const x = agencySortKey(a), y = agencySortKey(b); return x < y ? -1 : x > y ? 1 : 0; };

type Params = Record<string, string>;
const VIEWS = ["matrix", "gaps", "impact", "agency", "quality"] as const;
type View = (typeof VIEWS)[number];

const $ = <T extends HTMLElement>(sel: string): T => document.querySelector(sel) as T;
const esc = (s: unknown): string => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? "—" : n.toLocaleString("vi-VN"));

function route(): { view: View; params: Params } {
    const [path = "", qs = ""] = location.hash.replace(/^#\/?/, "").split("?");
    const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : "matrix";
    return { view, params: Object.fromEntries(new URLSearchParams(qs)) };
}

export function go(view: View, params: Params = {}): void {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "")).toString();
    location.hash = `#/${view}${qs ? `?${qs}` : ""}`;
}

function setBusy(el: HTMLElement, text = "Loading…"): void {
    el.innerHTML = `<p class="loading" role="status">${esc(text)}</p>`;
}

function showError(el: HTMLElement, e: unknown): void {
    const msg = e instanceof ApiError ? e.message : "Something went wrong while drawing this view.";
    el.innerHTML = `<div class="error" role="alert"><strong>Could not load this view.</strong> ${esc(msg)}</div>`;
}

let assetOptions: { id: string; number?: number | null; name: string }[] = [];
async function assets() {
    if (!assetOptions.length) assetOptions = (await query(ExplorerAssetsDocument, {})).assets;
    return assetOptions;
}

function select(name: string, label: string, options: [string, string][], value: string): string {
    return `<label>${esc(label)} <select name="${name}">${options.map(([v, t]) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(t)}</option>`).join("")}</select></label>`;
}

const TIERS: [Tier, string][] = [["PROVINCE", "Provinces"], ["MINISTRY_OR_AGENCY", "Ministries and agencies"], ["DEPARTMENT", "Departments"], ["ENTERPRISE", "Enterprises"]];
const STATE_LABEL: Record<string, string> = { BOTH: "official 2022 and listed June 2023", OFFICIAL_2022_ONLY: "official 2022 only", JUNE_2023_ONLY: "June 2023 (official or technical) only", NONE: "no link" };

// ---- Matrix -------------------------------------------------------------------------------------
async function matrixView(main: HTMLElement, p: Params): Promise<void> {
    const tier = (p.tier as Tier) ?? "PROVINCE";
    const era = (p.era as Era) ?? "E2023";
    const sort = p.sort ?? "name";
    main.innerHTML = `<h1>Who is connected to what</h1>
      <form class="controls" id="matrix-form">${select("tier", "Tier", TIERS.slice(0, 2), tier)}${select("era", "Map", [["E2023", "2023 units"], ["E2025", "2025 units (rolled up)"]], era)}</form>
      <p class="legend">${Object.entries(STATE_LABEL).map(([k, v]) => `<span class="cell ${k}"></span> ${esc(v)}`).join(" &nbsp; ")}</p>
      <div id="matrix-body"></div>`;
    $("#matrix-form").addEventListener("change", (e) => {
        const f = new FormData(e.currentTarget as HTMLFormElement);
        go("matrix", { tier: String(f.get("tier")), era: String(f.get("era")), sort });
    });
    const body = $<HTMLDivElement>("#matrix-body");
    setBusy(body);
    try {
        const m = (await query(ExplorerMatrixDocument, { tier, era })).connectionMatrix;
        const rows = [...m.rows];
        if (sort === "total") rows.sort((a, b) => b.totalJune2023 - a.totalJune2023 || agencyCompare(a.name, b.name));
        else if (sort.startsWith("asset:")) {
            const i = m.assets.findIndex((a) => a.id === sort);
            const rank = { BOTH: 0, JUNE_2023_ONLY: 1, OFFICIAL_2022_ONLY: 2, NONE: 3 } as Record<string, number>;
            rows.sort((a, b) => rank[a.cells[i]!.state]! - rank[b.cells[i]!.state]! || agencyCompare(a.name, b.name));
        }
        const head = m.assets.map((a) => `<th scope="col"><button class="sort" data-sort="${esc(a.id)}" title="${esc(a.name)} — sort by this column">${esc(a.number ?? a.code)}</button></th>`).join("");
        const lines = rows.map((r) => `<tr><th scope="row" title="${esc(r.parts.join(", "))}">${esc(r.name)}</th>${r.cells
            .map((c, i) => `<td><button class="cell ${c.state}" data-agency="${esc(r.id)}" data-asset="${esc(c.assetId)}" data-parts="${esc(r.parts.join("|"))}" aria-label="${esc(`${r.name} × ${m.assets[i]!.name}: ${STATE_LABEL[c.state]}${c.june2023Coverage ? ` (2022: ${c.y2022Coverage}, June 2023: ${c.june2023Coverage})` : ""}`)}"></button></td>`)
            .join("")}<td class="num" data-total-row="2022">${r.total2022}</td><td class="num" data-total-row="2023">${r.totalJune2023}</td></tr>`);
        body.innerHTML = `<div class="scroll"><table class="matrix" id="matrix">
            <thead><tr><th scope="col"><button class="sort" data-sort="name">Agency</button></th>${head}<th scope="col">2022</th><th scope="col"><button class="sort" data-sort="total">June 2023</button></th></tr></thead>
            <tbody>${lines.join("")}</tbody>
            <tfoot><tr><th scope="row">Connected in 2022</th>${m.assets.map((a) => `<td class="num" data-total-col="2022">${a.total2022}</td>`).join("")}<td></td><td></td></tr>
            <tr><th scope="row">Listed June 2023</th>${m.assets.map((a) => `<td class="num" data-total-col="2023">${a.totalJune2023}</td>`).join("")}<td></td><td></td></tr></tfoot>
          </table></div>`;
        body.querySelectorAll<HTMLButtonElement>("button.sort").forEach((b) => b.addEventListener("click", () => go("matrix", { tier, era, sort: b.dataset.sort! })));
        body.querySelectorAll<HTMLButtonElement>("button.cell").forEach((b) => b.addEventListener("click", () => void showSources(b.dataset.agency!, b.dataset.asset!, b.dataset.parts)));
    } catch (e) {
        showError(body, e);
    }
}

async function showSources(agency: string, asset: string, parts?: string): Promise<void> {
    const aside = $<HTMLElement>("#sources");
    aside.hidden = false;
    setBusy(aside, "Loading sources…");
    try {
        const a = (await query(ExplorerCellSourcesDocument, { agency, asset })).agencies[0];
        const edges = a?.connectedAssetsConnection.edges ?? [];
        aside.innerHTML = `<h2>Sources</h2><p><strong>${esc(a?.name ?? agency)}</strong> → ${esc(edges[0]?.node.name ?? asset)}</p>
          ${parts ? `<p class="muted">2025 unit made of: ${esc(parts.split("|").join(", "))} (facts are the 2023 parts')</p>` : ""}
          ${edges.length ? `<ul id="source-list">${edges.map((e) => `<li><strong>${esc(e.properties.snapshot)}</strong> · ${esc(e.properties.status)}<br><span class="cite">${esc(e.properties.documentId)} · ${esc(e.properties.section)} · ${esc(e.properties.locator)}</span><br><q>${esc(e.properties.text)}</q></li>`).join("")}</ul>` : `<p id="source-list">No connection is listed for this pair in either column.</p>`}
          <button id="close-sources">Close</button>`;
        $("#close-sources").addEventListener("click", () => {
            aside.hidden = true;
        });
        $<HTMLButtonElement>("#close-sources").focus();
    } catch (e) {
        showError(aside, e);
    }
}

// ---- Gaps ---------------------------------------------------------------------------------------
async function gapsView(main: HTMLElement, p: Params): Promise<void> {
    const asset = p.asset ?? "asset:001:2";
    const tier = (p.tier as Tier) ?? "PROVINCE";
    const status = (p.status as RequiredStatus) ?? "OFFICIAL";
    const snapshot = (p.snapshot as Snapshot | undefined) ?? (status === "OFFICIAL" ? "Y2022" : undefined);
    const opts = await assets().catch(() => []);
    main.innerHTML = `<h1>Who lacks a link</h1>
      <form class="controls" id="gaps-form">
        ${select("asset", "Asset", opts.map((a) => [a.id, `${a.number ?? ""} ${a.name}`]), asset)}
        ${select("tier", "Tier", TIERS, tier)}
        ${select("status", "Required", [["OFFICIAL", "official link"], ["ANY", "any link"]], status)}
        ${select("snapshot", "Snapshot", [["", "any snapshot"], ["Y2022", "2022 (official)"], ["JUNE_2023", "June 2023"]], snapshot ?? "")}
      </form><div id="gaps-body"></div>`;
    $("#gaps-form").addEventListener("change", (e) => {
        const f = new FormData(e.currentTarget as HTMLFormElement);
        go("gaps", Object.fromEntries([...f.entries()].map(([k, v]) => [k, String(v)])));
    });
    const body = $<HTMLDivElement>("#gaps-body");
    setBusy(body);
    try {
        const r = (await query(ExplorerGapsDocument, { asset, tier, status, snapshot: snapshot ?? null })).coverageGaps;
        const none = r.gaps.filter((g) => g.has.length === 0).length;
        body.innerHTML = `<p class="summary" id="gaps-summary"><strong>${r.gaps.length}</strong> of ${r.checked} lack ${status === "OFFICIAL" ? "an official" : "any"} link to <strong>${esc(r.assetName)}</strong>${snapshot ? ` in ${snapshot}` : ""}; ${none} have no link at all, ${r.gaps.length - none} have a weaker one.</p>
          <button id="csv">Export CSV</button>
          <table class="list"><thead><tr><th>Agency</th><th>Weaker links it has</th><th>NDXP transactions</th></tr></thead>
          <tbody id="gaps-list">${r.gaps.map((g) => `<tr><td>${esc(g.name)}</td><td>${g.has.map((h) => `${esc(h.snapshot)} ${esc(h.status)}`).join("; ") || "none"}</td><td class="num">${fmt(g.ndxpTransactions)}</td></tr>`).join("")}</tbody></table>`;
        $("#csv").addEventListener("click", () => {
            const lines = [["agency_id", "agency", "weaker_links", "ndxp_transactions"], ...r.gaps.map((g) => [g.id, g.name, g.has.map((h) => `${h.snapshot} ${h.status}`).join("; "), g.ndxpTransactions ?? ""])];
            const csv = lines.map((l) => l.map((x) => `"${String(x).replace(/"/g, '""')}"`).join(",")).join("\n");
            const a = document.createElement("a");
            a.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
            a.download = `gaps-${asset.replace(/[^a-z0-9]+/gi, "-")}-${tier}-${status}.csv`;
            a.click();
        });
    } catch (e) {
        showError(body, e);
    }
}

// ---- Impact -------------------------------------------------------------------------------------
async function impactView(main: HTMLElement, p: Params): Promise<void> {
    const asset = p.asset ?? "asset:001:2";
    const opts = await assets().catch(() => []);
    main.innerHTML = `<h1>What breaks if it fails</h1>
      <form class="controls" id="impact-form">${select("asset", "Asset", opts.map((a) => [a.id, `${a.number ?? ""} ${a.name}`]), asset)}</form>
      <div id="impact-body"></div>`;
    $("#impact-form").addEventListener("change", (e) => go("impact", { asset: String(new FormData(e.currentTarget as HTMLFormElement).get("asset")) }));
    const body = $<HTMLDivElement>("#impact-body");
    setBusy(body);
    try {
        const r = (await query(ExplorerImpactDocument, { asset, depth: 3 })).assetImpact;
        body.innerHTML = `<p class="summary" id="impact-summary">${esc(r.name)}: <strong>${r.services.length}</strong> services, <strong>${fmt(r.totalTransactions)}</strong> transactions (1 Jan – 7 Jun 2023), <strong>${r.connectedAgencies.length}</strong> connected agencies, <strong>${r.dependents.length}</strong> consumers of its services.</p>
          <div id="graph" role="img" aria-label="Graph of ${esc(r.name)}, its services and their consumers"></div>
          <table class="list"><thead><tr><th>Service</th><th>Transactions</th><th>Error rate</th></tr></thead><tbody>${r.services.map((s) => `<tr><td>${s.number}. ${esc(s.name)}</td><td class="num">${fmt(s.transactions)}</td><td class="num">${s.errorRatePercent}%</td></tr>`).join("")}</tbody></table>`;
        const max = Math.max(1, ...r.services.map((s) => s.transactions));
        const elements: cytoscape.ElementDefinition[] = [
            { data: { id: r.id, label: r.name, kind: "asset" } },
            ...r.services.map((s) => ({ data: { id: s.id, label: `${s.number} · ${s.errorRatePercent}% err`, kind: "service", size: 20 + 40 * Math.sqrt(s.transactions / max) } })),
            ...r.services.map((s) => ({ data: { id: `${r.id}->${s.id}`, source: r.id, target: s.id } })),
        ];
        for (const d of r.dependents) {
            if (!elements.some((e) => e.data.id === d.id)) elements.push({ data: { id: d.id, label: d.name, kind: d.label === "Agency" ? "agency" : "asset" } });
            const via = d.via[d.via.length - 1];
            if (via && elements.some((e) => e.data.id === via)) elements.push({ data: { id: `${via}->${d.id}`, source: via, target: d.id } });
        }
        cytoscape({
            container: $("#graph"),
            elements,
            layout: { name: "breadthfirst", roots: [r.id], spacingFactor: 1.1 },
            style: [
                { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "wrap", "text-max-width": "120px", "background-color": "#3b6ea5" } },
                { selector: "node[kind = 'service']", style: { "background-color": "#e0a030", width: "data(size)", height: "data(size)" } },
                { selector: "node[kind = 'agency']", style: { "background-color": "#5a9" } },
                { selector: "edge", style: { width: 1, "line-color": "#999", "target-arrow-shape": "triangle", "target-arrow-color": "#999", "curve-style": "bezier" } },
            ],
        });
    } catch (e) {
        showError(body, e);
    }
}

// ---- Agency -------------------------------------------------------------------------------------
async function agencyView(main: HTMLElement, p: Params): Promise<void> {
    main.innerHTML = `<h1>An agency's dependencies</h1>
      <form class="controls" id="agency-form" role="search"><label>Search <input name="q" id="agency-q" value="${esc(p.q ?? "")}" placeholder="e.g. da nang" autocomplete="off"></label> <button>Search</button></form>
      <ul id="agency-hits" class="hits"></ul><div id="agency-body"></div>`;
    $("#agency-form").addEventListener("submit", (e) => {
        e.preventDefault();
        go("agency", { q: String(new FormData(e.currentTarget as HTMLFormElement).get("q")) });
    });
    const hits = $<HTMLUListElement>("#agency-hits");
    const body = $<HTMLDivElement>("#agency-body");
    if (p.q) {
        try {
            const found = (await query(ExplorerSearchDocument, { text: p.q })).search.filter((h) => h.type === "Agency");
            hits.innerHTML = found.length
                ? found.map((h) => `<li><button class="hit" data-id="${esc(h.id)}">${esc(h.name)} <span class="muted">(${h.era}${h.becameNames.length ? ` → ${esc(h.becameNames.join(", "))}` : ""})</span></button></li>`).join("")
                : `<li>No agency matches “${esc(p.q)}”.</li>`;
            hits.querySelectorAll<HTMLButtonElement>("button.hit").forEach((b) => b.addEventListener("click", () => go("agency", { q: p.q!, id: b.dataset.id! })));
        } catch (e) {
            showError(hits, e);
        }
    }
    if (!p.id) return;
    setBusy(body);
    try {
        const [dep, det] = await Promise.all([query(ExplorerAgencyDocument, { agency: p.id }), query(ExplorerAgencyDetailsDocument, { id: p.id })]);
        const d = dep.agencyDependencies;
        const a = det.agencies[0];
        const usage = a?.figures[0];
        body.innerHTML = `<h2 id="agency-name">${esc(d.name)}</h2>
          <p class="muted">Also written: ${esc(a?.aliases.join(" · "))}</p>
          <p>NDXP transactions (001 Phụ lục 4): <strong id="agency-usage">${fmt(usage?.value)}</strong>${usage?.rank ? ` (rank ${usage.rank})` : ""}</p>
          <h3>Relies on ${d.assets.length} assets</h3>
          <table class="list" id="agency-assets"><thead><tr><th>Asset</th><th>2022</th><th>June 2023</th><th>Services (error rate)</th></tr></thead><tbody>${d.assets
              .map((x) => `<tr><td>${esc(x.number)}. ${esc(x.name)}</td><td>${x.facts.some((f) => f.snapshot === "Y2022") ? "official" : ""}</td><td>${x.facts.some((f) => f.snapshot === "JUNE_2023") ? "official or technical" : ""}</td><td>${x.services.map((s) => `${s.number} (${s.errorRatePercent}%)`).join(", ")}</td></tr>`)
              .join("")}</tbody></table>
          <h3>Catalogues, plans and progress lists</h3>
          <ul>${(a?.listedIn ?? []).map((l) => `<li>${esc(l.kind)}: ${esc(l.title)}</li>`).join("") || "<li>Not named in any list.</li>"}${(a?.plans ?? []).map((pl) => `<li>Open-data plan: ${esc(pl.title)} (${esc(pl.period)})</li>`).join("")}</ul>`;
    } catch (e) {
        showError(body, e);
    }
}

// ---- Data quality -------------------------------------------------------------------------------
async function qualityView(main: HTMLElement): Promise<void> {
    main.innerHTML = `<h1>What the reports disagree on</h1><div id="quality-body"></div>`;
    const body = $<HTMLDivElement>("#quality-body");
    setBusy(body);
    try {
        const findings = (await query(ExplorerAuditDocument, {})).auditFindings;
        const kinds = [...new Set(findings.map((f) => f.kind))];
        body.innerHTML = `<p class="summary" id="quality-summary"><strong>${findings.length}</strong> findings in ${kinds.length} kinds. Figures are shown as reported; nothing is corrected.</p>
          ${kinds.map((k) => `<h2>${esc(k)}</h2><ul class="findings">${findings.filter((f) => f.kind === k).map((f) => `<li>${esc(f.message)}<ol>${f.citesConnection.edges.map((e) => `<li class="cite">${esc(e.properties.documentId)} · ${esc(e.properties.section)} · ${esc(e.properties.locator)}${e.properties.text ? ` — <q>${esc(e.properties.text.slice(0, 160))}</q>` : ""}</li>`).join("")}</ol></li>`).join("")}</ul>`).join("")}`;
    } catch (e) {
        showError(body, e);
    }
}

async function render(): Promise<void> {
    const { view, params } = route();
    document.querySelectorAll<HTMLAnchorElement>("nav a").forEach((a) => a.setAttribute("aria-current", a.dataset.view === view ? "page" : "false"));
    const main = $<HTMLElement>("#main");
    main.dataset.ready = "";
    $<HTMLElement>("#sources").hidden = true;
    const views: Record<View, (m: HTMLElement, p: Params) => Promise<void>> = { matrix: matrixView, gaps: gapsView, impact: impactView, agency: agencyView, quality: qualityView };
    await views[view](main, params);
    main.dataset.ready = view;
    document.title = `${view[0]!.toUpperCase()}${view.slice(1)} · State-data graph`;
}

window.addEventListener("hashchange", () => void render());
void render();
