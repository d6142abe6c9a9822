// The audit entry of one committed change: who (token subject and issuer), when, which operation and
// root fields, and what changed (ids; before/after for updates; an import's summary). Written with the
// change's own Db, i.e. inside the change's transaction, so both commit or neither does.
// Bounded in size, and scrubbed: no token, secret or password value is ever stored.
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db/run.js";

export interface Actor {
    /** Token subject, or `cli:<user>` for the command-line imports. */
    sub: string;
    /** Token issuer (`iss`), when the token has one. */
    issuer?: string;
}

export interface NodeChange {
    type: string;
    id: string;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
}

export interface ChangeSet {
    created: NodeChange[];
    updated: NodeChange[];
    deleted: NodeChange[];
    /** Summaries reported by custom mutations and imports (document ids, counts, periods). */
    imports: Record<string, unknown>[];
}

export interface ChangeEntry {
    actor: Actor;
    /** GraphQL operation name (or `anonymous`), or the CLI command. */
    operation: string;
    /** Root mutation fields, or the CLI's equivalent. */
    fields: string[];
    changes: ChangeSet;
    /** The request's variables; scrubbed and bounded before they are stored. */
    variables?: Record<string, unknown>;
}

export const emptyChangeSet = (): ChangeSet => ({ created: [], updated: [], deleted: [], imports: [] });

export const MAX_DETAILS = 16_000;
const MAX_STRING = 400;
const MAX_IDS = 500;
const SECRET_KEY = /token|secret|password|passwd|authorization|bearer|jwt|api[-_]?key|cookie/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/;

/** Replaces secret-looking keys and token-shaped values; long strings become their length and hash. */
export function scrub(v: unknown, key = ""): unknown {
    if (SECRET_KEY.test(key)) return "[redacted]";
    if (typeof v === "string") {
        if (JWT_SHAPE.test(v.trim()) || /^bearer\s/i.test(v)) return "[redacted]";
        if (v.length > MAX_STRING) return `[${v.length} characters, sha256 ${createHash("sha256").update(v).digest("hex").slice(0, 16)}]`;
        return v;
    }
    if (Array.isArray(v)) return v.slice(0, 100).map((x) => scrub(x));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x, k)]));
    return v;
}

/** The JSON kept in `details`, cut to MAX_DETAILS characters by dropping before/after states first. */
export function detailsJson(entry: ChangeEntry): { json: string; truncated: boolean } {
    const full = { changes: scrub(entry.changes), variables: scrub(entry.variables ?? {}) };
    let json = JSON.stringify(full);
    if (json.length <= MAX_DETAILS) return { json, truncated: false };
    const idsOnly = (xs: NodeChange[]) => xs.map(({ type, id }) => ({ type, id }));
    const c = entry.changes;
    json = JSON.stringify({ changes: { created: idsOnly(c.created), updated: idsOnly(c.updated), deleted: idsOnly(c.deleted), imports: scrub(c.imports) }, truncated: true });
    if (json.length <= MAX_DETAILS) return { json, truncated: true };
    return { json: JSON.stringify({ truncated: true, counts: { created: c.created.length, updated: c.updated.length, deleted: c.deleted.length, imports: c.imports.length } }), truncated: true };
}

export function changedIds(changes: ChangeSet): string[] {
    const ids = [...changes.created, ...changes.updated, ...changes.deleted].map((c) => c.id);
    for (const i of changes.imports) if (typeof i.documentId === "string") ids.push(i.documentId);
    return [...new Set(ids)].slice(0, MAX_IDS);
}

/** Writes the ChangeRecord with the change's own Db (same transaction). Returns its id. */
export async function recordChange(db: Db, entry: ChangeEntry, id = `change:${randomUUID()}`): Promise<string> {
    const { json, truncated } = detailsJson(entry);
    await db.write("audit/record-change", {
        id,
        at: new Date().toISOString(),
        actor: entry.actor.sub.slice(0, 200),
        issuer: entry.actor.issuer?.slice(0, 200) ?? null,
        operation: entry.operation.slice(0, 200),
        fields: entry.fields.slice(0, 50),
        changedIds: changedIds(entry.changes),
        details: json,
        truncated,
    });
    return id;
}
