// Explore: open any node, expand its neighbours one relationship type at a time, collapse, pin; every
// edge shows its citation on hover and click, and the graph is also a keyboard-usable list. The URL
// keeps the start node, the expansions and the pins, so an exploration is a link.
import type { Core } from "cytoscape";
import { ExplorerNeighbourhoodDocument, ExplorerSearchDocument, type Era, type ExplorerNodeFragment, type ExplorerEdgeFragment } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { edgeElement, edgeSummary, mountGraph, nodeElement, runLayout, type EdgeData } from "../graph.js";
import { fmtNumber, relWord, t } from "../i18n/index.js";
import type { StringKey } from "../i18n/vi.js";
import { asOfOf, eraOf, go, href, type Params } from "../route.js";
import { historyPanel } from "./history.js";
import { $, citation, codeWord, esc, nodeLink, plainCitation, setBusy, showError, table, wireCsv } from "../ui.js";

type Group = { relationship: string; direction: "OUT" | "IN"; neighbours: number; edges: number };
const PAGE = 100;

interface State {
    era: Era;
    /** The day asked about (the date control), or null for every snapshot. */
    asOf: string | null;
    root: string;
    cy?: Core;
    nodes: Map<string, ExplorerNodeFragment>;
    edges: Map<string, ExplorerEdgeFragment>;
    /** Expansion key "node~REL~DIR" → the nodes and edges it brought. */
    expansions: Map<string, { nodes: Set<string>; edges: Set<string>; total: number }>;
    pinned: Set<string>;
    groups: Map<string, Group[]>;
    selected: string;
    back?: string;
    backName?: string;
}

let s: State;

const expKey = (node: string, rel: string, dir: string) => `${node}~${rel}~${dir}`;

function syncUrl(): void {
    const params: Params = { node: s.root, open: [...s.expansions.keys()].join(","), pin: [...s.pinned].join(","), sel: s.selected === s.root ? "" : s.selected, back: s.back ?? "" };
    history.replaceState(null, "", href("explore", params));
}

async function loadGroups(id: string): Promise<{ node: ExplorerNodeFragment; groups: Group[] }> {
    const cached = s.groups.get(id);
    if (cached && s.nodes.has(id)) return { node: s.nodes.get(id)!, groups: cached };
    const r = (await query(ExplorerNeighbourhoodDocument, { node: id, era: s.era, limit: 1, asOf: s.asOf })).neighbourhood;
    s.groups.set(r.node.id, r.groups as Group[]);
    return { node: r.node, groups: r.groups as Group[] };
}

async function expand(node: string, rel: string, dir: "OUT" | "IN"): Promise<void> {
    const key = expKey(node, rel, dir);
    if (s.expansions.has(key)) return;
    const r = (await query(ExplorerNeighbourhoodDocument, { node, relationship: rel, direction: dir, era: s.era, limit: PAGE, asOf: s.asOf })).neighbourhood;
    const added = { nodes: new Set<string>(), edges: new Set<string>(), total: r.total };
    for (const n of r.neighbours) {
        added.nodes.add(n.id);
        if (!s.nodes.has(n.id)) {
            s.nodes.set(n.id, n);
            s.cy?.add({ ...nodeElement(n), position: s.cy.getElementById(node).position() });
        }
    }
    for (const e of r.edges) {
        added.edges.add(e.id);
        if (!s.edges.has(e.id) && s.nodes.has(e.source) && s.nodes.has(e.target)) {
            s.edges.set(e.id, e);
            s.cy?.add(edgeElement(e as EdgeData));
        }
    }
    s.expansions.set(key, added);
}

function collapse(key: string): void {
    const exp = s.expansions.get(key);
    if (!exp) return;
    s.expansions.delete(key);
    const stillShown = (id: string) => id === s.root || s.pinned.has(id) || [...s.expansions.values()].some((x) => x.nodes.has(id)) || [...s.expansions.keys()].some((k) => k.startsWith(`${id}~`));
    for (const id of exp.nodes) {
        if (stillShown(id)) continue;
        s.nodes.delete(id);
        s.cy?.getElementById(id).remove();
    }
    for (const id of exp.edges) {
        const e = s.edges.get(id);
        if (!e || (s.nodes.has(e.source) && s.nodes.has(e.target) && [...s.expansions.values()].some((x) => x.edges.has(id)))) continue;
        s.edges.delete(id);
        s.cy?.getElementById(id).remove();
    }
    if (!s.nodes.has(s.selected)) s.selected = s.root;
}

