// What a resolver hands its type's field resolvers when that differs from the GraphQL type (codegen.ts
// `mappers`): AssetImpact carries the page of agencies it fetched and which page that is.
import type { AssetImpact, ConnectedAgency } from "../__generated__/resolvers-types.js";
import type { Window } from "./field-window.js";

export type AssetImpactParent = Omit<AssetImpact, "connectedAgencies"> & { connectedAgencies: { window: Window; items: ConnectedAgency[] } };
