// The two administrative maps: the reports' 2023 units, and the 2025 units (provinces merged from
// 1 July 2025, ministries restructured from 1 March 2025). The GraphQL enum Era (schema/base.graphql)
// has these values; the graph stores the year on each agency.
export type Era = "E2023" | "E2025";

export const ERA = { E2023: 2023, E2025: 2025 } as const satisfies Record<Era, number>;

/** The columns of connection snapshots (the GraphQL enum Snapshot): 001's 2022 and June 2023 columns, and later imports. */
export type Snapshot = "Y2022" | "JUNE_2023" | "Y2023" | "Y2024" | "Y2025";

/** The last day of the year a snapshot names (Y2024 → 2024-12-31): an imported snapshot's valid day. */
export function snapshotYearEnd(snapshot: string): string {
    const year = /(\d{4})$/.exec(snapshot)?.[1];
    if (!year) throw new Error(`snapshot ${snapshot} names no year`);
    return `${year}-12-31`;
}
