// The import-format copies of the labelled inventories are current (regenerate with
// `npx tsx test/fixtures/duplicates/convert.ts`), keep the label files' row numbers, and ask for a
// department to be created only on rows naming a provincial body.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../lib/csv.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { importAgency, namesProvincialBody, toImportCsv } from "../helpers/labelled-inventory.js";

const DIR = path.join(PROJECT_ROOT, "test/fixtures/duplicates");
const labelled = readdirSync(DIR).filter((f) => /^inventory-.*(?<!\.import)\.csv$/.test(f));

describe("labelled inventories in the import format", () => {
    it("there is a dev inventory", () => expect(labelled).toContain("inventory-dev.csv"));
    it.each(labelled)("%s: the committed import copy is current and row-aligned", (file) => {
        const source = readFileSync(path.join(DIR, file), "utf8");
        const copy = readFileSync(path.join(DIR, file.replace(/\.csv$/, ".import.csv")), "utf8");
        expect(copy).toBe(toImportCsv(source));
        const a = readCsv(source);
        const b = readCsv(copy);
        expect(b.map((r) => r.line)).toEqual(a.map((r) => r.line));
        for (const [i, r] of b.slice(1).entries()) {
            expect(r.cells[0]).toBe(importAgency(a[i + 1]!.cells[0]!));
            expect(r.cells[6]).toBe(namesProvincialBody(r.cells[0]!) ? "yes" : "");
        }
    });
});
