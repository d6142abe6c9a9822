// serviceConsumers and consumedServices: who consumes a service, and what an agency consumes, month
// by month, with error rates and duration percentiles, beside the reports' own figures (never merged).
import { fold } from "../../../lib/text.js";
import { agencySortKey, viCompare } from "../../../lib/collation.js";
import { badUserInput } from "../../kernel/errors.js";
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE, UNATTRIBUTED_SERVICE_NAME, OUTSIDE_GRAPH } from "../../../lib/usage-format.js";
import type { Db } from "../../db/run.js";
import type { AgencyKind, QueryResolvers } from "../../__generated__/resolvers-types.js";
import { ERA } from "../../kernel/era.js";
import { resolveRef } from "../../kernel/names.js";
import { loadUnits } from "../../kernel/rollup.js";
import { Series, type UseRow } from "./series.js";
import { page, slicePage } from "../../kernel/paging.js";
import { basisNote, importsOf, makeWindow, windowMonths } from "./window.js";

const UNIT_KINDS: AgencyKind[] = ["PROVINCE", "MINISTRY", "GOVERNMENT_AGENCY"];

const share = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0);

/** A service reference (Phụ lục 3 number, id, exact name, or `*`) → one service, or BAD_USER_INPUT. */
export async function resolveService(db: Db, ref: string): Promise<{ id: string; name: string }> {
    const text = ref.normalize("NFC").trim();
    if (text === "") throw badUserInput("service must not be empty", "service");
    if (text.length > 300) throw badUserInput("service is longer than 300 characters", "service");
    const id = text === OUTSIDE_GRAPH ? UNATTRIBUTED_SERVICE : text;
    const hits = await db.run<{ id: string; name: string }>("usage/resolve-service", { id, number: /^\d+$/.test(text) ? Number(text) : null, folded: /^\d+$/.test(text) ? null : fold(text) });
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) throw badUserInput(`"${text}" names ${hits.length} services; use an id`, "service", { candidates: hits });
    // The unattributed service exists once an import has used it; before that it simply has no exchanges.
    if (id === UNATTRIBUTED_SERVICE) return { id, name: UNATTRIBUTED_SERVICE_NAME };
    throw badUserInput(`no service is numbered, identified or named "${text}" (a Phụ lục 3 number, e.g. 2, an id such as service:001:2, or the exact name)`, "service");
}

interface ConsumerUse extends UseRow {
    consumerId: string;
    consumerName: string;
    consumerKind: string | null;
}