function groupLabel(g: Group): string {
    return relWord(g.relationship, g.direction);
}

async function showPanel(): Promise<void> {
    const panel = $<HTMLElement>("#explore-panel");
    const { node, groups } = await loadGroups(s.selected);
    const isRoot = node.id === s.root;
    const rootName = s.nodes.get(s.root)?.name ?? s.root;
    const pinned = s.pinned.has(node.id);
    panel.innerHTML = `<h2 id="selected-name">${esc(node.name)}</h2>
      <p class="muted">${esc(t(`type.${node.type === "Agency" && node.era === 2025 ? "Agency2025" : node.type}` as StringKey))}${node.kind ? ` · ${codeWord(node.kind)}` : ""}${node.number != null ? ` · №${node.number}` : ""} <span class="muted" title="id">(${esc(node.id)})</span></p>
      ${node.became.length ? `<p>${esc(relWord("SUCCEEDED_BY", "OUT"))}: ${node.became.map((b) => nodeLink(b.id, b.name)).join(", ")}</p>` : ""}
      ${node.cameFrom.length ? `<p>${esc(relWord("SUCCEEDED_BY", "IN"))}: ${node.cameFrom.map((b) => nodeLink(b.id, b.name)).join(", ")}</p>` : ""}
      <div class="actions">
        ${isRoot ? "" : `<a class="button" id="open-node" href="${esc(href("explore", { node: node.id, back: s.root }))}">${esc(t("explore.open"))}</a>`}
        ${isRoot ? "" : `<a class="button" id="path-back" href="${esc(href("paths", { from: node.id, to: s.root }))}">${esc(t("explore.pathBack", { name: rootName }))}</a>`}
        ${isRoot && s.back ? `<a class="button" id="path-back" href="${esc(href("paths", { from: node.id, to: s.back }))}">${esc(t("explore.pathBack", { name: s.backName ?? s.back }))}</a>` : ""}
        <button type="button" id="show-history">${esc(t("explore.history"))}</button>
        ${isRoot ? "" : `<button type="button" id="pin" aria-pressed="${pinned}">${esc(pinned ? t("explore.unpin") : t("explore.pin"))}</button>`}
      </div>
      <h3>${esc(t("explore.groups"))}</h3>
      <ul class="groups">${groups
          .map((g) => {
              const key = expKey(node.id, g.relationship, g.direction);
              const open = s.expansions.has(key);
              return `<li><button type="button" class="group" data-key="${esc(key)}" aria-pressed="${open}" title="${esc(g.relationship)} (${g.direction})">${esc(open ? t("explore.collapse", { label: groupLabel(g) }) : t("explore.expand", { label: groupLabel(g), n: fmtNumber(g.neighbours) }))}</button></li>`;
          })
          .join("")}</ul>
      <div id="edge-detail" aria-live="polite"><p class="muted">${esc(t("explore.edgeHint"))}</p></div>`;
    panel.querySelectorAll<HTMLButtonElement>("button.group").forEach((b) =>
        b.addEventListener("click", async () => {
            const key = b.dataset.key!;
            const [n, rel, dir] = key.split("~") as [string, string, "OUT" | "IN"];
            if (s.expansions.has(key)) collapse(key);
            else await expand(n, rel, dir);
            afterChange(true);
            $<HTMLButtonElement>(`button.group[data-key="${CSS.escape(key)}"]`)?.focus();
        }),
    );
    panel.querySelector<HTMLButtonElement>("#show-history")?.addEventListener("click", () => void historyPanel($("#explore-history"), node.id));
    panel.querySelector<HTMLButtonElement>("#pin")?.addEventListener("click", () => {
        const el = s.cy?.getElementById(node.id);
        if (s.pinned.has(node.id)) {
            s.pinned.delete(node.id);
            el?.data("pinned", false).unlock();
        } else {
            s.pinned.add(node.id);
            el?.data("pinned", true).lock();
        }
        afterChange(false);
        $<HTMLButtonElement>("#pin")?.focus();
    });
}

