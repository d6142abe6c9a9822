// Fails when the committed generated files are stale (the augmented schema, resolver types and
// typed documents). The check runs in a child process, exactly as `npm run check:codegen` does.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";

describe("generated files", () => {
    it("match the current SDL and codegen.ts", () => {
        const r = spawnSync(process.execPath, ["--import", "tsx", "src/codegen-check.ts"], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 120_000 });
        expect(r.stderr.trim()).toMatch(/generated files are up to date/);
        expect(r.status).toBe(0);
    });
});
