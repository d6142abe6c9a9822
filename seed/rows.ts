// Turns the parsed, resolved records into the node and relationship rows the loader writes.
// Each node gets FROM_SOURCE edges with its citations; each relationship carries its own citation.
import type { Finding } from "./audit.js";
import type { SeedGraph } from "./pipeline.js";
import { agencyKey, fold } from "../lib/text.js";
import { agencyNameProps } from "../lib/agency-props.js";
import { viSortKey } from "../lib/collation.js";
import type { Citation } from "./types.js";

export interface NodeRow {
    id: string;
    label: string;
    props: Record<string, unknown>;
}
export interface RelRow {
    from: string;
    to: string;
    type: string;
    key: string;
    props: Record<string, unknown>;
}

/**
 * The rows' node ids, after checking that no node id and no relationship key appears twice (the bulk
 * and offline loaders refuse such rows whole, with `fail`'s error).
 */
export function uniqueNodeIds(rows: { nodes: NodeRow[]; rels: RelRow[] }, fail: (msg: string) => Error): Set<string> {
    const ids = new Set<string>();
    for (const n of rows.nodes) {
        if (ids.has(n.id)) throw fail(`node id "${n.id}" appears twice`);
        ids.add(n.id);
    }
    const keys = new Set<string>();
    for (const r of rows.rels) {
        if (keys.has(r.key)) throw fail(`relationship key "${r.key}" appears twice`);
        keys.add(r.key);
    }
    return ids;
}

const docId = (d: string): string => `document:${d}`;
const prov = (c: Citation) => ({ documentId: c.documentId, section: c.section, locator: c.locator, text: c.text });
const citeKey = (c: Citation): string => `${c.documentId}|${c.section}|${c.locator}`;

