// Matrix: agencies of a tier (or the 2025 units) × assets. Column headers carry the asset's number and
// name (rotated), the sorted column is marked, totals stay in view while scrolling, and a 2025 unit
// whose parts are only partly connected is drawn as its own state. A cell shows the report rows behind it.
import { ExplorerCellSourcesDocument, ExplorerMatrixDocument, type Tier } from "../../../src/__generated__/operations.js";
import { agencySortKey } from "../../../lib/collation.js";
import { query } from "../api.js";
import { fmtDate, t, word } from "../i18n/index.js";
import { asOfOf, eraOf, go, nodeHref, type Params } from "../route.js";
import { $, citation, codeWord, esc, exportButtons, legend, nodeLink, registerCsv, select, setBusy, showError, wireCsv } from "../ui.js";

const byName = (a: { name: string }, b: { name: string }): number => { const x = agencySortKey(a.name), y = agencySortKey(b.name); return x < y ? -1 : x > y ? 1 : 0; };
const RANK: Record<string, number> = { BOTH: 0, JUNE_2023_ONLY: 1, OFFICIAL_2022_ONLY: 2, NONE: 3 };

type Cell = { state: string; y2022Coverage?: string | null; june2023Coverage?: string | null };
/** The drawn state: a 2025 cell is partial when some parts lack a link its state claims. */
const drawn = (c: Cell): string => (c.state !== "NONE" && (c.y2022Coverage === "PARTIAL" || c.june2023Coverage === "PARTIAL") ? `${c.state} PARTIAL` : c.state);
/** As of a day, a cell is the status valid then: official, listed (official or technical), or none. */
const asOfState = (s: string | null | undefined): string => (s === "OFFICIAL" ? "ASOF_OFFICIAL" : s ? "ASOF_LISTED" : "NONE");

