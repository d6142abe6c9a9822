// usageImports (what has been imported) and importUsage (editor-only import of a small file). The
// mutation runs in the operation's write transaction (src/http/write-guard.ts), which also receives
// the ChangeRecord; a refused file rolls everything back, so nothing is written.
import { GraphQLError } from "graphql";
import { requireEditor } from "../../auth.js";
import { badUserInput } from "../../errors.js";
import { prepareUsage, usageSummary, writeUsage } from "../../import/usage/import.js";
import { textLines } from "../../import/usage/lines.js";
import { UsageImportError } from "../../import/usage/problems.js";
import type { MutationResolvers, QueryResolvers } from "../../__generated__/resolvers-types.js";
import { page, slicePage } from "../../kernel/paging.js";
import { loadImports } from "./window.js";

export const usageImports: QueryResolvers["usageImports"] = async (_p, { includeSuperseded, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const all = (await loadImports(ctx.db)).filter((i) => includeSuperseded || !i.supersededBy);
    return { total: all.length, imports: slicePage(all, p) };
};

export const importUsage: MutationResolvers["importUsage"] = async (_p, { fileName, content, mapping, period, replace }, ctx) => {
    const actor = requireEditor(ctx.jwt);
    const file = fileName.trim();
    if (!file) throw badUserInput("fileName must not be empty", "fileName");
    if (file.length > 200) throw badUserInput("fileName is longer than 200 characters", "fileName");
    try {
        const prepared = await prepareUsage(ctx.db, { file, lines: textLines(content), mapping: mapping == null ? undefined : { file: "mapping", text: mapping }, period: period ?? undefined });
        const result = await writeUsage(ctx.db, prepared, { actor, replace: replace ?? [] });
        if (!result.alreadyImported) ctx.audit?.imports.push(usageSummary(result));
        return result;
    } catch (e) {
        if (e instanceof UsageImportError) {
            throw new GraphQLError(`${e.file} refused, nothing imported: ${e.problems.map((p) => `${p.kind} ×${p.count}`).join(", ")}`, {
                extensions: { code: "BAD_USER_INPUT", argumentName: e.problems.some((p) => p.kind === "MAPPING_INVALID") ? "mapping" : "content", problems: e.problems },
            });
        }
        throw e;
    }
};
