/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of public body an agency is. */
export type AgencyKind =
  /** A commune-level unit (xã, phường, thị trấn), part of a district. None in the 2023 reports; for fuller loads. */
  | 'COMMUNE'
  /** A provincial department (Sở …), part of a province. */
  | 'DEPARTMENT'
  /** A district-level unit (huyện, quận, thị xã), part of a province. None in the 2023 reports; for fuller loads. */
  | 'DISTRICT'
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

/** What a printed list of agencies records. */
export type AgencyListKind =
  /** Agencies that published a shared-database catalogue (danh mục CSDL dùng chung). */
  | 'CATALOGUE_PUBLISHED'
  /** Agencies that issued an open-data plan. */
  | 'OPEN_DATA_PLAN'
  /** Agencies that provide open data. */
  | 'OPEN_DATA_PROVIDER'
  /** Agencies listed as having reached a Decision 17 target (000 §5). */
  | 'TARGET_PROGRESS';

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

/** How many of a 2025 unit's 2023 parts meet a requirement. */
export type Coverage =
  /** Every part does. */
  | 'FULL'
  /** No part does. */
  | 'NONE'
  /** Some parts do. */
  | 'PARTIAL';

/** Which administrative map a question is asked against. */
export type Era =
  /** The 63 provinces and the ministries of the 2023 reports. */
  | 'E2023'
  /** The 34 provinces of 1 July 2025 and the ministries after 1 March 2025; 2023 facts are rolled up to them. */
  | 'E2025';

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

/** How a declared link compares with the traffic on it. */
export type LinkClass =
  /** The declaration and the traffic agree (official with regular traffic, or technical without it). */
  | 'CONSISTENT'
  /** Declared official (in production, regular exchanges, per 001's definition) but without regular traffic. */
  | 'OFFICIAL_WITHOUT_REGULAR_TRAFFIC'
  /** Declared, never as official (technical, or the June 2023 column that mixes both), yet in regular use: a candidate for official status. */
  | 'TECHNICAL_IN_REGULAR_USE'
  /** Traffic between the agency and the asset's services with no link declared in any snapshot. */
  | 'TRAFFIC_WITHOUT_DECLARED_LINK'
  /** The reports cannot tell (REPORTED basis: an agency's total is not split by asset). */
  | 'UNDETERMINED';

/** How strong a link a question requires. */
export type RequiredStatus =
  /** Any connection, official or technical. */
  | 'ANY'
  /** An official connection (only the 2022 column asserts official links). */
  | 'OFFICIAL';

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

/** Which agencies a question covers. */
export type Tier =
  /** Commune-level units. */
  | 'COMMUNE'
  /** Provincial departments. */
  | 'DEPARTMENT'
  /** District-level units. */
  | 'DISTRICT'
  /** Enterprises. */
  | 'ENTERPRISE'
  /** Ministries (bộ). */
  | 'MINISTRY'
  /** Ministries and ministry-level/government agencies together (the 31 of 001 Phụ lục 2 §I). */
  | 'MINISTRY_OR_AGENCY'
  /** Provinces and centrally-run cities. */
  | 'PROVINCE';

/** Where a usage answer's figures come from. */
export type UsageBasis =
  /** Imported usage files (operational-monitoring logs, aggregate CSVs): exchanges as observed. */
  | 'OBSERVED'
  /** No usage imported for the period asked: the reports' own figures (001 Phụ lục 3 per service, Phụ lục 4 per agency). */
  | 'REPORTED';

/** The format of an imported usage file. */
export type UsageFormat =
  /** Monthly counts per consumer and service: month,consumer,service,successful,failed. */
  | 'AGGREGATE_CSV'
  /** X-Road operational-monitoring records (PR-OPMON) as JSON Lines, with a mapping file. */
  | 'OPMON_JSONL';

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

export type InsuranceCardConsumersQueryVariables = Exact<{ [key: string]: never; }>;


