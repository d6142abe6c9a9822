// Observed usage, one question per tab: who consumes a service and what an agency consumes (monthly
// series, error rates), declared links against the traffic on them, and what fails with an asset (single
// points of failure). Imported figures and the reports' own are shown side by side, never merged; with
// nothing imported the view says so and shows what the reports have.
import {
    ExplorerConsumedServicesDocument,
    ExplorerCriticalityDocument,
    ExplorerDeclaredVsObservedDocument,
    ExplorerServiceConsumersDocument,
    ExplorerServicesDocument,
    type ExplorerUsageMonthFragment,
    type Era,
    type Tier,
    type UsageBasis,
} from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { fmtDate, fmtNumber, fmtPercent, has, t, word } from "../i18n/index.js";
import { eraOf, go, href, type Params } from "../route.js";
import { $, apiText, codeWord, emptyState, esc, nodeLink, select, setBusy, showError, table, tabs, wireCsv } from "../ui.js";

const TABS = ["service", "agency", "links", "critical"] as const;
type Tab = (typeof TABS)[number];
const LINK_CLASSES = ["OFFICIAL_WITHOUT_REGULAR_TRAFFIC", "TRAFFIC_WITHOUT_DECLARED_LINK", "TECHNICAL_IN_REGULAR_USE", "UNDETERMINED", "CONSISTENT"] as const;

/** A bar in rem (a width in % of a shrink-to-fit cell would push the number out of it). */
const bar = (v: number, max: number): string => `<span class="bar" style="width:${((5 * v) / Math.max(1, max)).toFixed(2)}rem" aria-hidden="true"></span>`;
const fileOf = (s: string): string => s.replace(/[^a-z0-9]+/gi, "-");

/** What the answer rests on: the imported months, or a clear "nothing imported" with the reports' figures. */
function basisNote(basis: UsageBasis, window: { month: string; coverage: number }[], note: string): string {
    const head =
        basis === "OBSERVED" && window.length
            ? `<p class="summary" id="observed-basis">${codeWord(basis)} · ${esc(t("observed.window", { from: fmtDate(window[0]!.month), to: fmtDate(window[window.length - 1]!.month), partial: window.filter((w) => w.coverage < 1).map((w) => `${fmtDate(w.month)} (${fmtPercent(100 * w.coverage)})`).join(", ") || t("common.none") }))}</p>`
            : emptyState("observed-basis", t("observed.noImport"));
    return `${head}<details class="api-text"><summary>${esc(t("observed.apiNote"))}</summary>${apiText(note)}</details>`;
}

function monthsTable(id: string, months: ExplorerUsageMonthFragment[], file: string): string {
    if (!months.length) return "";
    const max = Math.max(...months.map((m) => m.total));
    return `<h2>${esc(t("observed.months"))}</h2>${table(id, [
        { head: t("observed.month"), html: (m: ExplorerUsageMonthFragment) => `<span title="${esc(m.month)}">${esc(fmtDate(m.month))}</span>`, csv: (m) => m.month, sorted: "asc", sort: (m) => m.month },
        { head: t("observed.succeeded"), html: (m) => fmtNumber(m.succeeded), csv: (m) => m.succeeded, num: true, sort: (m) => m.succeeded },
        { head: t("observed.failed"), html: (m) => fmtNumber(m.failed), csv: (m) => m.failed, num: true, sort: (m) => m.failed },
        { head: t("observed.total"), html: (m) => `${bar(m.total, max)}${fmtNumber(m.total)}`, csv: (m) => m.total, num: true, sort: (m) => m.total },
        { head: t("observed.errorRate"), html: (m) => fmtPercent(m.errorRatePercent), csv: (m) => m.errorRatePercent, num: true, sort: (m) => m.errorRatePercent },
        { head: t("observed.coverage"), html: (m) => fmtPercent(100 * m.coverage), csv: (m) => m.coverage, num: true, sort: (m) => m.coverage },
    ], months, file)}`;
}

/** Said when the page asked for fewer rows than there are (the API pages every list). */
const partOf = (shown: number, total: number): string => (shown < total ? `<p class="muted">${esc(t("common.showing", { shown: fmtNumber(shown), total: fmtNumber(total) }))}</p>` : "");

