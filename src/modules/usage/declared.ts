// declaredVsObserved: each agency–asset pair of a tier, what was declared (Phụ lục 2 columns,
// imported snapshots) against what was exchanged with the asset's services, classified by 001's own
// definitions — an official connection is in production with regular exchanges, a technical one is a
// test or has very few. "Regular" is a stated, adjustable threshold. Without imported usage the
// answer falls back to Phụ lục 4's per-agency totals, which are not split by asset, and says so.
import { badUserInput } from "../../kernel/errors.js";
import { monthCoverage, monthsOf, parsePeriod } from "../../../lib/period.js";
import type { ConnectionStatus, LinkClass, LinkComparison, QueryResolvers, Snapshot } from "../../__generated__/resolvers-types.js";
import { TIER_KINDS, requireEra2025Tier } from "../../kernel/tier.js";
import { resolveRef } from "../../kernel/names.js";
import { eraOn, readTime } from "../../kernel/time.js";
import { loadUnits } from "../../kernel/rollup.js";
import { Series, totals, type UseRow } from "./series.js";
import { page } from "../../kernel/paging.js";
import { basisNote, importsOf, makeWindow, round4, windowMonths, type Window } from "./window.js";
import { readPairFacts } from "./pairs.js";
import { classifyPairs } from "./pair-classes.js";
import { asksFor } from "./asked.js";
import { keptPerVersion } from "../../kernel/cache/version-memo.js";

export interface Threshold {
    minMonthlyExchanges: number;
    minMonthShare: number;
}

/** A declared link as classification needs it: the column (snapshot) and the status it asserts. */
export interface Declared {
    snapshot: Snapshot;
    status: ConnectionStatus;
}

export const CLASS_ORDER: LinkClass[] = ["OFFICIAL_WITHOUT_REGULAR_TRAFFIC", "TRAFFIC_WITHOUT_DECLARED_LINK", "TECHNICAL_IN_REGULAR_USE", "UNDETERMINED", "CONSISTENT"];

export function ruleText(t: Threshold, basis: "OBSERVED" | "REPORTED"): string {
    const regular = `a month is a month of regular use when it has at least ${t.minMonthlyExchanges.toLocaleString("en-US")} successful exchanges (prorated for a month the data covers only in part); traffic is regular when at least ${Math.round(t.minMonthShare * 100)} % of the window's months are (at least one)`;
    const classes = "OFFICIAL_WITHOUT_REGULAR_TRAFFIC: some snapshot declares the link OFFICIAL (001: in production with regular exchanges) and the traffic is not regular. TRAFFIC_WITHOUT_DECLARED_LINK: exchanges with the asset's services and no link declared in any snapshot. TECHNICAL_IN_REGULAR_USE: declared only as technical or in the June 2023 column (official or technical) — never OFFICIAL — and the traffic is regular: a candidate for official status. CONSISTENT: official with regular traffic, or never official without it";
    if (basis === "OBSERVED") return `Observed traffic of the agency with the services the asset provides, over the window; ${regular}. ${classes}.`;
    return `Reported basis: 001 Phụ lục 4 gives one total per agency for 1 Jan – 7 Jun 2023, not split by asset. The least total one link with regular traffic needs is ${t.minMonthlyExchanges.toLocaleString("en-US")} × the covered share of the fewest months that make ${Math.round(t.minMonthShare * 100)} % of the period (${regular}). OFFICIAL_WITHOUT_REGULAR_TRAFFIC: an official link of an agency whose whole total is below that (or that is not listed). TRAFFIC_WITHOUT_DECLARED_LINK: an agency with transactions and no link at all (asset unknown). TECHNICAL_IN_REGULAR_USE: an agency's only link, never official, with a total at or above it. UNDETERMINED: an agency with several links and a total at or above it — the reports cannot tell which link carries it. CONSISTENT: the rest (official and the only link, with enough traffic; never official, with too little).`;
}

