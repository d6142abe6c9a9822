// Writes: the snapshot import mutation. Generated Note mutations are guarded by @authentication in
// the SDL; this custom one checks the editor role itself.
import { GraphQLError } from "graphql";
import { requireEditor } from "../auth.js";
import { isDriver } from "../db/run.js";
import { badUserInput } from "../errors.js";
import { ImportValidationError, importConnections } from "../import/connections.js";
import type { Resolvers } from "../__generated__/resolvers-types.js";

export const editorialResolvers: Resolvers = {
    Mutation: {
        importConnections: async (_p, { fileName, csv }, ctx) => {
            const actor = requireEditor(ctx.jwt);
            if (!fileName.trim()) throw badUserInput("fileName must not be empty", "fileName");
            try {
                // With a driver, validation and write share one write transaction; with a caller's
                // transaction (tests), they run inside it.
                const driver = isDriver(ctx.executionContext) ? ctx.executionContext : undefined;
                return await importConnections(driver, { file: fileName.trim(), text: csv, actor, db: driver ? undefined : ctx.db, database: ctx.sessionConfig?.database });
            } catch (e) {
                if (e instanceof ImportValidationError) {
                    throw new GraphQLError(`${e.errors.length} bad row(s) in ${e.file}; nothing imported`, {
                        extensions: { code: "BAD_USER_INPUT", argumentName: "csv", rows: e.errors },
                    });
                }
                throw e;
            }
        },
    },
};
