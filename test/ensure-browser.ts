// `npm test` runs this first (pretest): the browser tests need Chromium. When it is missing and this
// user may install packages (root, or password-less sudo, with apt-get), Debian's chromium is
// installed now; otherwise the run stops at once with one line saying what to run. Never skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
    console.error(`error: CHROMIUM_PATH=${path} does not exist: point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium`);
    process.exit(1);
}
const root = process.getuid?.() === 0;
const sudo = !root && has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
if (!has("apt-get") || (!root && !sudo)) {
    console.error("error: the browser tests need Chromium, which is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH, then `npm test` again");
    process.exit(1);
}
console.error("[test] Chromium is missing: installing Debian's chromium with apt-get (once)…");
const prefix = root ? [] : ["sudo", "-n"];
try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync(prefix[0] ?? "apt-get", [...prefix.slice(1), ...(root ? [] : ["apt-get"]), "update", "-qq"], { stdio: "inherit", env });
    execFileSync(prefix[0] ?? "apt-get", [...prefix.slice(1), ...(root ? [] : ["apt-get"]), "install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
} catch {
    console.error("error: installing chromium with apt-get failed (see above): install it by hand (`apt-get install -y chromium`) or set CHROMIUM_PATH");
    process.exit(1);
}
if (!existsSync(path)) {
    console.error(`error: apt-get installed chromium but ${path} is still missing: set CHROMIUM_PATH`);
    process.exit(1);
}
console.error(`[test] Chromium installed at ${path}`);