interface Verdict {
    cls: LinkClass;
    reason: string;
}

/** 1234567 → "1,234,567" (toLocaleString goes through Intl: ~100× slower, and every pair's reason is written). */
export const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
/** A threshold, to one decimal (prorated months make fractions). */
const fmtFloor = (n: number): string => (Math.round(n * 10) / 10).toLocaleString("en-US", { maximumFractionDigits: 1 });

/** Months of regular use among the window's covered months, and how many are needed. */
export function regularity(monthlySucceeded: readonly number[], coverage: number[], t: Threshold): { regularMonths: number; months: number; needed: number; regular: boolean } {
    let months = 0;
    let regularMonths = 0;
    coverage.forEach((c, i) => {
        if (c <= 0) return;
        months += 1;
        if ((monthlySucceeded[i] ?? 0) >= t.minMonthlyExchanges * c) regularMonths += 1;
    });
    const needed = Math.max(1, Math.ceil(t.minMonthShare * months - 1e-9));
    return { regularMonths, months, needed, regular: months > 0 && regularMonths >= needed };
}

/** The class of a pair on the observed basis (001's definitions; see ruleText). */
export function observedClass(official: boolean, declared: boolean, regular: boolean): LinkClass {
    if (official && !regular) return "OFFICIAL_WITHOUT_REGULAR_TRAFFIC";
    if (!declared) return "TRAFFIC_WITHOUT_DECLARED_LINK";
    if (!official && regular) return "TECHNICAL_IN_REGULAR_USE";
    return "CONSISTENT";
}

/** The class of a pair on the reported basis: the agency's total against the least one regular link needs. */
export function reportedClass(official: boolean, agencyTotal: number | null, links: number, floor: number): LinkClass {
    if ((agencyTotal ?? 0) < floor) return official ? "OFFICIAL_WITHOUT_REGULAR_TRAFFIC" : "CONSISTENT";
    if (links === 1) return official ? "CONSISTENT" : "TECHNICAL_IN_REGULAR_USE";
    return "UNDETERMINED";
}

export function classifyObserved(declared: Declared[], series: Series, coverage: number[], t: Threshold): Verdict & { regularMonths: number } {
    const official = declared.filter((f) => f.status === "OFFICIAL");
    const r = regularity(series.monthlySucceeded, coverage, t);
    const traffic = `${fmt(series.total)} exchanges; ${r.regularMonths} of ${r.months} months reach ${fmt(t.minMonthlyExchanges)} successes (${r.needed} needed)`;
    const snapshots = (fs: Declared[]) => [...new Set(fs.map((f) => `${f.status} in ${f.snapshot}`))].join(", ");
    const cls = observedClass(official.length > 0, declared.length > 0, r.regular);
    const reason = {
        OFFICIAL_WITHOUT_REGULAR_TRAFFIC: () => `declared ${snapshots(official)}, but the traffic is not regular: ${traffic}`,
        TRAFFIC_WITHOUT_DECLARED_LINK: () => `no link declared in any snapshot, yet ${traffic}`,
        TECHNICAL_IN_REGULAR_USE: () => `declared ${snapshots(declared)}, never OFFICIAL, and in regular use: ${traffic} — a candidate for official status`,
        CONSISTENT: () => (official.length ? `declared ${snapshots(official)}, with regular traffic: ${traffic}` : `declared ${snapshots(declared)}, never OFFICIAL, and the traffic is not regular: ${traffic}`),
        UNDETERMINED: () => traffic,
    }[cls]();
    return { cls, reason, regularMonths: r.regularMonths };
}

/** The least total an agency needs for one link with regular traffic over a period's month coverage. */
export function regularFloor(coverage: number[], t: Threshold): number {
    const covered = coverage.filter((c) => c > 0).sort((a, b) => a - b);
    const needed = Math.max(1, Math.ceil(t.minMonthShare * covered.length - 1e-9));
    return t.minMonthlyExchanges * covered.slice(0, needed).reduce((a, b) => a + b, 0);
}

