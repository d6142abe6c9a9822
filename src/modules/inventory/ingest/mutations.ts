// The inventory and reference-catalogue import mutations: each validates and writes in the operation's write transaction (ctx.db,
// src/http/write-guard.ts), reports its summary for the ChangeRecord, and turns a refused file into a
// BAD_USER_INPUT listing every bad row.
import { requireEditor } from "../../../kernel/roles.js";
import { badUserInput } from "../../../kernel/errors.js";
import { fileContent, refusedFile } from "../../../kernel/imports.js";
import { importInventory } from "./inventory.js";
import { importReferenceCatalogue } from "./reference-catalogue.js";
import type { Resolvers } from "../../../__generated__/resolvers-types.js";

export const inventoryMutations: Resolvers = {
    Mutation: {
        importInventory: async (_p, { fileName, content, format, encoding, sheet }, ctx) => {
            const actor = requireEditor(ctx.jwt);
            const file = fileName.trim();
            if (!file) throw badUserInput("fileName must not be empty", "fileName");
            const bytes = fileContent(content, encoding, "content");
            try {
                const result = await importInventory(ctx.db, { file, text: bytes, actor, format: format ?? undefined, sheet: sheet ?? undefined });
                ctx.audit?.imports.push({ kind: "inventory", file, ...result });
                return result;
            } catch (e) {
                throw refusedFile(e, "content");
            }
        },
        importReferenceCatalogue: async (_p, { fileName, content, format, encoding, sheet }, ctx) => {
            const actor = requireEditor(ctx.jwt);
            const file = fileName.trim();
            if (!file) throw badUserInput("fileName must not be empty", "fileName");
            const bytes = fileContent(content, encoding, "content");
            try {
                const result = await importReferenceCatalogue(ctx.db, { file, text: bytes, actor, format: format ?? undefined, sheet: sheet ?? undefined });
                ctx.audit?.imports.push({ kind: "reference", file, ...result });
                return result;
            } catch (e) {
                throw refusedFile(e, "content");
            }
        },
    },
};
