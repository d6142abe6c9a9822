// The coverage questions: who lacks a link to an asset (gaps), the tier × asset heatmap (matrix), and
// how links changed between snapshots (diff).
import type { Resolvers } from "../../__generated__/resolvers-types.js";
import { coverageGaps, ndxpTransactions } from "./gaps.js";
import { connectionMatrix } from "./matrix.js";
import { changesBetween, snapshotDiff } from "./diff.js";

export const coverageResolvers: Resolvers = {
    Query: { coverageGaps, connectionMatrix, snapshotDiff, changesBetween },
    // One batched query per request however many gaps there are (DataLoader).
    CoverageGap: { ndxpTransactions: (gap, _a, ctx) => ndxpTransactions(ctx, gap.id) },
};
