// Duplicates and inventories, one question per tab: local items that repeat a national database (or
// that several agencies build separately), the clusters they form, agencies keeping a copy without an
// official link, national assets an inventory needs without a link, and who has no inventory yet.
import {
    ExplorerDuplicateCandidatesDocument,
    ExplorerDuplicateClustersDocument,
    ExplorerMissingLinksDocument,
    ExplorerRedundantCopiesDocument,
    ExplorerWithoutInventoryDocument,
    type Era,
    type ExplorerDuplicateAgencyFragment,
    type Tier,
} from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { fmtNumber, t, word } from "../i18n/index.js";
import { eraOf, go, href, type Params } from "../route.js";
import { $, apiText, codeWord, emptyState, esc, nodeLink, select, setBusy, showError, table, tabs, wireCsv } from "../ui.js";

const TABS = ["candidates", "clusters", "copies", "links", "inventory"] as const;
type Tab = (typeof TABS)[number];
const TIERS = ["PROVINCE", "MINISTRY_OR_AGENCY", "DEPARTMENT"] as const;

type Agency = ExplorerDuplicateAgencyFragment;
const agencyLink = (a: Agency | null | undefined): string => (a ? nodeLink(a.id, a.name) : "");
/** Datasets are nodes of the graph; inventory entries are shown by name (the explore view does not open them). */
const itemLink = (id: string, name: string, sourceType: string): string => (sourceType === "DATASET" ? nodeLink(id, name) : `<span title="${esc(id)}">${esc(name)}</span>`);
const weaker = (links: { snapshot: string; status: string }[]): string => links.map((l) => `${codeWord(l.snapshot)}: ${codeWord(l.status)}`).join("<br>") || esc(t("dup.noLink"));
const plainLinks = (links: { snapshot: string; status: string }[]): string => links.map((l) => `${l.snapshot} ${l.status}`).join("; ");
const fileOf = (s: string): string => s.replace(/[^a-z0-9]+/gi, "-");

/** The evidence, one line per phrase found, with every place it was found in. */
function evidenceHtml(evidence: { found: string; where: string; via: string }[]): string {
    const byPhrase = new Map<string, { wheres: string[]; via: string }>();
    for (const e of evidence) {
        const x = byPhrase.get(e.found) ?? { wheres: [], via: e.via };
        if (!x.wheres.includes(e.where)) x.wheres.push(e.where);
        byPhrase.set(e.found, x);
    }
    return [...byPhrase].map(([found, x]) => `“${esc(found)}” <span class="muted">(${x.wheres.map(codeWord).join(", ")} · ${codeWord(x.via)})</span>`).join("<br>");
}

async function candidatesTab(body: HTMLElement, tier: Tier | null, era: Era): Promise<void> {
    const r = (await query(ExplorerDuplicateCandidatesDocument, { tier, era })).duplicateCandidates;
    type C = (typeof r.candidates)[number];
    const kinds = [...new Set(r.candidates.map((c) => c.kind))];
    body.innerHTML = `<p class="summary" id="dup-summary">${esc(t("dup.candidatesSummary", { n: fmtNumber(r.total) }))} ${kinds.map((k) => `${codeWord(k)} ${fmtNumber(r.candidates.filter((c) => c.kind === k).length)}`).join(" · ")}</p>
      ${r.candidates.length ? table("dup-candidates", [
          { head: t("dup.item"), minWidth: "14rem", html: (c: C) => `${itemLink(c.itemId, c.itemName, c.sourceType)}<br><span class="muted">${codeWord(c.sourceType)} · ${esc(c.source.file ?? c.source.documentId)} · ${esc(c.source.locator)}</span>`, csv: (c: C) => c.itemName, sort: (c) => c.itemName },
          { head: t("dup.keeper"), minWidth: "10rem", html: (c) => agencyLink(c.agency) + (c.accountable.id !== c.agency.id ? `<br><span class="muted">${esc(t("dup.answerable"))}: ${agencyLink(c.accountable)}</span>` : "") + (era === "E2025" && c.unit2025 ? `<br><span class="muted">${esc(t("type.Agency2025"))}: ${agencyLink(c.unit2025)}</span>` : ""), csv: (c) => c.agency.name, sort: (c) => c.accountable.name },
          { head: t("dup.kind"), minWidth: "7rem", html: (c) => codeWord(c.kind), csv: (c) => c.kind, sort: (c) => word(c.kind) },
          { head: t("dup.national"), minWidth: "12rem", html: (c) => (c.nationalAssetId ? nodeLink(c.nationalAssetId, c.nationalAssetName ?? c.nationalAssetId) + (c.databaseId !== c.nationalAssetId ? `<br><span class="muted">${nodeLink(c.databaseId, c.databaseName)}</span>` : "") : `<span class="muted">${esc(t("dup.cluster"))}: ${esc(c.databaseName)}</span>`), csv: (c) => c.nationalAssetName ?? c.databaseName, sort: (c) => c.nationalAssetName ?? c.databaseName },
          { head: t("dup.score"), html: (c) => fmtNumber(c.score, 2), csv: (c) => c.score, num: true, sorted: "desc", sort: (c) => c.score },
          { head: t("dup.evidence"), minWidth: "14rem", html: (c) => evidenceHtml(c.evidence) || `<span class="terms">${esc(t("dup.sharedTerms"))}</span>`, csv: (c) => c.evidence.map((e) => `${e.found} (${e.where}, ${e.via})`).join("; ") },
      ], r.candidates, fileOf(`duplicates-candidates-${tier ?? "all"}-${era}`)) : emptyState("dup-empty", t("dup.noCandidates"))}`;
}

