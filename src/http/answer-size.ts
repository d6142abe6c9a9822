// An answer whose size would pass the bound is refused before it is built. Lists multiply: a document
// asking for agencies → their assets → those assets' agencies → … can ask for far more values than any
// page needs (millions at national scale), and every one of them would be built in the API's heap. Once
// the operation and its variables are known, each field's count is bounded by its page (a `limit` or
// `first` argument, else the type's largest page) times the counts of the lists around it; the sum over
// the fields asked for must stay within MAX_ANSWER_VALUES. Lists of custom answers without a page of
// their own are bounded by the data and by the database layer's answer bound (src/db/errors.ts).
import type { ApolloServerPlugin } from "@apollo/server";
import {
    GraphQLError,
    getNamedType,
    isListType,
    isNonNullType,
    isObjectType,
    isInterfaceType,
    Kind,
    type FragmentDefinitionNode,
    type GraphQLField,
    type GraphQLNamedType,
    type GraphQLOutputType,
    type GraphQLSchema,
    type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values.js";
import { PAGE_BOUNDS } from "../kernel/paging.js";

export const ANSWER_VALUES_BOUND = {
    /** Most values (fields of every row of every list) one answer may hold. */
    maxValues: 1_000_000,
    /** A list of graph nodes at the top of the answer without `limit`: the types' largest page (@limit(max: 1000)). */
    topListPage: 1000,
    /** A list nested inside another without a page of its own (an agency's assets): counted at this many. */
    nestedListPage: 100,
} as const;

const isList = (t: GraphQLOutputType): boolean => isListType(t) || (isNonNullType(t) && isListType(t.ofType));

/** How many items a list field may return, from its page arguments. */
function listBound(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, nested: boolean): number {
    const page = (args.limit ?? args.first) as number | null | undefined;
    if (typeof page === "number") return Math.max(0, page);
    // Nodes picked by id (unique by constraint): one, or as many as the ids named.
    const id = (args.where as { id?: { eq?: unknown; in?: unknown } } | undefined)?.id;
    if (id?.eq != null) return 1;
    if (Array.isArray(id?.in)) return id.in.length;
    const paged = field.args.some((a) => a.name === "limit" || a.name === "first");
    // A list without page arguments is part of a custom answer, bounded by the data (and the database
    // layer's bound); counted once.
    if (!paged) return 1;
    if (nested) return ANSWER_VALUES_BOUND.nestedListPage;
    // A custom question's `limit` omitted asks for its whole list (at most a page of the paging rule);
    // a generated list of nodes gets its type's largest page.
    return field.args.some((a) => a.name === "where") ? ANSWER_VALUES_BOUND.topListPage : PAGE_BOUNDS.maxLimit;
}

/** Most values the selection can return, `times` over. */
export function estimateValues(
    schema: GraphQLSchema,
    type: GraphQLNamedType,
    set: SelectionSetNode,
    variables: Record<string, unknown>,
    fragments: Record<string, FragmentDefinitionNode>,
    times = 1,
    depth = 0,
): number {
    if (depth > 20 || times === 0) return 0;
    let total = 0;
    for (const sel of set.selections) {
        if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
            const frag = sel.kind === Kind.FRAGMENT_SPREAD ? fragments[sel.name.value] : sel;
            if (!frag) continue;
            const on = frag.typeCondition ? schema.getType(frag.typeCondition.name.value) : type;
            if (on) total += estimateValues(schema, on, frag.selectionSet, variables, fragments, times, depth + 1);
            continue;
        }
        if (!(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[sel.name.value];
        if (!field) continue; // __typename, or an unknown field that validation has refused
        let n = times;
        if (isList(field.type)) {
            let args: Record<string, unknown> = {};
            try {
                args = getArgumentValues(field, sel, variables);
            } catch {
                // A bad argument is reported by execution itself.
            }
            n *= listBound(field, args, depth > 0);
        }
        total += sel.selectionSet ? estimateValues(schema, getNamedType(field.type), sel.selectionSet, variables, fragments, n, depth + 1) : n;
        if (total > ANSWER_VALUES_BOUND.maxValues * 1000) return total; // far past the bound: stop counting
    }
    return total;
}

export function answerSizePlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ operation, document, request, schema }) {
                    if (!operation) return;
                    const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : undefined;
                    if (!root) return;
                    const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
                    const values = estimateValues(schema, root, operation.selectionSet, request.variables ?? {}, fragments);
                    if (values > ANSWER_VALUES_BOUND.maxValues) {
                        throw new GraphQLError(
                            `this query could return up to ${Math.round(values).toLocaleString("en-US")} values, more than the ${ANSWER_VALUES_BOUND.maxValues.toLocaleString("en-US")} one answer may hold (lists multiply: a list without limit counts as ${ANSWER_VALUES_BOUND.topListPage.toLocaleString("en-US")} at the top and ${ANSWER_VALUES_BOUND.nestedListPage} inside another); ask for pages with limit and offset (e.g. limit: 100), or fewer nested lists`,
                            { extensions: { code: "ANSWER_TOO_LARGE", bound: ANSWER_VALUES_BOUND.maxValues, estimated: Math.round(values), http: { status: 400 } } },
                        );
                    }
                },
            };
        },
    };
}