export async function matrixView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const asOf = asOfOf(p);
    const tier: Tier = p.tier === "MINISTRY_OR_AGENCY" ? "MINISTRY_OR_AGENCY" : "PROVINCE";
    const sort = p.sort ?? "name";
    const dir = p.dir === "desc" ? "desc" : "asc";
    main.innerHTML = `<h1>${esc(t("matrix.title"))}</h1>
      <form class="controls" id="matrix-form">${select("tier", t("common.tier"), [["PROVINCE", t("tier.PROVINCE")], ["MINISTRY_OR_AGENCY", t("tier.MINISTRY_OR_AGENCY")]], tier)}</form>
      ${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}
      ${asOf ? `<p class="note" id="matrix-asof">${esc(t("matrix.asOfNote", { date: fmtDate(asOf) }))}</p>` : ""}
      ${legend(asOf
          ? [["cell ASOF_OFFICIAL", word("ASOF_OFFICIAL")], ["cell ASOF_LISTED", word("ASOF_LISTED")], ["cell NONE", word("NO_LINK")]]
          : [["cell BOTH", word("BOTH")], ["cell JUNE_2023_ONLY", word("JUNE_2023_ONLY")], ["cell OFFICIAL_2022_ONLY", word("OFFICIAL_2022_ONLY")], ...(era === "E2025" ? [["cell BOTH PARTIAL", word("PARTIAL_CELL")] as [string, string]] : []), ["cell NONE", word("NO_LINK")]])}
      <div class="matrix-layout"><div id="matrix-body"></div><aside id="sources" class="panel" hidden aria-live="polite"></aside></div>`;
    $("#matrix-form").addEventListener("change", (e) => go("matrix", { tier: String(new FormData(e.currentTarget as HTMLFormElement).get("tier")), sort, dir }));
    const body = $<HTMLDivElement>("#matrix-body");
    setBusy(body);
    try {
        const m = (await query(ExplorerMatrixDocument, { tier, era, rollUp: era === "E2025", asOf })).connectionMatrix;
        const rows = m.rows.map((r) => ({
            ...r,
            cells: r.states.map((state, i): Cell & { assetId: string } =>
                asOf
                    ? { assetId: m.assets[i]!.id, state: asOfState(r.asOfStatuses[i]), y2022Coverage: r.cells?.[i]?.asOfCoverage }
                    : { assetId: m.assets[i]!.id, state, y2022Coverage: r.cells?.[i]?.y2022Coverage, june2023Coverage: r.cells?.[i]?.june2023Coverage },
            ),
        }));
        const sign = dir === "desc" ? -1 : 1;
        if (sort === "total") rows.sort((a, b) => sign * ((asOf ? a.totalAsOf - b.totalAsOf : a.totalJune2023 - b.totalJune2023)) || byName(a, b));
        else if (sort === "total2022") rows.sort((a, b) => sign * (a.total2022 - b.total2022) || byName(a, b));
        else if (sort.startsWith("asset:")) {
            const i = m.assets.findIndex((a) => a.id === sort);
            rows.sort((a, b) => sign * (RANK[a.cells[i]!.state]! - RANK[b.cells[i]!.state]!) || byName(a, b));
        } else rows.sort((a, b) => sign * byName(a, b));
        const ariaSort = (key: string) => (sort === key ? ` aria-sort="${dir === "asc" ? "ascending" : "descending"}"` : "");
        const mark = (key: string) => (sort === key ? `<span class="sort-mark" aria-hidden="true">${dir === "asc" ? "▲" : "▼"}</span>` : `<span class="sort-mark idle" aria-hidden="true">⇅</span>`);
        const sortButton = (key: string, name: string) => `<button type="button" class="sort" data-sort="${esc(key)}" aria-label="${esc(t("common.sortBy", { name }))}${sort === key ? `, ${esc(t(dir === "asc" ? "common.sortedAsc" : "common.sortedDesc"))}` : ""}">${mark(key)}</button>`;
        const head = m.assets
            .map((a) => `<th scope="col" class="col-asset"${ariaSort(a.id)}><div class="col-head"><a class="col-name node-link" href="${esc(nodeHref(a.id))}" title="${esc(a.name)}"><span class="col-num">${esc(a.number ?? a.code)}</span> ${esc(shortName(a.name))}</a>${sortButton(a.id, `${a.number ?? a.code}. ${a.name}`)}</div></th>`)
            .join("");
        const totalHead = (key: string, label: string, cls: string) => `<th scope="col" class="total-col ${cls} col-asset"${ariaSort(key)}><div class="col-head"><span class="col-name">${esc(label)}</span>${sortButton(key, label)}</div></th>`;
        const totalHeads = asOf ? totalHead("total", t("matrix.totalAsOf", { date: fmtDate(asOf) }), "t1") : totalHead("total2022", t("matrix.total2022"), "t1") + totalHead("total", t("matrix.total2023"), "t2");
        const footRow = (cls: string, label: string, col: string, value: (a: (typeof m.assets)[number]) => number) =>
            `<tr class="${cls}"><th scope="row">${esc(label)}</th>${m.assets.map((a) => `<td class="num" data-total-col="${col}">${value(a)}</td>`).join("")}<td class="total-col t1"></td>${asOf ? "" : `<td class="total-col t2"></td>`}</tr>`;
        const footer = asOf
            ? footRow("f1", t("matrix.colTotalAsOf", { date: fmtDate(asOf) }), "asof", (a) => a.totalAsOf)
            : footRow("f1", t("matrix.colTotal2022"), "2022", (a) => a.total2022) + footRow("f2", t("matrix.colTotal2023"), "2023", (a) => a.totalJune2023);
        const lines = rows.map(
            (r) => `<tr><th scope="row" class="row-name">${nodeLink(r.id, r.name)}${r.parts.length ? `<span class="parts">${esc(r.parts.join(" + "))}</span>` : ""}</th>${r.cells
                .map((c, i) => {
                    const a = m.assets[i]!;
                    const state = word(c.state === "NONE" ? "NO_LINK" : c.state);
                    const cov = c.y2022Coverage || c.june2023Coverage ? ` (${t("matrix.coverage", { y2022: word(c.y2022Coverage), june: word(c.june2023Coverage) })})` : "";
                    return `<td><button type="button" class="cell ${esc(drawn(c))}" data-agency="${esc(r.id)}" data-asset="${esc(c.assetId)}" data-parts="${esc(r.parts.join("|"))}" aria-label="${esc(t("matrix.cellLabel", { agency: r.name, asset: `${a.number ?? a.code}. ${a.name}`, state }) + cov)}" title="${esc(`${r.name} × ${a.number ?? a.code}. ${a.name}: ${state}${cov}`)}"></button></td>`;
                })
                .join("")}${asOf ? `<td class="num total-col t1" data-total-row="asof">${r.totalAsOf}</td>` : `<td class="num total-col t1" data-total-row="2022">${r.total2022}</td><td class="num total-col t2" data-total-row="2023">${r.totalJune2023}</td>`}</tr>`,
        );
        body.innerHTML = `<div class="table-tools">${exportButtons("matrix")} <span class="muted">${esc(t("common.showing", { shown: rows.length, total: m.rows.length }))}</span></div>
          <div class="scroll matrix-scroll" tabindex="0" role="region" aria-label="${esc(t("matrix.title"))}"><table class="matrix" id="matrix">
            <thead><tr><th scope="col" class="corner"${ariaSort("name")}><div class="col-head corner-head">${esc(t("matrix.agency"))}${sortButton("name", t("matrix.agency"))}</div></th>${head}${totalHeads}</tr></thead>
            <tbody>${lines.join("")}</tbody>
            <tfoot>${footer}</tfoot>
          </table></div>`;
        registerCsv("matrix", `matrix-${tier}-${era}${asOf ? `-${asOf}` : ""}`, () =>
            asOf
                ? [
                      [t("matrix.agency"), "id", ...m.assets.map((a) => `${a.number ?? a.code}. ${a.name}`), t("matrix.totalAsOf", { date: fmtDate(asOf) })],
                      ...rows.map((r) => [r.name, r.id, ...r.asOfStatuses.map((s) => s ?? ""), r.totalAsOf]),
                      [t("matrix.colTotalAsOf", { date: fmtDate(asOf) }), "", ...m.assets.map((a) => a.totalAsOf), ""],
                  ]
                : [
                      [t("matrix.agency"), "id", ...m.assets.map((a) => `${a.number ?? a.code}. ${a.name}`), t("matrix.total2022"), t("matrix.total2023")],
                      ...rows.map((r) => [r.name, r.id, ...r.cells.map((c) => c.state + (c.y2022Coverage ? ` 2022:${c.y2022Coverage} 2023:${c.june2023Coverage}` : "")), r.total2022, r.totalJune2023]),
                      [t("matrix.colTotal2022"), "", ...m.assets.map((a) => a.total2022), "", ""],
                      [t("matrix.colTotal2023"), "", ...m.assets.map((a) => a.totalJune2023), "", ""],
                  ],
        );
        wireCsv(body);
        body.querySelectorAll<HTMLButtonElement>("button.sort").forEach((b) =>
            b.addEventListener("click", () => {
                const key = b.dataset.sort!;
                go("matrix", { tier, asOf: asOf ?? "", sort: key, dir: key === sort && dir === "asc" ? "desc" : key === sort ? "asc" : key === "name" ? "asc" : "desc" });
            }),
        );
        body.querySelectorAll<HTMLButtonElement>("button.cell").forEach((b) => b.addEventListener("click", () => void showSources(b, b.dataset.agency!, b.dataset.asset!, b.dataset.parts)));
    } catch (e) {
        showError(body, e);
    }
}