async function clustersTab(body: HTMLElement, tier: Tier | null, era: Era): Promise<void> {
    const r = (await query(ExplorerDuplicateClustersDocument, { tier, era })).duplicateClusters;
    type K = (typeof r.clusters)[number];
    body.innerHTML = `<p class="summary" id="dup-summary">${esc(t("dup.clustersSummary", { n: fmtNumber(r.total), national: fmtNumber(r.clusters.filter((c) => c.basis === "NATIONAL").length), local: fmtNumber(r.clusters.filter((c) => c.basis === "LOCAL").length) }))}</p>
      ${r.clusters.length ? table("dup-clusters", [
          { head: t("dup.cluster"), html: (c: K) => (c.nationalAssetId ? nodeLink(c.nationalAssetId, c.nationalAssetName ?? c.label) : `<span class="terms" title="${esc(c.id)}">${esc(c.label)}</span>`), csv: (c: K) => c.nationalAssetName ?? c.label, sort: (c) => c.nationalAssetName ?? c.label },
          { head: t("dup.basis"), html: (c) => codeWord(c.basis), csv: (c) => c.basis, sort: (c) => word(c.basis) },
          { head: t("dup.agencies"), html: (c) => fmtNumber(c.agencyCount), csv: (c) => c.agencyCount, num: true, sorted: "desc", sort: (c) => c.agencyCount },
          { head: t("dup.items"), html: (c) => fmtNumber(c.itemCount), csv: (c) => c.itemCount, num: true, sort: (c) => c.itemCount },
          { head: t("dup.members"), minWidth: "18rem", html: (c) => c.members.map((m) => `${itemLink(m.itemId, m.itemName, m.sourceType)} <span class="muted">(${agencyLink(m.accountable)})</span>`).join("<br>"), csv: (c) => c.members.map((m) => `${m.itemName} (${m.accountable.name})`).join("; ") },
          { head: t("dup.terms"), html: (c) => `<span class="terms">${esc(c.sharedTerms.slice(0, 6).join(", "))}</span>`, csv: (c) => c.sharedTerms.join("; ") },
      ], r.clusters, fileOf(`duplicates-clusters-${tier ?? "all"}-${era}`)) : emptyState("dup-empty", t("dup.noClusters"))}`;
}

async function copiesTab(body: HTMLElement, tier: Tier | null, era: Era): Promise<void> {
    const r = (await query(ExplorerRedundantCopiesDocument, { tier, era })).redundantCopies;
    type R = (typeof r.copies)[number];
    body.innerHTML = `<p class="summary" id="dup-summary">${esc(t("dup.copiesSummary", { n: fmtNumber(r.total), agencies: fmtNumber(new Set(r.copies.map((c) => c.agency.id)).size) }))}</p>
      ${r.copies.length ? table("dup-copies", [
          { head: t("common.agency"), html: (c: R) => agencyLink(c.agency) + (c.parts.length ? `<br><span class="muted">${esc(t("common.parts", { names: c.parts.map((x) => x.name).join(", ") }))}</span>` : ""), csv: (c: R) => c.agency.name, sorted: "asc", sort: (c) => c.agency.name },
          { head: t("dup.national"), minWidth: "12rem", html: (c) => nodeLink(c.nationalAssetId, c.nationalAssetName), csv: (c) => c.nationalAssetName, sort: (c) => c.nationalAssetName },
          { head: t("dup.copies"), minWidth: "14rem", html: (c) => c.items.map((i) => `${itemLink(i.itemId, i.itemName, i.sourceType)} <span class="muted">(${agencyLink(i.agency)})</span>`).join("<br>"), csv: (c) => c.items.map((i) => i.itemName).join("; "), sort: (c) => c.items.length },
          { head: t("dup.weakerLinks"), minWidth: "10rem", html: (c) => weaker(c.links), csv: (c) => plainLinks(c.links) },
          { head: t("observed.reason"), minWidth: "16rem", html: (c) => `<span class="reason">${apiText(c.reason)}</span>`, csv: (c) => c.reason },
      ], r.copies, fileOf(`duplicates-copies-${tier ?? "all"}-${era}`)) : emptyState("dup-empty", t("dup.noCopies"))}`;
}

