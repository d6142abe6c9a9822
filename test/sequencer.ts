// The order test files start in: the slowest first, so that with TEST_WORKERS at a time the long
// ones overlap each other and the many short ones fill the gaps at the end, instead of one long file
// starting last and running alone. Vitest's own order puts files it has no timings for first in glob
// order (a fresh clone has none), which started the 3-minute memory sweep after the e2e files.
// The figures are seconds measured in CI runs on the 2-core machine (last: 2026-12-07 08:29); a file not listed counts as short.
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SECONDS: Record<string, number> = {
    "test/integration/usage-aggregates.int.test.ts": 270,
    "test/integration/memory-sweep.int.test.ts": 230,
    "test/integration/operate-data.int.test.ts": 170,
    "test/integration/process-lifecycle.int.test.ts": 100,
    "test/e2e/explorer.e2e.test.ts": 90,
    "test/integration/sweep.int.test.ts": 64,
    "test/integration/fault.int.test.ts": 58,
    "test/e2e/explorer-questions.e2e.test.ts": 56,
    "test/integration/usage-refusals.int.test.ts": 55,
    "test/integration/two-terminals.int.test.ts": 50,
    "test/integration/identity-providers.int.test.ts": 47,
    "test/integration/usage-parallel.int.test.ts": 42,
    "test/integration/admin-import.int.test.ts": 35,
    "test/e2e/explorer-as-of.e2e.test.ts": 30,
    "test/integration/usage-working-set.int.test.ts": 30,
    "test/integration/as-of.int.test.ts": 28,
    "test/integration/startup-errors.int.test.ts": 28,
    "test/e2e/cross-origin.e2e.test.ts": 25,
    "test/e2e/explorer-kinds.e2e.test.ts": 25,
};

export default class SlowestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
        const root = process.cwd();
        const seconds = (f: TestSpecification) => SECONDS[path.relative(root, f.moduleId).split(path.sep).join("/")] ?? 0;
        // Array.prototype.sort is stable: files of equal weight keep vitest's order.
        return [...(await super.sort(files))].sort((a, b) => seconds(b) - seconds(a));
    }
}
