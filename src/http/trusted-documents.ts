// Trusted documents: the operations a frontend may run are registered ahead of time from a manifest
// made at build time (Apollo's persisted query manifest format: `{"format":"apollo-persisted-query-
// manifest","version":1,"operations":[{"id","name","type","body"}]}`, the id being the SHA-256 of the
// body in hex), and a request names one by id instead of sending the document:
//   POST {"documentId":"sha256:<hex>","variables":{…}}          (GraphQL over HTTP, persisted documents)
//   POST {"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<hex>"}},"variables":{…}}   (Apollo)
//   GET  /graphql?documentId=sha256:<hex>&variables=…
// TRUSTED_DOCUMENTS decides what else runs:
//   off (default)  registered ids and raw documents alike;
//   strict         registered ids only: a raw document or an unknown id → 400 PERSISTED_QUERY_NOT_IN_LIST,
//                  and errors say nothing about the schema (src/http/errors.ts maskSchemaDetails);
//   hybrid         registered ids for everyone, raw documents only with an editor's token.
// Manifests: the explorer's and the examples' (src/__generated__/persisted-documents.json, written by
// `npm run codegen`) plus TRUSTED_DOCUMENTS_MANIFESTS (comma-separated files of other frontends). Every
// registered body is checked at start against the schema and its id against its SHA-256: a frontend's
// manifest built for another schema stops the start with the operation at fault.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { parse, validate, type GraphQLSchema } from "graphql";
import type { JWTPayload } from "jose";
import { PROJECT_ROOT } from "../config.js";
import { EDITOR_ROLE } from "../kernel/roles.js";
import { requestInfo } from "./request-observer.js";

export type TrustedMode = "off" | "strict" | "hybrid";

export interface PersistedOperation {
    id: string;
    name: string;
    type: string;
    body: string;
}

export const DEFAULT_MANIFEST = path.join(PROJECT_ROOT, "src/__generated__/persisted-documents.json");

export class ManifestError extends Error {}

