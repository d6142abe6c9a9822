// Every successful mutation leaves a ChangeRecord: who (token subject), when, the operation, the
// root fields and what changed (the variables, or the import summary), in the same executor.
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { Context } from "../context.js";

const MAX_DETAILS = 4000;

export function changeTrailPlugin(): ApolloServerPlugin<Context> {
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ operation, response, contextValue, request }) {
                    if (operation?.operation !== "mutation" || response.body.kind !== "single") return;
                    const result = response.body.singleResult;
                    if (result.errors?.length || !result.data) return;
                    const fields = operation.selectionSet.selections
                        .filter((s) => s.kind === Kind.FIELD)
                        .map((s) => (s as { name: { value: string } }).name.value);
                    const details = JSON.stringify({ variables: request.variables ?? {}, result: result.data });
                    await contextValue.db.write("audit/record-change", {
                        id: `change:${randomUUID()}`,
                        at: new Date().toISOString(),
                        actor: String(contextValue.jwt?.sub ?? "unknown"),
                        operation: (operation as OperationDefinitionNode).name?.value ?? "anonymous",
                        fields,
                        details: details.length > MAX_DETAILS ? `${details.slice(0, MAX_DETAILS)}…` : details,
                    });
                },
            };
        },
    };
}
