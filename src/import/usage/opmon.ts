// X-Road operational-monitoring records as JSON Lines. Each line is one operational data record of
// the X-Road Operational Monitoring Protocol (PR-OPMON, Annex B: the JSON schema of the
// getSecurityServerOperationalData payload's `records` items), as a security server returns them —
// usually asked for with an outputSpec listing the fields below. The first line states the period the
// records were queried for, with the searchCriteria of the same request (Unix seconds, both ends
// inclusive, as PR-OPMON defines recordsFrom/recordsTo):
//   {"searchCriteria":{"recordsFrom":1672506000,"recordsTo":1686135599}}
//   {"requestInTs":1672510000123,"responseOutTs":1672510000456,"securityServerType":"Client",
//    "clientXRoadInstance":"VN","clientMemberClass":"GOV","clientMemberCode":"G0001","clientSubsystemCode":"QLCB",
//    "serviceXRoadInstance":"VN","serviceMemberClass":"GOV","serviceMemberCode":"G0002",
//    "serviceSubsystemCode":"DANCU","serviceCode":"dich-vu-2","succeeded":true}
// Fields used: requestInTs (ms, required: the exchange's month and the period check), the client's
// and the service's identifiers (memberClass, memberCode, optional subsystemCode, optional
// xRoadInstance; serviceCode), succeeded (required), securityServerType (each exchange is logged by
// the client's and by the provider's security server; only the mapping's `side` counts, so nothing is
// counted twice), and the duration: `totalDuration` when present (the field X-Road Metrics derives:
// client responseOutTs − client requestInTs), else responseOutTs − requestInTs. Other PR-OPMON fields
// are allowed and ignored.
import { Aggregator } from "./aggregate.js";
import { bucketOf } from "./durations.js";
import { clientKey, serviceKey, type Mapping } from "./mapping.js";
import { MonthIndex, type Period } from "./period.js";
import type { ProblemTally } from "./problems.js";

/** Reads the period header line, or returns null when the line is a record (or not an object). */
export function opmonHeader(line: string): Period | { error: string } | null {
    let o: unknown;
    try {
        o = JSON.parse(line);
    } catch {
        return null;
    }
    if (typeof o !== "object" || o === null || !("searchCriteria" in o)) return null;
    const sc = (o as { searchCriteria: unknown }).searchCriteria as { recordsFrom?: unknown; recordsTo?: unknown } | null;
    const from = sc?.recordsFrom;
    const to = sc?.recordsTo;
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || (from as number) < 0 || (to as number) < (from as number)) {
        return { error: "searchCriteria needs integer recordsFrom ≤ recordsTo (Unix seconds)" };
    }
    return { fromMs: (from as number) * 1000, toMs: ((to as number) + 1) * 1000 };
}

interface OpmonRecord {
    requestInTs?: unknown;
    responseOutTs?: unknown;
    totalDuration?: unknown;
    securityServerType?: unknown;
    clientXRoadInstance?: unknown;
    clientMemberClass?: unknown;
    clientMemberCode?: unknown;
    clientSubsystemCode?: unknown;
    serviceXRoadInstance?: unknown;
    serviceMemberClass?: unknown;
    serviceMemberCode?: unknown;
    serviceSubsystemCode?: unknown;
    serviceCode?: unknown;
    succeeded?: unknown;
}

const str = (x: unknown): x is string => typeof x === "string" && x !== "";
const optStr = (x: unknown): boolean => x === undefined || x === null || typeof x === "string";

/** Validates and aggregates records line by line. */
export class OpmonReader {
    readonly agg: Aggregator;
    private readonly monthIndex: MonthIndex;
    private readonly nMonths: number;
    /** Records of the other security server's side: not counted (see the header). */
    skippedOtherSide = 0;
    accepted = 0;
    withDuration = 0;
    private readonly clientCache = new Map<string, string | null>();
    private readonly serviceCache = new Map<string, string | null>();

    constructor(
        private readonly mapping: Mapping,
        readonly period: Period,
        private readonly problems: ProblemTally,
    ) {
        this.monthIndex = new MonthIndex(period);
        this.agg = new Aggregator(this.monthIndex.months);
        this.nMonths = this.monthIndex.months.length;
    }

