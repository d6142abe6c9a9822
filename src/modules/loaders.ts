// Per-request DataLoaders: fields that resolve per parent batch their keys into one named query.
import DataLoader from "dataloader";
import type { Db } from "../db/run.js";
import type { Snapshot, SnapshotConnectionCount } from "../__generated__/resolvers-types.js";

export interface AgencyUsage {
    key: string;
    transactions: number | null;
    rank: number | null;
}

const SNAPSHOT_ORDER: Snapshot[] = ["Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"];

export function createLoaders(db: Db) {
    return {
        ndxpTransactions: new DataLoader<string, number | null>(async (keys) => {
            const rows = await db.run<AgencyUsage>("agency/transactions-by-agency", { keys: [...keys] });
            const byKey = new Map(rows.map((r) => [r.key, r.transactions]));
            return keys.map((k) => byKey.get(k) ?? null);
        }),
        connectionCounts: new DataLoader<string, SnapshotConnectionCount[]>(async (keys) => {
            const rows = await db.run<SnapshotConnectionCount & { key: string }>("agency/connection-counts", { keys: [...keys] });
            return keys.map((k) =>
                rows
                    .filter((r) => r.key === k)
                    .map(({ snapshot, assets, official }) => ({ snapshot, assets, official }))
                    .sort((a, b) => SNAPSHOT_ORDER.indexOf(a.snapshot) - SNAPSHOT_ORDER.indexOf(b.snapshot)),
            );
        }),
    };
}

export type Loaders = ReturnType<typeof createLoaders>;
