// The figures of report 001 that the sample usage data must reproduce, read from the parsed reports
// (never typed in), and how far the report's own tables agree with each other.
import type { SeedGraph } from "../pipeline.js";
import type { FigureRecord, ServiceRecord } from "../types.js";

export interface ReportedUsage {
    /** Phụ lục 3: every service with its total and error rate, in row order. */
    services: (ServiceRecord & { providerId: string | null; namedConsumerId: string | null })[];
    /** Phụ lục 4: every agency's total, in table order. */
    agencies: { id: string; name: string; transactions: number; section: string; row: number }[];
    /** Bảng 1: successes and failures per month. */
    months: { month: string; succeeded: number; failed: number }[];
    /** §2 headline: the platform's total, successes and failures. */
    platform: { total: number; succeeded: number; failed: number };
    /** The period the figures cover (001: 1 Jan – 7 Jun 2023, 18:00). */
    period: string;
    /** Agencies each agency is connected to in Phụ lục 2 (either column): agency id → asset ids. */
    connections: Map<string, Set<string>>;
    /** Asset → its owners (Phụ lục 1). */
    owners: Map<string, string[]>;
}

export const PERIOD_2023 = "2023-01-01T00:00:00+07:00/2023-06-07T18:00:00+07:00";

export function reportedUsage(g: SeedGraph): ReportedUsage {
    const all = <T>(pick: (s: SeedGraph["sources"][number]) => T[]): T[] => g.sources.flatMap(pick);
    const figures = all((s) => s.figures);
    const fig = (id: string): FigureRecord => {
        const f = figures.find((x) => x.id === id);
        if (!f) throw new Error(`report 001 has no figure ${id}`);
        return f;
    };
    const links = all((s) => s.serviceLinks);
    const owners = new Map<string, string[]>();
    for (const o of all((s) => s.ownerships)) owners.set(o.assetId, [...(owners.get(o.assetId) ?? []), o.agencyId]);
    const services = all((s) => s.services)
        .filter((s) => s.citation.documentId === "001")
        .sort((a, b) => a.number - b.number)
        .map((s) => {
            const providerId = links.find((l) => l.serviceId === s.id && l.role === "PROVIDER")?.targetId ?? null;
            const consumer = links.find((l) => l.serviceId === s.id && l.role === "CONSUMER")?.targetId ?? null;
            // A consumer named as an asset means the asset's owner; as an agency, the agency.
            const namedConsumerId = consumer === null ? null : consumer.startsWith("asset:") ? (owners.get(consumer)?.[0] ?? null) : consumer;
            return { ...s, providerId, namedConsumerId };
        });
    const names = new Map(g.agencies.map((a) => [a.id, a.name]));
    const agencies = figures
        .filter((f) => f.id.startsWith("fig:001:p4:") && f.subjectId)
        .map((f) => ({ id: f.subjectId!, name: names.get(f.subjectId!) ?? f.subjectId!, transactions: f.value, section: f.citation.section, row: f.rank ?? 0 }));
    const months = figures
        .filter((f) => /^fig:001:b1:\d{4}-\d{2}:succeeded$/.test(f.id))
        .map((f) => f.period!)
        .sort()
        .map((month) => ({ month, succeeded: fig(`fig:001:b1:${month}:succeeded`).value, failed: fig(`fig:001:b1:${month}:failed`).value }));
    const connections = new Map<string, Set<string>>();
    for (const c of all((s) => s.connections)) {
        if (!connections.has(c.agencyId)) connections.set(c.agencyId, new Set());
        connections.get(c.agencyId)!.add(c.assetId);
    }
    return {
        services, agencies, months, connections, owners, period: PERIOD_2023,
        platform: { total: fig("fig:001:transactions-total").value, succeeded: fig("fig:001:transactions-succeeded").value, failed: fig("fig:001:transactions-failed").value },
    };
}

/** Failures implied by a service's printed error rate: the whole number whose rate prints the same. */
export const failuresOf = (s: { transactions: number; errorRatePercent: number }): number => Math.round((s.transactions * s.errorRatePercent) / 100);

/** The error rate as the reports print it: percent with two decimals. */
export const printedRate = (failed: number, total: number): number => (total === 0 ? 0 : Math.round((failed / total) * 10_000) / 100);

export interface Consistency {
    check: string;
    left: { label: string; value: number };
    right: { label: string; value: number };
    difference: number;
}

/** Where 001's tables agree and where they do not; the generator keeps both sides (see README). */
export function consistency(r: ReportedUsage): Consistency[] {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const row = (check: string, l: string, lv: number, rl: string, rv: number): Consistency => ({ check, left: { label: l, value: lv }, right: { label: rl, value: rv }, difference: lv - rv });
    return [
        row("Bảng 1 months add up to the platform's successes", "Σ Bảng 1 successes", sum(r.months.map((m) => m.succeeded)), "§2 successes", r.platform.succeeded),
        row("Bảng 1 months add up to the platform's failures", "Σ Bảng 1 failures", sum(r.months.map((m) => m.failed)), "§2 failures", r.platform.failed),
        row("Phụ lục 3 services add up to the platform total", "Σ Phụ lục 3 services", sum(r.services.map((s) => s.transactions)), "§2 total", r.platform.total),
        row("Phụ lục 4 agencies add up to the platform total", "Σ Phụ lục 4 agencies", sum(r.agencies.map((a) => a.transactions)), "§2 total", r.platform.total),
        row("Phụ lục 3 and Phụ lục 4 count the same exchanges", "Σ Phụ lục 4 agencies", sum(r.agencies.map((a) => a.transactions)), "Σ Phụ lục 3 services", sum(r.services.map((s) => s.transactions))),
        row("Failures implied by Phụ lục 3's error rates match Bảng 1", "Σ round(total × rate) over services", sum(r.services.map(failuresOf)), "Σ Bảng 1 failures", sum(r.months.map((m) => m.failed))),
    ];
}