    line(text: string, no: number): void {
        let r: OpmonRecord;
        try {
            r = JSON.parse(text) as OpmonRecord;
        } catch {
            this.problems.add("MALFORMED_LINE", no, "not a JSON object");
            return;
        }
        if (typeof r !== "object" || r === null || Array.isArray(r)) {
            this.problems.add("MALFORMED_LINE", no, "not a JSON object");
            return;
        }
        const ts = r.requestInTs;
        if (typeof ts !== "number" || !Number.isSafeInteger(ts) || ts < 0) return this.invalid(no, "requestInTs must be a Unix timestamp in milliseconds");
        if (typeof r.succeeded !== "boolean") return this.invalid(no, "succeeded must be true or false");
        if (!str(r.clientMemberClass) || !str(r.clientMemberCode) || !optStr(r.clientSubsystemCode) || !optStr(r.clientXRoadInstance)) {
            return this.invalid(no, "the client needs clientMemberClass and clientMemberCode (clientSubsystemCode, clientXRoadInstance: strings when given)");
        }
        if (!str(r.serviceMemberClass) || !str(r.serviceMemberCode) || !str(r.serviceCode) || !optStr(r.serviceSubsystemCode) || !optStr(r.serviceXRoadInstance)) {
            return this.invalid(no, "the service needs serviceMemberClass, serviceMemberCode and serviceCode (serviceSubsystemCode, serviceXRoadInstance: strings when given)");
        }
        const side = r.securityServerType;
        if (side !== undefined && side !== "Client" && side !== "Producer") return this.invalid(no, `securityServerType must be "Client" or "Producer"`);
        let duration = -1;
        if (r.totalDuration !== undefined && r.totalDuration !== null) {
            if (typeof r.totalDuration !== "number" || !(r.totalDuration >= 0)) return this.invalid(no, "totalDuration must be a non-negative number of milliseconds");
            duration = r.totalDuration;
        } else if (r.responseOutTs !== undefined && r.responseOutTs !== null) {
            if (typeof r.responseOutTs !== "number" || !Number.isSafeInteger(r.responseOutTs) || r.responseOutTs < ts) return this.invalid(no, "responseOutTs must be a timestamp in milliseconds, not before requestInTs");
            duration = r.responseOutTs - ts;
        }
        if (ts < this.period.fromMs || ts >= this.period.toMs) {
            this.problems.add("OUT_OF_PERIOD", no, `requestInTs ${new Date(ts).toISOString()} is outside the period the file states`);
            return;
        }
        const want = this.mapping.instance;
        const cInst = (r.clientXRoadInstance as string | undefined) ?? want;
        const sInst = (r.serviceXRoadInstance as string | undefined) ?? want;
        const ck = clientKey(r.clientMemberClass, r.clientMemberCode, (r.clientSubsystemCode as string | null | undefined) ?? "");
        const consumer = cInst === want ? this.client(ck) : null;
        if (consumer === null) {
            this.problems.add("UNKNOWN_CONSUMER", no, `the mapping has no client ${cInst ? `${cInst}/` : ""}${ck.replaceAll("|", "/")}`);
            return;
        }
        const sk = serviceKey(r.serviceMemberClass, r.serviceMemberCode, (r.serviceSubsystemCode as string | null | undefined) ?? "", r.serviceCode);
        const service = sInst === want ? this.service(sk) : null;
        if (service === null) {
            this.problems.add("UNKNOWN_SERVICE", no, `the mapping has no service ${sInst ? `${sInst}/` : ""}${sk.replaceAll("|", "/")}`);
            return;
        }
        if (side !== undefined && side !== this.mapping.side) {
            this.skippedOtherSide += 1;
            return;
        }
        const m = this.monthIndex.of(ts);
        const p = this.agg.pair(consumer, service, no, () => `client ${ck.replaceAll("|", "/")} → service ${sk.replaceAll("|", "/")}`);
        if (r.succeeded) p.succeeded[m]! += 1;
        else p.failed[m]! += 1;
        p.records[m]! += 1;
        this.accepted += 1;
        if (duration >= 0) {
            Aggregator.addDuration(p, m, this.nMonths, bucketOf(duration));
            this.withDuration += 1;
        }
    }

    private invalid(no: number, message: string): void {
        this.problems.add("INVALID_FIELD", no, message);
    }

    /** A client key → agency id; a subsystem without its own entry falls back to its member's entry. */
    private client(key: string): string | null {
        let v = this.clientCache.get(key);
        if (v === undefined) {
            v = this.mapping.clients.get(key) ?? this.mapping.clients.get(key.slice(0, key.lastIndexOf("|") + 1)) ?? null;
            this.clientCache.set(key, v);
        }
        return v;
    }

    private service(key: string): string | null {
        let v = this.serviceCache.get(key);
        if (v === undefined) {
            const parts = key.split("|");
            v = this.mapping.services.get(key) ?? this.mapping.services.get(serviceKey(parts[0]!, parts[1]!, "", parts[3]!)) ?? null;
            this.serviceCache.set(key, v);
        }
        return v;
    }
}
