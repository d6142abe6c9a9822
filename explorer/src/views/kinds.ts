// Missing databases and the catalogues' quality, one question per tab: per agency the kinds of database
// it lacks with the peers that keep them (or against the reference catalogue); the heatmap of kinds ×
// agencies of a tier (kept / missing / rare / via a national database); the quality of each catalogue
// (documents and portals, no status, no fields, its size against its peers); and responsibility
// conflicts. Every table exports CSV; the era switch and the date control apply.
import {
    ExplorerCatalogueQualityDocument,
    ExplorerKindHeatmapDocument,
    ExplorerMissingDatabasesDocument,
    ExplorerResponsibilityConflictsDocument,
    type Era,
    type ExplorerDuplicateAgencyFragment,
    type ExplorerKindItemFragment,
    type MissingBasis,
    type Tier,
} from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { fmtDate, fmtNumber, fmtPercent, t, word } from "../i18n/index.js";
import { asOfOf, eraOf, go, href, type Params } from "../route.js";
import { $, apiText, codeWord, emptyState, esc, legend, nodeLink, select, setBusy, showError, table, tabs, wireCsv } from "../ui.js";

const TABS = ["missing", "heatmap", "quality", "conflicts"] as const;
type Tab = (typeof TABS)[number];
const TIERS = ["PROVINCE", "MINISTRY_OR_AGENCY", "DEPARTMENT"] as const;
const STATES = ["KEPT", "MISSING", "VIA_NATIONAL", "UNCOMMON", "RARE"] as const;

type Agency = ExplorerDuplicateAgencyFragment;
interface Asked {
    tier: Tier;
    era: Era;
    asOf: string | null;
    basis: MissingBasis;
}
const agencyLink = (a: Agency | null | undefined): string => (a ? nodeLink(a.id, a.name) : "");
const withParts = (a: Agency, parts: Agency[]): string => agencyLink(a) + (parts.length ? `<br><span class="muted">${esc(t("common.parts", { names: parts.map((x) => x.name).join(", ") }))}</span>` : "");
const stateBadge = (s: string | null | undefined): string => (s ? `<span class="badge ks-${esc(s)}" title="${esc(s)}">${esc(word(s))}</span>` : `<span class="muted" title="—">·</span>`);
const cite = (i: ExplorerKindItemFragment): string => `${esc(i.itemName)} <span class="muted">(${agencyLink(i.agency)} · ${esc(i.source.file ?? i.source.documentId)}, ${esc(i.source.locator)})</span>`;
const fileOf = (tab: string, a: Asked): string => `missing-databases-${tab}-${a.tier}-${a.era}${a.asOf ? `-${a.asOf}` : ""}${tab === "missing" ? `-${a.basis}` : ""}`.replace(/[^a-z0-9]+/gi, "-");
const summary = (text: string, a: Asked): string => `<p class="summary" id="kinds-summary">${esc(text)}${a.asOf ? ` ${esc(t("common.asOf", { date: fmtDate(a.asOf) }))}.` : ""}</p>`;

async function missingTab(body: HTMLElement, a: Asked): Promise<void> {
    const r = (await query(ExplorerMissingDatabasesDocument, { tier: a.tier, basis: a.basis, era: a.era, asOf: a.asOf })).missingDatabases;
    type M = (typeof r.missing)[number];
    const missing = r.missing.filter((m) => m.state === "MISSING");
    body.innerHTML = `${summary(t("kinds.missingSummary", { n: fmtNumber(missing.length), agencies: fmtNumber(new Set(missing.map((m) => m.agency.id)).size), judged: fmtNumber(r.judged), few: fmtNumber(r.tooFewPeers), without: fmtNumber(r.withoutInventory), via: fmtNumber(r.viaNational) }), a)}
      ${r.missing.length ? table("kinds-missing", [
          { head: t("common.agency"), minWidth: "10rem", html: (m: M) => withParts(m.agency, m.parts), csv: (m: M) => m.agency.name, sorted: "asc", sort: (m) => m.agency.name },
          { head: t("kinds.kind"), minWidth: "12rem", html: (m) => `<span title="${esc(m.kind?.id ?? m.reference?.id ?? "")}">${esc(m.label)}</span>${m.nationalAssetId ? `<br><span class="muted">${nodeLink(m.nationalAssetId, m.nationalAssetName ?? m.nationalAssetId)}</span>` : ""}`, csv: (m) => m.label, sort: (m) => m.label },
          { head: t("kinds.state"), html: (m) => stateBadge(m.state), csv: (m) => m.state, sort: (m) => word(m.state) },
          { head: t("kinds.verdict"), minWidth: "9rem", html: (m) => codeWord(m.verdict), csv: (m) => m.verdict, sort: (m) => word(m.verdict) },
          { head: t("kinds.peers"), num: true, html: (m) => esc(t("kinds.peersOf", { keeping: fmtNumber(m.peersKeeping), peers: fmtNumber(m.peers), share: fmtPercent(100 * m.peerShare) })), csv: (m) => m.peerShare, sort: (m) => m.peerShare },
          { head: t("kinds.keepingPeers"), minWidth: "12rem", html: (m) => m.keepingPeers.map(agencyLink).join(", ") || esc(t("common.none")), csv: (m) => m.keepingPeers.map((p) => p.name).join("; ") },
          { head: t("kinds.examples"), minWidth: "16rem", html: (m) => m.examples.map(cite).join("<br>") || (m.reference ? esc(`${m.reference.source.file ?? ""}, ${m.reference.source.locator}`) : ""), csv: (m) => m.examples.map((e) => `${e.itemName} (${e.agency.name}; ${e.source.file ?? e.source.documentId}, ${e.source.locator})`).join("; ") },
          { head: t("kinds.expected"), minWidth: "8rem", html: (m) => esc(m.expectedDepartment ?? ""), csv: (m) => m.expectedDepartment, sort: (m) => m.expectedDepartment },
          { head: t("observed.reason"), minWidth: "16rem", html: (m) => `<span class="reason">${apiText(m.reason)}</span>`, csv: (m) => m.reason },
      ], r.missing, fileOf("missing", a)) : emptyState("kinds-empty", t("kinds.noMissing"))}`;
}

