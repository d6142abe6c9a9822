// The headline questions of the benchmarks, each as GraphQL and as the Cypher the API runs for it,
// on the seed graph and on the national-scale synthetic graph (bench/run.ts, bench/profile.ts).
import { loadQueries, queryText, type QueryName } from "../src/db/queries.js";
import { luceneQuery } from "../src/kernel/names.js";

export interface Question {
    name: string;
    graphql: string;
    cypher: { text: string; params: Record<string, unknown> };
}

const Q = loadQueries();
/** A named query with its parameters; those a row does not give (`asOf`, `knownAt`…) are null, as the API sends them. */
const named = (n: QueryName, params: Record<string, unknown>) => {
    const text = queryText(Q, n);
    const all = Object.fromEntries([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1]!, null]));
    return { text, params: { ...all, ...params } };
};
/** The day the as-of rows ask about: after the June 2023 snapshot, before the 2024 one. */
const AS_OF = "2023-07-01";
const ALL_SNAPSHOTS = ["Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"];
const LIST_CYPHER = `MATCH (a:Agency) WHERE a.kind = $kind AND a.era = 2023 WITH a ORDER BY a.sortName ASC SKIP 20 LIMIT 20 RETURN a { .id, .name, .kind } AS a`;

export function questions(scale: "seed" | "national"): Question[] {
    const s = scale === "seed";
    const asset = s ? "asset:001:2" : "syn:asset:7";
    const tier = s ? "PROVINCE" : "COMMUNE";
    const agency = s ? "province:da-nang" : "syn:commune:1234";
    const search = s ? "da nang" : "xa binh hoa";
    return [
        // The floor: what one request costs each layer when the question costs nothing.
        { name: "floor (RETURN 1 / __typename)", graphql: "{ __typename }", cypher: { text: "RETURN 1", params: {} } },
        { name: "coverageGaps", graphql: `{ coverageGaps(asset: "${asset}", tier: ${tier}, status: OFFICIAL, snapshot: Y2022) { checked gaps { id has { snapshot } } } }`, cypher: named("coverage/coverage-gaps", { assetId: asset, kinds: [tier], snapshots: ["Y2022"], statuses: ["OFFICIAL"], offset: 0, end: 2 ** 31 - 1 }) },
        // What a frontend asks for: the first page of gaps, with the total.
        { name: "coverageGaps (first 100)", graphql: `{ coverageGaps(asset: "${asset}", tier: ${tier}, status: OFFICIAL, snapshot: Y2022, limit: 100) { checked total gaps { id has { snapshot } } } }`, cypher: named("coverage/coverage-gaps", { assetId: asset, kinds: [tier], snapshots: ["Y2022"], statuses: ["OFFICIAL"], offset: 0, end: 100 }) },
        // The whole grid as the explorer asks for it (until 2026-12-01 evening: `rows { id cells { state } }`;
        // the first-20-rows row below keeps that form).
        { name: "connectionMatrix", graphql: `{ connectionMatrix(tier: ${s ? "MINISTRY_OR_AGENCY" : "PROVINCE"}) { assets { id total2022 } rows { id states } } }`, cypher: named("coverage/connection-matrix", { kinds: s ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"], assetIds: [], offset: 0, limit: null }) },
        { name: "connectionMatrix (first 20 rows)", graphql: `{ connectionMatrix(tier: ${s ? "MINISTRY_OR_AGENCY" : "PROVINCE"}, limit: 20) { totalRows rows { id cells { state } } } }`, cypher: named("coverage/connection-matrix", { kinds: s ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"], assetIds: [], offset: 0, limit: 20 }) },
        // The compact form a grid frontend asks for: each row's states as one enum list (MatrixRow.states).
        { name: "connectionMatrix (first 20 rows, states)", graphql: `{ connectionMatrix(tier: ${s ? "MINISTRY_OR_AGENCY" : "PROVINCE"}, limit: 20) { totalRows assets { id total2022 } rows { id states } } }`, cypher: named("coverage/connection-matrix", { kinds: s ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"], assetIds: [], offset: 0, limit: 20 }) },
        { name: "assetImpact (first 100 agencies)", graphql: `{ assetImpact(asset: "${asset}") { totalTransactions services { id } connectedAgencyCount connectedAgencies(limit: 100) { id } dependents { id } } }`, cypher: named("impact/asset-impact", { assetId: asset, depth: 2, agencyOffset: 0, agencyLimit: 100 }) },
        { name: "assetImpact", graphql: `{ assetImpact(asset: "${asset}") { totalTransactions services { id } connectedAgencies { id } dependents { id } } }`, cypher: named("impact/asset-impact", { assetId: asset, depth: 2, agencyOffset: 0, agencyLimit: null }) },
        { name: "agencyDependencies", graphql: `{ agencyDependencies(agency: "${agency}") { assets { id facts { snapshot } services { id } } } }`, cypher: named("impact/agency-dependencies", { agencyId: agency }) },
        // As of a day (issue 30): the same questions answered from the links valid on AS_OF; target within 1.5× the rows above.
        { name: "coverageGaps (first 100, asOf)", graphql: `{ coverageGaps(asset: "${asset}", tier: ${tier}, status: ANY, asOf: "${AS_OF}", limit: 100) { checked total gaps { id } } }`, cypher: named("coverage/coverage-gaps", { assetId: asset, kinds: [tier], snapshots: ALL_SNAPSHOTS, statuses: ["OFFICIAL", "OFFICIAL_OR_TECHNICAL", "TECHNICAL"], asOf: AS_OF, offset: 0, end: 100 }) },
        { name: "coverageGaps (first 100, any)", graphql: `{ coverageGaps(asset: "${asset}", tier: ${tier}, status: ANY, limit: 100) { checked total gaps { id } } }`, cypher: named("coverage/coverage-gaps", { assetId: asset, kinds: [tier], snapshots: ALL_SNAPSHOTS, statuses: ["OFFICIAL", "OFFICIAL_OR_TECHNICAL", "TECHNICAL"], offset: 0, end: 100 }) },
        { name: "connectionMatrix (first 20 rows, states, asOf)", graphql: `{ connectionMatrix(tier: ${s ? "MINISTRY_OR_AGENCY" : "PROVINCE"}, limit: 20, asOf: "${AS_OF}") { totalRows assets { id total2022 } rows { id states } } }`, cypher: named("coverage/connection-matrix", { kinds: s ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"], assetIds: [], asOf: AS_OF, offset: 0, limit: 20 }) },
        { name: "assetImpact (first 100 agencies, asOf)", graphql: `{ assetImpact(asset: "${asset}", asOf: "${AS_OF}") { totalTransactions services { id } connectedAgencyCount connectedAgencies(limit: 100) { id } dependents { id } } }`, cypher: named("impact/asset-impact", { assetId: asset, depth: 2, asOf: AS_OF, agencyOffset: 0, agencyLimit: 100 }) },
        { name: "agencyDependencies (asOf)", graphql: `{ agencyDependencies(agency: "${agency}", asOf: "${AS_OF}") { assets { id facts { snapshot } services { id } } } }`, cypher: named("impact/agency-dependencies", { agencyId: agency, asOf: AS_OF }) },
        { name: "search", graphql: `{ search(text: "${search}", limit: 10) { id } }`, cypher: named("lookup/search", { query: luceneQuery(search), limit: 30, labels: null, era: null }) },
        { name: "generatedList", graphql: `{ agencies(where: { kind: { eq: ${tier} }, era: { eq: 2023 } }, sort: [{ sortName: ASC }], limit: 20, offset: 20) { id name kind } }`, cypher: { text: LIST_CYPHER, params: { kind: tier } } },
    ];
}
