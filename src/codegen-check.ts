// `npm run check:codegen`: runs the real `npm run codegen` pipeline and fails when any generated
// file changed, i.e. the committed files were stale. The original files are put back either way,
// so a check never edits the tree.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./config.js";

const GENERATED_DIR = path.join(PROJECT_ROOT, "src/__generated__");

function snapshot(): Map<string, string> {
    return new Map(readdirSync(GENERATED_DIR).map((f) => [f, readFileSync(path.join(GENERATED_DIR, f), "utf8")]));
}

const before = snapshot();
const r = spawnSync("npm", ["run", "-s", "codegen"], { cwd: PROJECT_ROOT, encoding: "utf8" });
if (r.status !== 0) {
    console.error(`codegen failed:\n${r.stderr}`);
    process.exit(2);
}
const after = snapshot();
const stale = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
for (const f of after.keys()) if (!before.has(f)) rmSync(path.join(GENERATED_DIR, f));
for (const [f, text] of before) writeFileSync(path.join(GENERATED_DIR, f), text);
if (stale.length > 0) {
    console.error(`stale generated files (run npm run codegen and commit): ${stale.map((f) => `src/__generated__/${f}`).join(", ")}`);
    process.exit(1);
}
console.error(`generated files are up to date (${after.size} files)`);