export function toRows(g: SeedGraph, findings: Finding[]): { nodes: NodeRow[]; rels: RelRow[] } {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const rel = (from: string, type: string, to: string, c: Citation, extra: Record<string, unknown> = {}, keyExtra = ""): void => {
        rels.push({ from, to, type, key: `${type}|${from}|${to}|${citeKey(c)}${keyExtra}`, props: { ...prov(c), ...extra } });
    };
    const source = (id: string, c: Citation): void => rel(id, "FROM_SOURCE", docId(c.documentId), c);
    const all = <T>(pick: (s: SeedGraph["sources"][number]) => T[]): T[] => g.sources.flatMap(pick);

    for (const s of g.sources) {
        const d = s.document;
        nodes.push({ id: docId(d.id), label: "SourceDocument", props: { title: d.title, publisher: d.publisher, issued: d.issued, number: d.number, sha256: d.sha256, file: d.file } });
    }
    // Agencies: aliases are every distinct spelling seen; each mention is a FROM_SOURCE edge.
    for (const a of g.agencies) {
        const spellings = [...new Set([a.name, ...g.mentions.filter((m) => m.agencyId === a.id).map((m) => m.spelling)])];
        nodes.push({ id: a.id, label: "Agency", props: { ...agencyNameProps(a.name, spellings), era: a.era ?? 2023, kind: a.kind } });
        if (a.parentId) rel(a.id, "PART_OF", a.parentId, a.citation);
    }
    const seenMention = new Set<string>();
    for (const m of g.mentions) {
        if (m.citation.section === "seed/reviewed/agencies.json") continue;
        const k = `${m.agencyId}|${citeKey(m.citation)}`;
        if (seenMention.has(k)) continue;
        seenMention.add(k);
        source(m.agencyId, { ...m.citation, text: m.spelling });
    }
    // Assets: one node per id; each document that describes it adds a FROM_SOURCE edge.
    const assetIds = new Set<string>();
    for (const a of all((s) => s.assets)) {
        if (!assetIds.has(a.id)) {
            assetIds.add(a.id);
            nodes.push({ id: a.id, label: "Asset", props: { name: a.name, sortName: viSortKey(a.name), foldedName: fold(a.name), kind: a.kind, number: a.number, code: a.code, purpose: a.purpose, isNational: a.isNational, nameKeys: [agencyKey(a.name), agencyKey(a.name.replace(/\s*\([^)]*\)\s*$/, "")), ...(a.code ? [agencyKey(a.code)] : [])], searchText: fold(`${a.name} ${a.code ?? ""}`) } });
            if (a.parentId) rel(a.id, "PART_OF", a.parentId, a.citation);
        }
        source(a.id, a.citation);
    }
    for (const o of all((s) => s.ownerships)) rel(o.agencyId, "OWNS", o.assetId, o.citation, { rule: o.rule });
    for (const s of all((x) => x.services)) {
        nodes.push({ id: s.id, label: "Service", props: { number: s.number, name: s.name, transactions: s.transactions, errorRatePercent: s.errorRatePercent, period: s.period, foldedName: fold(s.name), searchText: fold(s.name) } });
        source(s.id, s.citation);
    }
    const linkType = { PROVIDER: "PROVIDED_BY", CONSUMER: "CONSUMED_BY", PLATFORM: "TRANSITS" } as const;
    for (const l of all((s) => s.serviceLinks)) rel(l.serviceId, linkType[l.role], l.targetId, l.citation, { rule: l.rule, score: l.score });
    for (const c of all((s) => s.connections)) rel(c.agencyId, "CONNECTED_TO", c.assetId, c.citation, { snapshot: c.snapshot, status: c.status, validFrom: c.validFrom }, `|${c.snapshot}`);
    for (const c of all((s) => s.coverage)) rel(c.agencyId, "REPORTED_IN", docId(c.citation.documentId), c.citation, { snapshot: c.snapshot, validFrom: c.validFrom }, `|${c.snapshot}`);
    for (const f of all((s) => s.figures)) {
        nodes.push({ id: f.id, label: "Figure", props: { metric: f.metric, value: f.value, unit: f.unit, rank: f.rank, period: f.period, asOf: f.asOf, subjectId: f.subjectId } });
        source(f.id, f.citation);
        if (f.subjectId) rel(f.id, "ABOUT", f.subjectId, f.citation);
    }
    for (const l of all((s) => s.lists)) {
        nodes.push({ id: l.id, label: "AgencyList", props: { title: l.title, kind: l.kind, statedCount: l.statedCount, statedPercent: l.statedPercent } });
        source(l.id, l.citation);
    }
    for (const m of all((s) => s.listMembers)) rel(m.agencyId, "LISTED_IN", m.listId, m.citation, { position: m.position });
    for (const t of all((s) => s.targets)) {
        nodes.push({ id: t.id, label: "Target", props: { number: t.number, text: t.text, targetPercent: t.targetPercent, comparator: t.comparator, searchText: fold(t.text) } });
        source(t.id, t.citation);
    }
    for (const l of all((s) => s.targetLinks)) rel(l.listId, "MEASURES", l.targetId, l.citation, { rule: l.rule, score: l.score });
    for (const st of all((s) => s.standards)) {
        nodes.push({ id: st.id, label: "Standard", props: { number: st.number, data: st.data, instrument: st.instrument, content: st.content, searchText: fold(`${st.data} ${st.instrument}`) } });
        source(st.id, st.citation);
        for (const a of st.governsAssetIds) rel(st.id, "GOVERNS", a, st.citation, { rule: st.rule });
    }
    for (const p of all((s) => s.plans)) {
        nodes.push({ id: p.id, label: "OpenDataPlan", props: { title: p.title, period: p.period } });
        source(p.id, p.citation);
        rel(p.agencyId, "HAS_PLAN", p.id, p.citation);
    }
    for (const d of all((s) => s.datasets)) {
        nodes.push({ id: d.id, label: "Dataset", props: { name: d.name, topic: d.topic, topicNumber: d.topicNumber, number: d.number, foldedName: fold(d.name), searchText: fold(d.name) } });
        source(d.id, d.citation);
        rel(d.planId, "INCLUDES", d.id, d.citation);
        rel(d.departmentId, "RESPONSIBLE_FOR", d.id, d.citation);
    }
    for (const x of all((s) => s.successions)) rel(x.fromId, "SUCCEEDED_BY", x.toId, x.citation, { effective: x.effective, change: x.change, legalSource: x.legalSource });
    for (const f of findings) {
        nodes.push({ id: f.id, label: "AuditFinding", props: { kind: f.kind, message: f.message, reported: f.reported, computed: f.computed } });
        f.citations.forEach((c, i) => rel(f.id, "CITES", docId(c.documentId), c, { position: i + 1 }, `|${i}`));
    }
    return { nodes, rels };
}
