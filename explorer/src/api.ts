// The explorer talks to the public GraphQL API only, with the codegen-typed operations.
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

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
        throw new ApiError("The API cannot be reached. Is the server running?");
    }
    const body = (await res.json().catch(() => ({}))) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
        const e = body.errors[0]!;
        throw new ApiError(e.extensions?.code === "SERVICE_UNAVAILABLE" ? "The graph database is unavailable; try again shortly." : e.message);
    }
    if (!body.data) throw new ApiError(`The API answered ${res.status} without data.`);
    return body.data;
}
