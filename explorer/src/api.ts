// The explorer talks to the public GraphQL API only, with the codegen-typed operations.
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { t } from "./i18n/index.js";

export class ApiError extends Error {}

const printed = new WeakMap<object, string>();

export async function query<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    let text = printed.get(doc);
    if (!text) {
        text = print(doc);
        printed.set(doc, text);
    }
    let res: Response;
    try {
        res = await fetch("/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: text, variables }),
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
