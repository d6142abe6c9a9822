// Writes the fitted sample (fit.ts) in the two import formats:
//  - the aggregate CSV: every consumer × service × month cell, exact (a few thousand rows reproduce
//    report 001's 261,578,283 exchanges);
//  - an X-Road operational-monitoring log (PR-OPMON records as JSON Lines) and its mapping file: one
//    record per exchange, so the full 2023 log would be 261 M lines (~80 GB). It is written for a chosen
//    set of services at full scale — every exchange of those services, exactly — or for all services
//    at 1:scale (each service's records = its total ÷ scale and its failures = its failures ÷ scale,
//    rounded; agencies' totals and small services' rates then only approximately).
// Member and service codes are made up (the reports give none): GOV/<agency slug>/<LGSP|HTTT> for
// clients, the provider's owner and `csdl-<asset number>`/`dv-<service number>` for services.
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE } from "../../lib/usage-format.js";
import { monthStartMs, nextMonth, parsePeriod } from "../../lib/period.js";
import { rng } from "../../lib/random.js";
import { apportion } from "./rounding.js";
import type { SampleCell, UsageSample } from "./fit.js";

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The aggregate CSV, line by line (with its period line and header). */
export function* sampleCsv(sample: UsageSample): Generator<string> {
    yield `# period: ${sample.reported.period}`;
    yield "# Sample usage reproducing report 001 (Phụ lục 3, Phụ lục 4, Bảng 1); consumer/service * = outside the graph (see README).";
    yield "month,consumer,service,successful,failed";
    for (const c of sample.cells) {
        for (let k = 0; k < sample.months.length; k++) {
            if (c.succeeded[k]! + c.failed[k]! > 0) yield `${sample.months[k]},${csvField(c.consumer)},${c.serviceNumber ?? "*"},${c.succeeded[k]},${c.failed[k]}`;
        }
    }
}

export const INSTANCE = "VN";

interface Codes {
    client: { memberClass: string; memberCode: string; subsystemCode: string };
    service: { memberClass: string; memberCode: string; subsystemCode: string; serviceCode: string };
}

const slugOf = (id: string): string => id.slice(id.indexOf(":") + 1);

function codesOf(sample: UsageSample, c: SampleCell): Codes {
    const client = c.consumerId === UNATTRIBUTED_CONSUMER
        ? { memberClass: "OTHER", memberCode: "unlisted", subsystemCode: "unlisted" }
        : { memberClass: c.consumerId.startsWith("enterprise:") ? "COM" : "GOV", memberCode: slugOf(c.consumerId), subsystemCode: c.consumerId.startsWith("province:") ? "LGSP" : "HTTT" };
    const s = sample.reported.services.find((x) => x.id === c.serviceId);
    const ndxp = { memberClass: "GOV", memberCode: "bo-thong-tin-va-truyen-thong", subsystemCode: "NDXP" };
    const service = !s
        ? { ...ndxp, serviceCode: "unlisted" }
        : s.providerId && sample.reported.owners.get(s.providerId)?.[0]
          ? { memberClass: sample.reported.owners.get(s.providerId)![0]!.startsWith("enterprise:") ? "COM" : "GOV", memberCode: slugOf(sample.reported.owners.get(s.providerId)![0]!), subsystemCode: `csdl-${s.providerId.split(":").pop()}`, serviceCode: `dv-${s.number}` }
          : { ...ndxp, serviceCode: `dv-${s.number}` };
    return { client, service };
}

/** The mapping file for the sample log: every client and service code the sample uses. */
export function sampleMapping(sample: UsageSample): Record<string, unknown> {
    const clients = new Map<string, Record<string, unknown>>();
    const services = new Map<string, Record<string, unknown>>();
    for (const c of sample.cells) {
        const k = codesOf(sample, c);
        clients.set(JSON.stringify(k.client), { ...k.client, agency: c.consumerId === UNATTRIBUTED_CONSUMER ? null : c.consumerId });
        services.set(JSON.stringify(k.service), { ...k.service, service: c.serviceId === UNATTRIBUTED_SERVICE ? null : c.serviceNumber });
    }
    return {
        xRoadInstance: INSTANCE,
        side: "Client",
        note: "Sample mapping for the seeded graph (seed/usage-sample); codes are made up. null = a party outside the graph.",
        clients: [...clients.values()],
        services: [...services.values()],
    };
}


