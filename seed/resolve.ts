// Entity resolution: one real agency = one id, whatever the spelling. Agencies are defined by the
// tables whose subject is agencies (001 Phụ lục 2 and 4, 003's departments) and by the reviewed list
// in seed/reviewed/agencies.json. Any other spelling must resolve to one of them, or the import stops.
import { agencyKey, clean, editDistance, fold } from "../lib/text.js";
import type { AgencyKind, AgencyRecord, Citation, MentionRecord } from "./types.js";

export class ResolveError extends Error {
    constructor(
        readonly spelling: string,
        readonly citation: Citation,
        readonly suggestions: string[],
    ) {
        super(
            `unknown agency "${spelling}" at ${citation.documentId} ${citation.section} ${citation.locator}` +
                (suggestions.length ? ` (closest: ${suggestions.join(", ")})` : "") +
                " — add it to seed/reviewed/agencies.json if it is a new entity or an alias",
        );
        this.name = "ResolveError";
    }
}

export interface ReviewedAgencies {
    entities: { id: string; name: string; kind: AgencyKind; parentId?: string; reason: string }[];
    aliases: { spelling: string; agencyId: string; reason: string }[];
}

export class AgencyResolver {
    private readonly byKey = new Map<string, string>();
    readonly agencies = new Map<string, AgencyRecord>();
    readonly mentions: MentionRecord[] = [];

    define(a: AgencyRecord): AgencyRecord {
        const existing = this.agencies.get(a.id);
        if (!existing) this.agencies.set(a.id, a);
        this.bind(a.name, a.id);
        this.mentions.push({ agencyId: a.id, spelling: a.name, citation: a.citation });
        return existing ?? a;
    }

    alias(spelling: string, agencyId: string): void {
        if (!this.agencies.has(agencyId)) throw new Error(`reviewed alias "${spelling}" points to unknown agency ${agencyId}`);
        this.bind(spelling, agencyId);
    }

    private bind(spelling: string, id: string): void {
        const key = agencyKey(spelling);
        const bound = this.byKey.get(key);
        if (bound && bound !== id) throw new Error(`"${spelling}" would name both ${bound} and ${id}`);
        this.byKey.set(key, id);
    }

    /** The id for a spelling, or undefined. Never records a mention. */
    lookup(spelling: string): string | undefined {
        return this.byKey.get(agencyKey(spelling));
    }

    /** Resolves a spelling seen at `citation`, records it as a mention, or throws ResolveError. */
    resolve(spelling: string, citation: Citation, kinds?: AgencyKind[]): string {
        const text = clean(spelling);
        const id = this.lookup(text);
        const agency = id ? this.agencies.get(id) : undefined;
        if (!agency || (kinds && !kinds.includes(agency.kind))) throw new ResolveError(text, citation, this.closest(text));
        this.mentions.push({ agencyId: agency.id, spelling: text, citation });
        return agency.id;
    }

    /** Agencies whose name (or a bound spelling) appears inside `text`, longest first. */
    namedIn(text: string, kinds: AgencyKind[]): string[] {
        const hay = ` ${fold(text)} `;
        const hits: { id: string; len: number }[] = [];
        for (const [key, id] of this.byKey) {
            const kind = this.agencies.get(id)?.kind;
            if (kind && kinds.includes(kind) && key.length > 2 && hay.includes(` ${key} `)) hits.push({ id, len: key.length });
        }
        hits.sort((a, b) => b.len - a.len);
        return [...new Set(hits.map((h) => h.id))];
    }

    private closest(spelling: string): string[] {
        const key = agencyKey(spelling);
        const scored = [...this.agencies.values()].map((a) => ({ name: a.name, d: editDistance(key, agencyKey(a.name)) }));
        return scored.sort((a, b) => a.d - b.d).slice(0, 3).map((s) => s.name);
    }
}

