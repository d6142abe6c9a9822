// Every mutation operation runs in one write transaction that also holds its ChangeRecord.
//
//   didResolveOperation  refuse unless writes are enabled (JWT_SECRET/JWKS_URL) and the caller's token
//                        was granted the editor role (src/kernel/roles.ts) — nothing is opened for
//                        anyone else; then open the transaction and point @neo4j/graphql
//                        (executionContext) and our named queries (db) at it; read the before-state of
//                        what update*/delete* fields will touch.
//   willSendResponse     errors → roll back; nothing changed (the update counters of every statement) →
//                        roll back, no record; otherwise read the after-state, write the ChangeRecord in
//                        the same transaction and commit. If the record or the commit fails, the whole
//                        change is rolled back and the answer says so.
//
// Why here rather than in each resolver or in the database: generated mutations are run by
// @neo4j/graphql, which accepts a transaction as its execution context, so one wrapper around the
// operation covers generated and custom mutations alike by construction; a database-side trigger
// (APOC triggers) would not exist on Aura and could not tell who the caller was.
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { GraphQLError, Kind, type FieldNode, type OperationDefinitionNode } from "graphql";
import type { Context } from "../kernel/context.js";
import { forbidden } from "./auth.js";
import { requireEditor } from "../kernel/roles.js";
import { openWriteScope, type WriteScope } from "../db/write-scope.js";
import type { Executor } from "../db/run.js";
import type { Queries } from "../db/queries.js";
import { Loaders } from "../kernel/loaders.js";
import { recordChange as defaultRecord, emptyChangeSet, type ChangeEntry } from "../kernel/change-record.js";
import { captureAfter, captureBefore, type Captured } from "./capture.js";
import { mapNeo4jError, toGraphQLError } from "./errors.js";

export interface WriteGuardOptions {
    executor: Executor;
    queries: Queries;
    database?: string;
    timeoutMs: number;
    /** False when no JWT_SECRET/JWKS_URL is configured: every mutation is refused. */
    writesEnabled: boolean;
    /** Writes the ChangeRecord; replaceable so a test can make it fail. */
    record?: (db: WriteScope["db"], entry: ChangeEntry, id: string) => Promise<unknown>;
}

export function readOnlyDeployment(): GraphQLError {
    return forbidden("this deployment is read-only: no JWT_SECRET or JWKS_URL is configured, so mutations are refused");
}

const rootFields = (op: OperationDefinitionNode): FieldNode[] => op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);

export function writeGuardPlugin(o: WriteGuardOptions): ApolloServerPlugin<Context> {
    const record = o.record ?? ((db, entry, id) => defaultRecord(db, entry, id));
    return {
        async requestDidStart() {
            let scope: WriteScope | undefined;
            let before: Captured | undefined;
            let fields: FieldNode[] = [];
            return {
                async didResolveOperation(rc) {
                    const op = rc.operation;
                    if (!op || op.operation !== "mutation") return;
                    if (!o.writesEnabled) throw readOnlyDeployment();
                    let sub: string;
                    try {
                        sub = requireEditor(rc.contextValue.jwt);
                    } catch (e) {
                        throw toGraphQLError(e);
                    }
                    fields = rootFields(op);
                    const changeId = `change:${randomUUID()}`;
                    scope = openWriteScope(o.executor, {
                        queries: o.queries,
                        database: o.database,
                        timeoutMs: o.timeoutMs,
                        metadata: { app: "state-data-graph", change: changeId, actor: sub },
                    });
                    const ctx = rc.contextValue;
                    ctx.executionContext = scope.tx;
                    ctx.db = scope.db;
                    ctx.loaders = new Loaders(scope.db);
                    ctx.audit = { changeId, imports: [] };
                    try {
                        before = await captureBefore(rc.schema, fields, rc.request.variables ?? {}, ctx);
                    } catch (e) {
                        await scope.rollback().catch(() => undefined);
                        scope = undefined;
                        throw mapNeo4jError(e);
                    }
                },
                async willSendResponse(rc) {
                    if (!scope) return;
                    const s = scope;
                    scope = undefined;
                    const body = rc.response.body;
                    if (body?.kind !== "single") {
                        await s.rollback();
                        return;
                    }
                    const result = body.singleResult;
                    if (result.errors?.length) {
                        await s.rollback().catch(() => undefined);
                        if (result.data && Object.values(result.data).some((v) => v !== null)) result.data = null;
                        result.extensions = { ...result.extensions, rolledBack: true };
                        return;
                    }
                    if (!s.changed) {
                        // Only __typename, or filters that matched nothing: nothing to commit or record.
                        await s.rollback().catch(() => undefined);
                        return;
                    }
                    try {
                        const ctx = rc.contextValue;
                        const changes = { ...emptyChangeSet(), ...(await captureAfter(rc.schema, fields, before, ctx)), imports: ctx.audit?.imports ?? [] };
                        const jwt = ctx.jwt;
                        await record(s.db, {
                            actor: { sub: String(jwt?.sub ?? "unknown"), issuer: typeof jwt?.iss === "string" ? jwt.iss : undefined },
                            operation: (rc.operation as OperationDefinitionNode).name?.value ?? "anonymous",
                            fields: fields.map((f) => f.name.value),
                            changes,
                            variables: rc.request.variables ?? {},
                        }, ctx.audit!.changeId);
                        await s.commit();
                        result.extensions = { ...result.extensions, changeRecord: ctx.audit!.changeId };
                    } catch (e) {
                        await s.rollback().catch(() => undefined);
                        failed(rc, e);
                    }
                },
            };
        },
    };
}

/** The change could not be committed with its record: nothing was written, and the answer says so. */
function failed(rc: GraphQLRequestContext<Context>, e: unknown): void {
    const mapped = mapNeo4jError(e);
    const code = mapped instanceof GraphQLError && typeof mapped.extensions.code === "string" ? mapped.extensions.code : "CHANGE_NOT_COMMITTED";
    const body = rc.response.body;
    if (body?.kind !== "single") return;
    body.singleResult.data = null;
    body.singleResult.errors = [
        ...(body.singleResult.errors ?? []),
        { message: "the change could not be committed together with its audit record, so nothing was written; try again", extensions: { code } },
    ];
    body.singleResult.extensions = { ...body.singleResult.extensions, rolledBack: true };
    rc.response.http.status = code === "SERVICE_UNAVAILABLE" ? 503 : 500;
    console.error(`[audit] change rolled back: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
}
