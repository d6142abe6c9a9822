// Gaps: the agencies of a tier lacking a link to an asset; on the 2025 map, the units whose parts do
// not all have it, partial coverage as its own state, each part listed.
import { ExplorerGapsDocument, type RequiredStatus, type Snapshot, type Tier } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { assetOptions } from "../assets.js";
import { fmtDate, fmtNumber, t, word } from "../i18n/index.js";
import { asOfOf, eraOf, go, type Params } from "../route.js";
import { $, codeWord, esc, nodeLink, select, setBusy, showError, table, wireCsv } from "../ui.js";

export async function gapsView(main: HTMLElement, p: Params): Promise<void> {
    const era = eraOf(p);
    const asOf = asOfOf(p);
    const asset = p.asset ?? "asset:001:2";
    const tier = (["PROVINCE", "MINISTRY_OR_AGENCY", "DEPARTMENT", "ENTERPRISE"].includes(p.tier ?? "") ? p.tier : "PROVINCE") as Tier;
    const status: RequiredStatus = p.status === "ANY" ? "ANY" : "OFFICIAL";
    const snapshot = (p.snapshot ?? (status === "OFFICIAL" ? "Y2022" : "")) as Snapshot | "";
    const opts = await assetOptions();
    const tiers = era === "E2025" ? ["PROVINCE", "MINISTRY_OR_AGENCY"] : ["PROVINCE", "MINISTRY_OR_AGENCY", "DEPARTMENT", "ENTERPRISE"];
    main.innerHTML = `<h1>${esc(t("gaps.title"))}</h1>
      <form class="controls" id="gaps-form">
        ${select("asset", t("common.asset"), opts.map((a) => [a.id, `${a.number ?? ""}. ${a.name}`]), asset)}
        ${select("tier", t("common.tier"), tiers.map((x) => [x, t(`tier.${x}` as "tier.PROVINCE")]), tier)}
        ${select("status", t("gaps.required"), [["OFFICIAL", t("gaps.required.OFFICIAL")], ["ANY", t("gaps.required.ANY")]], status)}
        ${asOf ? "" : select("snapshot", t("gaps.snapshot"), [["", t("gaps.anySnapshot")], ["Y2022", word("Y2022")], ["JUNE_2023", word("JUNE_2023")]], snapshot)}
      </form>${era === "E2025" ? `<p class="note">${esc(t("era.note2025"))}</p>` : ""}<div id="gaps-body"></div>`;
    $("#gaps-form").addEventListener("change", (e) => go("gaps", Object.fromEntries([...new FormData(e.currentTarget as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)]))));
    const body = $<HTMLDivElement>("#gaps-body");
    setBusy(body);
    try {
        const r = (await query(ExplorerGapsDocument, { asset, tier, status, snapshot: asOf ? null : snapshot || null, era, asOf })).coverageGaps;
        // As of a day the snapshot is the one in force then (the date control), not the select.
        const when = r.asOf ? `, ${t("common.asOf", { date: fmtDate(r.asOf) })}` : snapshot ? t("gaps.in", { snapshot: word(snapshot) }) : "";
        const required = t(`gaps.required.${status}`);
        const file = `gaps-${asset}-${tier}-${status}${era === "E2025" ? "-2025" : ""}${r.asOf ? `-${r.asOf}` : ""}`.replace(/[^a-z0-9]+/gi, "-");
        if (era === "E2025") {
            const count = (c: string) => r.coverageCounts.find((x) => x.coverage === c)?.count ?? 0;
            body.innerHTML = `<p class="summary" id="gaps-summary">${esc(t("gaps.summary2025", { checked: r.checked, full: count("FULL"), partial: count("PARTIAL"), none: count("NONE"), required, asset: r.assetName, when }))}</p>
              ${table("gaps-list", [
                  { head: t("common.agency"), html: (u: (typeof r.rolledUp)[number]) => nodeLink(u.id, u.name), csv: (u) => u.name },
                  { head: t("gaps.coverage"), html: (u) => `<span class="badge cov-${esc(u.coverage)}" title="${esc(u.coverage)}">${esc(word(u.coverage))}</span>`, csv: (u) => u.coverage },
                  { head: t("gaps.parts"), html: (u) => u.parts.map((x) => `<span class="part ${x.ok ? "ok" : "lack"}">${x.ok ? "✓" : "✗"} ${nodeLink(x.id, x.name)}</span>`).join(" "), csv: (u) => u.parts.map((x) => `${x.ok ? "+" : "-"}${x.name}`).join("; ") },
              ], r.rolledUp, file)}`;
        } else {
            const none = r.gaps.filter((g) => g.has.length === 0).length;
            body.innerHTML = `<p class="summary" id="gaps-summary">${esc(t("gaps.summary", { n: r.gaps.length, checked: r.checked, required, asset: r.assetName, when, none, weaker: r.gaps.length - none }))}</p>
              ${table("gaps-list", [
                  { head: t("common.agency"), html: (g: (typeof r.gaps)[number]) => nodeLink(g.id, g.name), csv: (g) => g.name },
                  { head: t("gaps.weaker"), html: (g) => g.has.map((h) => `${codeWord(h.snapshot)}: ${codeWord(h.status)}`).join("; ") || esc(t("common.none")), csv: (g) => g.has.map((h) => `${h.snapshot} ${h.status}`).join("; ") },
                  { head: t("gaps.usage"), html: (g) => fmtNumber(g.ndxpTransactions), csv: (g) => g.ndxpTransactions, num: true },
              ], r.gaps, file)}`;
        }
        wireCsv(body);
    } catch (e) {
        showError(body, e);
    }
}