async function linksTab(body: HTMLElement, tier: Tier | null, era: Era): Promise<void> {
    const r = (await query(ExplorerMissingLinksDocument, { tier, era })).missingLinks;
    type M = (typeof r.links)[number];
    body.innerHTML = `<p class="summary" id="dup-summary">${esc(t("dup.linksSummary", { n: fmtNumber(r.total), agencies: fmtNumber(new Set(r.links.map((c) => c.agency.id)).size) }))}</p>
      ${r.links.length ? table("dup-links", [
          { head: t("common.agency"), html: (m: M) => agencyLink(m.agency) + (m.parts.length ? `<br><span class="muted">${esc(t("common.parts", { names: m.parts.map((x) => x.name).join(", ") }))}</span>` : ""), csv: (m: M) => m.agency.name, sorted: "asc", sort: (m) => m.agency.name },
          { head: t("dup.national"), minWidth: "12rem", html: (m) => nodeLink(m.nationalAssetId, m.nationalAssetName), csv: (m) => m.nationalAssetName, sort: (m) => m.nationalAssetName },
          { head: t("dup.copies"), minWidth: "14rem", html: (m) => m.copies.map((c) => esc(c.itemName)).join("<br>") || esc(t("common.none")), csv: (m) => m.copies.map((c) => c.itemName).join("; "), sort: (m) => m.copies.length },
          { head: t("dup.identifiers"), minWidth: "14rem", html: (m) => m.identifiers.map((i) => `${esc(i.field)} <span class="muted">(${esc(i.phrase)} · ${esc(i.itemName)})</span>`).join("<br>") || esc(t("common.none")), csv: (m) => m.identifiers.map((i) => `${i.field} (${i.phrase})`).join("; "), sort: (m) => m.identifiers.length },
          { head: t("dup.weakerLinks"), minWidth: "10rem", html: (m) => weaker(m.links), csv: (m) => plainLinks(m.links) },
      ], r.links, fileOf(`duplicates-missing-links-${tier ?? "all"}-${era}`)) : emptyState("dup-empty", t("dup.noLinks"))}`;
}

async function inventoryTab(body: HTMLElement, tier: Tier | null, era: Era): Promise<void> {
    const r = (await query(ExplorerWithoutInventoryDocument, { tier: tier ?? "PROVINCE", era })).agenciesWithoutInventory;
    body.innerHTML = `<p class="summary" id="dup-summary">${esc(t("dup.inventorySummary", { n: fmtNumber(r.total), checked: fmtNumber(r.checked), have: fmtNumber(r.checked - r.total) }))}</p>
      ${r.agencies.length ? table("dup-inventory", [
          { head: t("common.agency"), html: (a: Agency) => agencyLink(a), csv: (a: Agency) => a.name, sorted: "asc", sort: (a) => a.name },
          { head: t("explore.type"), html: (a) => codeWord(a.kind), csv: (a) => a.kind },
      ], r.agencies, fileOf(`duplicates-without-inventory-${tier ?? "PROVINCE"}-${era}`)) : emptyState("dup-empty", t("dup.allHaveInventory"))}`;
}

const RENDER: Record<Tab, (body: HTMLElement, tier: Tier | null, era: Era) => Promise<void>> = { candidates: candidatesTab, clusters: clustersTab, copies: copiesTab, links: linksTab, inventory: inventoryTab };

export async function duplicatesView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const tab: Tab = (TABS as readonly string[]).includes(p.tab ?? "") ? (p.tab as Tab) : "candidates";
    // Every agency of a tier, or (not for "who has no inventory", which asks one tier) all of them.
    const tiers = tab === "inventory" ? TIERS.filter((x) => x !== "DEPARTMENT" || era === "E2023") : TIERS;
    const tier = ((tiers as readonly string[]).includes(p.tier ?? "") ? p.tier : tab === "inventory" ? "PROVINCE" : null) as Tier | null;
    main.innerHTML = `<h1>${esc(t("dup.title"))}</h1>
      ${tabs(t("dup.tabs"), TABS.map((k) => [k, t(`dup.tab.${k}`), href("duplicates", { tab: k })]), tab)}
      <form class="controls" id="dup-form">${select("tier", t("common.tier"), [...(tab === "inventory" ? [] : [["", t("common.all")] as [string, string]]), ...tiers.map((x): [string, string] => [x, t(`tier.${x}`)])], tier ?? "")}</form>
      ${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}<div id="dup-body"></div>`;
    $("#dup-form").addEventListener("change", (e) => go("duplicates", { tab, tier: String(new FormData(e.currentTarget as HTMLFormElement).get("tier")) }));
    const body = $<HTMLElement>("#dup-body");
    setBusy(body);
    try {
        await RENDER[tab](body, tier, era);
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}