export type InsuranceCardConsumersQuery = { serviceConsumers: { number: number | null, name: string, providerName: string | null, basis: UsageBasis, note: string, totalConsumers: number, reported: { transactions: number, errorRatePercent: number, section: string, locator: string } | null, observed: { total: number, errorRatePercent: number | null, durations: { p50Ms: number, p99Ms: number } | null }, months: Array<{ month: string, total: number, errorRatePercent: number | null, coverage: number }>, consumers: Array<{ name: string, sharePercent: number, observed: { total: number, errorRatePercent: number | null } }> } };

export type DaNangConsumptionQueryVariables = Exact<{ [key: string]: never; }>;


export type DaNangConsumptionQuery = { consumedServices: { name: string, basis: UsageBasis, reported: { transactions: number | null }, observed: { total: number, errorRatePercent: number | null }, services: Array<{ number: number | null, name: string, observed: { total: number, errorRatePercent: number | null }, months: Array<{ month: string, total: number }> }> } };

export type MinistriesDeclaredVsObservedQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistriesDeclaredVsObservedQuery = { declaredVsObserved: { basis: UsageBasis, note: string, rule: string, total: number, counts: Array<{ class: LinkClass, count: number }>, pairs: Array<{ agencyName: string, assetNumber: number | null, class: LinkClass, reason: string }> } };

export type CriticalityQueryVariables = Exact<{ [key: string]: never; }>;


export type CriticalityQuery = { criticality: { basis: UsageBasis, rule: string, assets: Array<{ rank: number, name: string, score: number, services: number, monthlyExchangesLost: number, agenciesCutOff: number, singlePointOfFailure: boolean, parts: Array<{ name: string, value: number, outOf: number, weight: number, points: number }> }> } };

export type UsageImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type UsageImportsQuery = { usageImports: { total: number, imports: Array<{ id: string, file: string, format: UsageFormat, periodFrom: string, periodTo: string, records: number, succeeded: number, failed: number, importedBy: string, importedAt: string }> } };

export type ExplorerAssetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerAssetsQuery = { assets: Array<{ id: string, number: number | null, name: string }> };

export type ExplorerMatrixQueryVariables = Exact<{
  tier: Tier;
  era: Era;
}>;


export type ExplorerMatrixQuery = { connectionMatrix: { assets: Array<{ id: string, number: number | null, code: string | null, name: string, total2022: number, totalJune2023: number }>, rows: Array<{ id: string, name: string, parts: Array<string>, total2022: number, totalJune2023: number, cells: Array<{ assetId: string, state: CellState, y2022: ConnectionStatus | null, june2023: ConnectionStatus | null, y2022Coverage: Coverage | null, june2023Coverage: Coverage | null }> }> } };

export type ExplorerCellSourcesQueryVariables = Exact<{
  agency: string | number;
  asset: string | number;
}>;


export type ExplorerCellSourcesQuery = { agencies: Array<{ name: string, connectedAssetsConnection: { edges: Array<{ properties: { snapshot: Snapshot, status: ConnectionStatus, documentId: string, section: string, locator: string, text: string | null }, node: { name: string } }> } }> };

export type ExplorerGapsQueryVariables = Exact<{
  asset: string;
  tier: Tier;
  status: RequiredStatus;
  snapshot?: Snapshot | null | undefined;
}>;


export type ExplorerGapsQuery = { coverageGaps: { assetName: string, checked: number, gaps: Array<{ id: string, name: string, ndxpTransactions: number | null, has: Array<{ snapshot: Snapshot, status: ConnectionStatus }> }> } };

export type ExplorerImpactQueryVariables = Exact<{
  asset: string;
  depth: number;
}>;


export type ExplorerImpactQuery = { assetImpact: { id: string, name: string, totalTransactions: number, services: Array<{ id: string, number: number, name: string, transactions: number, errorRatePercent: number }>, connectedAgencies: Array<{ id: string, name: string, kind: AgencyKind, snapshots: Array<Snapshot> }>, dependents: Array<{ id: string, name: string, label: string, depth: number, via: Array<string> }> } };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ id: string, type: string, name: string, era: number | null, becameNames: Array<string> }> };

export type ExplorerAgencyQueryVariables = Exact<{
  agency: string;
}>;


