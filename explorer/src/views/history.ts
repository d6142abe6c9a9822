// History: a node's timeline under the explore view — each fact with the day it was true from (valid
// time), the moment the graph learned it (record time), its citation and whoever changed it.
import { ExplorerHistoryDocument, type ExplorerHistoryQuery } from "../../../src/__generated__/operations.js";
import { query } from "../api.js";
import { fmtDate, relWord, t } from "../i18n/index.js";
import type { StringKey } from "../i18n/vi.js";
import { citation, codeWord, emptyState, esc, nodeLink, plainCitation, setBusy, showError, table, wireCsv } from "../ui.js";

type Entry = ExplorerHistoryQuery["history"]["entries"][number];

/** The fact in words: the relationship seen from the node, or the edit. */
function what(e: Entry): string {
    if (e.kind === "EDIT") return t("history.edit", { operation: e.changeRecord?.operation ?? "" });
    const rel = e.relationship ? relWord(e.relationship, e.outgoing === false ? "IN" : "OUT") : "";
    // The kinds that name one relationship say it already; the others add it in words.
    const named = e.kind === "SNAPSHOT_COVERAGE" || e.kind === "SUCCESSION" || e.kind === "USAGE";
    return [t(`history.kind.${e.kind}` as StringKey), named ? "" : rel].filter(Boolean).join(" · ");
}

const state = (e: Entry): string => [e.snapshot, e.status, e.change].filter(Boolean).join(" ");

/** Valid time in words: a day, or a run of months for observed use. */
const valid = (e: Entry): string => (e.validTo && e.validTo !== e.validFrom ? `${fmtDate(e.validFrom)} – ${fmtDate(e.validTo)}` : fmtDate(e.validFrom));

export async function historyPanel(host: HTMLElement, node: string): Promise<void> {
    setBusy(host);
    try {
        const h = (await query(ExplorerHistoryDocument, { node })).history;
        const file = `history-${h.id}`.replace(/[^a-z0-9]+/gi, "-");
        host.innerHTML = `<h2 id="history-title">${esc(t("history.title", { name: h.name }))}</h2>
          <p class="muted" id="history-summary">${esc(t("history.summary", { n: h.total, recorded: fmtDate(h.recordedAt) }))}</p>
          ${h.entries.length
              ? table("history-list", [
                    { head: t("history.valid"), html: (e: Entry) => esc(valid(e)), csv: (e) => [e.validFrom, e.validTo].filter(Boolean).join("/"), sort: (e) => e.validFrom ?? "", sorted: "asc" },
                    { head: t("history.recorded"), html: (e) => esc(fmtDate(e.recordedAt)), csv: (e) => e.recordedAt ?? "", sort: (e) => e.recordedAt ?? "" },
                    { head: t("history.what"), html: (e) => [esc(what(e)), codeWord(e.snapshot), e.snapshot === "Y2022" ? "" : codeWord(e.status), e.change ? esc(e.change) : ""].filter(Boolean).join(" "), csv: (e) => `${e.kind} ${e.relationship ?? ""} ${state(e)}`.trim() },
                    { head: t("history.other"), html: (e) => (e.otherId ? nodeLink(e.otherId, e.otherName ?? e.otherId) : ""), csv: (e) => e.otherName ?? "" },
                    { head: t("common.citation"), html: (e) => (e.citation ? citation({ ...e.citation, section: e.citation.section ?? "", locator: e.citation.locator ?? "" }) : ""), csv: (e) => (e.citation ? plainCitation({ ...e.citation, section: e.citation.section ?? "", locator: e.citation.locator ?? "" }) : "") },
                    { head: t("history.by"), html: (e) => (e.changeRecord ? `${esc(e.changeRecord.actor)}<br><span class="muted">${esc(e.changeRecord.operation)} · ${esc(fmtDate(e.changeRecord.at))}</span>` : `<span class="muted">${esc(t("history.seed"))}</span>`), csv: (e) => (e.changeRecord ? `${e.changeRecord.actor} ${e.changeRecord.operation} ${e.changeRecord.at}` : "seed") },
                ], h.entries, file)
              : emptyState("history-empty", t("history.none"))}`;
        wireCsv(host);
        host.scrollIntoView({ block: "nearest" });
    } catch (e) {
        showError(host, e);
    }
}
