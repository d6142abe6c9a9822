// Accessibility check with axe-core (a maintained rule set, not hand-written rules): WCAG 2.0/2.1 A
// and AA on the page as it is, as lines "<where>: <rule> (<impact>) at <selectors>".
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

export async function axeViolations(page: Page, where: string): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResult> } }).axe;
        return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    });
    return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Presses Tab up to `max` times (round the page and again) until every control in `wanted` has had the
 * focus; returns what had it, each named by id, data-key, data-export, href or tag.
 */
export async function tabUntil(page: Page, wanted: string[], max: number): Promise<Set<string>> {
    const reached = new Set<string>();
    for (let i = 0; i < max && !wanted.every((w) => reached.has(w)); i++) {
        await page.keyboard.press("Tab");
        reached.add(
            await page.evaluate(() => {
                const el = document.activeElement as HTMLElement | null;
                return el ? el.id || el.dataset.key || el.dataset.export || el.getAttribute("href") || el.tagName : "";
            }),
        );
    }
    return reached;
}
