// Turns a reference to any node into that node: an id of any type and era (the era rule), or an agency
// or asset name, alias, code or number resolved like every other question's arguments.
import { InputError, badUserInput } from "../../kernel/errors.js";
import type { Db } from "../../db/run.js";
import type { GraphNode } from "../../__generated__/resolvers-types.js";
import { resolveRef } from "../../kernel/names.js";
import { toGraphNode, type RawNode } from "./shapes.js";

export interface FoundNode {
    /** Element id, for the follow-up queries of the same request. */
    eid: string;
    node: GraphNode;
}

export async function nodesById(db: Db, ids: string[]): Promise<Map<string, FoundNode>> {
    if (ids.length === 0) return new Map();
    const rows = await db.run<{ key: string; eid: string; node: RawNode }>("paths/nodes-by-id", { ids });
    return new Map(rows.map((r) => [r.key, { eid: r.eid, node: toGraphNode(r.node) }]));
}

const isNotFound = (e: unknown): e is InputError => e instanceof InputError && !e.details.candidates;

export async function resolveNode(db: Db, ref: string, argumentName: string, era: 2023 | 2025): Promise<FoundNode> {
    const text = ref.normalize("NFC").trim();
    if (text === "") throw badUserInput(`${argumentName} must not be empty`, argumentName);
    if (text.length > 200) throw badUserInput(`${argumentName} is longer than 200 characters`, argumentName);
    const direct = (await nodesById(db, [text])).get(text);
    if (direct) return direct;
    // Not an id: an agency name first, then an asset name or number; suggestions from both.
    let agencyError: InputError | undefined;
    try {
        const a = await resolveRef(db, "Agency", text, argumentName, era);
        return (await nodesById(db, [a.id])).get(a.id)!;
    } catch (e) {
        if (!isNotFound(e)) throw e;
        agencyError = e;
    }
    try {
        const a = await resolveRef(db, "Asset", text, argumentName, era);
        return (await nodesById(db, [a.id])).get(a.id)!;
    } catch (e) {
        if (!isNotFound(e)) throw e;
        const closest = [...((agencyError?.details.closestMatches as unknown[]) ?? []), ...((e.details.closestMatches as unknown[]) ?? [])].slice(0, 5);
        throw badUserInput(`no node has the id or name "${text}" (ids of any node, or agency and asset names, are accepted)`, argumentName, { closestMatches: closest });
    }
}
