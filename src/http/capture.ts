// Before/after states of the nodes a generated mutation touches, read through the generated API itself
// inside the mutation's transaction, so it works for any writable @node type without Cypher of its own:
//   update<Plural>/delete<Plural>(where: W)  → before: <plural>(where: W) { every scalar, related ids }
//   after the mutation                       → <plural>(where: { lastChange: { eq: <change id> } }) for
//                                              created/updated nodes (every writable type stamps the id
//                                              of the change that last wrote it), and the before ids again.
import {
    execute,
    getArgumentValues,
    getNamedType,
    isListType,
    isNonNullType,
    isObjectType,
    isEnumType,
    isScalarType,
    parse,
    type FieldNode,
    type GraphQLField,
    type GraphQLObjectType,
    type GraphQLSchema,
    type GraphQLType,
} from "graphql";
import type { Context } from "../kernel/context.js";
import type { NodeChange } from "../kernel/change-record.js";

type State = Record<string, unknown>;

export interface Captured {
    /** Read field per touched type, e.g. Note → notes. */
    readFields: Map<string, string>;
    /** Before-states by type and id. */
    before: Map<string, Map<string, State>>;
}

const VERB = /^(create|update|delete)(.+)$/;

/** The generated read field for a generated mutation field (`updateNotes` → `notes`), if any. */
function readFieldFor(schema: GraphQLSchema, mutationField: string): { verb: string; read: GraphQLField<unknown, unknown>; type: GraphQLObjectType } | undefined {
    const m = VERB.exec(mutationField);
    if (!m) return undefined;
    const readName = m[2]!.charAt(0).toLowerCase() + m[2]!.slice(1);
    const read = schema.getQueryType()?.getFields()[readName];
    if (!read) return undefined;
    const type = getNamedType(read.type);
    if (!isObjectType(type) || !type.getFields().id) return undefined;
    return { verb: m[1]!, read, type };
}

const unwrap = (t: GraphQLType): GraphQLType => (isNonNullType(t) || isListType(t) ? unwrap((t as { ofType: GraphQLType }).ofType) : t);

/** Every scalar field, and `{ id }` of every related type that has ids (relationship fields). */
function selection(type: GraphQLObjectType): string {
    const parts: string[] = [];
    for (const f of Object.values(type.getFields())) {
        if (f.args.some((a) => isNonNullType(a.type))) continue;
        const t = unwrap(f.type);
        if (isScalarType(t) || isEnumType(t)) parts.push(f.name);
        else if (isObjectType(t) && t.getFields().id && isListType(isNonNullType(f.type) ? f.type.ofType : f.type) && !f.name.endsWith("Connection")) parts.push(`${f.name} { id }`);
    }
    return parts.join(" ");
}

async function read(schema: GraphQLSchema, readField: GraphQLField<unknown, unknown>, type: GraphQLObjectType, where: unknown, ctx: Context): Promise<State[]> {
    const whereArg = readField.args.find((a) => a.name === "where");
    if (!whereArg) return [];
    const document = parse(`query AuditState($where: ${String(whereArg.type)}) { items: ${readField.name}(where: $where) { ${selection(type)} } }`);
    const res = await execute({ schema, document, variableValues: { where }, contextValue: ctx });
    if (res.errors?.length) throw res.errors[0]!.originalError ?? res.errors[0]!;
    return ((res.data as { items?: State[] } | null)?.items ?? []) as State[];
}

export async function captureBefore(schema: GraphQLSchema, fields: FieldNode[], variables: Record<string, unknown>, ctx: Context): Promise<Captured> {
    const captured: Captured = { readFields: new Map(), before: new Map() };
    const mutation = schema.getMutationType();
    for (const node of fields) {
        const target = readFieldFor(schema, node.name.value);
        const def = mutation?.getFields()[node.name.value];
        if (!target || !def) continue;
        captured.readFields.set(target.type.name, target.read.name);
        if (target.verb === "create") continue;
        const args = getArgumentValues(def, node, variables);
        const states = await read(schema, target.read, target.type, args.where ?? {}, ctx);
        const byId = captured.before.get(target.type.name) ?? new Map<string, State>();
        for (const s of states) byId.set(String(s.id), s);
        captured.before.set(target.type.name, byId);
    }
    return captured;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function captureAfter(schema: GraphQLSchema, _fields: FieldNode[], captured: Captured | undefined, ctx: Context): Promise<{ created: NodeChange[]; updated: NodeChange[]; deleted: NodeChange[] }> {
    const out = { created: [] as NodeChange[], updated: [] as NodeChange[], deleted: [] as NodeChange[] };
    if (!captured) return out;
    for (const [typeName, readName] of captured.readFields) {
        const readField = schema.getQueryType()!.getFields()[readName]!;
        const type = schema.getType(typeName) as GraphQLObjectType;
        const before = captured.before.get(typeName) ?? new Map<string, State>();
        const stamped = type.getFields().lastChange ? await read(schema, readField, type, { lastChange: { eq: ctx.audit?.changeId } }, ctx) : [];
        const stillThere = before.size ? await read(schema, readField, type, { id: { in: [...before.keys()] } }, ctx) : [];
        const after = new Map<string, State>([...stillThere, ...stamped].map((s) => [String(s.id), s]));
        for (const [id, a] of after) {
            const b = before.get(id);
            if (!b) out.created.push({ type: typeName, id, after: a });
            else if (!same(b, a)) out.updated.push({ type: typeName, id, before: b, after: a });
        }
        for (const [id, b] of before) if (!after.has(id)) out.deleted.push({ type: typeName, id, before: b });
    }
    return out;
}
