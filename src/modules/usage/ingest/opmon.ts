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
import { bucketOf } from "../../../../lib/durations.js";
import type { Mapping } from "./mapping.js";
import { MonthIndex, type Period } from "../../../../lib/period.js";
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

/** An identifier's target: the id and its index in the aggregator. */
interface Target {
    id: string;
    index: number;
}

/** A nested lookup (class → code → subsystem → …) so a record's identifiers are looked up without building a key. */
type Tree<T> = Map<string, T>;

const badString = (x: unknown): boolean => typeof x !== "string" || x === "";
const badOptional = (x: unknown): boolean => x !== undefined && x !== null && typeof x !== "string";

/** Validates and aggregates records line by line. Hot path: one JSON.parse, nested map lookups, numeric pair keys. */
export class OpmonReader {
    readonly agg: Aggregator;
    private readonly monthIndex: MonthIndex;
    private readonly nMonths: number;
    /** Records of the other security server's side: not counted (see the header). */
    skippedOtherSide = 0;
    accepted = 0;
    withDuration = 0;
    private readonly clients: Tree<Tree<Tree<Target>>> = new Map();
    private readonly services: Tree<Tree<Tree<Tree<Target>>>> = new Map();
    private readonly instance: string | null;

    constructor(
        private readonly mapping: Mapping,
        readonly period: Period,
        private readonly problems: ProblemTally,
    ) {
        this.monthIndex = new MonthIndex(period);
        this.agg = new Aggregator(this.monthIndex.months);
        this.nMonths = this.monthIndex.months.length;
        this.instance = mapping.instance;
        const targets = new Map<string, Target>();
        const target = (id: string): Target => {
            let t = targets.get(id);
            if (!t) targets.set(id, (t = { id, index: this.agg.index(id) }));
            return t;
        };
        const level = <T>(m: Map<string, T>, k: string, make: () => T): T => {
            let v = m.get(k);
            if (v === undefined) m.set(k, (v = make()));
            return v;
        };
        for (const [key, id] of mapping.clients) {
            const [cls, code, sub] = key.split("|") as [string, string, string];
            level(level(this.clients, cls, () => new Map()), code, () => new Map()).set(sub, target(id));
        }
        for (const [key, id] of mapping.services) {
            const [cls, code, sub, serviceCode] = key.split("|") as [string, string, string, string];
            level(level(level(this.services, cls, () => new Map()), code, () => new Map()), sub, () => new Map()).set(serviceCode, target(id));
        }
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
        const ok = r.succeeded;
        if (typeof ok !== "boolean") return this.invalid(no, "succeeded must be true or false");
        const cClass = r.clientMemberClass;
        const cCode = r.clientMemberCode;
        const cSub = r.clientSubsystemCode;
        const cInst = r.clientXRoadInstance;
        if (badString(cClass) || badString(cCode) || badOptional(cSub) || badOptional(cInst)) {
            return this.invalid(no, "the client needs clientMemberClass and clientMemberCode (clientSubsystemCode, clientXRoadInstance: strings when given)");
        }
        const sClass = r.serviceMemberClass;
        const sCode = r.serviceMemberCode;
        const sSub = r.serviceSubsystemCode;
        const sInst = r.serviceXRoadInstance;
        const code = r.serviceCode;
        if (badString(sClass) || badString(sCode) || badString(code) || badOptional(sSub) || badOptional(sInst)) {
            return this.invalid(no, "the service needs serviceMemberClass, serviceMemberCode and serviceCode (serviceSubsystemCode, serviceXRoadInstance: strings when given)");
        }
        const side = r.securityServerType;
        if (side !== undefined && side !== "Client" && side !== "Producer") return this.invalid(no, `securityServerType must be "Client" or "Producer"`);
        let duration = -1;
        const total = r.totalDuration;
        if (total !== undefined && total !== null) {
            if (typeof total !== "number" || !(total >= 0)) return this.invalid(no, "totalDuration must be a non-negative number of milliseconds");
            duration = total;
        } else if (r.responseOutTs !== undefined && r.responseOutTs !== null) {
            const out = r.responseOutTs;
            if (typeof out !== "number" || !Number.isSafeInteger(out) || out < ts) return this.invalid(no, "responseOutTs must be a timestamp in milliseconds, not before requestInTs");
            duration = out - ts;
        }
        if (ts < this.period.fromMs || ts >= this.period.toMs) {
            this.problems.add("OUT_OF_PERIOD", no, `requestInTs ${new Date(ts).toISOString()} is outside the period the file states`);
            return;
        }
        const byCode = (cInst ?? this.instance) === this.instance ? this.clients.get(cClass as string)?.get(cCode as string) : undefined;
        const consumer = byCode?.get((cSub as string | null | undefined) ?? "") ?? byCode?.get("");
        if (!consumer) {
            this.problems.add("UNKNOWN_CONSUMER", no, `the mapping has no client ${cInst ? `${cInst as string}/` : ""}${cClass as string}/${cCode as string}${cSub ? `/${cSub as string}` : ""}`);
            return;
        }
        const bySub = (sInst ?? this.instance) === this.instance ? this.services.get(sClass as string)?.get(sCode as string) : undefined;
        const service = bySub?.get((sSub as string | null | undefined) ?? "")?.get(code as string) ?? bySub?.get("")?.get(code as string);
        if (!service) {
            this.problems.add("UNKNOWN_SERVICE", no, `the mapping has no service ${sInst ? `${sInst as string}/` : ""}${sClass as string}/${sCode as string}${sSub ? `/${sSub as string}` : ""}/${code as string}`);
            return;
        }
        if (side !== undefined && side !== this.mapping.side) {
            this.skippedOtherSide += 1;
            return;
        }
        const m = this.monthIndex.of(ts);
        const p = this.agg.get(consumer.index, service.index) ?? this.agg.create(consumer.index, service.index, consumer.id, service.id, no, identifiers(r));
        p.lastLine = no;
        if (ok) p.succeeded[m]! += 1;
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
}

/** The identifiers of a record as the file wrote them (cited on the pair's row). */
function identifiers(r: OpmonRecord): string {
    const c = [r.clientMemberClass, r.clientMemberCode, r.clientSubsystemCode].filter((x) => x != null).join("/");
    const s = [r.serviceMemberClass, r.serviceMemberCode, r.serviceSubsystemCode, r.serviceCode].filter((x) => x != null).join("/");
    return `client ${c} → service ${s}`;
}
