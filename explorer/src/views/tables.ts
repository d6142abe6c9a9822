// The table views: data quality (audit findings), NDXP transactions, Decision 17 targets, missing
// pieces, and changes between snapshots. Each asks one question of the API and shows it as tables with
// CSV export; on the 2025 map, the 2025 units with their parts.
import { ExplorerAuditDocument, ExplorerChangesDocument, ExplorerMissingDocument, ExplorerTargetsDocument, ExplorerUsageDocument, type Tier } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { fmtNumber, fmtPercent, t, word } from "../i18n/index.js";
import { eraOf, go, type Params } from "../route.js";
import { $, citation, codeWord, esc, nodeLink, plainCitation, select, setBusy, showError, table, wireCsv } from "../ui.js";

function frame(main: HTMLElement, title: string, p: Params, tierPicker: boolean, tier: Tier): HTMLElement {
    main.innerHTML = `<h1>${esc(title)}</h1>${tierPicker ? `<form class="controls" id="tier-form">${select("tier", t("common.tier"), [["PROVINCE", t("tier.PROVINCE")], ["MINISTRY_OR_AGENCY", t("tier.MINISTRY_OR_AGENCY")]], tier)}</form>` : ""}
      ${eraOf(p) === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}<div id="view-body"></div>`;
    const body = $<HTMLElement>("#view-body");
    setBusy(body);
    return body;
}

const tierOf = (p: Params): Tier => (p.tier === "MINISTRY_OR_AGENCY" ? "MINISTRY_OR_AGENCY" : "PROVINCE");
function wireTier(view: "usage" | "changes"): void {
    $("#tier-form")?.addEventListener("change", (e) => go(view, { tier: String(new FormData(e.currentTarget as HTMLFormElement).get("tier")) }));
}

export async function usageView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const tier = tierOf(p);
    const body = frame(main, t("usage.title"), p, true, tier);
    wireTier("usage");
    try {
        const rows = (await query(ExplorerUsageDocument, { tier, era })).usageTotals;
        const total = rows.reduce((n, r) => n + (r.transactions ?? 0), 0);
        const max = Math.max(1, ...rows.map((r) => r.transactions ?? 0));
        body.innerHTML = `<p class="summary" id="usage-summary">${esc(t("usage.summary", { n: rows.length, tx: fmtNumber(total), period: t("common.period") }))}</p>
          ${table("usage-list", [
              { head: t("common.agency"), html: (r: (typeof rows)[number]) => nodeLink(r.id, r.name), csv: (r) => r.name },
              { head: t("usage.transactions"), html: (r) => `<span class="bar" style="width:${Math.round((100 * (r.transactions ?? 0)) / max)}%" aria-hidden="true"></span>${fmtNumber(r.transactions)}`, csv: (r) => r.transactions, num: true },
              ...(era === "E2025" ? [{ head: t("usage.parts"), html: (r: (typeof rows)[number]) => r.parts.map((x) => `${nodeLink(x.id, x.name)}: ${fmtNumber(x.transactions)}`).join("; "), csv: (r: (typeof rows)[number]) => r.parts.map((x) => `${x.name}: ${x.transactions ?? ""}`).join("; ") }] : []),
          ], rows, `usage-${tier}-${era}`)}`;
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}

export async function targetsView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const body = frame(main, t("targets.title"), p, false, "PROVINCE");
    try {
        const rows = (await query(ExplorerTargetsDocument, { era })).targetProgress;
        body.innerHTML = table("targets-list", [
            { head: t("targets.number"), html: (r: (typeof rows)[number]) => nodeLink(r.id, String(r.number)), csv: (r) => r.number },
            { head: t("targets.text"), html: (r) => esc(r.text), csv: (r) => r.text },
            { head: t("targets.target"), html: (r) => fmtPercent(r.targetPercent), csv: (r) => r.targetPercent, num: true },
            { head: t("targets.reported"), html: (r) => fmtPercent(r.reportedPercent), csv: (r) => r.reportedPercent, num: true },
            { head: t("targets.computed"), html: (r) => fmtPercent(r.computedPercent), csv: (r) => r.computedPercent, num: true },
            { head: t("targets.listed"), html: (r) => fmtNumber(r.listedAgencies), csv: (r) => r.listedAgencies, num: true },
            { head: t("targets.disagree"), html: (r) => r.evidence.filter((e) => e.disagrees).map((e) => `${nodeLink(e.id, `${fmtNumber(e.statedCount)} ≠ ${fmtNumber(e.listedCount)}`)}`).join("<br>"), csv: (r) => r.evidence.filter((e) => e.disagrees).map((e) => `${e.statedCount}/${e.listedCount}`).join("; ") },
            ...(era === "E2025" ? [{ head: t("targets.units2025"), html: (r: (typeof rows)[number]) => r.unitsByCoverage.map((c) => `<span title="${esc(c.coverage)}">${fmtNumber(c.count)}</span>`).join(" / "), csv: (r: (typeof rows)[number]) => r.unitsByCoverage.map((c) => `${c.coverage}:${c.count}`).join(" ") }] : []),
        ], rows, `targets-${era}`);
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}

