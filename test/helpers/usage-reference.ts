// The usage questions as they were computed before issue 29 (every consumer–service pair of the tier
// read from OBSERVED_USE, classified, sorted and paged in JavaScript), kept only so that
// test/integration/usage-aggregates.int.test.ts can check the materialised answers are identical.
// Copied from src/modules/usage/declared.ts at d0412b7 (the resolver), with its queries renamed
// usage/reference-* (its page reads too: usage/reference-link-facts and reference-pair-uses); the classification rules are shared with the resolver.
import { agencySortKey } from "../../lib/collation.js";
import { monthCoverage, monthsOf, parsePeriod } from "../../lib/period.js";
import type { Db } from "../../src/db/run.js";
import type { ConnectionStatus, LinkComparison, QueryDeclaredVsObservedArgs, Snapshot } from "../../src/__generated__/resolvers-types.js";
import { TIER_KINDS } from "../../src/kernel/tier.js";
import { resolveRef } from "../../src/kernel/names.js";
import { eraOn, readTime } from "../../src/kernel/time.js";
import { loadUnits } from "../../src/kernel/rollup.js";
import { page, slicePage } from "../../src/kernel/paging.js";
import { Series, totals, type UseRow } from "../../src/modules/usage/series.js";
import { basisNote, loadImports, makeWindow, round4, windowMonths, type Window } from "../../src/modules/usage/window.js";
import { CLASS_ORDER, classifyObserved, classifyReported, fmt, observedClass, regularFloor, regularity, reportedClass, ruleText, type Threshold } from "../../src/modules/usage/declared.js";

interface AssetUse extends UseRow {
    assetId: string | null;
}

interface AgencyRow {
    id: string;
    name: string;
    links: [string, boolean][];
    uses: AssetUse[];
    reported: number | null;
    reportedPeriod: string | null;
}

