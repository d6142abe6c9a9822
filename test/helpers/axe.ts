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
