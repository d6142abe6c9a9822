// The mapping file of an operational-monitoring log: which X-Road member/subsystem is which agency, and
// which service code is which Phụ lục 3 service. It is data, validated like any import: every entry is
// checked (shape, unknown keys, names that resolve, identifiers listed twice) and every problem is
// listed with its JSON path before a single record is read.
//
//   { "xRoadInstance": "VN",            optional: records of another instance are unknown
//     "side": "Client",                 which security server's records count (PR-OPMON securityServerType;
//                                       each exchange is logged by both), default Client
//     "clients":  [{ "memberClass": "GOV", "memberCode": "G0001", "subsystemCode": "QLCB",   (subsystem optional:
//                    "agency": "Bộ Công an" }],                                             without it the entry
//     "services": [{ "memberClass": "GOV", "memberCode": "G0001", "subsystemCode": "DANCU",  covers every subsystem)
//                    "serviceCode": "dich-vu-2", "service": 2 }] }
// `agency`/`service` null: a party outside the graph, kept as unattributed (see reference.ts).
import { createHash } from "node:crypto";
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE, type Resolver } from "./reference.js";

export type Side = "Client" | "Producer";

export interface Mapping {
    instance: string | null;
    side: Side;
    sha256: string;
    /** "class|code|subsystem" (subsystem empty for a member-wide entry) → agency id or UNATTRIBUTED_CONSUMER. */
    clients: Map<string, string>;
    /** "class|code|subsystem|serviceCode" → service id or UNATTRIBUTED_SERVICE. */
    services: Map<string, string>;
}

export const MAX_MAPPING_ENTRIES = 100_000;
const CLIENT_KEYS = new Set(["memberClass", "memberCode", "subsystemCode", "agency", "note"]);
const SERVICE_KEYS = new Set(["memberClass", "memberCode", "subsystemCode", "serviceCode", "service", "note"]);
const TOP_KEYS = new Set(["xRoadInstance", "side", "clients", "services", "note"]);

export const clientKey = (cls: string, code: string, subsystem: string): string => `${cls}|${code}|${subsystem}`;
export const serviceKey = (cls: string, code: string, subsystem: string, serviceCode: string): string => `${cls}|${code}|${subsystem}|${serviceCode}`;

/** Parses and validates a mapping; returns it, or every problem found (with JSON paths). */
export function parseMapping(text: string, resolver: Resolver): { mapping: Mapping } | { errors: string[] } {
    const errors: string[] = [];
    let doc: unknown;
    try {
        doc = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
        return { errors: [`not JSON: ${(e as Error).message}`] };
    }
    if (!isObject(doc)) return { errors: ["the mapping must be a JSON object"] };
    for (const k of Object.keys(doc)) if (!TOP_KEYS.has(k)) errors.push(`$.${k}: unknown key (expected ${[...TOP_KEYS].join(", ")})`);
    const instance = doc.xRoadInstance === undefined ? null : doc.xRoadInstance;
    if (instance !== null && !nonEmpty(instance)) errors.push("$.xRoadInstance: must be a non-empty string when given");
    const side = doc.side ?? "Client";
    if (side !== "Client" && side !== "Producer") errors.push(`$.side: must be "Client" or "Producer", not ${JSON.stringify(side)}`);
    const clients = new Map<string, string>();
    const services = new Map<string, string>();
    const lists: [string, Set<string>][] = [["clients", CLIENT_KEYS], ["services", SERVICE_KEYS]];
    for (const [name, allowed] of lists) {
        const list = doc[name];
        if (!Array.isArray(list)) {
            errors.push(`$.${name}: must be an array`);
            continue;
        }
        if (list.length > MAX_MAPPING_ENTRIES) errors.push(`$.${name}: at most ${MAX_MAPPING_ENTRIES} entries`);
        const seenAt = new Map<string, number>();
        list.slice(0, MAX_MAPPING_ENTRIES).forEach((e: unknown, i) => {
            const at = `$.${name}[${i}]`;
            if (!isObject(e)) {
                errors.push(`${at}: must be an object`);
                return;
            }
            for (const k of Object.keys(e)) if (!allowed.has(k)) errors.push(`${at}.${k}: unknown key (expected ${[...allowed].join(", ")})`);
            const fields = name === "clients" ? ["memberClass", "memberCode"] : ["memberClass", "memberCode", "serviceCode"];
            const bad = fields.filter((f) => !nonEmpty(e[f]));
            bad.forEach((f) => errors.push(`${at}.${f}: must be a non-empty string`));
            if (e.subsystemCode !== undefined && !nonEmpty(e.subsystemCode)) errors.push(`${at}.subsystemCode: must be a non-empty string when given`);
            if (bad.length) return;
            const sub = (e.subsystemCode as string | undefined) ?? "";
            const key = name === "clients" ? clientKey(e.memberClass as string, e.memberCode as string, sub) : serviceKey(e.memberClass as string, e.memberCode as string, sub, e.serviceCode as string);
            const first = seenAt.get(key);
            if (first !== undefined) {
                errors.push(`${at}: the same identifier as $.${name}[${first}]`);
                return;
            }
            seenAt.set(key, i);
            const target = name === "clients" ? e.agency : e.service;
            const field = name === "clients" ? "agency" : "service";
            if (target === null) {
                (name === "clients" ? clients : services).set(key, name === "clients" ? UNATTRIBUTED_CONSUMER : UNATTRIBUTED_SERVICE);
                return;
            }
            if (target === undefined || (typeof target !== "string" && typeof target !== "number")) {
                errors.push(`${at}.${field}: must be ${name === "clients" ? "an agency id, name or alias" : "a service number, id or name"}, or null for a party outside the graph`);
                return;
            }
            const r = name === "clients" ? resolver.consumer(String(target)) : resolver.service(target);
            if ("error" in r) errors.push(`${at}.${field}: ${r.error}`);
            else if (name === "clients" && r.id === UNATTRIBUTED_CONSUMER) errors.push(`${at}.agency: use null for a party outside the graph`);
            else (name === "clients" ? clients : services).set(key, r.id);
        });
    }
    if (errors.length) return { errors };
    return { mapping: { instance: instance as string | null, side: side as Side, sha256: createHash("sha256").update(text).digest("hex"), clients, services } };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const nonEmpty = (x: unknown): x is string => typeof x === "string" && x.trim() !== "";