const controlsForm = (id: string, inner: string): string => `<form class="controls" id="${id}">${inner}</form>`;

async function serviceTab(controls: HTMLElement, body: HTMLElement, p: Params, era: Era): Promise<void> {
    const service = p.service || "2";
    const services = (await query(ExplorerServicesDocument, {})).services;
    controls.innerHTML = controlsForm("observed-form", select("service", t("observed.service"), [...services.map((s): [string, string] => [String(s.number), `${s.number}. ${s.name.length > 90 ? `${s.name.slice(0, 89)}…` : s.name}`]), ["*", t("observed.unattributedService")]], service));
    $("#observed-form").addEventListener("change", (e) => go("observed", { tab: "service", service: String(new FormData(e.currentTarget as HTMLFormElement).get("service")) }));
    const r = (await query(ExplorerServiceConsumersDocument, { service, era, limit: 1000 })).serviceConsumers;
    type C = (typeof r.consumers)[number];
    const max = Math.max(0, ...r.consumers.map((c) => c.observed.total));
    const consumer = (c: C) => (c.unattributed ? `<span class="muted" title="${esc(c.id)}">${esc(t("observed.unattributedConsumer"))}</span>` : nodeLink(c.id, c.name));
    body.innerHTML = `${basisNote(r.basis, r.window, r.note)}
      <p class="summary" id="observed-summary">${r.number ? `${esc(String(r.number))}. ` : ""}${r.id.startsWith("usage:") ? esc(t("observed.unattributedService")) : nodeLink(r.id, r.name)}${r.providerId ? ` · ${esc(t("observed.provider"))}: ${nodeLink(r.providerId, r.providerName ?? r.providerId)}` : ""}<br>
        ${r.basis === "OBSERVED" ? `${esc(t("observed.observedLine", { total: fmtNumber(r.observed.total), rate: fmtPercent(r.observed.errorRatePercent), n: fmtNumber(r.totalConsumers) }))}<br>` : ""}
        ${r.reported ? esc(t("observed.reportedService", { total: fmtNumber(r.reported.transactions), rate: fmtPercent(r.reported.errorRatePercent), where: r.reported.section })) : esc(t("observed.noReported"))}</p>
      ${monthsTable("observed-months", r.months, fileOf(`observed-service-${service}-months-${era}`))}
      <h2>${esc(t("observed.consumers"))} (${fmtNumber(r.totalConsumers)})</h2>${partOf(r.consumers.length, r.totalConsumers)}
      ${r.consumers.length ? table("observed-consumers", [
          { head: t("common.agency"), html: consumer, csv: (c: C) => c.name, sort: (c) => c.name },
          { head: t("explore.type"), html: (c) => codeWord(c.kind), csv: (c) => c.kind, sort: (c) => word(c.kind) },
          ...(era === "E2025" ? [{ head: t("usage.parts"), html: (c: C) => esc(c.parts.join(", ")), csv: (c: C) => c.parts.join("; ") }] : []),
          { head: t("observed.total"), html: (c) => `${bar(c.observed.total, max)}${fmtNumber(c.observed.total)}`, csv: (c) => c.observed.total, num: true, sorted: "desc", sort: (c) => c.observed.total },
          { head: t("observed.failed"), html: (c) => fmtNumber(c.observed.failed), csv: (c) => c.observed.failed, num: true, sort: (c) => c.observed.failed },
          { head: t("observed.errorRate"), html: (c) => fmtPercent(c.observed.errorRatePercent), csv: (c) => c.observed.errorRatePercent, num: true, sort: (c) => c.observed.errorRatePercent },
          { head: t("observed.share"), html: (c) => fmtPercent(c.sharePercent), csv: (c) => c.sharePercent, num: true, sort: (c) => c.sharePercent },
      ], r.consumers, fileOf(`observed-service-${service}-consumers-${era}`)) : emptyState("observed-empty", t(r.basis === "OBSERVED" ? "observed.noConsumers" : "observed.noSplitConsumers"))}`;
}

