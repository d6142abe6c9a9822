// Per-request DataLoaders: fields that resolve per parent batch their keys into one named query.
import DataLoader from "dataloader";
import type { Db } from "../db/run.js";

export interface AgencyUsage {
    key: string;
    transactions: number | null;
    rank: number | null;
}

export function createLoaders(db: Db) {
    return {
        ndxpTransactions: new DataLoader<string, number | null>(async (keys) => {
            const rows = await db.run<AgencyUsage>("agency/transactions-by-agency", { keys: [...keys] });
            const byKey = new Map(rows.map((r) => [r.key, r.transactions]));
            return keys.map((k) => byKey.get(k) ?? null);
        }),
    };
}

export type Loaders = ReturnType<typeof createLoaders>;