export function classifyReported(declared: Declared[], agencyTotal: number | null, links: number, floor: number): Verdict {
    const official = declared.some((f) => f.status === "OFFICIAL");
    const evidence = agencyTotal === null ? "the agency is not listed in 001 Phụ lục 4 (no transactions reported)" : `the agency's Phụ lục 4 total is ${fmt(agencyTotal)} transactions`;
    const cls = reportedClass(official, agencyTotal, links, floor);
    const below = (agencyTotal ?? 0) < floor;
    const reason =
        cls === "OFFICIAL_WITHOUT_REGULAR_TRAFFIC" ? `declared OFFICIAL, but ${evidence}, below the ${fmtFloor(floor)} one link with regular traffic needs`
        : cls === "TECHNICAL_IN_REGULAR_USE" ? `the agency's only link, never declared OFFICIAL; ${evidence} (≥ ${fmtFloor(floor)}), so this link carries regular traffic unless it goes to assets it has no link to — a candidate for official status`
        : cls === "UNDETERMINED" ? `${evidence} (≥ ${fmtFloor(floor)}) over ${links} declared links; Phụ lục 4 does not split it by asset`
        : below ? `never declared OFFICIAL, and ${evidence}, below ${fmtFloor(floor)}`
        : `the agency's only link, declared OFFICIAL; ${evidence} (≥ ${fmtFloor(floor)})`;
    return { cls, reason };
}

function checkThreshold(t: Threshold): void {
    if (!Number.isInteger(t.minMonthlyExchanges) || t.minMonthlyExchanges < 1 || t.minMonthlyExchanges > 1e9) throw badUserInput("regular.minMonthlyExchanges must be a whole number between 1 and 1,000,000,000", "regular");
    if (!(t.minMonthShare > 0 && t.minMonthShare <= 1)) throw badUserInput("regular.minMonthShare must be more than 0 and at most 1", "regular");
}