async function agencyTab(controls: HTMLElement, body: HTMLElement, p: Params, era: Era): Promise<void> {
    const agency = p.agency || "Đà Nẵng";
    controls.innerHTML = `<form class="controls" id="observed-form" role="search"><label>${esc(t("observed.agency"))} <input name="agency" id="observed-agency" value="${esc(agency)}" autocomplete="off"></label> <button>${esc(t("common.search"))}</button></form>`;
    $("#observed-form").addEventListener("submit", (e) => {
        e.preventDefault();
        go("observed", { tab: "agency", agency: String(new FormData(e.currentTarget as HTMLFormElement).get("agency")) });
    });
    const r = (await query(ExplorerConsumedServicesDocument, { agency, era, limit: 1000 })).consumedServices;
    type S = (typeof r.services)[number];
    const max = Math.max(0, ...r.services.map((s) => s.observed.total));
    const service = (s: S) => (s.unattributed ? `<span class="muted" title="${esc(s.id)}">${esc(t("observed.unattributedService"))}</span>` : `${s.number ? `${s.number}. ` : ""}${nodeLink(s.id, s.name)}`);
    body.innerHTML = `${basisNote(r.basis, r.window, r.note)}
      <p class="summary" id="observed-summary">${nodeLink(r.id, r.name)} · ${codeWord(r.kind)}${r.parts.length ? ` · ${esc(t("common.parts", { names: r.parts.join(", ") }))}` : ""}<br>
        ${r.basis === "OBSERVED" ? `${esc(t("observed.observedAgency", { total: fmtNumber(r.observed.total), rate: fmtPercent(r.observed.errorRatePercent), n: fmtNumber(r.totalServices) }))}<br>` : ""}
        ${esc(t("observed.reportedAgency", { total: fmtNumber(r.reported.transactions), where: r.reported.section }))}</p>
      ${monthsTable("observed-months", r.months, fileOf(`observed-agency-${r.id}-months-${era}`))}
      <h2>${esc(t("observed.services"))} (${fmtNumber(r.totalServices)})</h2>${partOf(r.services.length, r.totalServices)}
      ${r.services.length ? table("observed-services", [
          { head: t("observed.service"), minWidth: "16rem", html: service, csv: (s: S) => `${s.number ?? ""} ${s.name}`.trim(), sort: (s) => s.number ?? 1e9 },
          { head: t("observed.provider"), minWidth: "12rem", html: (s) => (s.providerId ? nodeLink(s.providerId, s.providerName ?? s.providerId) : ""), csv: (s) => s.providerName, sort: (s) => s.providerName },
          { head: t("observed.total"), html: (s) => `${bar(s.observed.total, max)}${fmtNumber(s.observed.total)}`, csv: (s) => s.observed.total, num: true, sorted: "desc", sort: (s) => s.observed.total },
          { head: t("observed.failed"), html: (s) => fmtNumber(s.observed.failed), csv: (s) => s.observed.failed, num: true, sort: (s) => s.observed.failed },
          { head: t("observed.errorRate"), html: (s) => fmtPercent(s.observed.errorRatePercent), csv: (s) => s.observed.errorRatePercent, num: true, sort: (s) => s.observed.errorRatePercent },
          { head: t("observed.share"), html: (s) => fmtPercent(s.sharePercent), csv: (s) => s.sharePercent, num: true, sort: (s) => s.sharePercent },
      ], r.services, fileOf(`observed-agency-${r.id}-services-${era}`)) : emptyState("observed-empty", t(r.basis === "OBSERVED" ? "observed.noServices" : "observed.noSplitServices"))}`;
}