function showEdge(e: EdgeData): void {
    const box = $<HTMLElement>("#edge-detail");
    if (!box) return;
    const from = s.nodes.get(e.source)?.name ?? e.source;
    const to = s.nodes.get(e.target)?.name ?? e.target;
    box.innerHTML = `<h3>${esc(t("common.citation"))}</h3><p>${nodeLink(e.source, from)} → ${nodeLink(e.target, to)}<br><strong title="${esc(e.type)}">${esc(edgeSummary(e))}</strong></p>
      ${e.citation ? `<p>${citation(e.citation)}</p>` : ""}
      ${e.parts?.length ? `<p>${esc(t("common.parts", { names: "" }))}</p><ul>${(e.parts as ExplorerEdgeFragment["parts"]).map((p) => `<li>${nodeLink(p.id, p.name)}: ${citation(p.citation)}</li>`).join("")}</ul>` : ""}
      ${e.missingParts?.length ? `<p class="partial-note">${esc(t("common.missingParts", { names: e.missingParts.map((p) => p.name).join(", ") }))}</p>` : ""}`;
}

function renderLists(): void {
    const lists = $<HTMLElement>("#explore-lists");
    const nodes = [...s.nodes.values()];
    const edges = [...s.edges.values()];
    const name = (id: string) => s.nodes.get(id)?.name ?? id;
    lists.innerHTML = `<p id="on-screen" class="muted">${esc(t("explore.onScreen", { nodes: nodes.length, edges: edges.length }))}</p>
      ${[...s.expansions.entries()].filter(([, x]) => x.total > PAGE).map(([k, x]) => `<p class="muted">${esc(k.split("~")[0]!)}: ${esc(t("explore.more", { n: x.total - PAGE, limit: PAGE }))}</p>`).join("")}
      <h2>${esc(t("explore.nodes"))}</h2>
      ${table("explore-nodes", [
          { head: t("explore.name"), html: (n: ExplorerNodeFragment) => `${nodeLink(n.id, n.name, ` data-node="${esc(n.id)}"`)}${s.pinned.has(n.id) ? ` <span class="badge">${esc(t("explore.pinned"))}</span>` : ""}`, csv: (n) => n.name },
          { head: "id", html: (n) => `<code>${esc(n.id)}</code>`, csv: (n) => n.id },
          { head: t("explore.type"), html: (n) => esc(t(`type.${n.type === "Agency" && n.era === 2025 ? "Agency2025" : n.type}` as StringKey)), csv: (n) => n.type },
          { head: "", html: (n) => `<button type="button" class="select-node" data-id="${esc(n.id)}">${esc(t("explore.select"))}</button>`, csv: () => "" },
      ], nodes, `explore-${s.root}-nodes`)}
      <h2>${esc(t("explore.edges"))}</h2>
      ${table("explore-edges", [
          { head: t("explore.from"), html: (e: ExplorerEdgeFragment) => nodeLink(e.source, name(e.source)), csv: (e) => name(e.source) },
          { head: t("explore.relationship"), html: (e) => `<button type="button" class="show-edge" data-id="${esc(e.id)}" title="${esc(e.type)}">${esc(edgeSummary(e as EdgeData))}</button>`, csv: (e) => [e.type, e.snapshot, e.status, e.coverage].filter(Boolean).join(" ") },
          { head: t("explore.to"), html: (e) => nodeLink(e.target, name(e.target)), csv: (e) => name(e.target) },
          { head: t("common.citation"), html: (e) => citation(e.citation) + (e.parts.length ? `<br>${esc(t("common.parts", { names: e.parts.map((p) => p.name).join(", ") }))}` : "") + (e.missingParts.length ? `<br><span class="partial-note">${esc(t("common.missingParts", { names: e.missingParts.map((p) => p.name).join(", ") }))}</span>` : ""), csv: (e) => `${plainCitation(e.citation)}${e.citation.text ? ` — ${e.citation.text}` : ""}` },
      ], edges, `explore-${s.root}-edges`)}`;
    wireCsv(lists);
    lists.querySelectorAll<HTMLButtonElement>("button.select-node").forEach((b) => b.addEventListener("click", () => select(b.dataset.id!)));
    lists.querySelectorAll<HTMLButtonElement>("button.show-edge").forEach((b) =>
        b.addEventListener("click", () => {
            const e = s.edges.get(b.dataset.id!);
            if (!e) return;
            s.cy?.elements().unselect();
            s.cy?.getElementById(e.id).select();
            showEdge(e as EdgeData);
            $<HTMLElement>("#edge-detail")?.scrollIntoView({ block: "nearest" });
        }),
    );
}

function select(id: string): void {
    s.selected = id;
    s.cy?.elements().unselect();
    s.cy?.getElementById(id).select();
    syncUrl();
    void showPanel();
}

function afterChange(relayout: boolean): void {
    if (relayout && s.cy) runLayout(s.cy, { layout: "fcose" });
    syncUrl();
    renderLists();
    void showPanel();
}