export async function missingView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const body = frame(main, t("missing.title"), p, false, "PROVINCE");
    try {
        const r = (await query(ExplorerMissingDocument, { era })).missingPieces;
        type Ref = (typeof r.withoutCatalogue)[number];
        const cols = [
            { head: t("common.agency"), html: (x: Ref) => nodeLink(x.id, x.name), csv: (x: Ref) => x.name },
            { head: t("explore.type"), html: (x: Ref) => codeWord(x.kind), csv: (x: Ref) => x.kind },
            ...(era === "E2025" ? [{ head: t("gaps.coverage"), html: (x: Ref) => (x.coverage ? `<span class="badge cov-${esc(x.coverage)}" title="${esc(x.coverage)}">${esc(word(x.coverage))}</span> ${esc(x.missingParts.length ? t("common.missingParts", { names: x.missingParts.join(", ") }) : "")}` : ""), csv: (x: Ref) => `${x.coverage ?? ""} ${x.missingParts.join("; ")}` }] : []),
        ];
        body.innerHTML = `<h2>${esc(t("missing.catalogue"))} (${r.withoutCatalogue.length})</h2>${table("missing-catalogue", cols, r.withoutCatalogue, `missing-catalogue-${era}`)}
          <h2>${esc(t("missing.plan"))} (${r.withoutOpenDataPlan.length})</h2>${table("missing-plan", cols, r.withoutOpenDataPlan, `missing-plan-${era}`)}
          <h2>${esc(t("missing.standard"))} (${r.databasesWithoutStandard.length})</h2>${table("missing-standard", cols.slice(0, 2), r.databasesWithoutStandard as Ref[], "missing-standard")}`;
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}

export async function changesView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const tier = tierOf(p);
    const body = frame(main, t("changes.title"), p, true, tier);
    wireTier("changes");
    try {
        const r = (await query(ExplorerChangesDocument, { tier, era })).snapshotDiff;
        body.innerHTML = `<p class="summary" id="changes-summary">${esc(t("changes.counts"))}: ${r.counts.map((c) => `${codeWord(c.change)} ${fmtNumber(c.count)}`).join(" · ")}</p>
          ${table("changes-list", [
              { head: t("common.agency"), html: (c: (typeof r.changes)[number]) => nodeLink(c.agencyId, c.agencyName) + (c.fromParts.length || c.toParts.length ? `<br><span class="muted">${esc(t("common.parts", { names: [...new Set([...c.fromParts, ...c.toParts])].join(", ") }))}</span>` : ""), csv: (c) => c.agencyName },
              { head: t("common.asset"), html: (c) => nodeLink(c.assetId, c.assetName), csv: (c) => c.assetName },
              { head: t("changes.change"), html: (c) => codeWord(c.change), csv: (c) => c.change },
              { head: word("Y2022"), html: (c) => codeWord(c.fromStatus), csv: (c) => c.fromStatus },
              { head: word("JUNE_2023"), html: (c) => codeWord(c.toStatus), csv: (c) => c.toStatus },
          ], r.changes, `changes-${tier}-${era}`)}`;
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}

export async function qualityView(main: HTMLElement, p: Params): Promise<void> {
    main.innerHTML = `<h1>${esc(t("quality.title"))}</h1>${eraOf(p) === "E2025" ? `<p class="note">${esc(t("era.notApplicable"))}</p>` : ""}<div id="quality-body"></div>`;
    const body = $<HTMLDivElement>("#quality-body");
    setBusy(body);
    try {
        const findings = (await query(ExplorerAuditDocument, {})).auditFindings;
        const kinds = [...new Set(findings.map((f) => f.kind))];
        body.innerHTML = `<p class="summary" id="quality-summary">${esc(t("quality.summary", { n: findings.length, kinds: kinds.length }))}</p>
          ${kinds.map((k) => `<h2>${codeWord(k)}</h2>${table(`quality-${k}`, [
              { head: t("common.text"), html: (f: (typeof findings)[number]) => esc(f.message), csv: (f) => f.message },
              { head: t("common.sources"), html: (f) => `<ol>${f.citesConnection.edges.map((e) => `<li>${citation(e.properties)}</li>`).join("")}</ol>`, csv: (f) => f.citesConnection.edges.map((e) => plainCitation(e.properties)).join(" | ") },
          ], findings.filter((f) => f.kind === k), `quality-${k}`)}`).join("")}`;
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}