async function linksTab(controls: HTMLElement, body: HTMLElement, p: Params, era: Era): Promise<void> {
    const tier: Tier = p.tier === "MINISTRY_OR_AGENCY" ? "MINISTRY_OR_AGENCY" : "PROVINCE";
    const cls = (LINK_CLASSES as readonly string[]).includes(p.cls ?? "") ? p.cls! : p.cls === "all" ? "all" : "problems";
    controls.innerHTML = controlsForm("observed-form", `${select("tier", t("common.tier"), [["PROVINCE", t("tier.PROVINCE")], ["MINISTRY_OR_AGENCY", t("tier.MINISTRY_OR_AGENCY")]], tier)}
      ${select("cls", t("observed.class"), [["problems", t("observed.class.problems")], ["all", t("common.all")], ...LINK_CLASSES.map((c): [string, string] => [c, word(c)])], cls)}`);
    $("#observed-form").addEventListener("change", (e) => {
        const f = new FormData(e.currentTarget as HTMLFormElement);
        go("observed", { tab: "links", tier: String(f.get("tier")), cls: String(f.get("cls")) });
    });
    const r = (await query(ExplorerDeclaredVsObservedDocument, { tier, era, limit: 5000 })).declaredVsObserved;
    type L = (typeof r.pairs)[number];
    const shown = r.pairs.filter((x) => (cls === "all" ? true : cls === "problems" ? x.class !== "CONSISTENT" && x.class !== "UNDETERMINED" : x.class === cls));
    const months = r.window.length;
    body.innerHTML = `${basisNote(r.basis, r.window, r.note)}
      <div class="summary" id="observed-summary"><p>${esc(t("observed.linksSummary", { total: fmtNumber(r.total), min: fmtNumber(r.threshold.minMonthlyExchanges), share: fmtPercent(100 * r.threshold.minMonthShare) }))}</p>
        <ul class="counts">${r.counts.map((c) => `<li data-class="${esc(c.class)}"><span class="badge cls-${esc(c.class)}" title="${esc(c.class)}">${esc(word(c.class))}</span> <strong>${fmtNumber(c.count)}</strong></li>`).join("")}</ul>
        ${r.trafficWithoutProvider.total ? `<p class="muted">${esc(t("observed.withoutProvider", { total: fmtNumber(r.trafficWithoutProvider.total) }))}</p>` : ""}</div>
      <details class="api-text"><summary>${esc(t("observed.rule"))}</summary>${apiText(r.rule)}</details>
      <h2>${esc(t("observed.pairs"))} (${fmtNumber(shown.length)})</h2>${partOf(r.pairs.length, r.total)}
      ${shown.length ? table("observed-links", [
          { head: t("common.agency"), minWidth: "8rem", html: (x: L) => nodeLink(x.agencyId, x.agencyName) + (x.parts.length ? `<br><span class="muted">${esc(t("common.parts", { names: x.parts.join(", ") }))}</span>` : ""), csv: (x: L) => x.agencyName, sort: (x) => x.agencyName },
          { head: t("common.asset"), minWidth: "12rem", html: (x) => (x.assetId ? `${x.assetNumber ?? ""}. ${nodeLink(x.assetId, x.assetName ?? x.assetId)}` : esc(t("observed.assetUnknown"))), csv: (x) => x.assetName, sort: (x) => x.assetNumber },
          { head: t("observed.class"), minWidth: "11rem", html: (x) => `<span class="badge cls-${esc(x.class)}" title="${esc(x.class)}">${esc(word(x.class))}</span>`, csv: (x) => x.class, sorted: "asc", sort: (x) => LINK_CLASSES.indexOf(x.class) },
          { head: t("observed.declared"), minWidth: "9rem", html: (x) => x.declared.map((d) => `<span title="${esc(`${word(d.snapshot)} (${d.snapshot})`)}">${esc(t(d.snapshot === "Y2022" ? "observed.snap.Y2022" : d.snapshot === "JUNE_2023" ? "observed.snap.JUNE_2023" : "observed.snap.other", { code: d.snapshot }))}</span>: ${codeWord(d.status)}`).join("<br>") || esc(t("common.none")), csv: (x) => x.declared.map((d) => `${d.snapshot} ${d.status}`).join("; ") },
          { head: t("observed.total"), html: (x) => fmtNumber(x.observed?.total), csv: (x) => x.observed?.total, num: true, sort: (x) => x.observed?.total },
          { head: t("observed.regularMonths"), html: (x) => (x.regularMonths === null || x.regularMonths === undefined ? "—" : t("observed.ofMonths", { n: fmtNumber(x.regularMonths), of: fmtNumber(months) })), csv: (x) => x.regularMonths, num: true, sort: (x) => x.regularMonths },
          { head: t("observed.reason"), minWidth: "16rem", html: (x) => `<span class="reason">${apiText(x.reason)}</span>`, csv: (x) => x.reason },
      ], shown, fileOf(`observed-links-${tier}-${cls}-${era}`)) : emptyState("observed-empty", t("observed.noPairs"))}`;
}