export interface TrustedDocuments {
    mode: TrustedMode;
    byId: ReadonlyMap<string, PersistedOperation>;
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** The operations of one manifest file (Apollo's format), each id checked against its body. */
export function readManifest(file: string): PersistedOperation[] {
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
        throw new ManifestError(`trusted documents: cannot read the manifest ${file}: ${(e as Error).message}`);
    }
    const m = json as { format?: unknown; version?: unknown; operations?: unknown };
    if (m.format !== "apollo-persisted-query-manifest" || m.version !== 1 || !Array.isArray(m.operations)) {
        throw new ManifestError(`trusted documents: ${file} is not a persisted query manifest ({"format":"apollo-persisted-query-manifest","version":1,"operations":[…]})`);
    }
    return (m.operations as Partial<PersistedOperation>[]).map((op, i) => {
        if (typeof op.id !== "string" || typeof op.body !== "string" || typeof op.name !== "string") throw new ManifestError(`trusted documents: ${file}: operation ${i} needs id, name and body`);
        if (op.id !== sha256(op.body)) throw new ManifestError(`trusted documents: ${file}: the id of ${op.name} is not the SHA-256 of its body`);
        return { id: op.id, name: op.name, type: String(op.type ?? "query"), body: op.body };
    });
}

/** Registers every operation of `files`, each validated against `schema`. */
export function loadTrustedDocuments(mode: TrustedMode, files: string[], schema: GraphQLSchema): TrustedDocuments {
    const byId = new Map<string, PersistedOperation>();
    for (const file of files) {
        for (const op of readManifest(file)) {
            const errors = validate(schema, parse(op.body));
            if (errors.length > 0) throw new ManifestError(`trusted documents: ${path.basename(file)}: ${op.name} does not fit this API's schema: ${errors[0]!.message}`);
            byId.set(op.id, op);
        }
    }
    return { mode, byId };
}

export function trustedDocumentsFromEnv(schema: GraphQLSchema, env: NodeJS.ProcessEnv = process.env): TrustedDocuments {
    const raw = (env.TRUSTED_DOCUMENTS ?? "off").toLowerCase();
    if (raw !== "off" && raw !== "strict" && raw !== "hybrid") throw new ManifestError(`TRUSTED_DOCUMENTS must be off, strict or hybrid, got "${env.TRUSTED_DOCUMENTS}"`);
    const extra = (env.TRUSTED_DOCUMENTS_MANIFESTS ?? "").split(",").map((f) => f.trim()).filter(Boolean).map((f) => path.resolve(PROJECT_ROOT, f));
    return loadTrustedDocuments(raw, [DEFAULT_MANIFEST, ...extra], schema);
}

interface Body {
    query?: unknown;
    documentId?: unknown;
    operationName?: unknown;
    variables?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/** The id a request names, as hex, if any ("sha256:<hex>" or Apollo's sha256Hash). */
function idOf(body: Body): string | undefined {
    if (typeof body.documentId === "string") return body.documentId.startsWith("sha256:") ? body.documentId.slice(7) : body.documentId;
    const h = body.extensions?.persistedQuery?.sha256Hash;
    return typeof h === "string" ? h : undefined;
}

function refuse(res: Response, message: string): void {
    const info = requestInfo(res);
    if (info) info.outcome = "PERSISTED_QUERY_NOT_IN_LIST";
    res.status(400).json({ errors: [{ message, extensions: { code: "PERSISTED_QUERY_NOT_IN_LIST" } }] });
}

/** A GET's parameters as a body (variables and extensions arrive as JSON text). */
function getBody(req: Request): Body {
    const q = req.query as Record<string, unknown>;
    const json = (v: unknown): unknown => {
        if (typeof v !== "string") return v;
        try {
            return JSON.parse(v);
        } catch {
            return undefined;
        }
    };
    return { query: q.query, documentId: q.documentId, operationName: q.operationName, variables: json(q.variables), extensions: json(q.extensions) as Body["extensions"] };
}

/**
 * After body parsing, before the response cache and Apollo: a registered id becomes its document; an
 * unknown id, or a raw document where the mode forbids it, is refused with 400 before anything is parsed.
 */
export function trustedDocumentsMiddleware(t: TrustedDocuments, verify: (token: string | undefined) => Promise<JWTPayload | undefined>): RequestHandler {
    return async (req: Request, res: Response, next: NextFunction) => {
        const isGet = req.method === "GET";
        const body: Body = isGet ? getBody(req) : ((req.body ?? {}) as Body);
        if (typeof body !== "object" || Array.isArray(body)) return next();
        const id = idOf(body);
        const op = id !== undefined ? t.byId.get(id) : undefined;
        if (op) {
            if (typeof body.query === "string" && body.query !== op.body && t.mode !== "off") return refuse(res, "the document sent differs from the registered one; send the id alone");
            const info = requestInfo(res);
            if (info) info.operation = op.name;
            const { documentId: _d, ...rest } = body;
            const { persistedQuery: _p, ...extensions } = body.extensions ?? {};
            const resolved = { ...rest, query: op.body, ...(Object.keys(extensions).length ? { extensions } : { extensions: undefined }) };
            if (!resolved.extensions) delete resolved.extensions;
            if (isGet) {
                const params = new URLSearchParams({ query: op.body, ...(typeof body.operationName === "string" ? { operationName: body.operationName } : {}), ...(body.variables !== undefined ? { variables: JSON.stringify(body.variables) } : {}) });
                req.url = `${req.url.split("?")[0]}?${params}`;
            } else req.body = resolved;
            return next();
        }
        if (id !== undefined && (t.mode !== "off" || typeof body.documentId === "string")) return refuse(res, "this operation is not registered (unknown document id); only registered operations run here");
        if (t.mode === "off" || typeof body.query !== "string") return next();
        if (t.mode === "hybrid") {
            const token = req.headers.authorization?.replace(/^Bearer\s+/i, "") || undefined;
            const jwt = token ? await verify(token).catch(() => undefined) : undefined;
            const roles = Array.isArray(jwt?.roles) ? (jwt!.roles as unknown[]) : [];
            if (roles.includes(EDITOR_ROLE)) return next();
            return refuse(res, "only registered operations run here (send the document's id); editors may send documents with their token");
        }
        return refuse(res, "only registered operations run here: send the document's id (documentId: \"sha256:<hex>\") from the manifest");
    };
}
