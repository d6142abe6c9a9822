// Impact: an asset's services (sized by transactions) and what consumes them, with a legend and
// citations on the edges; the connected agencies listed, on the 2025 map as 2025 units with coverage.
import { ExplorerImpactDocument, ExplorerNeighbourhoodDocument } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { assetOptions } from "../assets.js";
import { edgeElement, edgeSummary, mountGraph, nodeElement, type EdgeData } from "../graph.js";
import { fmtDate, fmtNumber, fmtPercent, t, word } from "../i18n/index.js";
import { asOfOf, eraOf, go, type Params } from "../route.js";
import { $, citation, codeWord, esc, nodeLink, select, setBusy, showError, table, wireCsv } from "../ui.js";

export async function impactView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const asOf = asOfOf(p);
    const asset = p.asset ?? "asset:001:2";
    const opts = await assetOptions();
    main.innerHTML = `<h1>${esc(t("impact.title"))}</h1>
      <form class="controls" id="impact-form">${select("asset", t("common.asset"), opts.map((a) => [a.id, `${a.number ?? ""}. ${a.name}`]), asset)}</form>
      ${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}<div id="impact-body"></div>`;
    $("#impact-form").addEventListener("change", (e) => go("impact", { asset: String(new FormData(e.currentTarget as HTMLFormElement).get("asset")) }));
    const body = $<HTMLDivElement>("#impact-body");
    setBusy(body);
    try {
        const [r, hood] = await Promise.all([
            query(ExplorerImpactDocument, { asset, depth: 3, asOf }).then((x) => x.assetImpact),
            query(ExplorerNeighbourhoodDocument, { node: asset, relationship: "CONNECTED_TO", direction: "IN", era, limit: 500, asOf }).then((x) => x.neighbourhood),
        ]);
        const file = `impact-${r.id}${r.asOf ? `-${r.asOf}` : ""}`.replace(/[^a-z0-9]+/gi, "-");
        body.innerHTML = `<p class="summary" id="impact-summary">${esc(t("impact.summary", { name: r.name, services: r.services.length, tx: fmtNumber(r.totalTransactions), period: t("common.period"), agencies: hood.total, dependents: r.dependents.length }))}${r.asOf ? ` ${esc(t("common.asOf", { date: fmtDate(r.asOf) }))}` : ""}</p>
          <div id="impact-graph" class="graph-host"></div><p id="impact-edge" class="edge-detail" aria-live="polite"></p>
          <h2>${esc(t("impact.services"))}</h2>
          ${table("impact-services", [
              { head: t("impact.services"), html: (s: (typeof r.services)[number]) => `${s.number}. ${nodeLink(s.id, s.name)}`, csv: (s) => `${s.number}. ${s.name}` },
              { head: t("impact.transactions"), html: (s) => fmtNumber(s.transactions), csv: (s) => s.transactions, num: true },
              { head: t("impact.errorRate"), html: (s) => fmtPercent(s.errorRatePercent), csv: (s) => s.errorRatePercent, num: true },
          ], r.services, `${file}-services`)}
          <h2>${esc(t("impact.connected"))} (${hood.total})</h2>
          ${table("impact-agencies", [
              { head: t("common.agency"), html: (n: (typeof hood.neighbours)[number]) => nodeLink(n.id, n.name), csv: (n) => n.name },
              { head: t("gaps.snapshot"), html: (n) => hood.edges.filter((e) => e.source === n.id).map((e) => `${codeWord(e.snapshot)}${e.coverage ? ` <span class="badge cov-${esc(e.coverage)}" title="${esc(e.coverage)}">${esc(word(e.coverage))}</span>` : ""}`).join("<br>"), csv: (n) => hood.edges.filter((e) => e.source === n.id).map((e) => `${e.snapshot}${e.coverage ? ` ${e.coverage}` : ""}`).join("; ") },
              ...(era === "E2025" ? [{ head: t("gaps.parts"), html: (n: (typeof hood.neighbours)[number]) => (n.cameFrom.length ? n.cameFrom.map((x) => { const ok = hood.edges.some((e) => e.source === n.id && e.parts.some((pp) => pp.id === x.id)); return `<span class="part ${ok ? "ok" : "lack"}">${ok ? "✓" : "✗"} ${nodeLink(x.id, x.name)}</span>`; }).join(" ") : ""), csv: (n: (typeof hood.neighbours)[number]) => n.cameFrom.map((x) => x.name).join("; ") }] : []),
          ], hood.neighbours, `${file}-agencies-${era}`)}`;
        wireCsv(body);
        const max = Math.max(1, ...r.services.map((s) => s.transactions));
        const serviceIds = new Set(r.services.map((s) => s.id));
        const elements = [
            nodeElement({ id: r.id, type: "Asset", name: r.name }, { root: true }),
            ...r.services.map((s) => nodeElement({ id: s.id, type: "Service", name: `${s.name} (${fmtPercent(s.errorRatePercent)})`, number: s.number }, { size: 16 + 34 * Math.sqrt(s.transactions / max) })),
        ];
        // The edges with their citations, from the neighbourhoods of the asset and of its services.
        const viaServices = [...new Set(r.dependents.map((d) => d.via[d.via.length - 1]).filter((v): v is string => !!v))];
        const cited = (await Promise.all([
            query(ExplorerNeighbourhoodDocument, { node: r.id, relationship: "PROVIDED_BY", direction: "IN", era: "E2023", limit: 500 }),
            ...viaServices.map((v) => query(ExplorerNeighbourhoodDocument, { node: v, relationship: "CONSUMED_BY", direction: "OUT", era: "E2023", limit: 500 })),
        ])).flatMap((x) => x.neighbourhood.edges);
        const citedEdge = (source: string, target: string, type: string) => cited.find((e) => e.source === source && e.target === target && e.type === type);
        for (const s of r.services) elements.push(edgeElement((citedEdge(s.id, r.id, "PROVIDED_BY") ?? { id: `${s.id}>${r.id}`, source: s.id, target: r.id, type: "PROVIDED_BY" }) as EdgeData));
        const ids = new Set(elements.map((e) => e.data.id));
        for (const d of r.dependents) {
            if (!ids.has(d.id)) elements.push(nodeElement({ id: d.id, type: d.label, name: d.name }));
            ids.add(d.id);
            const via = d.via[d.via.length - 1];
            if (via && (serviceIds.has(via) || ids.has(via))) elements.push(edgeElement((citedEdge(via, d.id, "CONSUMED_BY") ?? { id: `${via}>${d.id}`, source: via, target: d.id, type: "CONSUMED_BY" }) as EdgeData));
        }
        mountGraph($("#impact-graph"), {
            file,
            label: t("impact.graphLabel", { name: r.name }),
            elements,
            layout: "fcose",
            onNode: (id) => go("explore", { node: id }),
            onEdge: (e) => {
                const name = (id: string) => String(elements.find((x) => x.data.id === id)?.data.name ?? id);
                $<HTMLElement>("#impact-edge").innerHTML = `${nodeLink(e.source, name(e.source))} → ${nodeLink(e.target, name(e.target))}: ${esc(edgeSummary(e))}${e.citation ? ` — ${citation(e.citation)}` : ""}`;
            },
        });
    } catch (e) {
        showError(body, e);
    }
}
