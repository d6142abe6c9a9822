// Writes: the snapshot import mutation. Every mutation operation is already refused without the editor
// role (src/http/write-guard.ts); generated Note mutations are also guarded by @authentication in the
// SDL, and this custom one checks the role itself too (defence in depth).
import { requireEditor } from "../../kernel/roles.js";
import { badUserInput } from "../../kernel/errors.js";
import { importConnections } from "./ingest/connections.js";
import { fileContent, refusedFile } from "../../kernel/imports.js";
import type { Resolvers } from "../../__generated__/resolvers-types.js";

export const editorialResolvers: Resolvers = {
    Mutation: {
        importConnections: async (_p, { fileName, csv, encoding, sheet }, ctx) => {
            const actor = requireEditor(ctx.jwt);
            if (!fileName.trim()) throw badUserInput("fileName must not be empty", "fileName");
            const content = fileContent(csv, encoding, "csv");
            try {
                // ctx.db is the operation's write transaction (src/http/write-guard.ts), which also
                // receives the ChangeRecord; the summary reported here goes into that record.
                const result = await importConnections(ctx.db, { file: fileName.trim(), text: content, sheet: sheet ?? undefined, actor });
                ctx.audit?.imports.push({ kind: "connections", file: fileName.trim(), ...result });
                return result;
            } catch (e) {
                throw refusedFile(e, "csv");
            }
        },
    },
};
