// Parses the five reports in dependency order into one typed, resolved record set.
// Pure apart from reading the report files; the loader writes the result.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import reviewed from "./reviewed/agencies.json" with { type: "json" };
import { DOCUMENTS } from "./documents.js";
import { AgencyResolver, type ReviewedAgencies } from "./resolve.js";
import { linkTargets } from "./link-targets.js";
import { parse000 } from "./sources/r000-data-status.js";
import { parse001 } from "./sources/r001-connections.js";
import { parse002 } from "./sources/r002-letter-catalogues.js";
import { parse003 } from "./sources/r003-dien-bien-open-data.js";
import { parse004 } from "./sources/r004-targets.js";
import { parseReference2025 } from "./sources/reference-2025.js";
import type { AgencyRecord, DocumentId, DocumentRecord, MentionRecord, ParsedSource } from "./types.js";

const SEED_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPORTS_DIR = path.join(SEED_DIR, "reports");

export class SourceHashError extends Error {
    override name = "SourceHashError";
}

export interface SeedInput {
    /** Report text by document id; defaults to seed/reports/<file>. */
    texts?: Partial<Record<DocumentId, string>>;
    /** Refuse a report whose SHA-256 differs from seed/documents.ts (on by default). */
    verifyHashes?: boolean;
}

export interface SeedGraph {
    sources: ParsedSource[];
    agencies: AgencyRecord[];
    mentions: MentionRecord[];
}

export function readReport(doc: DocumentRecord): string {
    return readFileSync(path.join(SEED_DIR, doc.dir, doc.file), "utf8");
}

export function buildSeedGraph(input: SeedInput = {}): SeedGraph {
    const text = (doc: DocumentRecord): string => {
        const t = input.texts?.[doc.id] ?? readReport(doc);
        const sha = createHash("sha256").update(t).digest("hex");
        if (input.verifyHashes !== false && sha !== doc.sha256) {
            throw new SourceHashError(`report ${doc.id} (${doc.file}) changed: sha256 ${sha} ≠ ${doc.sha256}; review the parser, then update seed/documents.ts`);
        }
        return t;
    };
    const doc = (id: DocumentId): DocumentRecord => DOCUMENTS.find((d) => d.id === id)!;
    const resolver = new AgencyResolver();
    const list = reviewed as ReviewedAgencies;
    for (const e of list.entities) {
        resolver.define({ id: e.id, name: e.name, kind: e.kind, parentId: e.parentId ?? null, citation: { documentId: "001", section: "seed/reviewed/agencies.json", locator: e.id, text: e.reason } });
    }
    const bindAliases = (): void => {
        for (const a of list.aliases) if (resolver.agencies.has(a.agencyId) && resolver.lookup(a.spelling) === undefined) resolver.alias(a.spelling, a.agencyId);
    };
    bindAliases();
    const s001 = parse001(text(doc("001")), doc("001"), resolver);
    bindAliases();
    const unbound = list.aliases.filter((a) => !resolver.agencies.has(a.agencyId));
    if (unbound.length) throw new Error(`seed/reviewed/agencies.json: aliases point to unknown agencies: ${unbound.map((a) => a.agencyId).join(", ")}`);
    const ctx = { resolver, assets: s001.assets };
    const s004 = parse004(text(doc("004")), doc("004"));
    const s000 = parse000(text(doc("000")), doc("000"), ctx);
    const s002 = parse002(text(doc("002")), doc("002"));
    const s003 = parse003(text(doc("003")), doc("003"), ctx);
    linkTargets([s000, s001, s002, s003, s004]);
    // The 2025 successors: their own era, their own resolver (names repeat across eras), their own sources.
    const era2025 = new AgencyResolver();
    const sRef = parseReference2025(text(doc("ref-provinces")), text(doc("ref-ministries")), doc("ref-provinces"), doc("ref-ministries"), resolver, era2025);
    const sources = [s000, s001, s002, s003, s004, ...sRef];
    return { sources, agencies: [...resolver.agencies.values(), ...era2025.agencies.values()], mentions: [...resolver.mentions, ...era2025.mentions] };
}