async function searchBox(host: HTMLElement, p: Params): Promise<void> {
    host.innerHTML = `<form class="controls" id="explore-search" role="search"><label>${esc(t("search.label"))} <input name="q" id="explore-q" value="${esc(p.q ?? "")}" placeholder="${esc(t("search.placeholder"))}" autocomplete="off"></label> <button>${esc(t("common.search"))}</button></form>
      <ul id="explore-hits" class="hits" aria-label="${esc(t("search.results"))}"></ul>`;
    $("#explore-search").addEventListener("submit", (e) => {
        e.preventDefault();
        go("explore", { ...(p.node ? { node: p.node } : {}), q: String(new FormData(e.currentTarget as HTMLFormElement).get("q")) });
    });
    if (!p.q) return;
    const hitsEl = $<HTMLElement>("#explore-hits");
    try {
        const hits = (await query(ExplorerSearchDocument, { text: p.q, era: null, types: null })).search;
        hitsEl.innerHTML = hits.length
            ? hits.map((h) => `<li>${nodeLink(h.id, h.name, ` class="hit" data-id="${esc(h.id)}"`)} <span class="muted">${esc(t(`type.${h.type === "Agency" && h.era === 2025 ? "Agency2025" : h.type}` as StringKey))}${h.era ? ` · ${h.era}` : ""}${h.becameNames.length ? ` → ${esc(h.becameNames.join(", "))}` : ""}</span></li>`).join("")
            : `<li>${esc(t("search.none", { q: p.q }))}</li>`;
    } catch (e) {
        showError(hitsEl, e);
    }
}

export async function exploreView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const asOf = asOfOf(p);
    main.innerHTML = `<h1>${esc(t("explore.title"))}</h1><p class="muted">${esc(t("explore.intro"))}</p>${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}
      <div id="explore-search-host"></div><div id="explore-body"></div>`;
    await searchBox($("#explore-search-host"), p);
    if (!p.node) return;
    const body = $<HTMLElement>("#explore-body");
    setBusy(body);
    try {
        const first = (await query(ExplorerNeighbourhoodDocument, { node: p.node, era, limit: 1, asOf })).neighbourhood;
        // The 2025 map opens the 2025 unit a 2023 unit became.
        if (era === "E2025" && first.node.era === 2023 && first.node.became.length === 1) {
            go("explore", { node: first.node.became[0]!.id, back: p.back ?? "", note: first.node.id });
            return;
        }
        s = { era, asOf, root: first.node.id, nodes: new Map([[first.node.id, first.node]]), edges: new Map(), expansions: new Map(), pinned: new Set((p.pin ?? "").split(",").filter(Boolean)), groups: new Map([[first.node.id, first.groups as Group[]]]), selected: first.node.id, back: p.back || undefined };
        const note = p.note ? `<p class="note" id="era-became">${esc(t("era.became", { old: p.note, new: first.node.name }))}</p>` : "";
        body.innerHTML = `${note}<div class="explore-layout"><div id="explore-graph" class="graph-host"></div><aside id="explore-panel" class="panel" aria-live="polite"></aside></div><div id="explore-lists"></div><section id="explore-history" aria-live="polite"></section>`;
        if (s.back) s.backName = (await loadGroups(s.back).catch(() => null))?.node.name;
        for (const key of (p.open ?? "").split(",").filter(Boolean)) {
            const [n, rel, dir] = key.split("~") as [string, string, "OUT" | "IN"];
            if (n && rel && (dir === "OUT" || dir === "IN") && (s.nodes.has(n) || n === s.root)) await expand(n, rel, dir);
        }
        s.cy = mountGraph($("#explore-graph"), {
            file: `explore-${s.root.replace(/[^a-z0-9]+/gi, "-")}`,
            label: t("explore.onScreen", { nodes: s.nodes.size, edges: s.edges.size }),
            elements: [...[...s.nodes.values()].map((n) => nodeElement(n, { root: n.id === s.root, pinned: s.pinned.has(n.id) })), ...[...s.edges.values()].map((e) => edgeElement(e as EdgeData))],
            layout: "fcose",
            onNode: (id) => select(id),
            onEdge: (e) => showEdge(e),
        });
        s.cy.nodes("[?pinned]").lock();
        if (p.sel && s.nodes.has(p.sel)) s.selected = p.sel;
        s.cy.getElementById(s.selected).select();
        syncUrl();
        renderLists();
        await showPanel();
    } catch (e) {
        showError(body, e);
    }
}

