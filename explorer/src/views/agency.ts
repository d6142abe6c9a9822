// Agency: search (diacritics-insensitive), then what the agency depends on, asset by asset in Phụ lục 1
// order, with the facts per report column; on the 2025 map, a 2025 unit through its parts.
import { ExplorerAgencyDetailsDocument, ExplorerAgencyDocument, ExplorerSearchDocument } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { fmtNumber, fmtPercent, t, word } from "../i18n/index.js";
import { eraOf, go, type Params } from "../route.js";
import { $, codeWord, esc, nodeLink, setBusy, showError, table, wireCsv } from "../ui.js";

export async function agencyView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    main.innerHTML = `<h1>${esc(t("agency.title"))}</h1>
      <form class="controls" id="agency-form" role="search"><label>${esc(t("agency.searchLabel"))} <input name="q" id="agency-q" value="${esc(p.q ?? "")}" placeholder="da nang" autocomplete="off"></label> <button>${esc(t("common.search"))}</button></form>
      ${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}
      <ul id="agency-hits" class="hits" aria-label="${esc(t("search.results"))}"></ul><div id="agency-body">${p.q || p.id ? "" : `<p class="muted">${esc(t("agency.prompt"))}</p>`}</div>`;
    $("#agency-form").addEventListener("submit", (e) => {
        e.preventDefault();
        go("agency", { q: String(new FormData(e.currentTarget as HTMLFormElement).get("q")) });
    });
    const hits = $<HTMLUListElement>("#agency-hits");
    if (p.q && !p.id) {
        try {
            const found = (await query(ExplorerSearchDocument, { text: p.q, types: ["AGENCY"], era })).search;
            hits.innerHTML = found.length
                ? found.map((h) => `<li><button type="button" class="hit" data-id="${esc(h.id)}">${esc(h.name)}</button> <span class="muted">${h.era}${h.becameNames.length ? ` → ${esc(h.becameNames.join(", "))}` : ""}${h.cameFromNames.length ? ` ← ${esc(h.cameFromNames.join(", "))}` : ""}</span></li>`).join("")
                : `<li>${esc(t("search.none", { q: p.q }))}</li>`;
            hits.querySelectorAll<HTMLButtonElement>("button.hit").forEach((b) => b.addEventListener("click", () => go("agency", { q: p.q!, id: b.dataset.id! })));
        } catch (e) {
            showError(hits, e);
        }
    }
    if (!p.id) return;
    const body = $<HTMLDivElement>("#agency-body");
    setBusy(body);
    try {
        const det = await query(ExplorerAgencyDetailsDocument, { id: p.id });
        const a23 = det.agencies[0];
        // The 2025 map shows the 2025 unit a 2023 unit became.
        if (era === "E2025" && a23?.successors.length === 1) {
            go("agency", { q: p.q ?? "", id: a23.successors[0]!.id });
            return;
        }
        const unit = det.agencies2025[0];
        const d = (await query(ExplorerAgencyDocument, { agency: p.id, era })).agencyDependencies;
        const parts = unit?.predecessors ?? [];
        const usage = a23?.figures[0];
        const assets = [...d.assets].sort((x, y) => (x.number ?? 1e9) - (y.number ?? 1e9));
        const cov = (facts: typeof d.assets[number]["facts"], snapshot: string) => {
            const have = new Set(facts.filter((f) => f.snapshot === snapshot).map((f) => f.agency));
            if (have.size === 0) return "";
            if (!parts.length) return codeWord(facts.find((f) => f.snapshot === snapshot)!.status);
            const c = have.size >= parts.length ? "FULL" : "PARTIAL";
            return `<span class="badge cov-${c}" title="${esc(c)}">${esc(word(c))}</span> <span class="muted">${esc([...have].join(", "))}</span>`;
        };
        body.innerHTML = `<h2 id="agency-name">${nodeLink(d.id, d.name)}</h2>
          ${a23 ? `<p class="muted">${esc(t("agency.aliases", { aliases: a23.aliases.join(" · ") }))}</p>` : ""}
          ${a23?.successors.length ? `<p>${esc(t("rel.SUCCEEDED_BY.OUT"))}: ${a23.successors.map((s) => nodeLink(s.id, s.name)).join(", ")}</p>` : ""}
          ${parts.length ? `<p>${esc(t("agency.partsHeading"))}: ${parts.map((x) => nodeLink(x.id, x.name)).join(", ")}</p>` : ""}
          ${a23 ? `<p>${esc(t("agency.usage"))}: <strong id="agency-usage">${fmtNumber(usage?.value)}</strong>${usage?.rank ? ` (${esc(t("agency.rank", { rank: usage.rank }))})` : ""}</p>` : ""}
          <h3>${esc(t("agency.relies", { n: assets.length }))}</h3>
          ${table("agency-assets", [
              { head: t("common.asset"), html: (x: (typeof assets)[number]) => `${x.number ?? ""}. ${nodeLink(x.id, x.name)}`, csv: (x) => `${x.number ?? ""}. ${x.name}` },
              { head: word("Y2022"), html: (x) => cov(x.facts, "Y2022"), csv: (x) => x.facts.filter((f) => f.snapshot === "Y2022").map((f) => f.agency).join("; ") },
              { head: word("JUNE_2023"), html: (x) => cov(x.facts, "JUNE_2023"), csv: (x) => x.facts.filter((f) => f.snapshot === "JUNE_2023").map((f) => f.agency).join("; ") },
              { head: t("agency.services"), html: (x) => x.services.map((s) => `${nodeLink(s.id, String(s.number))} (${fmtPercent(s.errorRatePercent)})`).join(", "), csv: (x) => x.services.map((s) => `${s.number} (${s.errorRatePercent}%)`).join(", ") },
          ], assets, `agency-${d.id}`.replace(/[^a-z0-9]+/gi, "-"))}
          ${a23 ? `<h3>${esc(t("agency.lists"))}</h3><ul>${a23.listedIn.map((l) => `<li>${codeWord(l.kind)}: ${nodeLink(l.id, l.title)}</li>`).join("") || `<li>${esc(t("agency.notListed"))}</li>`}${a23.plans.map((pl) => `<li>${nodeLink(pl.id, t("agency.plan", { title: pl.title, period: pl.period }))}</li>`).join("")}</ul>` : ""}`;
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}