async function criticalTab(controls: HTMLElement, body: HTMLElement, p: Params, era: Era): Promise<void> {
    const only = p.spof === "1";
    controls.innerHTML = controlsForm("observed-form", select("spof", t("observed.show"), [["", t("observed.allAssets")], ["1", t("observed.onlySpof")]], only ? "1" : ""));
    $("#observed-form").addEventListener("change", (e) => go("observed", { tab: "critical", spof: String(new FormData(e.currentTarget as HTMLFormElement).get("spof")) }));
    const r = (await query(ExplorerCriticalityDocument, { era, limit: 1000 })).criticality;
    type A = (typeof r.assets)[number];
    const rows = only ? r.assets.filter((a) => a.singlePointOfFailure) : r.assets;
    const spof = r.assets.filter((a) => a.singlePointOfFailure).length;
    const part = (name: string) => (has(`observed.part.${name}`) ? t(`observed.part.${name}` as "observed.part.services") : name);
    body.innerHTML = `${basisNote(r.basis, r.window, r.note)}
      <p class="summary" id="observed-summary">${esc(t("observed.critSummary", { total: fmtNumber(r.total), spof: fmtNumber(spof) }))}</p>
      <details class="api-text"><summary>${esc(t("observed.rule"))}</summary>${apiText(r.rule)}</details>${partOf(r.assets.length, r.total)}
      ${rows.length ? table("observed-critical", [
          { head: t("observed.rank"), html: (a: A) => fmtNumber(a.rank), csv: (a: A) => a.rank, num: true, sorted: "asc", sort: (a) => a.rank },
          { head: t("common.asset"), minWidth: "14rem", html: (a) => `${esc(a.number ?? a.code ?? "")}. ${nodeLink(a.id, a.name)}`, csv: (a) => a.name, sort: (a) => a.name },
          { head: t("observed.score"), html: (a) => `<span title="${esc(a.parts.map((x) => `${part(x.name)}: ${fmtNumber(x.points, 2)}`).join(" · "))}">${bar(a.score, 100)}${fmtNumber(a.score, 1)}</span>`, csv: (a) => a.score, num: true, sort: (a) => a.score },
          { head: t("observed.spof"), html: (a) => (a.singlePointOfFailure ? `<span class="badge spof">${esc(t("observed.spofYes"))}</span>` : a.alternativeProvider ? esc(t("observed.hasAlternative")) : esc(t("common.no"))), csv: (a) => (a.singlePointOfFailure ? 1 : 0), sort: (a) => (a.singlePointOfFailure ? 0 : 1) },
          { head: t("observed.monthlyLost"), html: (a) => fmtNumber(a.monthlyExchangesLost, 0), csv: (a) => a.monthlyExchangesLost, num: true, sort: (a) => a.monthlyExchangesLost },
          { head: t("observed.cutOff"), html: (a) => fmtNumber(a.agenciesCutOff), csv: (a) => a.agenciesCutOff, num: true, sort: (a) => a.agenciesCutOff },
          { head: t("impact.services"), html: (a) => fmtNumber(a.services), csv: (a) => a.services, num: true, sort: (a) => a.services },
          { head: t("observed.dependents"), minWidth: "12rem", html: (a) => a.dependentAssets.map((d) => nodeLink(d.id, d.name)).join("<br>") || esc(t("common.none")), csv: (a) => a.dependentAssets.map((d) => d.name).join("; "), sort: (a) => a.dependentAssets.length },
      ], rows, fileOf(`observed-criticality-${only ? "spof-" : ""}${era}`)) : emptyState("observed-empty", t("observed.noAssets"))}`;
}

const RENDER: Record<Tab, (controls: HTMLElement, body: HTMLElement, p: Params, era: Era) => Promise<void>> = { service: serviceTab, agency: agencyTab, links: linksTab, critical: criticalTab };

export async function observedView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const tab: Tab = (TABS as readonly string[]).includes(p.tab ?? "") ? (p.tab as Tab) : "service";
    main.innerHTML = `<h1>${esc(t("observed.title"))}</h1>
      ${tabs(t("observed.tabs"), TABS.map((k) => [k, t(`observed.tab.${k}`), href("observed", { tab: k })]), tab)}
      <div id="observed-controls"></div>${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}<div id="observed-body"></div>`;
    const body = $<HTMLElement>("#observed-body");
    setBusy(body);
    try {
        await RENDER[tab]($<HTMLElement>("#observed-controls"), body, p, era);
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}
