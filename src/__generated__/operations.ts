/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of public body an agency is. */
export type AgencyKind =
  /** A provincial department (Sở …), part of a province. */
  | 'DEPARTMENT'
  /** A state-owned or private enterprise. */
  | 'ENTERPRISE'
  /** A ministry-level or government agency (cơ quan ngang bộ / thuộc Chính phủ), e.g. Vietnam Social Security. */
  | 'GOVERNMENT_AGENCY'
  /** A ministry (bộ). */
  | 'MINISTRY'
  /** Any other body named in the reports. */
  | 'OTHER'
  /** A province or centrally-run city (tỉnh / thành phố trực thuộc TW). */
  | 'PROVINCE';

/** How an agency stands with an asset across the two snapshots (a heatmap cell). */
export type CellState =
  /** Official in 2022 and listed in June 2023. */
  | 'BOTH'
  /** Listed in June 2023 only (official or technical). */
  | 'JUNE_2023_ONLY'
  /** Not connected in either snapshot. */
  | 'NONE'
  /** Official in 2022 only (absent in June 2023: see the audit). */
  | 'OFFICIAL_2022_ONLY';

/** How a connection changed between two snapshots. */
export type ChangeKind =
  /** Listed in the later snapshot only. */
  | 'ADDED'
  /** Listed in both; the statuses cannot be ranked (the June 2023 column mixes official and technical). */
  | 'CONTINUED'
  /** Listed in both with a weaker status later. */
  | 'DOWNGRADED'
  /** Listed in the earlier snapshot only. */
  | 'DROPPED'
  /** Listed in both with a stronger status later. */
  | 'UPGRADED';

/** The status a report column asserts for the connections it lists. */
export type ConnectionStatus =
  /** In production with regular traffic (kết nối chính thức). */
  | 'OFFICIAL'
  /** Official or technical (test environment or negligible traffic); the June 2023 column does not tell which. */
  | 'OFFICIAL_OR_TECHNICAL'
  /** Technical only: a test environment or negligible traffic (imported snapshots may say so). */
  | 'TECHNICAL';

/** Kinds of inconsistency the audit reports. */
export type FindingKind =
  /** The same measure differs between two documents of different dates (a snapshot, shown for context). */
  | 'DATED_DIFFERENCE'
  /** The same figure differs between two tables. */
  | 'FIGURE_DIFFERS'
  /** A row split by a page break was joined (shown so the repair can be checked). */
  | 'LAYOUT_REPAIR'
  /** Numbering inside a table is not continuous. */
  | 'NUMBERING_GAP'
  /** A connection official in 2022 is absent from the June 2023 column. */
  | 'OFFICIAL_2022_ABSENT_2023'
  /** A ranked table is not in descending order of its values. */
  | 'RANKING_ORDER'
  /** A stated count differs from the number of names listed beside it. */
  | 'STATED_VS_LISTED'
  /** A count in the text differs from the rows of the appendix. */
  | 'TEXT_VS_APPENDIX'
  /** Parts do not add up to the stated total. */
  | 'TOTAL_MISMATCH';

/** Which report column a connection comes from. */
export type Snapshot =
  /** 001 Phụ lục 2, column 1: connections as of June 2023 (official and technical together). */
  | 'JUNE_2023'
  /** 001 Phụ lục 2, column 2: connections in 2022 (official only). */
  | 'Y2022'
  /** Connections at the end of 2023 (reserved for imported snapshots; no report holds it yet). */
  | 'Y2023'
  /** Connections at the end of 2024 (reserved for imported snapshots). */
  | 'Y2024'
  /** Connections at the end of 2025 (reserved for imported snapshots). */
  | 'Y2025';

