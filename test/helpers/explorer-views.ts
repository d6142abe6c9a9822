// The explorer's views, each with the link that opens it (test/e2e/explorer.e2e.test.ts walks them all).
/** One entry per view: the link that opens it with a meaningful input. */
export const VIEWS: [string, string][] = [
    ["explore", "#/explore?node=asset:001:2&open=asset:001:2~PROVIDED_BY~IN,asset:001:2~CONNECTED_TO~IN"],
    ["paths", "#/paths?from=province:da-nang&to=asset:001:2"],
    ["matrix", "#/matrix?tier=PROVINCE"],
    ["gaps", "#/gaps?asset=asset:001:2&tier=PROVINCE&status=OFFICIAL&snapshot=Y2022"],
    ["impact", "#/impact?asset=asset:001:2"],
    ["agency", "#/agency?q=da%20nang&id=province:da-nang"],
    ["usage", "#/usage?tier=PROVINCE"],
    ["kinds", "#/kinds?tab=heatmap&tier=PROVINCE"],
    ["targets", "#/targets"],
    ["missing", "#/missing"],
    ["changes", "#/changes?tier=PROVINCE"],
    ["quality", "#/quality"],
];