export interface OpmonOptions {
    /** Only these Phụ lục 3 services (numbers), every exchange. */
    services?: Set<number>;
    /** 1:scale of every service (≥ 1). */
    scale?: number;
    seed?: number;
}

/**
 * The operational-monitoring log: a searchCriteria line stating the period, then one client-side
 * record per exchange, month by month in time order, with made-up durations (responseOutTs).
 */
export function* opmonLog(sample: UsageSample, o: OpmonOptions = {}): Generator<string> {
    const period = parsePeriod(sample.reported.period);
    yield JSON.stringify({ searchCriteria: { recordsFrom: Math.floor(period.fromMs / 1000), recordsTo: Math.ceil(period.toMs / 1000) - 1 } });
    const random = rng(o.seed ?? 2023);
    const cells = sample.cells.filter((c) => !o.services || (c.serviceNumber !== null && o.services.has(c.serviceNumber)));
    const scale = o.scale ?? 1;
    // Per cell and month: how many successes and failures to write (exact at 1:1; apportioned per service otherwise).
    const counts = cells.map((c) => ({ ok: [...c.succeeded], ko: [...c.failed] }));
    if (scale > 1) {
        const byService = new Map<string, number[]>();
        cells.forEach((c, i) => byService.set(c.serviceId, [...(byService.get(c.serviceId) ?? []), i]));
        for (const idx of byService.values()) {
            // The service's total and failures ÷ scale, rounded; successes are the rest.
            const sumOf = (kind: "ok" | "ko") => idx.reduce((n, i) => n + counts[i]![kind].reduce((a, b) => a + b, 0), 0);
            const ko = Math.round(sumOf("ko") / scale);
            const scaled = { ko, ok: Math.round((sumOf("ok") + sumOf("ko")) / scale) - ko };
            for (const kind of ["ok", "ko"] as const) {
                const flat = idx.flatMap((i) => counts[i]![kind]);
                const parts = scaled[kind] === 0 ? flat.map(() => 0) : apportion(scaled[kind], flat);
                const n = sample.months.length;
                idx.forEach((i, k) => (counts[i]![kind] = parts.slice(k * n, (k + 1) * n)));
            }
        }
    }
    const prefix = cells.map((c) => {
        const k = codesOf(sample, c);
        return `"securityServerType":"Client","clientXRoadInstance":"${INSTANCE}","clientMemberClass":${JSON.stringify(k.client.memberClass)},"clientMemberCode":${JSON.stringify(k.client.memberCode)},"clientSubsystemCode":${JSON.stringify(k.client.subsystemCode)},"serviceXRoadInstance":"${INSTANCE}","serviceMemberClass":${JSON.stringify(k.service.memberClass)},"serviceMemberCode":${JSON.stringify(k.service.memberCode)},"serviceSubsystemCode":${JSON.stringify(k.service.subsystemCode)},"serviceCode":${JSON.stringify(k.service.serviceCode)}`;
    });
    // A typical duration per service (40–400 ms); failures take three times as long.
    const median = cells.map((c) => 40 * (1 + (((c.serviceNumber ?? 42) * 37) % 10)));
    for (let m = 0; m < sample.months.length; m++) {
        const month = sample.months[m]!;
        const from = Math.max(monthStartMs(month), period.fromMs);
        const to = Math.min(monthStartMs(nextMonth(month)), period.toMs);
        const records: { ts: number; line: string }[] = [];
        cells.forEach((_, i) => {
            for (const ok of [true, false]) {
                const n = ok ? counts[i]!.ok[m]! : counts[i]!.ko[m]!;
                for (let r = 0; r < n; r++) {
                    const ts = from + Math.floor(random() * (to - from));
                    const gauss = Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
                    const duration = Math.max(1, Math.round(median[i]! * (ok ? 1 : 3) * Math.exp(0.6 * gauss)));
                    records.push({ ts, line: `{"requestInTs":${ts},"responseOutTs":${ts + duration},${prefix[i]},"succeeded":${ok}}` });
                }
            }
        });
        records.sort((a, b) => a.ts - b.ts);
        for (const r of records) yield r.line;
    }
}