export const declaredVsObserved: QueryResolvers["declaredVsObserved"] = async (_p, args, ctx, info) => {
    const { tier, asset, from, to, regular: given, basis, limit, offset } = args;
    const p = page({ limit, offset });
    const time = await readTime(ctx.db, args);
    const era = await eraOn(ctx.db, time.asOf, tier, args.era);
    const regular: Threshold = { minMonthlyExchanges: given.minMonthlyExchanges ?? 100, minMonthShare: given.minMonthShare ?? 0.75 };
    checkThreshold(regular);
    requireEra2025Tier(era, tier);
    const assetId = asset ? (await resolveRef(ctx.db, "Asset", asset, "asset")).id : null;
    const kinds = era === "E2025" ? ["PROVINCE", "MINISTRY", "GOVERNMENT_AGENCY"] : TIER_KINDS[tier];
    const [imports, units] = await Promise.all([importsOf(ctx), era === "E2025" ? loadUnits(ctx.db, TIER_KINDS[tier]) : Promise.resolve([])]);
    let w: Window = makeWindow(imports, from, to, basis, time);
    if (w.basis === "REPORTED") w = reportedWindow(w, (await ctx.db.run<{ period: string }>("usage/reported-period", { kinds }))[0]?.period);
    const coverage = w.months.map((m) => w.coverage.get(m) ?? 0);
    const floor = regularFloor(coverage, regular);
    // Every pair is classified, counted and paged from the tier's working set (pairs.ts: read once per
    // graph version, whatever the threshold, window, asOf, knownAt, asset or page); citations, reasons,
    // durations and series are read and written for the page only.
    const covered = coverage.filter((c) => c > 0).length;
    const unitKinds = era === "E2025" ? TIER_KINDS[tier] : null;
    const tierFacts = await keptPerVersion(ctx.workingSets, "usage/declared pairs", JSON.stringify([kinds, unitKinds]), () => readPairFacts(ctx.db, kinds, unitKinds));
    const r = classifyPairs(tierFacts, {
        time, assetId, observed: w.basis === "OBSERVED", documents: new Set(w.imports.keys()),
        floors: new Map(w.months.flatMap((m, i) => (coverage[i]! > 0 ? [[m, regular.minMonthlyExchanges * coverage[i]!] as const] : []))),
        covered, needed: Math.max(1, Math.ceil(regular.minMonthShare * covered - 1e-9)), floor, offset: p.offset, limit: p.limit,
    });
    const partsOf = new Map(units.map((u) => [u.id, u.parts.map((x) => x.name)]));
    const onPage = r.page;
    // Duration histograms are most of a page's observed rows: read only when the document asks for durations.
    const durations = asksFor(info, ["pairs", "observed", "durations"]) || asksFor(info, ["pairs", "months", "durations"]);
    const wanted = onPage.flatMap((x) => (x.assetId ? x.agencyIds.map((agencyId) => ({ agencyId, assetId: x.assetId })) : []));
    type Link = { agencyId: string; agencyName: string; assetId: string; snapshot: Snapshot; status: ConnectionStatus; section: string; locator: string; text: string | null };
    const [pageFacts] = wanted.length ? await ctx.db.run<{ links: Link[]; uses: (UseRow & { agencyId: string; assetId: string })[] }>("usage/page-facts", { pairs: wanted, ...time, observed: w.basis === "OBSERVED", durations }) : [];
    const links = pageFacts?.links ?? [];
    const pageUses = pageFacts?.uses ?? [];
    const withoutProvider = new Series(w);
    if (w.basis === "OBSERVED") for (const u of r.unprovided) withoutProvider.add(u);
    const what = "001 Phụ lục 4's per-agency totals (1 Jan – 7 Jun 2023) against the listed links; the totals are not split by asset, so several classes can only be stated per agency";
    return {
        asOf: time.asOf, basis: w.basis, note: basisNote(w, what), rule: ruleText(regular, w.basis), threshold: regular, window: windowMonths(w),
        counts: CLASS_ORDER.map((c, i) => ({ class: c, count: r.counts[i] ?? 0 })),
        total: r.total,
        pairs: onPage.map(({ cls, agencyIds, links: linkCount, reported, ...x }) => {
            const declared = links.filter((l) => l.assetId === x.assetId && agencyIds.includes(l.agencyId));
            const uses = pageUses.filter((u) => u.assetId === x.assetId && agencyIds.includes(u.agencyId));
            const full = w.basis === "OBSERVED" && x.assetId !== null ? new Series(w) : null;
            for (const u of uses) full?.add(u);
            const reason = x.assetId === null
                ? `no link declared in any snapshot, yet the agency's Phụ lục 4 total is ${fmt(reported!)} transactions (the asset is unknown)`
                : full ? classifyObserved(declared, full, coverage, regular).reason : classifyReported(declared, reported, linkCount, floor).reason;
            return {
                ...x, parts: partsOf.get(x.agencyId) ?? [], class: CLASS_ORDER[cls]!, reportedAgencyTransactions: reported,
                reason,
                declared: declared.map((l) => ({ agency: l.agencyName, snapshot: l.snapshot, status: l.status, section: l.section, locator: l.locator, text: l.text })),
                observed: full?.totals() ?? null,
                months: full?.months() ?? [],
            };
        }),
        trafficWithoutProvider: w.basis === "OBSERVED" ? withoutProvider.totals() : totals(0, 0),
    };
};

/** The reported basis covers Phụ lục 4's period, whatever months were asked. */
function reportedWindow(w: Window, period: string | null | undefined): Window {
    if (!period) return w;
    const p = parsePeriod(period);
    const months = monthsOf(p);
    return { ...w, months, index: new Map(months.map((m, i) => [m, i])), coverage: new Map(months.map((m) => [m, round4(monthCoverage(m, [p]))])) };
}
