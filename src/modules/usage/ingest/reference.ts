// What a usage file may name, and how names resolve: consumers are agencies (id, name or alias, see
// ../agency-index.ts); services are Phụ lục 3 services (row number, id or exact name, case and
// diacritics ignored). `*` — or `null` in a mapping file — names a party outside the graph: its
// exchanges are kept under one of two "unattributed" nodes, so platform totals stay whole without
// inventing an agency or a service.
import { fold } from "../../../../lib/text.js";
import { indexAgencies, lookupAgency, type AgencyRef } from "../../../kernel/agency-index.js";

import { OUTSIDE_GRAPH, UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE } from "../../../../lib/usage-format.js";

export { OUTSIDE_GRAPH, UNATTRIBUTED_CONSUMER, UNATTRIBUTED_CONSUMER_NAME, UNATTRIBUTED_SERVICE, UNATTRIBUTED_SERVICE_NAME } from "../../../../lib/usage-format.js";

export interface UsageReferenceData {
    agencies: AgencyRef[];
    services: { id: string; number: number | null; name: string }[];
}

export type Resolution = { id: string } | { error: string };

export interface Resolver {
    consumer(text: string): Resolution;
    service(text: string | number): Resolution;
}

export function createResolver(ref: UsageReferenceData): Resolver {
    const agencies = indexAgencies(ref.agencies);
    const serviceBy = new Map<string, string[]>();
    const put = (k: string, id: string): void => {
        serviceBy.set(k, [...new Set([...(serviceBy.get(k) ?? []), id])]);
    };
    for (const s of ref.services) {
        put(s.id, s.id);
        if (s.number !== null) put(`#${s.number}`, s.id);
        put(`~${fold(s.name)}`, s.id);
    }
    const cache = new Map<string, Resolution>();
    const memo = (key: string, f: () => Resolution): Resolution => {
        let r = cache.get(key);
        if (!r) cache.set(key, (r = f()));
        return r;
    };
    return {
        consumer: (raw) =>
            memo(`c|${raw}`, () => {
                const text = raw.normalize("NFC").trim();
                if (text === OUTSIDE_GRAPH) return { id: UNATTRIBUTED_CONSUMER };
                if (text === "") return { error: "the consumer is empty" };
                const ids = lookupAgency(agencies, text);
                if (ids.length === 0) return { error: `no agency is named "${text}"` };
                if (ids.length > 1) return { error: `"${text}" names ${ids.length} agencies (${ids.join(", ")}); use an id` };
                return { id: ids[0]! };
            }),
        service: (raw) =>
            memo(`s|${raw}`, () => {
                const text = String(raw).normalize("NFC").trim();
                if (text === OUTSIDE_GRAPH) return { id: UNATTRIBUTED_SERVICE };
                if (text === "") return { error: "the service is empty" };
                const ids = /^\d+$/.test(text) ? serviceBy.get(`#${Number(text)}`) : (serviceBy.get(text) ?? serviceBy.get(`~${fold(text)}`));
                if (!ids) return { error: `no service is numbered or named "${text}"` };
                if (ids.length > 1) return { error: `"${text}" names ${ids.length} services; use an id` };
                return { id: ids[0]! };
            }),
    };
}
