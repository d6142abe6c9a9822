// asksFor (src/modules/usage/asked.ts): whether the document asks for a field below the one resolved —
// through aliases, fragments and inline fragments — so declaredVsObserved reads the page's duration
// histograms only when they are asked for; outside GraphQL (no info) everything counts as asked.
import { describe, expect, it } from "vitest";
import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from "graphql";
import { asksFor } from "../../src/modules/usage/asked.js";

/** The resolve info of the document's first root field, as graphql-js gives it (the parts asksFor reads). */
function infoOf(document: string): GraphQLResolveInfo {
    const doc = parse(document);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

const DURATIONS = ["pairs", "observed", "durations"];

describe("asksFor", () => {
    it("finds a field along its path, through aliases, fragments and inline fragments", () => {
        expect(asksFor(infoOf(`{ declaredVsObserved { pairs { observed { total durations { p99Ms } } } } }`), DURATIONS)).toBe(true);
        expect(asksFor(infoOf(`{ d: declaredVsObserved { p: pairs { o: observed { d: durations { p50Ms } } } } }`), DURATIONS)).toBe(true);
        expect(asksFor(infoOf(`query { declaredVsObserved { ...Page } } fragment Page on DeclaredVsObserved { pairs { observed { ...T } } } fragment T on UsageTotals { durations { samples } }`), DURATIONS)).toBe(true);
        expect(asksFor(infoOf(`{ declaredVsObserved { ... on DeclaredVsObserved { pairs { observed { durations { p95Ms } } } } } }`), DURATIONS)).toBe(true);
        expect(asksFor(infoOf(`{ declaredVsObserved { total pairs { agencyId } } }`), ["pairs", "agencyId"])).toBe(true);
    });

    it("says no when the path stops short or runs elsewhere", () => {
        expect(asksFor(infoOf(`{ declaredVsObserved { pairs { observed { total } } } }`), DURATIONS)).toBe(false);
        expect(asksFor(infoOf(`{ declaredVsObserved { total trafficWithoutProvider { durations { p99Ms } } } }`), DURATIONS)).toBe(false);
        expect(asksFor(infoOf(`query { declaredVsObserved { ...Page } } fragment Page on DeclaredVsObserved { pairs { months { total } } }`), DURATIONS)).toBe(false);
    });

    it("outside GraphQL (no info), everything is asked", () => {
        expect(asksFor(undefined, DURATIONS)).toBe(true);
    });
});
