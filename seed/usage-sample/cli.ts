// `npm run sample:usage -- [--out DIR] [--services 22-41|N,N…] [--scale K]`: writes the sample usage of
// the seeded graph (seed/usage-sample/fit.ts), reproducing report 001:
//   DIR/usage-2023.csv            aggregate CSV, every exchange (import it as is)
//   DIR/usage-2023.mapping.json   mapping of the log's made-up member and service codes
//   DIR/opmon-2023-….jsonl.gz     operational-monitoring log: with --services, every exchange of those
//                                 services; with --scale K, all services at 1:K (default: every service
//                                 whose total is ≤ 100,000, i.e. 22–41: 432,998 records)
//   DIR/usage-2023.report.md      how the sample was made, and where the report's tables disagree
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { buildSeedGraph } from "../pipeline.js";
import { fitUsage } from "./fit.js";
import { opmonLog, sampleCsv, sampleMapping } from "./generate.js";
import { reportedUsage } from "./reports.js";
import { sampleReport } from "./report.js";

const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = path.resolve(arg("--out") ?? "sample-usage");
mkdirSync(out, { recursive: true });
const sample = fitUsage(reportedUsage(buildSeedGraph()));
const scale = arg("--scale") ? Number(arg("--scale")) : undefined;
const servicesArg = arg("--services");
const services = servicesArg
    ? new Set(servicesArg.split(",").flatMap((p) => {
          const [a, b] = p.split("-").map(Number);
          return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
      }))
    : scale
      ? undefined
      : new Set(sample.reported.services.filter((s) => s.transactions <= 100_000).map((s) => s.number));

writeFileSync(path.join(out, "usage-2023.csv"), [...sampleCsv(sample)].join("\n") + "\n");
writeFileSync(path.join(out, "usage-2023.mapping.json"), JSON.stringify(sampleMapping(sample), null, 1) + "\n");
writeFileSync(path.join(out, "usage-2023.report.md"), sampleReport(sample));
const name = scale ? `opmon-2023-scale-${scale}.jsonl.gz` : `opmon-2023-services-${[...services!].sort((a, b) => a - b).join("_").replace(/(\d+)(_\d+)*_(\d+)/, "$1-$3")}.jsonl.gz`;
const gz = createGzip({ level: 6 });
const file = createWriteStream(path.join(out, name));
gz.pipe(file);
let n = 0;
for (const line of opmonLog(sample, { services, scale })) {
    if (!gz.write(`${line}\n`)) await once(gz, "drain");
    n++;
}
gz.end();
await once(file, "close");
console.error(`[sample] ${out}: usage-2023.csv (${sample.cells.length} cells), usage-2023.mapping.json, ${name} (${(n - 1).toLocaleString("en-US")} records), usage-2023.report.md`);
