// A deterministic national-scale operational-monitoring log for the synthetic graph of national.ts:
// the 31 ministries, 63 provinces, 945 departments and 700 districts consume the 2,000 synthetic
// services, mostly those of assets they are connected to, over the 12 months of 2024. One PR-OPMON
// client-side record per line (the fields the import uses, as an outputSpec would ask for them),
// timestamps in order, durations in responseOutTs; plus the mapping file and a synthetic NDXP platform
// every service transits (rows for the bulk loader).
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import type { NodeRow, RelRow } from "../seed/rows.js";
import { rng } from "../lib/random.js";
import { monthStartMs, nextMonth } from "../lib/period.js";
import { viSortKey } from "../lib/collation.js";
import { agencyKey, fold } from "../lib/text.js";

export interface LogPlan {
    consumers: string[];
    /** Pairs of (consumer index, service number) with a weight. */
    pairs: { consumer: number; service: number; weight: number }[];
    errorRate: Map<number, number>;
}

const SERVICES = 2000;
const ASSETS = 200;
export const MONTHS_2024 = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

/** Who consumes what, from the national graph's rows (connections and services). */
export function planLog(rows: { nodes: NodeRow[]; rels: RelRow[] }, seed = 7): LogPlan {
    const r = rng(seed);
    const consumers = rows.nodes.filter((n) => n.label === "Agency" && ["MINISTRY", "PROVINCE", "DEPARTMENT", "DISTRICT"].includes(n.props.kind as string)).map((n) => n.id);
    const connected = new Map<string, Set<number>>();
    for (const rel of rows.rels) {
        if (rel.type !== "CONNECTED_TO") continue;
        if (!connected.has(rel.from)) connected.set(rel.from, new Set());
        connected.get(rel.from)!.add(Number(rel.to.split(":")[2]));
    }
    const errorRate = new Map<number, number>();
    for (const n of rows.nodes) if (n.label === "Service") errorRate.set(Number(n.id.split(":")[2]), (n.props.errorRatePercent as number) / 100);
    const pairs: LogPlan["pairs"] = [];
    consumers.forEach((c, ci) => {
        const assets = [...(connected.get(c) ?? [])];
        const k = 3 + Math.floor(r() * 10);
        const chosen = new Set<number>();
        while (chosen.size < k) {
            // 9 in 10 from an asset the consumer is connected to (a service of asset a is a + 200·j).
            const asset = assets.length && r() < 0.9 ? assets[Math.floor(r() * assets.length)]! : Math.floor(r() * ASSETS);
            chosen.add(asset + ASSETS * Math.floor(r() * (SERVICES / ASSETS)));
        }
        // Ministries and provinces exchange more than departments and districts; a few pairs dominate.
        const scale = c.includes(":ministry:") ? 40 : c.includes(":province:") ? 20 : 1;
        [...chosen].forEach((service, rank) => pairs.push({ consumer: ci, service, weight: (scale * (0.5 + r())) / (rank + 1) }));
    });
    return { consumers, pairs, errorRate };
}

/** The mapping file for the log. */
export function logMapping(plan: LogPlan): Record<string, unknown> {
    const services = [...new Set(plan.pairs.map((p) => p.service))].sort((a, b) => a - b);
    return {
        xRoadInstance: "VN",
        side: "Client",
        clients: plan.consumers.map((id) => ({ memberClass: "GOV", memberCode: id.replaceAll(":", "-"), subsystemCode: "HTTT", agency: id })),
        services: services.map((s) => ({ memberClass: "GOV", memberCode: `syn-asset-${s % ASSETS}`, subsystemCode: "CSDL", serviceCode: `svc-${s}`, service: `syn:service:${s}` })),
    };
}

/** Writes `records` log records (gzip) to `file`, month by month in time order. */
export async function writeLog(plan: LogPlan, records: number, file: string, seed = 11): Promise<{ bytes: number }> {
    const r = rng(seed);
    const cumulative = new Float64Array(plan.pairs.length);
    let acc = 0;
    plan.pairs.forEach((p, i) => (cumulative[i] = acc += p.weight));
    const prefix = plan.pairs.map((p) => {
        const c = plan.consumers[p.consumer]!.replaceAll(":", "-");
        return `"securityServerType":"Client","clientXRoadInstance":"VN","clientMemberClass":"GOV","clientMemberCode":"${c}","clientSubsystemCode":"HTTT","serviceXRoadInstance":"VN","serviceMemberClass":"GOV","serviceMemberCode":"syn-asset-${p.service % ASSETS}","serviceSubsystemCode":"CSDL","serviceCode":"svc-${p.service}"`;
    });
    const gz = createGzip({ level: 1, chunkSize: 1 << 20 });
    const out = createWriteStream(file);
    gz.pipe(out);
    const from = monthStartMs(MONTHS_2024[0]!);
    const to = monthStartMs(nextMonth(MONTHS_2024[11]!));
    gz.write(`${JSON.stringify({ searchCriteria: { recordsFrom: from / 1000, recordsTo: to / 1000 - 1 } })}\n`);
    let written = 0;
    for (let m = 0; m < 12; m++) {
        const start = monthStartMs(MONTHS_2024[m]!);
        const end = monthStartMs(nextMonth(MONTHS_2024[m]!));
        const n = Math.floor(records / 12) + (m < records % 12 ? 1 : 0);
        const ts = new Float64Array(n);
        for (let i = 0; i < n; i++) ts[i] = start + Math.floor(r() * (end - start));
        ts.sort();
        let buf = "";
        for (let i = 0; i < n; i++) {
            const x = r() * acc;
            let lo = 0;
            let hi = cumulative.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (cumulative[mid]! < x) lo = mid + 1;
                else hi = mid;
            }
            const ok = r() >= (plan.errorRate.get(plan.pairs[lo]!.service) ?? 0.01);
            const duration = 20 + Math.floor(r() * r() * 2000);
            buf += `{"requestInTs":${ts[i]},"responseOutTs":${ts[i]! + duration},${prefix[lo]},"succeeded":${ok}}\n`;
            if (buf.length > 1 << 20) {
                if (!gz.write(buf)) await once(gz, "drain");
                buf = "";
            }
            written++;
        }
        if (buf && !gz.write(buf)) await once(gz, "drain");
    }
    gz.end();
    await once(out, "close");
    return { bytes: out.bytesWritten };
}

/** The synthetic NDXP: a platform every synthetic service transits (so criticality sees it). */
export function platformRows(): { nodes: NodeRow[]; rels: RelRow[] } {
    const cite = { documentId: "syn", section: "generated", locator: "row", text: "" };
    const id = "syn:asset:ndxp";
    const name = "Nền tảng NDXP (tổng hợp)";
    const nodes: NodeRow[] = [{ id, label: "Asset", props: { name, sortName: viSortKey(name), foldedName: fold(name), kind: "PLATFORM", number: null, code: "SYN-NDXP", purpose: null, isNational: true, nameKeys: [agencyKey(name)], searchText: fold(`${name} SYN-NDXP`) } }];
    const rels: RelRow[] = [{ from: id, to: "syn:document", type: "FROM_SOURCE", key: "syn|src|ndxp", props: cite }];
    for (let s = 0; s < SERVICES; s++) rels.push({ from: `syn:service:${s}`, to: id, type: "TRANSITS", key: `syn|transit|${s}`, props: { ...cite, rule: "synthetic", score: 1 } });
    return { nodes, rels };
}
