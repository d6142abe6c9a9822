// criticality: assets — NDXP included, through which every service transits — ranked by what fails
// with them, each score with its parts and the rule in words. Observed when usage is imported (the
// window's exchanges and consumers); otherwise the reports' figures (Phụ lục 3 totals, Phụ lục 2
// connections), and the answer says so.
import { agencySortKey } from "../../../lib/collation.js";
import { monthCoverage, monthsOf, parsePeriod } from "../../../lib/period.js";
import type { AgencyKind, QueryResolvers } from "../../__generated__/resolvers-types.js";
import { TIER_KINDS } from "../../kernel/tier.js";
import { loadUnits } from "../../kernel/rollup.js";
import { page, slicePage } from "../../kernel/paging.js";
import { keptPerVersion } from "../../kernel/cache/version-memo.js";
import { basisNote, importsOf, makeWindow, windowMonths } from "./window.js";
import { observedByAsset, readCriticalityInputs } from "./criticality-inputs.js";
import { dependentCount, dependentsOf, MAX_DEPTH } from "./dependents.js";

export const WEIGHTS = { exchanges: 0.5, agencies: 0.3, dependents: 0.1, services: 0.1 } as const;
export const ALTERNATIVE_FACTOR = 0.5;
export { MAX_DEPTH };

export function criticalityRule(basis: "OBSERVED" | "REPORTED"): string {
    const exchanges = basis === "OBSERVED" ? "the monthly exchanges that would stop (observed: the window's exchanges with its services ÷ the months covered) as a share of the platform's" : "the monthly exchanges that would stop (reported: its services' Phụ lục 3 totals ÷ the 5.2 months of 1 Jan – 7 Jun 2023) as a share of all services'";
    const agencies = basis === "OBSERVED" ? "the agencies that consumed one of its services in the window, as a share of all consuming agencies" : "the agencies connected to it in Phụ lục 2 (either column; for NDXP, every connected agency: all connections go through it), as a share of all connected agencies";
    return `score = 100 × (${WEIGHTS.exchanges} × ${exchanges} + ${WEIGHTS.agencies} × ${agencies} + ${WEIGHTS.dependents} × the other assets that consume its services, directly or through other assets (up to ${MAX_DEPTH} hops), as a share of all other assets + ${WEIGHTS.services} × the services it provides (a platform: that transit it) as a share of all services); multiplied by ${ALTERNATIVE_FACTOR} when every one of its services has another provider. A single point of failure has users or dependents and no alternative provider. Ties: more monthly exchanges, then name.`;
}

