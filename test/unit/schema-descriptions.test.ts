// Every type, field, enum value and argument we write in schema/*.graphql has a description.
import { describe, expect, it } from "vitest";
import { parse, visit } from "graphql";
import { buildSchema, readTypeDefs } from "../../src/schema.js";

describe("SDL modules", () => {
    it("describe everything they define", () => {
        const missing: string[] = [];
        for (const sdl of readTypeDefs()) {
            const stack: string[] = [];
            visit(parse(sdl), {
                enter(node) {
                    if ("name" in node && node.name && "description" in node) {
                        const where = [...stack, node.name.value].join(".");
                        if (!node.description) missing.push(where);
                    }
                    if ("name" in node && node.name && ("fields" in node || "values" in node || "types" in node)) stack.push(node.name.value);
                },
                leave(node) {
                    if ("name" in node && node.name && ("fields" in node || "values" in node || "types" in node)) stack.pop();
                },
            });
        }
        expect(missing).toEqual([]);
    });
});

describe("the served schema", () => {
    it("describes every root field, generated ones included", async () => {
        const schema = await buildSchema();
        const undescribed = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.values(t?.getFields() ?? {}).filter((f) => !f.description).map((f) => `${t!.name}.${f.name}`));
        expect(undescribed).toEqual([]);
        expect(Object.keys(schema.getQueryType()!.getFields()).length).toBeGreaterThan(38);
    });
});