export async function referenceDeclaredVsObserved(db: Db, args: Partial<QueryDeclaredVsObservedArgs>) {
    const ctx = { db };
    const { asset, from, to, basis } = args;
    const tier = args.tier ?? "PROVINCE";
    const given = args.regular ?? {};
    const limit = args.limit ?? 100;
    const offset = args.offset ?? 0;
    const p = page({ limit, offset });
    const time = await readTime(ctx.db, args);
    const era = await eraOn(ctx.db, time.asOf, tier, args.era);
    const regular: Threshold = { minMonthlyExchanges: given.minMonthlyExchanges ?? 100, minMonthShare: given.minMonthShare ?? 0.75 };
    const assetId = asset ? (await resolveRef(ctx.db, "Asset", asset, "asset")).id : null;
    const kinds = era === "E2025" ? ["PROVINCE", "MINISTRY", "GOVERNMENT_AGENCY"] : TIER_KINDS[tier];
    const [imports, rows, units, assetRows] = await Promise.all([
        loadImports(ctx.db),
        ctx.db.run<AgencyRow>("usage/reference-declared-vs-observed", { kinds, assetId, ...time }),
        era === "E2025" ? loadUnits(ctx.db, TIER_KINDS[tier]) : Promise.resolve([]),
        ctx.db.run<{ id: string; name: string; number: number | null }>("usage/assets"),
    ]);
    const assetInfo = new Map(assetRows.map((a) => [a.id, a]));
    let w: Window = makeWindow(imports, from, to, basis, time);
    if (w.basis === "REPORTED") w = reportedWindow(w, rows);
    const coverage = w.months.map((m) => w.coverage.get(m) ?? 0);
    // Groups: an agency (E2023) or a 2025 unit with its parts.
    const unitOf = new Map(units.flatMap((u) => u.parts.map((p) => [p.id, u] as const)));
    const groups = new Map<string, { id: string; name: string; parts: string[]; rows: AgencyRow[] }>();
    for (const r of rows) {
        const u = era === "E2025" ? unitOf.get(r.id) : undefined;
        if (era === "E2025" && !u) continue;
        const key = u?.id ?? r.id;
        const g = groups.get(key) ?? { id: key, name: u?.name ?? r.name, parts: u ? u.parts.map((p) => p.name) : [], rows: [] };
        g.rows.push(r);
        groups.set(key, g);
    }
    const floor = regularFloor(coverage, regular);
    const withoutProvider = new Series(w);
    // Every pair is classified (counts, order) from its links' official flags and monthly counts; the
    // citations, reasons, durations and series are read and written for the page only.
    type Pair = Omit<LinkComparison, "observed" | "months" | "declared" | "reason"> & { series: Series | null; agencyIds: string[]; links: number };
    const pairs: Pair[] = [];
    const noLinkReason = new Map<string, string>();
    for (const g of groups.values()) {
        const official = new Map<string, boolean>();
        for (const r of g.rows) for (const [asset, isOfficial] of r.links) official.set(asset, (official.get(asset) ?? false) || isOfficial);
        // Uses of imports in force only (superseded ones, or imported after `knownAt`, are kept but do not count).
        const uses = g.rows.flatMap((r) => r.uses).filter((u) => w.imports.has(u.documentId));
        const listed = g.rows.filter((r) => r.reported !== null);
        const reported = listed.length ? listed.reduce((n, r) => n + r.reported!, 0) : null;
        const agencyIds = g.rows.map((r) => r.id);
        const assets = new Set(official.keys());
        if (w.basis === "OBSERVED") {
            for (const u of uses) {
                if (u.assetId === null) withoutProvider.add(u);
                else assets.add(u.assetId);
            }
        }
        if (w.basis === "REPORTED" && assets.size === 0 && (reported ?? 0) > 0 && !assetId) {
            noLinkReason.set(g.id, `no link declared in any snapshot, yet the agency's Phụ lục 4 total is ${fmt(reported!)} transactions (the asset is unknown)`);
            pairs.push({
                agencyId: g.id, agencyName: g.name, parts: g.parts, assetId: null, assetName: null, assetNumber: null, class: "TRAFFIC_WITHOUT_DECLARED_LINK",
                declaredOfficial: false, series: null, regularMonths: null, reportedAgencyTransactions: reported, agencyIds, links: 0,
            });
            continue;
        }
        for (const id of assets) {
            const a = assetInfo.get(id);
            const isOfficial = official.get(id) ?? false;
            const base = { agencyId: g.id, agencyName: g.name, parts: g.parts, assetId: id, assetName: a?.name ?? id, assetNumber: a?.number ?? null, declaredOfficial: isOfficial, reportedAgencyTransactions: reported, agencyIds, links: assets.size };
            if (w.basis === "OBSERVED") {
                const series = new Series(w);
                for (const u of uses) if (u.assetId === id) series.add(u);
                const r = regularity(series.monthlySucceeded, coverage, regular);
                pairs.push({ ...base, class: observedClass(isOfficial, official.has(id), r.regular), series, regularMonths: r.regularMonths });
            } else {
                pairs.push({ ...base, class: reportedClass(isOfficial, reported, assets.size, floor), series: null, regularMonths: null });
            }
        }
    }
    // Sort keys once per agency (a Vietnamese key costs microseconds; thousands of pairs compare many times).
    const nameKey = new Map<string, string>();
    const keyOf = (name: string): string => nameKey.get(name) ?? nameKey.set(name, agencySortKey(name)).get(name)!;
    pairs.sort((a, b) => CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class) || cmp(keyOf(a.agencyName), keyOf(b.agencyName)) || (a.assetNumber ?? 1e9) - (b.assetNumber ?? 1e9) || cmp(a.assetId ?? "", b.assetId ?? ""));
    const onPage = slicePage(pairs, p);
    const wanted = onPage.flatMap((x) => (x.assetId ? x.agencyIds.map((agencyId) => ({ agencyId, assetId: x.assetId })) : []));
    const [links, pageUses] = wanted.length
        ? await Promise.all([
              ctx.db.run<{ agencyId: string; agencyName: string; assetId: string; snapshot: Snapshot; status: ConnectionStatus; section: string; locator: string; text: string | null }>("usage/reference-link-facts", { pairs: wanted, ...time }),
              w.basis === "OBSERVED" ? ctx.db.run<UseRow & { agencyId: string; assetId: string }>("usage/reference-pair-uses", { pairs: wanted }) : Promise.resolve([]),
          ])
        : [[], []];
    const what = "001 Phụ lục 4's per-agency totals (1 Jan – 7 Jun 2023) against the listed links; the totals are not split by asset, so several classes can only be stated per agency";
    return {
        asOf: time.asOf, basis: w.basis, note: basisNote(w, what), rule: ruleText(regular, w.basis), threshold: regular, window: windowMonths(w),
        counts: CLASS_ORDER.map((c) => ({ class: c, count: pairs.filter((p) => p.class === c).length })),
        total: pairs.length,
        pairs: onPage.map(({ series, agencyIds, links: linkCount, ...p }) => {
            const declared = links.filter((l) => l.assetId === p.assetId && agencyIds.includes(l.agencyId));
            const uses = pageUses.filter((u) => u.assetId === p.assetId && agencyIds.includes(u.agencyId));
            const full = series ? new Series(w) : null;
            for (const u of uses) full?.add(u);
            const reason = p.assetId === null ? noLinkReason.get(p.agencyId)! : full ? classifyObserved(declared, full, coverage, regular).reason : classifyReported(declared, p.reportedAgencyTransactions ?? null, linkCount, floor).reason;
            return {
                ...p,
                reason,
                declared: declared.map((l) => ({ agency: l.agencyName, snapshot: l.snapshot, status: l.status, section: l.section, locator: l.locator, text: l.text })),
                observed: full?.totals() ?? null,
                months: full?.months() ?? [],
            };
        }),
        trafficWithoutProvider: w.basis === "OBSERVED" ? withoutProvider.totals() : totals(0, 0),
    };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The reported basis covers Phụ lục 4's period, whatever months were asked. */
function reportedWindow(w: Window, rows: AgencyRow[]): Window {
    const period = rows.find((r) => r.reportedPeriod)?.reportedPeriod;
    if (!period) return w;
    const p = parsePeriod(period);
    const months = monthsOf(p);
    return { ...w, months, index: new Map(months.map((m, i) => [m, i])), coverage: new Map(months.map((m) => [m, round4(monthCoverage(m, [p]))])) };
}