export const serviceConsumers: QueryResolvers["serviceConsumers"] = async (_p, { service, from, to, era, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const target = await resolveService(ctx.db, service);
    const [imports, [row]] = await Promise.all([
        importsOf(ctx),
        ctx.db.run<{ id: string; number: number | null; name: string; transactions: number | null; errorRatePercent: number | null; period: string | null; providerId: string | null; providerName: string | null; citation: { documentId: string; section: string; locator: string } | null; uses: ConsumerUse[] }>("usage/service-usage", { serviceId: target.id }),
    ]);
    const w = makeWindow(imports, from, to, null);
    const units = era === "E2025" ? await loadUnits(ctx.db, UNIT_KINDS) : [];
    const unitOf = new Map(units.flatMap((u) => u.parts.map((p) => [p.id, u] as const)));
    // One series per consumer (E2025: per 2025 unit, parts added up; consumers without a successor stay).
    const groups = new Map<string, { id: string; name: string; kind: string; parts: Set<string>; series: Series }>();
    const all = new Series(w);
    for (const u of row?.uses ?? []) {
        const unit = unitOf.get(u.consumerId);
        const key = unit?.id ?? u.consumerId;
        let g = groups.get(key);
        if (!g) {
            g = { id: key, name: unit?.name ?? u.consumerName, kind: unit?.kind ?? u.consumerKind ?? "UNATTRIBUTED", parts: new Set(), series: new Series(w) };
            groups.set(key, g);
        }
        if (unit) g.parts.add(u.consumerName);
        g.series.add(u);
        all.add(u);
    }
    const total = all.total;
    // Sorted on totals; monthly series and percentiles are shaped for the page only.
    const consumers = [...groups.values()]
        .filter((g) => g.series.total > 0)
        .map((g) => ({ g, total: g.series.total, key: agencySortKey(g.name) }))
        .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map(({ g }) => g);
    const reported = row?.transactions != null && row.citation
        ? { transactions: row.transactions, errorRatePercent: row.errorRatePercent ?? 0, period: row.period ?? "", documentId: row.citation.documentId, section: row.citation.section, locator: row.citation.locator }
        : null;
    return {
        id: target.id, number: row?.number ?? null, name: row?.name ?? target.name, providerId: row?.providerId ?? null, providerName: row?.providerName ?? null,
        basis: w.basis, note: basisNote(w, reported ? `the service's own figures in ${reported.documentId} ${reported.section} ${reported.locator} (no consumer split)` : "nothing: the reports have no figures for it"),
        window: windowMonths(w), reported, observed: all.totals(), months: all.months(), totalConsumers: consumers.length,
        consumers: slicePage(consumers, p).map((g) => ({
            id: g.id, name: g.name, kind: g.kind, unattributed: g.id === UNATTRIBUTED_CONSUMER, parts: [...g.parts].sort(viCompare),
            observed: g.series.totals(), sharePercent: share(g.series.total, total), months: g.series.months(), sources: g.series.sourceRefs(),
        })),
        sources: all.sourceRefs(),
    };
};

interface AgencyUse extends UseRow {
    agencyId: string;
    serviceId: string;
    number: number | null;
    name: string;
    unattributed: boolean;
    providerId: string | null;
    providerName: string | null;
}

export const consumedServices: QueryResolvers["consumedServices"] = async (_p, { agency, from, to, era, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const target = await resolveRef(ctx.db, "Agency", agency, "agency", ERA[era]);
    const [kindRow] = await ctx.db.run<{ id: string; name: string; kind: AgencyKind; era: number }>("usage/agency-info", { id: target.id });
    const unit = (kindRow?.era === 2025 ? await loadUnits(ctx.db, UNIT_KINDS) : []).find((u) => u.id === target.id);
    const parts = unit ? unit.parts : [{ id: target.id, name: target.name }];
    const [imports, uses, reportedRows] = await Promise.all([
        importsOf(ctx),
        ctx.db.run<AgencyUse>("usage/agency-usage", { agencyIds: parts.map((p) => p.id) }),
        ctx.db.run<{ key: string; transactions: number | null }>("agency/transactions-by-agency", { keys: parts.map((p) => p.id) }),
    ]);
    const w = makeWindow(imports, from, to, null);
    const groups = new Map<string, { u: AgencyUse; series: Series }>();
    const all = new Series(w);
    for (const u of uses) {
        let g = groups.get(u.serviceId);
        if (!g) groups.set(u.serviceId, (g = { u, series: new Series(w) }));
        g.series.add(u);
        all.add(u);
    }
    const services = [...groups.values()]
        .filter((g) => g.series.total > 0)
        .sort((a, b) => b.series.total - a.series.total || (a.u.number ?? 1e9) - (b.u.number ?? 1e9) || (a.u.serviceId < b.u.serviceId ? -1 : 1));
    const byPart = new Map(reportedRows.map((r) => [r.key, r.transactions]));
    const listed = parts.filter((p) => byPart.get(p.id) != null);
    const reported = {
        transactions: listed.length ? listed.reduce((n, p) => n + byPart.get(p.id)!, 0) : null,
        parts: unit ? parts.map((p) => ({ id: p.id, name: p.name, transactions: byPart.get(p.id) ?? null })) : [],
        documentId: "001", section: "Phụ lục 4",
    };
    return {
        id: target.id, name: target.name, kind: kindRow?.kind ?? "OTHER", parts: unit ? unit.parts.map((p) => p.name) : [],
        basis: w.basis, note: basisNote(w, `the agency's total in 001 Phụ lục 4 (${reported.transactions?.toLocaleString("en-US") ?? "not listed"}; no split by service)`),
        window: windowMonths(w), reported, observed: all.totals(), months: all.months(), totalServices: services.length,
        services: slicePage(services, p).map(({ u, series }) => ({
            id: u.serviceId, number: u.number ?? null, name: u.name, unattributed: u.unattributed, providerId: u.providerId, providerName: u.providerName,
            observed: series.totals(), sharePercent: share(series.total, all.total), months: series.months(), sources: series.sourceRefs(),
        })),
        sources: all.sourceRefs(),
    };
};
