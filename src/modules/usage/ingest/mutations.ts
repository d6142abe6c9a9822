// importUsage: an editor's import of a small file. The mutation runs in the operation's write
// transaction (src/http/write-guard.ts), which also receives the ChangeRecord; a refused file rolls
// everything back, so nothing is written.
import { requireEditor } from "../../../kernel/roles.js";
import { InputError, badUserInput } from "../../../kernel/errors.js";
import { prepareUsage, usageSummary, writeUsage } from "./import.js";
import { bytesLines, textLines } from "./lines.js";
import { fileContent } from "../../../kernel/imports.js";
import { UsageImportError } from "./problems.js";
import type { MutationResolvers } from "../../../__generated__/resolvers-types.js";

export const importUsage: MutationResolvers["importUsage"] = async (_p, { fileName, content, encoding, sheet, mapping, period, replace }, ctx) => {
    const actor = requireEditor(ctx.jwt);
    const file = fileName.trim();
    if (!file) throw badUserInput("fileName must not be empty", "fileName");
    if (file.length > 200) throw badUserInput("fileName is longer than 200 characters", "fileName");
    const bytes = fileContent(content, encoding, "content");
    const lines = typeof bytes === "string" ? textLines(bytes) : bytesLines(bytes, sheet ?? undefined);
    try {
        const prepared = await prepareUsage(ctx.db, { file, lines, mapping: mapping == null ? undefined : { file: "mapping", text: mapping }, period: period ?? undefined });
        // A text file is kept as it came in for `npm run export`; a workbook's figures are exported as the graph keeps them.
        const result = await writeUsage(ctx.db, prepared, { actor, replace: replace ?? [], content: typeof bytes === "string" ? bytes : undefined });
        if (!result.alreadyImported) ctx.audit?.imports.push(usageSummary(result));
        return result;
    } catch (e) {
        if (e instanceof UsageImportError) {
            throw new InputError(`${e.file} refused, nothing imported: ${e.problems.map((p) => `${p.kind} ×${p.count}`).join(", ")}`, e.problems.some((p) => p.kind === "MAPPING_INVALID") ? "mapping" : "content", { problems: e.problems });
        }
        throw e;
    }
};