async function heatmapTab(body: HTMLElement, a: Asked): Promise<void> {
    const r = (await query(ExplorerKindHeatmapDocument, { tier: a.tier, era: a.era, asOf: a.asOf })).kindHeatmap;
    type R = (typeof r.rows)[number];
    const kindColumns = r.kinds.map((k, i) => ({
        head: k.label, minWidth: "6rem",
        html: (row: R) => stateBadge(row.states[i]), csv: (row: R) => row.states[i] ?? "", sort: (row: R) => STATES.indexOf((row.states[i] ?? "RARE") as (typeof STATES)[number]),
    }));
    body.innerHTML = `${summary(t("kinds.heatmapSummary", { rows: fmtNumber(r.rows.length), kinds: fmtNumber(r.kinds.length), total: fmtNumber(r.totalKinds), share: fmtPercent(100 * r.minPeerShare) }), a)}
      ${legend(STATES.map((s): [string, string] => [`ks-${s}`, word(s)]))}
      ${r.rows.length ? table("kinds-heatmap", [
          { head: t("common.agency"), minWidth: "10rem", html: (row: R) => withParts(row.agency, row.parts), csv: (row: R) => row.agency.name, sorted: "asc", sort: (row) => row.agency.name },
          { head: t("kinds.entries"), num: true, html: (row) => fmtNumber(row.entries), csv: (row) => row.entries, sort: (row) => row.entries },
          ...kindColumns,
      ], r.rows, fileOf("heatmap", a), t("kinds.heatmapCaption")) : emptyState("kinds-empty", t("kinds.noHeatmap"))}`;
}

async function qualityTab(body: HTMLElement, a: Asked): Promise<void> {
    const r = (await query(ExplorerCatalogueQualityDocument, { tier: a.tier, era: a.era, asOf: a.asOf })).catalogueQuality;
    type C = (typeof r.catalogues)[number];
    const names = (xs: { itemName: string }[]): string => xs.map((x) => esc(x.itemName)).join("<br>") || esc(t("common.none"));
    body.innerHTML = `${summary(t("kinds.qualitySummary", { n: fmtNumber(r.total), min: fmtNumber(r.reported.min), max: fmtNumber(r.reported.max), median: fmtNumber(r.reported.median) }), a)}
      ${r.catalogues.length ? table("kinds-quality", [
          { head: t("common.agency"), minWidth: "10rem", html: (c: C) => withParts(c.agency, c.parts), csv: (c: C) => c.agency.name, sorted: "asc", sort: (c) => c.agency.name },
          { head: t("kinds.size"), minWidth: "10rem", html: (c) => esc(t("kinds.sizeOf", { entries: fmtNumber(c.entries), pct: c.size.percentile == null ? "—" : fmtNumber(c.size.percentile), min: fmtNumber(c.size.min), max: fmtNumber(c.size.max) })), csv: (c) => c.entries, num: true, sort: (c) => c.entries },
          { head: t("kinds.unstructured"), minWidth: "16rem", html: (c) => c.unstructured.map((u) => `${esc(u.itemName)} <span class="muted">(“${esc(u.phrase ?? "")}” · ${esc(u.source.file ?? u.source.documentId)}, ${esc(u.source.locator)})</span>`).join("<br>") || esc(t("common.none")), csv: (c) => c.unstructured.map((u) => `${u.itemName} (${u.phrase ?? ""}: ${u.reason})`).join("; "), sort: (c) => c.unstructured.length },
          { head: t("kinds.withoutStatus"), minWidth: "12rem", html: (c) => names(c.withoutStatus), csv: (c) => c.withoutStatus.map((x) => x.itemName).join("; "), sort: (c) => c.withoutStatus.length },
          { head: t("kinds.withoutFields"), num: true, html: (c) => fmtNumber(c.withoutFields.length), csv: (c) => c.withoutFields.length, sort: (c) => c.withoutFields.length },
      ], r.catalogues, fileOf("quality", a)) : emptyState("kinds-empty", t("kinds.noQuality"))}`;
}

