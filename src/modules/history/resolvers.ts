// history(node): a node's timeline from one named query (cypher/history/node-history.cypher): facts with
// valid and record time and their citations, edits from the change records naming the node, and for a
// fact read from an imported file the change record of that import. Sorted by valid time, then record time.
import { InputError, badUserInput } from "../../kernel/errors.js";
import { resolveRef } from "../../kernel/names.js";
import { page, slicePage } from "../../kernel/paging.js";
import type { Context } from "../../kernel/context.js";
import type { QueryResolvers, Resolvers, TimelineEntry, TimelineKind } from "../../__generated__/resolvers-types.js";
import { kindOf, typeOf, type HistoryRow } from "./timeline.js";

const cmp = (a: string | null | undefined, b: string | null | undefined): number => (a ?? "\uffff").localeCompare(b ?? "\uffff");

/** An id, or an agency's or asset's name: the id of the node to open. */
async function nodeId(ctx: Context, ref: string): Promise<string> {
    const text = ref.normalize("NFC").trim();
    if (text === "") throw badUserInput("node must not be empty", "node");
    if (/^[a-z0-9-]+(:[a-z0-9.:-]+)+$/i.test(text) || /^[0-9a-f-]{36}$/i.test(text)) return text;
    try {
        return (await resolveRef(ctx.db, "Agency", text, "node", null, ctx.refCache)).id;
    } catch (e) {
        if (!(e instanceof InputError) || e.details.candidates) throw e;
        return (await resolveRef(ctx.db, "Asset", text, "node", null, ctx.refCache)).id;
    }
}

const history: QueryResolvers["history"] = async (_p, { node, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const id = await nodeId(ctx, node);
    const [row] = await ctx.db.run<HistoryRow>("history/node-history", { id });
    if (!row?.node) throw badUserInput(`no node has the id "${id}"`, "node");
    const byDocument = new Map<string, HistoryRow["changes"][number]>();
    for (const c of row.changes) for (const d of c.changedIds) if (!byDocument.has(d)) byDocument.set(d, c);
    const change = (c: HistoryRow["changes"][number] | undefined) => (c ? { id: c.id, actor: c.actor, at: c.at, operation: c.operation, fields: c.fields } : null);
    const facts: TimelineEntry[] = row.facts.map((f) => ({
        kind: kindOf(f.relationship) as TimelineKind,
        relationship: f.relationship,
        outgoing: f.outgoing,
        otherId: f.other.id,
        otherName: f.other.name,
        otherType: typeOf(f.other.labels),
        validFrom: f.validFrom,
        validTo: f.validTo,
        recordedAt: f.recordedAt,
        snapshot: f.snapshot as TimelineEntry["snapshot"],
        status: f.status as TimelineEntry["status"],
        change: f.change,
        citation: f.documentId ? { documentId: f.documentId, section: f.section, locator: f.locator, text: f.text } : null,
        changeRecord: change(f.documentId ? byDocument.get(f.documentId) : undefined),
    }));
    const edits: TimelineEntry[] = row.changes
        .filter((c) => c.changedIds.includes(row.node!.id))
        .map((c) => ({ kind: "EDIT", relationship: null, outgoing: null, otherId: null, otherName: null, otherType: null, validFrom: null, validTo: null, recordedAt: c.at, snapshot: null, status: null, change: null, citation: null, changeRecord: change(c) }));
    const entries = [...facts, ...edits].sort((a, b) => cmp(a.validFrom, b.validFrom) || cmp(a.recordedAt, b.recordedAt) || cmp(a.relationship, b.relationship) || cmp(a.otherName, b.otherName));
    return {
        id: row.node.id,
        name: row.node.name,
        type: typeOf(row.node.labels),
        recordedAt: row.node.recordedAt ?? row.node.createdAt ?? null,
        total: entries.length,
        entries: slicePage(entries, p),
    };
};

export const historyResolvers: Resolvers = { Query: { history } };