/** Column names are long ("Cơ sở dữ liệu quốc gia về …"): the words after the common prefix. */
function shortName(name: string): string {
    const s = name.replace(/^(Cơ sở dữ liệu quốc gia|Cơ sở dữ liệu|Hệ thống thông tin quốc gia|Hệ thống thông tin|Hệ thống)\s+(về\s+)?/i, "").replace(/\s*\(.*\)\s*$/, "");
    return s.length > 34 ? `${s.slice(0, 33)}…` : s;
}

async function showSources(from: HTMLButtonElement, agency: string, asset: string, parts?: string): Promise<void> {
    const aside = $<HTMLElement>("#sources");
    aside.hidden = false;
    setBusy(aside);
    try {
        // A 2025 unit's facts are its parts': ask for the parts (the ids come from the row's own answer).
        const ids = parts ? await partIds(agency) : [agency];
        const agencies = (await query(ExplorerCellSourcesDocument, { agencies: ids, asset })).agencies;
        const edges = agencies.flatMap((a) => a.connectedAssetsConnection.edges.map((e) => ({ agency: a, e })));
        aside.innerHTML = `<h2>${esc(t("matrix.sourcesTitle"))}</h2><p>${nodeLink(agency, from.closest("tr")?.querySelector("th a")?.textContent ?? agency)} → ${nodeLink(asset, edges[0]?.e.node.name ?? asset)}</p>
          ${parts ? `<p class="muted">${esc(t("matrix.unitParts", { parts: parts.split("|").join(", ") }))}</p>` : ""}
          ${edges.length ? `<ul id="source-list">${edges.map(({ agency: a, e }) => `<li>${parts ? `${nodeLink(a.id, a.name)}: ` : ""}<strong>${codeWord(e.properties.snapshot)}</strong> · ${codeWord(e.properties.status)}<br>${citation(e.properties)}</li>`).join("")}</ul>` : `<p id="source-list">${esc(t("matrix.noFacts"))}</p>`}
          <button type="button" id="close-sources">${esc(t("common.close"))}</button>`;
        $("#close-sources").addEventListener("click", () => {
            aside.hidden = true;
            from.focus();
        });
        $<HTMLButtonElement>("#close-sources").focus();
    } catch (e) {
        showError(aside, e);
    }
}

async function partIds(unit: string): Promise<string[]> {
    const { ExplorerAgencyDetailsDocument } = await import("../../../src/__generated__/operations.js");
    const r = await query(ExplorerAgencyDetailsDocument, { id: unit });
    return r.agencies2025[0]?.predecessors.map((p) => p.id) ?? [unit];
}

