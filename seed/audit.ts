// The audit: every inconsistency inside the reports, found from the parsed records, each with the
// citations on both sides. Figures are never adjusted; this only reports.
import type { SeedGraph } from "./pipeline.js";
import type { Citation, FigureRecord } from "./types.js";

export type FindingKind =
    | "STATED_VS_LISTED"
    | "FIGURE_DIFFERS"
    | "DATED_DIFFERENCE"
    | "TOTAL_MISMATCH"
    | "RANKING_ORDER"
    | "OFFICIAL_2022_ABSENT_2023"
    | "TEXT_VS_APPENDIX"
    | "NUMBERING_GAP"
    | "LAYOUT_REPAIR";

export interface Finding {
    id: string;
    kind: FindingKind;
    message: string;
    reported: number | null;
    computed: number | null;
    citations: Citation[];
}

const fmt = (n: number): string => n.toLocaleString("en-US");

export function audit(g: SeedGraph): Finding[] {
    const findings: Finding[] = [];
    const add = (f: Omit<Finding, "id">): void => {
        findings.push({ ...f, id: `finding:${f.kind.toLowerCase()}:${findings.filter((x) => x.kind === f.kind).length + 1}` });
    };
    const all = <T>(pick: (s: SeedGraph["sources"][number]) => T[]): T[] => g.sources.flatMap(pick);
    const figures = all((s) => s.figures);
    const lists = all((s) => s.lists);
    const members = all((s) => s.listMembers);
    const agencies = new Map(g.agencies.map((a) => [a.id, a]));
    const name = (id: string | null): string => (id ? (agencies.get(id)?.name ?? id) : "—");

    // 1. Stated counts vs the names listed beside them.
    for (const l of lists) {
        const listed = members.filter((m) => m.listId === l.id);
        if (l.statedCount !== null && listed.length > 0 && listed.length !== l.statedCount) {
            add({
                kind: "STATED_VS_LISTED",
                message: `"${l.title.slice(0, 90)}…": the text states ${l.statedCount} but lists ${listed.length} names`,
                reported: l.statedCount, computed: listed.length,
                citations: [l.citation, listed[listed.length - 1]!.citation],
            });
        }
    }
    // 2. The catalogue appendix vs the split "N ministries / M provinces" stated in §2.
    const appendix = members.filter((m) => m.listId === "list:000:appendix-1");
    const appendixList = lists.find((l) => l.id === "list:000:appendix-1");
    const provincesStated = figures.find((f) => f.id === "fig:000:s2:province-agencies");
    const ministriesList = lists.find((l) => l.id === "list:000:s2-ministries");
    if (appendixList && provincesStated) {
        const provinces = appendix.filter((m) => agencies.get(m.agencyId)?.kind === "PROVINCE").length;
        if (provinces !== provincesStated.value) {
            add({ kind: "TEXT_VS_APPENDIX", message: `§2 says ${provincesStated.value} provinces published a catalogue; Appendix 1 lists ${provinces} provinces`, reported: provincesStated.value, computed: provinces, citations: [provincesStated.citation, appendix[appendix.length - 1]!.citation] });
        }
    }
    if (appendixList && ministriesList?.statedCount != null) {
        const central = appendix.filter((m) => agencies.get(m.agencyId)?.kind !== "PROVINCE");
        if (central.length !== ministriesList.statedCount) {
            const inList = new Set(members.filter((m) => m.listId === ministriesList.id).map((m) => m.agencyId));
            const extra = central.filter((m) => !inList.has(m.agencyId)).map((m) => name(m.agencyId));
            add({ kind: "TEXT_VS_APPENDIX", message: `§2 says ${ministriesList.statedCount} ministries published a catalogue; Appendix 1 lists ${central.length} ministry-level agencies (also: ${extra.join(", ")})`, reported: ministriesList.statedCount, computed: central.length, citations: [ministriesList.citation, central[central.length - 1]!.citation] });
        }
    }
    // 3. The same figure (metric, subject, period) reported twice with different values.
    const groups = new Map<string, FigureRecord[]>();
    for (const f of figures) {
        if (f.rank !== null && f.metric !== "ndxp-transactions") continue;
        const key = `${f.metric}|${f.subjectId}|${f.period}|${f.asOf}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const [key, fs] of groups) {
        const values = [...new Set(fs.map((f) => f.value))];
        if (values.length > 1) {
            const [a, b] = [fs[0]!, fs.find((f) => f.value !== fs[0]!.value)!];
            add({ kind: "FIGURE_DIFFERS", message: `${key.split("|")[0]} of ${name(a.subjectId)}: ${fmt(a.value)} in ${a.citation.documentId} ${a.citation.section} but ${fmt(b.value)} in ${b.citation.documentId} ${b.citation.section}`, reported: a.value, computed: b.value, citations: [a.citation, b.citation] });
        }
    }
    // Service figures of Bảng 2 vs the Phụ lục 3 rows they repeat.
    for (const s of all((s) => s.services)) {
        for (const f of figures.filter((x) => x.subjectId === s.id)) {
            const theirs = f.metric === "service-transactions" ? s.transactions : f.metric === "service-error-rate" ? s.errorRatePercent : null;
            if (theirs !== null && theirs !== f.value) {
                add({ kind: "FIGURE_DIFFERS", message: `service ${s.number}: ${f.metric} ${f.value} in ${f.citation.section} but ${theirs} in Phụ lục 3`, reported: f.value, computed: theirs, citations: [f.citation, s.citation] });
            }
        }
    }
    // 4. The same metric at two dates in two documents (a dated snapshot, not an error: shown so a reader sees both).
    const byMetric = new Map<string, FigureRecord[]>();
    for (const f of figures.filter((x) => x.subjectId === null && x.asOf)) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
    for (const [metric, fs] of byMetric) {
        const docs = new Set(fs.map((f) => f.citation.documentId));
        const values = new Set(fs.map((f) => f.value));
        if (docs.size > 1 && values.size > 1) {
            const [a, b] = [fs.find((f) => f.citation.documentId !== fs[fs.length - 1]!.citation.documentId)!, fs[fs.length - 1]!];
            add({ kind: "DATED_DIFFERENCE", message: `${metric}: ${fmt(a.value)} as of ${a.asOf} (${a.citation.documentId}) vs ${fmt(b.value)} as of ${b.asOf} (${b.citation.documentId})`, reported: a.value, computed: b.value, citations: [a.citation, b.citation] });
        }
    }
    const openPlans = lists.find((l) => l.id === "list:000:s3-plans");
    const plans002 = figures.find((f) => f.id === "fig:002:open-data-plan-agencies");
    if (openPlans?.statedCount != null && plans002 && plans002.value !== openPlans.statedCount) {
        add({ kind: "DATED_DIFFERENCE", message: `open-data plans: ${plans002.value} agencies as of ${plans002.asOf} (002) vs ${openPlans.statedCount} by end of June 2023 (000 §3)`, reported: plans002.value, computed: openPlans.statedCount, citations: [plans002.citation, openPlans.citation] });
    }
    // 5. Totals that do not add up.
    const fig = (id: string) => figures.find((f) => f.id === id);
    const sumCheck = (label: string, partsIds: FigureRecord[], total: FigureRecord | undefined): void => {
        if (!total || partsIds.length === 0) return;
        const sum = partsIds.reduce((n, f) => n + f.value, 0);
        if (Math.abs(sum - total.value) > 1e-9) {
            add({ kind: "TOTAL_MISMATCH", message: `${label}: parts add up to ${fmt(sum)}, the stated total is ${fmt(total.value)}`, reported: total.value, computed: sum, citations: [total.citation, partsIds[0]!.citation] });
        }
    };
    for (const m of ["succeeded", "failed"]) {
        sumCheck(`Bảng 1 monthly transactions ${m}`, figures.filter((f) => f.id.startsWith("fig:001:b1:2") && f.id.endsWith(`:${m}`)), fig(`fig:001:b1:total:${m}`));
    }
    const tot = fig("fig:001:transactions-total");
    const succ = fig("fig:001:transactions-succeeded");
    const fail = fig("fig:001:transactions-failed");
    if (tot && succ && fail) sumCheck("NDXP headline: succeeded + failed", [succ, fail], tot);
    const share = fig("fig:001:b1:total:failed-share");
    const bFail = fig("fig:001:b1:total:failed");
    const bSucc = fig("fig:001:b1:total:succeeded");
    if (share && bFail && bSucc) {
        const computed = Math.round((10000 * bFail.value) / (bFail.value + bSucc.value)) / 100;
        if (Math.abs(computed - share.value) >= 0.01) add({ kind: "TOTAL_MISMATCH", message: `Bảng 1 failed share: stated ${share.value}%, failures / all transactions = ${computed}%`, reported: share.value, computed, citations: [share.citation, bFail.citation] });
    }
    sumCheck("000 footnote 1: databases per ministry", figures.filter((f) => f.id.startsWith("fig:000:fn1:")), fig("fig:000:s2:ministry-databases"));
    const minDb = fig("fig:000:s2:ministry-databases");
    const provDb = fig("fig:000:s2:province-databases");
    if (minDb && provDb) sumCheck("000 §2: ministry + province databases", [minDb, provDb], fig("fig:000:s2:planned-databases"));
    const provAg = fig("fig:000:s2:province-agencies");
    if (ministriesList?.statedCount != null && provAg) {
        const total = fig("fig:000:s2:table:agencies");
        const sum = ministriesList.statedCount + provAg.value;
        if (total && sum !== total.value) add({ kind: "TOTAL_MISMATCH", message: `000 §2: ${ministriesList.statedCount} ministries + ${provAg.value} provinces ≠ ${total.value} agencies`, reported: total.value, computed: sum, citations: [total.citation, provAg.citation] });
    }
    const c002 = ["fig:002:catalogue-published-ministries", "fig:002:catalogue-published-provinces"].map(fig).filter((f): f is FigureRecord => !!f);
    sumCheck("002: ministry-level + provincial catalogues", c002, fig("fig:002:catalogue-published-agencies"));
    // 6. Rankings whose values are not in descending order.
    const ranked = new Map<string, FigureRecord[]>();
    for (const f of figures.filter((x) => x.rank !== null && !x.metric.endsWith("error-rate"))) {
        const table = `${f.citation.documentId} ${f.citation.section}`;
        ranked.set(table, [...(ranked.get(table) ?? []), f]);
    }
    for (const s of all((s) => s.services)) ranked.set("001 Phụ lục 3", [...(ranked.get("001 Phụ lục 3") ?? []), { ...s, value: s.transactions, rank: s.number } as unknown as FigureRecord]);
    for (const [table, fs] of ranked) {
        const sorted = [...fs].sort((a, b) => a.rank! - b.rank!);
        for (let i = 1; i < sorted.length; i++) {
            const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
            if (cur.value > prev.value) {
                add({ kind: "RANKING_ORDER", message: `${table}: rank ${cur.rank} (${fmt(cur.value)}) is larger than rank ${prev.rank} (${fmt(prev.value)})`, reported: cur.value, computed: prev.value, citations: [prev.citation, cur.citation] });
            }
        }
    }
    // 7. Official in 2022 but absent from the June 2023 column (which includes official links).
    const conns = all((s) => s.connections);
    const june = new Set(conns.filter((c) => c.snapshot === "JUNE_2023").map((c) => `${c.agencyId}|${c.assetId}`));
    for (const c of conns.filter((x) => x.snapshot === "Y2022")) {
        if (june.has(`${c.agencyId}|${c.assetId}`)) continue;
        const j = conns.find((x) => x.agencyId === c.agencyId && x.snapshot === "JUNE_2023");
        add({ kind: "OFFICIAL_2022_ABSENT_2023", message: `${name(c.agencyId)} → asset ${c.assetId.replace("asset:001:", "")}: official in 2022 but absent from the June 2023 column`, reported: null, computed: null, citations: [c.citation, j?.citation ?? { ...c.citation, locator: c.citation.locator.replace(/column.*$/, "June 2023 column (empty)"), text: "" }] });
    }
    // 8. Counts in the text vs rows of the appendix.
    const assets = all((s) => s.assets).filter((a) => a.number !== null && a.citation.documentId === "001");
    const textCounts: [string, number][] = [["fig:001:databases-on-ndxp", assets.filter((a) => a.kind === "DATABASE").length], ["fig:001:systems-on-ndxp", assets.filter((a) => a.kind === "SYSTEM").length]];
    for (const [id, rows] of textCounts) {
        const f = fig(id);
        if (f && f.value !== rows) add({ kind: "TEXT_VS_APPENDIX", message: `${f.metric}: text says ${f.value}, Phụ lục 1 has ${rows} rows of that kind`, reported: f.value, computed: rows, citations: [f.citation, assets[0]!.citation] });
    }
    // 9. Parser notes: numbering gaps and repaired layout.
    for (const s of g.sources) for (const n of s.notes) add({ kind: n.kind, message: n.message, reported: null, computed: null, citations: [n.citation] });
    return findings;
}