export type ExplorerAgencyQuery = { agencyDependencies: { id: string, name: string, assets: Array<{ id: string, number: number | null, name: string, facts: Array<{ snapshot: Snapshot, status: ConnectionStatus }>, services: Array<{ number: number, name: string, errorRatePercent: number }> }> } };

export type ExplorerAgencyDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerAgencyDetailsQuery = { agencies: Array<{ id: string, kind: AgencyKind, aliases: Array<string>, listedIn: Array<{ id: string, title: string, kind: AgencyListKind }>, plans: Array<{ title: string, period: string }>, figures: Array<{ value: number, rank: number | null, sourcesConnection: { edges: Array<{ properties: { section: string } }> } }> }> };

export type ExplorerAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerAuditQuery = { auditFindings: Array<{ id: string, kind: FindingKind, message: string, citesConnection: { edges: Array<{ properties: { documentId: string, section: string, locator: string, text: string | null } }> } }> };


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
export const InsuranceCardConsumersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsuranceCardConsumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConsumers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"StringValue","value":"3","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"durations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalConsumers"}},{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"observed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}}]}}]}}]}}]} as unknown as DocumentNode<InsuranceCardConsumersQuery, InsuranceCardConsumersQueryVariables>;
export const DaNangConsumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DaNangConsumption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumedServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"StringValue","value":"da nang","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"observed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DaNangConsumptionQuery, DaNangConsumptionQueryVariables>;
export const MinistriesDeclaredVsObservedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinistriesDeclaredVsObserved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaredVsObserved"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"EnumValue","value":"MINISTRY_OR_AGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"regular"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"minMonthlyExchanges"},"value":{"kind":"IntValue","value":"100"}},{"kind":"ObjectField","name":{"kind":"Name","value":"minMonthShare"},"value":{"kind":"FloatValue","value":"0.75"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"assetNumber"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<MinistriesDeclaredVsObservedQuery, MinistriesDeclaredVsObservedQueryVariables>;
export const CriticalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Criticality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criticality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyExchangesLost"}},{"kind":"Field","name":{"kind":"Name","value":"agenciesCutOff"}},{"kind":"Field","name":{"kind":"Name","value":"singlePointOfFailure"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriticalityQuery, CriticalityQueryVariables>;
export const UsageImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"imports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UsageImportsQuery, UsageImportsQueryVariables>;
export const ExplorerAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAssets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"IntValue","value":"1"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExplorerAssetsQuery, ExplorerAssetsQueryVariables>;
export const ExplorerMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"era"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Era"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"era"},"value":{"kind":"Variable","name":{"kind":"Name","value":"era"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total2022"}},{"kind":"Field","name":{"kind":"Name","value":"totalJune2023"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"total2022"}},{"kind":"Field","name":{"kind":"Name","value":"totalJune2023"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"y2022"}},{"kind":"Field","name":{"kind":"Name","value":"june2023"}},{"kind":"Field","name":{"kind":"Name","value":"y2022Coverage"}},{"kind":"Field","name":{"kind":"Name","value":"june2023Coverage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerMatrixQuery, ExplorerMatrixQueryVariables>;
export const ExplorerCellSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCellSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAssetsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerCellSourcesQuery, ExplorerCellSourcesQueryVariables>;
export const ExplorerGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequiredStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snapshot"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Snapshot"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"snapshot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snapshot"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetName"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ndxpTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"has"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerGapsQuery, ExplorerGapsQueryVariables>;
export const ExplorerImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectedAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"snapshots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"via"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerImpactQuery, ExplorerImpactQueryVariables>;
export const ExplorerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"era"}},{"kind":"Field","name":{"kind":"Name","value":"becameNames"}}]}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyDependencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"errorRatePercent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAgencyQuery, ExplorerAgencyQueryVariables>;
export const ExplorerAgencyDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAgencyDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"listedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"metric"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"ndxp-transactions","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"sourcesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAgencyDetailsQuery, ExplorerAgencyDetailsQueryVariables>;
export const ExplorerAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"citesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"ASC"}}]}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAuditQuery, ExplorerAuditQueryVariables>;