// What a resolver hands its type's field resolvers when that differs from the GraphQL type (codegen.ts
// `mappers`): AssetImpact carries the page of agencies it fetched and which page that is. Generated
// types point here, so this file imports nothing generated (the kernel's vocabulary only).
import type { Snapshot } from "../../kernel/era.js";
import type { AgencyKind } from "../../kernel/tier.js";
import type { Page } from "../../kernel/paging.js";

/** An agency connected to the asset, as cypher/impact/asset-impact.cypher returns it. */
export interface ConnectedAgencyRow {
    id: string;
    name: string;
    kind: AgencyKind;
    snapshots: Snapshot[];
}

export interface AssetImpactParent {
    asOf: string | null;
    id: string;
    name: string;
    /** Resolved by default field resolvers, in the shape the Cypher gives them. */
    services: unknown[];
    dependents: unknown[];
    totalTransactions: number;
    connectedAgencyCount: number;
    connectedAgencies: { window: Page; items: ConnectedAgencyRow[] };
}
