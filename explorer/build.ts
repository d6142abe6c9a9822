// Bundles the explorer page with esbuild (everything from npm, no CDN) into explorer/dist/.
// Run by `npm install` (postinstall), by `npm start` when the bundle is missing or stale, and by the tests.
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
export const EXPLORER_DIST = path.join(ROOT, "dist");
export const EXPLORER_BUNDLE = path.join(EXPLORER_DIST, "explorer.js");
const INPUTS = [path.join(ROOT, "src"), path.join(ROOT, "..", "src", "__generated__", "operations.ts"), path.join(ROOT, "..", "src", "__generated__", "persisted-ids.ts"), path.join(ROOT, "..", "lib")];

function newestInput(): number {
    let newest = 0;
    const walk = (p: string): void => {
        const st = statSync(p);
        if (st.isDirectory()) for (const f of readdirSync(p)) walk(path.join(p, f));
        else newest = Math.max(newest, st.mtimeMs);
    };
    INPUTS.forEach(walk);
    return newest;
}

export async function buildExplorer(force = false): Promise<{ bytes: number; ms: number; skipped: boolean }> {
    if (!force && existsSync(EXPLORER_BUNDLE) && statSync(EXPLORER_BUNDLE).mtimeMs >= newestInput()) {
        return { bytes: statSync(EXPLORER_BUNDLE).size, ms: 0, skipped: true };
    }
    const started = Date.now();
    mkdirSync(EXPLORER_DIST, { recursive: true });
    await build({
        entryPoints: [path.join(ROOT, "src", "main.ts")],
        outfile: EXPLORER_BUNDLE,
        bundle: true,
        minify: true,
        sourcemap: true,
        format: "iife",
        target: "es2020",
        platform: "browser",
        define: { "process.env.NODE_ENV": '"production"' },
        logLevel: "error",
    });
    return { bytes: statSync(EXPLORER_BUNDLE).size, ms: Date.now() - started, skipped: false };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const r = await buildExplorer(process.argv.includes("--force"));
    console.error(r.skipped ? "[explorer] bundle up to date" : `[explorer] built ${(r.bytes / 1024).toFixed(0)} KiB in ${r.ms} ms`);
}
