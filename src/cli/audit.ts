// `npm run audit`: every inconsistency inside the reports, with both citations. Needs no database:
// the audit is computed from the parsed reports (the same findings are loaded into the graph).
import { audit } from "../../seed/audit.js";
import { describeSeedError } from "../../seed/errors.js";
import { buildSeedGraph } from "../../seed/pipeline.js";

try {
    const findings = audit(buildSeedGraph());
    const json = process.argv.includes("--json");
    if (json) {
        console.log(JSON.stringify(findings, null, 2));
    } else {
        const kinds = [...new Set(findings.map((f) => f.kind))];
        for (const kind of kinds) {
            const of = findings.filter((f) => f.kind === kind);
            console.log(`\n## ${kind} (${of.length})`);
            for (const f of of) {
                console.log(`- ${f.message}`);
                for (const c of f.citations) console.log(`    ↳ ${c.documentId} · ${c.section} · ${c.locator}${c.text ? ` · "${c.text.slice(0, 100)}"` : ""}`);
            }
        }
        console.log(`\n${findings.length} findings`);
    }
} catch (e) {
    console.error(`error: ${describeSeedError(e)}`);
    process.exit(1);
}
