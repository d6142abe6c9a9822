// The explorer talks to the public GraphQL API only, with the codegen-typed operations, each sent by
// its trusted-document id (src/__generated__/persisted-ids.ts, made with the manifest the API registers
// by `npm run codegen`), so it works on a deployment that runs only registered operations
// (TRUSTED_DOCUMENTS=strict). An operation without an id (none, once codegen ran) goes as its text.
import { Kind, print, type OperationDefinitionNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { persistedIds } from "../../src/__generated__/persisted-ids.js";
import { t } from "./i18n/index.js";

export class ApiError extends Error {}

const sent = new WeakMap<object, { documentId: string } | { query: string }>();

/** What names the operation in a request: its registered id, else its text. */
function documentOf(doc: TypedDocumentNode<unknown, never>): { documentId: string } | { query: string } {
    let d = sent.get(doc);
    if (!d) {
        const name = doc.definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION)?.name?.value;
        const id = name ? persistedIds[name] : undefined;
        d = id ? { documentId: `sha256:${id}` } : { query: print(doc) };
        sent.set(doc, d);
    }
    return d;
}

export async function query<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    let res: Response;
    try {
        res = await fetch("/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ ...documentOf(doc as TypedDocumentNode<unknown, never>), variables }),
        });
    } catch {
        throw new ApiError(t("common.unreachable"));
    }
    const body = (await res.json().catch(() => ({}))) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
        const e = body.errors[0]!;
        throw new ApiError(e.extensions?.code === "SERVICE_UNAVAILABLE" ? t("common.unavailable") : e.message);
    }
    if (!body.data) throw new ApiError(t("common.noData", { status: res.status }));
    return body.data;
}
