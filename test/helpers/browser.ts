// Headless Chromium for the browser tests: Debian's chromium driven by playwright-core (no browser
// download). `npm test` installs it first when missing (test/ensure-browser.ts).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "npm run setup:browser" (apt-get install chromium) or set CHROMIUM_PATH`);
    return chromium.launch({
        executablePath: CHROMIUM,
        // The machine's network is closed: background networking would only produce refused connections.
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