export type AgenciesByKindQueryVariables = Exact<{
  kind?: AgencyKind;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type AgenciesByKindQuery = { agencies: Array<{ id: string, name: string, kind: AgencyKind, aliases: Array<string> }> };

export type PopulationOfficialGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type PopulationOfficialGapsQuery = { coverageGaps: { assetName: string, checked: number, gaps: Array<{ name: string, ndxpTransactions: number | null, has: Array<{ snapshot: Snapshot, status: ConnectionStatus, locator: string }> }> } };

export type PopulationNoLinkQueryVariables = Exact<{ [key: string]: never; }>;


export type PopulationNoLinkQuery = { coverageGaps: { gaps: Array<{ name: string }> } };

export type PopulationImpactQueryVariables = Exact<{ [key: string]: never; }>;


export type PopulationImpactQuery = { assetImpact: { name: string, totalTransactions: number, services: Array<{ number: number, name: string, transactions: number, errorRatePercent: number }>, dependents: Array<{ id: string, name: string, depth: number, via: Array<string> }> } };

export type DaNangDependenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type DaNangDependenciesQuery = { agencyDependencies: { name: string, assets: Array<{ number: number | null, name: string, facts: Array<{ snapshot: Snapshot, status: ConnectionStatus }>, services: Array<{ number: number, errorRatePercent: number }> }> } };

export type ProvinceSnapshotDiffQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceSnapshotDiffQuery = { snapshotDiff: { counts: Array<{ change: ChangeKind, count: number }>, changes: Array<{ agencyName: string, assetName: string, change: ChangeKind }> } };

export type MinistryMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryMatrixQuery = { connectionMatrix: { assets: Array<{ number: number | null, code: string | null, total2022: number, totalJune2023: number }>, rows: Array<{ name: string, total2022: number, totalJune2023: number, cells: Array<{ assetId: string, state: CellState }> }> } };

export type DuplicatesQueryVariables = Exact<{ [key: string]: never; }>;


export type DuplicatesQuery = { duplicateCandidates: { rule: string, candidates: Array<{ datasetName: string, departmentName: string, databaseName: string, score: number, reason: string }> } };

export type MissingQueryVariables = Exact<{ [key: string]: never; }>;


export type MissingQuery = { missingPieces: { withoutCatalogue: Array<{ name: string }>, withoutOpenDataPlan: Array<{ name: string }>, databasesWithoutStandard: Array<{ name: string }> } };

export type TargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetsQuery = { targetProgress: Array<{ number: number, targetPercent: number, reportedPercent: number | null, computedPercent: number | null, listedAgencies: number, evidence: Array<{ title: string, statedCount: number | null, listedCount: number, disagrees: boolean }> }> };

export type SearchDaNangQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchDaNangQuery = { search: Array<{ id: string, type: string, name: string }> };

export type AuditQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditQuery = { auditFindings: Array<{ kind: FindingKind, message: string, citesConnection: { edges: Array<{ properties: { documentId: string, section: string, locator: string, text: string | null } }> } }> };


export const AgenciesByKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgenciesByKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}},"defaultValue":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sortName"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<AgenciesByKindQuery, AgenciesByKindQueryVariables>;
export const PopulationOfficialGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PopulationOfficialGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asset"},"value":{"kind":"StringValue","value":"Cơ sở dữ liệu quốc gia về dân cư","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OFFICIAL"}},{"kind":"Argument","name":{"kind":"Name","value":"snapshot"},"value":{"kind":"EnumValue","value":"Y2022"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetName"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ndxpTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"has"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PopulationOfficialGapsQuery, PopulationOfficialGapsQueryVariables>;
export const PopulationNoLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PopulationNoLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asset"},"value":{"kind":"StringValue","value":"asset:001:2","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ANY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PopulationNoLinkQuery, PopulationNoLinkQueryVariables>;
export const PopulationImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PopulationImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asset"},"value":{"kind":"StringValue","value":"CSDLQG về dân cư","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"via"}}]}}]}}]}}]} as unknown as DocumentNode<PopulationImpactQuery, PopulationImpactQueryVariables>;
export const DaNangDependenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DaNangDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyDependencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"StringValue","value":"da nang","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DaNangDependenciesQuery, DaNangDependenciesQueryVariables>;
export const ProvinceSnapshotDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceSnapshotDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"EnumValue","value":"Y2022"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"JUNE_2023"}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"EnumValue","value":"PROVINCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"assetName"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceSnapshotDiffQuery, ProvinceSnapshotDiffQueryVariables>;
export const MinistryMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinistryMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"EnumValue","value":"MINISTRY_OR_AGENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"total2022"}},{"kind":"Field","name":{"kind":"Name","value":"totalJune2023"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total2022"}},{"kind":"Field","name":{"kind":"Name","value":"totalJune2023"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MinistryMatrixQuery, MinistryMatrixQueryVariables>;
export const DuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"databaseName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<DuplicatesQuery, DuplicatesQueryVariables>;
export const MissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingPieces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MINISTRY_OR_AGENCY"},{"kind":"EnumValue","value":"PROVINCE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withoutCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutOpenDataPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"databasesWithoutStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MissingQuery, MissingQueryVariables>;
export const TargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reportedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"computedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listedAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statedCount"}},{"kind":"Field","name":{"kind":"Name","value":"listedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disagrees"}}]}}]}}]}}]} as unknown as DocumentNode<TargetsQuery, TargetsQueryVariables>;
export const SearchDaNangDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDaNang"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"da nang","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchDaNangQuery, SearchDaNangQueryVariables>;
export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"citesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"ASC"}}]}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;