export const criticality: QueryResolvers["criticality"] = async (_p, { tiers, from, to, basis, era, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const kinds = new Set<string>(tiers && tiers.length ? tiers.flatMap((t) => TIER_KINDS[t]) : []);
    // The imports, the assets, their dependents and the aggregates are read once per graph version (criticality-inputs.ts).
    const [imports, inputs] = await Promise.all([importsOf(ctx), keptPerVersion(ctx.workingSets, "usage/criticality inputs", "", () => readCriticalityInputs(ctx.db))]);
    const { assets, dependents } = inputs;
    const w = makeWindow(imports, from, to, basis);
    const unitOf = new Map<string, string>();
    if (era === "E2025" && w.basis === "REPORTED") for (const u of await loadUnits(ctx.db, ["PROVINCE", "MINISTRY", "GOVERNMENT_AGENCY"] as AgencyKind[])) for (const p of u.parts) unitOf.set(p.id, u.id);
    const who = (agencyId: string): string => unitOf.get(agencyId) ?? agencyId;

    // Per asset: exchanges in the window and agencies cut off (observed: added up from the working set's
    // aggregates; reported: Phụ lục 3 totals and Phụ lục 2 connections).
    const exchangesOf = new Map<string, number>();
    const cutOff = new Map<string, number>();
    let platform = 0;
    let everyone = 0;
    let months = 0;
    if (w.basis === "OBSERVED") {
        months = w.months.reduce((n, m) => n + (w.coverage.get(m) ?? 0), 0);
        const observed = observedByAsset(inputs, { from: w.months[0]!, to: w.months[w.months.length - 1]!, kinds: [...kinds], era: era === "E2025" ? 2025 : 2023, documents: new Set(w.imports.keys()) });
        for (const [id, a] of observed.assets) {
            exchangesOf.set(id, a.exchanges);
            cutOff.set(id, a.agencies);
        }
        platform = observed.platform.exchanges;
        everyone = observed.platform.agencies;
    } else {
        const period = parsePeriod("2023-01-01/2023-06-07T18:00");
        months = monthsOf(period).reduce((n, m) => n + monthCoverage(m, [period]), 0);
        const services = new Map(assets.flatMap((a) => a.services).map((s) => [s.id, s.transactions ?? 0]));
        for (const t of services.values()) platform += t;
        for (const a of assets) exchangesOf.set(a.id, a.services.reduce((n, s) => n + (s.transactions ?? 0), 0));
        const connected = await ctx.db.run<{ assetId: string; agencyIds: string[] }>("usage/connected-agencies", { kinds: kinds.size ? [...kinds] : ["MINISTRY", "GOVERNMENT_AGENCY", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ENTERPRISE", "OTHER"] });
        const all = new Set<string>();
        for (const c of connected) {
            const set = new Set(c.agencyIds.map(who));
            cutOff.set(c.assetId, set.size);
            for (const a of set) all.add(a);
        }
        everyone = all.size;
        // Every connection goes through NDXP (001 §2): a platform with services cuts everyone off.
        for (const a of assets) if (a.kind === "PLATFORM" && a.services.length > 0) cutOff.set(a.id, everyone);
    }
    const ranked = assets.map((a, i) => {
        const exchanges = exchangesOf.get(a.id) ?? 0;
        const agencies = cutOff.get(a.id) ?? 0;
        const deps = dependentCount(dependents, i);
        const { services, alternativeProvider } = inputs.own[i]!;
        const monthly = months > 0 ? exchanges / months : 0;
        const part = (name: string, value: number, outOf: number, weight: number) => {
            const share = outOf > 0 ? value / outOf : 0;
            return { name, value: round(value, 1), outOf: round(outOf, 1), share: round(share, 4), weight, points: round(100 * weight * share, 2) };
        };
        const parts = [
            part("monthly exchanges lost", monthly, months > 0 ? platform / months : 0, WEIGHTS.exchanges),
            part("agencies cut off", agencies, everyone, WEIGHTS.agencies),
            part("dependent assets", deps, assets.length - 1, WEIGHTS.dependents),
            part("services", services, inputs.serviceCount, WEIGHTS.services),
        ];
        const raw = parts.reduce((n, p) => n + p.points, 0);
        const score = round(alternativeProvider ? raw * ALTERNATIVE_FACTOR : raw, 1);
        return {
            id: a.id, name: a.name, number: a.number, code: a.code, kind: a.kind, score, parts, services, monthlyExchangesLost: round(monthly, 1),
            agenciesCutOff: agencies, position: i, alternativeProvider,
            singlePointOfFailure: !alternativeProvider && (agencies > 0 || exchanges > 0 || deps > 0),
        };
    });
    const keys = new Map(ranked.map((a) => [a.id, agencySortKey(a.name)]));
    ranked.sort((a, b) => b.score - a.score || b.monthlyExchangesLost - a.monthlyExchangesLost || (keys.get(a.id)! < keys.get(b.id)! ? -1 : 1));
    const reportedWhat = "the reports' figures: Phụ lục 3's service totals for exchanges and Phụ lục 2's connections for agencies";
    return {
        basis: w.basis, note: basisNote(w, reportedWhat), rule: criticalityRule(w.basis), window: windowMonths(w), total: ranked.length,
        // Dependents' lists (with their paths) are built for the page only; every asset's count ranked it.
        assets: slicePage(ranked, p).map(({ position, ...a }, i) => ({ ...a, dependentAssets: dependentsOf(dependents, position), rank: p.offset + i + 1 })),
    };
};

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
