// A clean `npm install` must leave the tree unchanged: the lockfile's root entry repeats what
// package.json declares (npm rewrites it otherwise, and `npm ci` does not catch every field).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";

const read = (f: string) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, f), "utf8"));

describe("package-lock.json", () => {
    it("its root entry matches package.json (name, version, dependencies, engines)", () => {
        const pkg = read("package.json");
        const root = read("package-lock.json").packages[""];
        for (const field of ["name", "version", "dependencies", "devDependencies", "engines"]) expect({ field, value: root[field] }).toEqual({ field, value: pkg[field] });
    });
});