async function conflictsTab(body: HTMLElement, a: Asked): Promise<void> {
    const r = (await query(ExplorerResponsibilityConflictsDocument, { tier: a.tier, era: a.era, asOf: a.asOf })).responsibilityConflicts;
    type K = (typeof r.conflicts)[number];
    body.innerHTML = `${summary(t("kinds.conflictsSummary", { n: fmtNumber(r.total) }), a)}
      ${r.conflicts.length ? table("kinds-conflicts", [
          { head: t("kinds.scope"), minWidth: "9rem", html: (c: K) => (c.scope ? agencyLink(c.scope) : esc(t("common.all"))), csv: (c: K) => c.scope?.name ?? "", sorted: "asc", sort: (c) => c.scope?.name ?? "" },
          { head: t("kinds.kind"), minWidth: "12rem", html: (c) => `<span title="${esc(c.kind.id)}">${esc(c.kind.label)}</span>`, csv: (c) => c.kind.label, sort: (c) => c.kind.label },
          { head: t("kinds.agencies"), minWidth: "12rem", html: (c) => c.agencies.map(agencyLink).join("<br>"), csv: (c) => c.agencies.map((x) => x.name).join("; "), sort: (c) => c.agencies.length },
          { head: t("kinds.items"), minWidth: "16rem", html: (c) => c.items.map(cite).join("<br>"), csv: (c) => c.items.map((i) => `${i.itemName} (${i.agency.name}; ${i.source.file ?? i.source.documentId}, ${i.source.locator})`).join("; ") },
          { head: t("kinds.expected"), minWidth: "8rem", html: (c) => esc(c.expectedDepartment ?? ""), csv: (c) => c.expectedDepartment },
          { head: t("observed.reason"), minWidth: "16rem", html: (c) => `<span class="reason">${apiText(c.reason)}</span>`, csv: (c) => c.reason },
      ], r.conflicts, fileOf("conflicts", a)) : emptyState("kinds-empty", t("kinds.noConflicts"))}`;
}

const RENDER: Record<Tab, (body: HTMLElement, a: Asked) => Promise<void>> = { missing: missingTab, heatmap: heatmapTab, quality: qualityTab, conflicts: conflictsTab };

export async function kindsView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const tab: Tab = (TABS as readonly string[]).includes(p.tab ?? "") ? (p.tab as Tab) : "missing";
    // Departments are compared with the departments of the same kind, on the 2023 map only.
    const tiers = TIERS.filter((x) => x !== "DEPARTMENT" || era === "E2023");
    const tier = ((tiers as readonly string[]).includes(p.tier ?? "") ? p.tier : "PROVINCE") as Tier;
    const basis: MissingBasis = p.basis === "REFERENCE" ? "REFERENCE" : "PEERS";
    const asked: Asked = { tier, era, asOf: asOfOf(p), basis };
    main.innerHTML = `<h1>${esc(t("kinds.title"))}</h1>
      ${tabs(t("kinds.tabs"), TABS.map((k) => [k, t(`kinds.tab.${k}`), href("kinds", { tab: k, tier })]), tab)}
      <form class="controls" id="kinds-form">${select("tier", t("common.tier"), tiers.map((x): [string, string] => [x, t(`tier.${x}`)]), tier)}
        ${tab === "missing" ? select("basis", t("kinds.basis"), [["PEERS", word("PEERS")], ["REFERENCE", word("REFERENCE")]], basis) : ""}</form>
      ${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}<div id="kinds-body"></div>`;
    $("#kinds-form").addEventListener("change", (e) => go("kinds", { tab, ...Object.fromEntries([...new FormData(e.currentTarget as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)])) }));
    const body = $<HTMLElement>("#kinds-body");
    setBusy(body);
    try {
        await RENDER[tab](body, asked);
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}
