// Paths: how one node reaches another (e.g. how Đà Nẵng depends on the population database), drawn as
// a graph and listed path by path with every hop's citation, snapshot and status.
import { ExplorerPathsDocument, type PathMode } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { edgeElement, edgeSummary, mountGraph, nodeElement, type EdgeData } from "../graph.js";
import { fmtNumber, t } from "../i18n/index.js";
import { eraOf, go, type Params } from "../route.js";
import { $, citation, esc, exportButtons, nodeLink, registerCsv, select, setBusy, showError, wireCsv } from "../ui.js";

export async function pathsView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const mode: PathMode = p.mode === "ANY" ? "ANY" : "DEPENDENCY";
    const hops = Math.min(6, Math.max(1, Number(p.hops ?? 4) || 4));
    main.innerHTML = `<h1>${esc(t("paths.title"))}</h1>
      <form class="controls" id="paths-form">
        <label>${esc(t("paths.from"))} <input name="from" id="paths-from" value="${esc(p.from ?? "")}" placeholder="da nang" autocomplete="off" required></label>
        <label>${esc(t("paths.to"))} <input name="to" id="paths-to" value="${esc(p.to ?? "")}" placeholder="CSDLQG về dân cư" autocomplete="off" required></label>
        ${select("mode", t("paths.mode"), [["DEPENDENCY", t("paths.mode.DEPENDENCY")], ["ANY", t("paths.mode.ANY")]], mode)}
        ${select("hops", t("paths.maxHops"), ["1", "2", "3", "4", "5", "6"].map((h) => [h, h]), String(hops))}
        <button type="button" id="paths-swap">${esc(t("paths.swap"))}</button> <button id="paths-ask">${esc(t("paths.ask"))}</button>
      </form><div id="paths-body"></div>`;
    const form = $<HTMLFormElement>("#paths-form");
    const submit = () => {
        const f = new FormData(form);
        go("paths", { from: String(f.get("from")).trim(), to: String(f.get("to")).trim(), mode: String(f.get("mode")), hops: String(f.get("hops")) });
    };
    form.addEventListener("submit", (e) => {
        e.preventDefault();
        submit();
    });
    $("#paths-swap").addEventListener("click", () => go("paths", { from: p.to ?? "", to: p.from ?? "", mode, hops: String(hops) }));
    const body = $<HTMLElement>("#paths-body");
    if (!p.from || !p.to) {
        body.innerHTML = `<p class="muted">${esc(t("paths.prompt"))}</p>`;
        return;
    }
    setBusy(body);
    try {
        const r = (await query(ExplorerPathsDocument, { from: p.from, to: p.to, mode, maxHops: hops, era, limit: 20 })).paths;
        // The 2025 map asks from the 2025 unit a 2023 unit became.
        if (era === "E2025" && r.from.era === 2023 && r.from.became.length === 1) {
            go("paths", { from: r.from.became[0]!.id, to: p.to, mode, hops: String(hops), note: r.from.name });
            return;
        }
        const note = p.note ? `<p class="note" id="era-became">${esc(t("era.became", { old: p.note, new: r.from.name }))}</p>` : "";
        if (r.total === 0) {
            body.innerHTML = `${note}<p class="summary" id="paths-summary">${esc(t("paths.none", { from: r.from.name, to: r.to.name, hops, mode: t(`paths.mode.${mode}`) }))}</p>`;
            return;
        }
        const names = new Map(r.paths.flatMap((x) => x.nodes.map((n) => [n.id, n.name] as const)));
        body.innerHTML = `${note}<p class="summary" id="paths-summary">${esc(t("paths.summary", { total: fmtNumber(r.total), from: r.from.name, to: r.to.name, min: r.paths[0]!.hops }))}${r.complete ? "" : ` ${esc(t("paths.incomplete", { n: r.total }))}`}</p>
          <div id="paths-graph" class="graph-host"></div><p id="paths-edge" class="edge-detail" aria-live="polite"></p>
          <h2>${esc(t("common.list"))}</h2><div class="table-tools">${exportButtons("paths-list")}</div>
          <ol id="paths-list" class="paths">${r.paths
              .map((path, i) => `<li><h3>${esc(t("paths.path", { n: i + 1, hops: path.hops }))}</h3><ol class="hops">${path.nodes
                  .slice(1)
                  .map((n, h) => `<li><span class="hop-label">${esc(t("paths.hop", { n: h + 1 }))}:</span> ${nodeLink(path.nodes[h]!.id, path.nodes[h]!.name)} → ${nodeLink(n.id, n.name)}<ul>${path.edges
                      .filter((e) => e.step === h + 1)
                      .map((e) => `<li><strong title="${esc(e.edge.type)}">${esc(edgeSummary(e.edge as EdgeData))}</strong> — ${citation(e.edge.citation)}</li>`)
                      .join("")}</ul></li>`)
                  .join("")}</ol></li>`)
              .join("")}</ol>`;
        registerCsv("paths-list", `paths-${p.from}-${p.to}`.replace(/[^a-z0-9]+/gi, "-"), () => [
            t("paths.exportHead").split("|"),
            ...r.paths.flatMap((path, i) => path.edges.map((e) => [i + 1, e.step, names.get(e.edge.source) ?? e.edge.source, e.edge.type, names.get(e.edge.target) ?? e.edge.target, e.edge.snapshot, e.edge.status, e.edge.citation.documentId, e.edge.citation.section, e.edge.citation.locator, e.edge.citation.text])),
        ]);
        wireCsv(body);
        const nodes = new Map(r.paths.flatMap((x) => x.nodes.map((n) => [n.id, n] as const)));
        const edges = new Map(r.paths.flatMap((x) => x.edges.map((e) => [e.edge.id, e.edge] as const)));
        mountGraph($("#paths-graph"), {
            file: `paths-${r.from.id}-${r.to.id}`.replace(/[^a-z0-9]+/gi, "-"),
            label: plainSummary(r.from.name, r.to.name, r.total),
            elements: [...[...nodes.values()].map((n) => nodeElement(n, { root: n.id === r.from.id || n.id === r.to.id })), ...[...edges.values()].map((e) => edgeElement(e as EdgeData))],
            layout: "breadthfirst",
            roots: [r.from.id],
            onNode: (id) => go("explore", { node: id }),
            onEdge: (e) => {
                $<HTMLElement>("#paths-edge").innerHTML = `<strong>${nodeLink(e.source, names.get(e.source) ?? e.source)} → ${nodeLink(e.target, names.get(e.target) ?? e.target)}</strong>: ${esc(edgeSummary(e))}${e.citation ? ` — ${citation(e.citation)}` : ""}`;
            },
        });
    } catch (e) {
        showError(body, e);
    }
}

const plainSummary = (from: string, to: string, total: number) => `${from} → ${to}: ${total}`;
