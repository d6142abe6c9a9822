// The agencies of the graph (schema/agency.graphql): browsed through the generated API; the one custom
// field, connection counts per snapshot, resolves through one batched query per request.
import DataLoader from "dataloader";
import type { Context } from "../../kernel/context.js";
import type { Resolvers, Snapshot, SnapshotConnectionCount } from "../../__generated__/resolvers-types.js";

const SNAPSHOT_ORDER: Snapshot[] = ["Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"];

/** An agency's links per snapshot; every agency of the answer in one query (cypher/agency/connection-counts.cypher). */
const connectionCounts = (ctx: Context, agencyId: string): Promise<SnapshotConnectionCount[]> =>
    ctx.loaders
        .get("agency/connection-counts", (db) =>
            new DataLoader<string, SnapshotConnectionCount[]>(async (keys) => {
                const rows = await db.run<SnapshotConnectionCount & { key: string }>("agency/connection-counts", { keys: [...keys] });
                return keys.map((k) =>
                    rows
                        .filter((r) => r.key === k)
                        .map(({ snapshot, assets, official }) => ({ snapshot, assets, official }))
                        .sort((a, b) => SNAPSHOT_ORDER.indexOf(a.snapshot) - SNAPSHOT_ORDER.indexOf(b.snapshot)),
                );
            }),
        )
        .load(agencyId);

export const agencyResolvers: Resolvers = {
    // @customResolver(requires: "id"): one batched query per request for every agency in the answer.
    Agency: { connectionCounts: (agency, _a, ctx) => connectionCounts(ctx, agency.id) },
};
