import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AgenciesConnection = {
  __typename?: 'AgenciesConnection';
  aggregate: AgencyAggregate;
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type Agency = {
  __typename?: 'Agency';
  /** Every spelling of the name seen in the reports (NFC), canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id, e.g. `province:da-nang`. */
  id: Scalars['ID']['output'];
  /** Kind of body. */
  kind: AgencyKind;
  /** Canonical name in Vietnamese (NFC). */
  name: Scalars['String']['output'];
  /** Data assets this agency owns. */
  ownedAssets: Array<Asset>;
  ownedAssetsConnection: AgencyOwnedAssetsConnection;
  /** The body this one belongs to (a department's province). */
  parent: Array<Agency>;
  parentConnection: AgencyParentConnection;
  /** The reports that name this agency, with the place of each mention. */
  sources: Array<SourceDocument>;
  sourcesConnection: AgencySourcesConnection;
  /** Bodies that belong to this one (a province's departments). */
  units: Array<Agency>;
  unitsConnection: AgencyUnitsConnection;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencyOwnedAssetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencyOwnedAssetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyOwnedAssetsConnectionSort>>;
  where?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencyParentArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencyParentConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyParentConnectionSort>>;
  where?: InputMaybe<AgencyParentConnectionWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySourcesConnectionSort>>;
  where?: InputMaybe<AgencySourcesConnectionWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencyUnitsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * A public body or enterprise named in the reports: a ministry, a province, a provincial department, an enterprise.
 * One real agency is one node, whatever the spelling; every spelling seen is kept in `aliases`.
 */
export type AgencyUnitsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyUnitsConnectionSort>>;
  where?: InputMaybe<AgencyUnitsConnectionWhere>;
};

export type AgencyAgencyParentAggregateSelection = {
  __typename?: 'AgencyAgencyParentAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyAgencyParentEdgeAggregateSelection>;
  node?: Maybe<AgencyAgencyParentNodeAggregateSelection>;
};

export type AgencyAgencyParentEdgeAggregateSelection = {
  __typename?: 'AgencyAgencyParentEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAgencyParentNodeAggregateSelection = {
  __typename?: 'AgencyAgencyParentNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type AgencyAgencyUnitsAggregateSelection = {
  __typename?: 'AgencyAgencyUnitsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyAgencyUnitsEdgeAggregateSelection>;
  node?: Maybe<AgencyAgencyUnitsNodeAggregateSelection>;
};

export type AgencyAgencyUnitsEdgeAggregateSelection = {
  __typename?: 'AgencyAgencyUnitsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAgencyUnitsNodeAggregateSelection = {
  __typename?: 'AgencyAgencyUnitsNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type AgencyAggregate = {
  __typename?: 'AgencyAggregate';
  count: Count;
  node: AgencyAggregateNode;
};

export type AgencyAggregateNode = {
  __typename?: 'AgencyAggregateNode';
  name: StringAggregateSelection;
};

export type AgencyAssetOwnedAssetsAggregateSelection = {
  __typename?: 'AgencyAssetOwnedAssetsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyAssetOwnedAssetsEdgeAggregateSelection>;
  node?: Maybe<AgencyAssetOwnedAssetsNodeAggregateSelection>;
};

export type AgencyAssetOwnedAssetsEdgeAggregateSelection = {
  __typename?: 'AgencyAssetOwnedAssetsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAssetOwnedAssetsNodeAggregateSelection = {
  __typename?: 'AgencyAssetOwnedAssetsNodeAggregateSelection';
  code: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

/** What kind of public body an agency is. */
export type AgencyKind =
  /** A provincial department (Sở …), part of a province. */
  | 'DEPARTMENT'
  /** A state-owned or private enterprise using the platform. */
  | 'ENTERPRISE'
  /** A ministry-level or government agency (cơ quan ngang bộ / thuộc Chính phủ), e.g. Vietnam Social Security. */
  | 'GOVERNMENT_AGENCY'
  /** A ministry (bộ). */
  | 'MINISTRY'
  /** Any other body named in the reports. */
  | 'OTHER'
  /** A province or centrally-run city (tỉnh / thành phố trực thuộc TW). */
  | 'PROVINCE';

/** AgencyKind filters */
export type AgencyKindEnumScalarFilters = {
  eq?: InputMaybe<AgencyKind>;
  in?: InputMaybe<Array<AgencyKind>>;
};

export type AgencyOwnedAssetsConnection = {
  __typename?: 'AgencyOwnedAssetsConnection';
  aggregate: AgencyAssetOwnedAssetsAggregateSelection;
  edges: Array<AgencyOwnedAssetsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyOwnedAssetsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyOwnedAssetsConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyOwnedAssetsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyOwnedAssetsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyOwnedAssetsNodeAggregationWhereInput>;
};

export type AgencyOwnedAssetsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyOwnedAssetsConnections */
  aggregate?: InputMaybe<AgencyOwnedAssetsConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyOwnedAssetsConnections match this filter */
  all?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
  /** Return Agencies where none of the related AgencyOwnedAssetsConnections match this filter */
  none?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
  /** Return Agencies where one of the related AgencyOwnedAssetsConnections match this filter */
  single?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
  /** Return Agencies where some of the related AgencyOwnedAssetsConnections match this filter */
  some?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
};

export type AgencyOwnedAssetsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AssetSort>;
};

export type AgencyOwnedAssetsConnectionWhere = {
  AND?: InputMaybe<Array<AgencyOwnedAssetsConnectionWhere>>;
  NOT?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
  OR?: InputMaybe<Array<AgencyOwnedAssetsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type AgencyOwnedAssetsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyOwnedAssetsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyOwnedAssetsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyOwnedAssetsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyOwnedAssetsRelationship = {
  __typename?: 'AgencyOwnedAssetsRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: Provenance;
};

export type AgencyParentConnection = {
  __typename?: 'AgencyParentConnection';
  aggregate: AgencyAgencyParentAggregateSelection;
  edges: Array<AgencyParentRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyParentConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyParentConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyParentConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyParentConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyParentNodeAggregationWhereInput>;
};

export type AgencyParentConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyParentConnections */
  aggregate?: InputMaybe<AgencyParentConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyParentConnections match this filter */
  all?: InputMaybe<AgencyParentConnectionWhere>;
  /** Return Agencies where none of the related AgencyParentConnections match this filter */
  none?: InputMaybe<AgencyParentConnectionWhere>;
  /** Return Agencies where one of the related AgencyParentConnections match this filter */
  single?: InputMaybe<AgencyParentConnectionWhere>;
  /** Return Agencies where some of the related AgencyParentConnections match this filter */
  some?: InputMaybe<AgencyParentConnectionWhere>;
};

export type AgencyParentConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgencySort>;
};

export type AgencyParentConnectionWhere = {
  AND?: InputMaybe<Array<AgencyParentConnectionWhere>>;
  NOT?: InputMaybe<AgencyParentConnectionWhere>;
  OR?: InputMaybe<Array<AgencyParentConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type AgencyParentNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyParentNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyParentNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyParentNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyParentRelationship = {
  __typename?: 'AgencyParentRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

export type AgencyRelationshipFilters = {
  /** Filter type where all of the related Agencies match this filter */
  all?: InputMaybe<AgencyWhere>;
  /** Filter type where none of the related Agencies match this filter */
  none?: InputMaybe<AgencyWhere>;
  /** Filter type where one of the related Agencies match this filter */
  single?: InputMaybe<AgencyWhere>;
  /** Filter type where some of the related Agencies match this filter */
  some?: InputMaybe<AgencyWhere>;
};

/** Fields to sort Agencies by. The order in which sorts are applied is not guaranteed when specifying many fields in one AgencySort object. */
export type AgencySort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type AgencySourceDocumentSourcesAggregateSelection = {
  __typename?: 'AgencySourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencySourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<AgencySourceDocumentSourcesNodeAggregateSelection>;
};

export type AgencySourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'AgencySourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencySourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'AgencySourceDocumentSourcesNodeAggregateSelection';
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type AgencySourcesConnection = {
  __typename?: 'AgencySourcesConnection';
  aggregate: AgencySourceDocumentSourcesAggregateSelection;
  edges: Array<AgencySourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencySourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencySourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencySourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencySourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencySourcesNodeAggregationWhereInput>;
};

export type AgencySourcesConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencySourcesConnections */
  aggregate?: InputMaybe<AgencySourcesConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencySourcesConnections match this filter */
  all?: InputMaybe<AgencySourcesConnectionWhere>;
  /** Return Agencies where none of the related AgencySourcesConnections match this filter */
  none?: InputMaybe<AgencySourcesConnectionWhere>;
  /** Return Agencies where one of the related AgencySourcesConnections match this filter */
  single?: InputMaybe<AgencySourcesConnectionWhere>;
  /** Return Agencies where some of the related AgencySourcesConnections match this filter */
  some?: InputMaybe<AgencySourcesConnectionWhere>;
};

export type AgencySourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type AgencySourcesConnectionWhere = {
  AND?: InputMaybe<Array<AgencySourcesConnectionWhere>>;
  NOT?: InputMaybe<AgencySourcesConnectionWhere>;
  OR?: InputMaybe<Array<AgencySourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type AgencySourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencySourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencySourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencySourcesNodeAggregationWhereInput>>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencySourcesRelationship = {
  __typename?: 'AgencySourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type AgencyUnitsConnection = {
  __typename?: 'AgencyUnitsConnection';
  aggregate: AgencyAgencyUnitsAggregateSelection;
  edges: Array<AgencyUnitsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyUnitsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyUnitsConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyUnitsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyUnitsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyUnitsNodeAggregationWhereInput>;
};

export type AgencyUnitsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyUnitsConnections */
  aggregate?: InputMaybe<AgencyUnitsConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyUnitsConnections match this filter */
  all?: InputMaybe<AgencyUnitsConnectionWhere>;
  /** Return Agencies where none of the related AgencyUnitsConnections match this filter */
  none?: InputMaybe<AgencyUnitsConnectionWhere>;
  /** Return Agencies where one of the related AgencyUnitsConnections match this filter */
  single?: InputMaybe<AgencyUnitsConnectionWhere>;
  /** Return Agencies where some of the related AgencyUnitsConnections match this filter */
  some?: InputMaybe<AgencyUnitsConnectionWhere>;
};

export type AgencyUnitsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgencySort>;
};

export type AgencyUnitsConnectionWhere = {
  AND?: InputMaybe<Array<AgencyUnitsConnectionWhere>>;
  NOT?: InputMaybe<AgencyUnitsConnectionWhere>;
  OR?: InputMaybe<Array<AgencyUnitsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type AgencyUnitsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyUnitsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyUnitsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyUnitsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyUnitsRelationship = {
  __typename?: 'AgencyUnitsRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

export type AgencyWhere = {
  AND?: InputMaybe<Array<AgencyWhere>>;
  NOT?: InputMaybe<AgencyWhere>;
  OR?: InputMaybe<Array<AgencyWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<AgencyKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  ownedAssets?: InputMaybe<AssetRelationshipFilters>;
  ownedAssetsConnection?: InputMaybe<AgencyOwnedAssetsConnectionFilters>;
  parent?: InputMaybe<AgencyRelationshipFilters>;
  parentConnection?: InputMaybe<AgencyParentConnectionFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<AgencySourcesConnectionFilters>;
  units?: InputMaybe<AgencyRelationshipFilters>;
  unitsConnection?: InputMaybe<AgencyUnitsConnectionFilters>;
};

/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type Asset = {
  __typename?: 'Asset';
  /** Short code used in the report, when it has one (e.g. `paygov`). */
  code?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `asset:001:3` for number 3 of Phụ lục 1, or `asset:paygov`. */
  id: Scalars['ID']['output'];
  /** Kind of asset. */
  kind: AssetKind;
  /** Name as printed in the report (NFC). */
  name: Scalars['String']['output'];
  /** Number in Phụ lục 1 of report 001, when it has one. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Agencies that own the asset. */
  owners: Array<Agency>;
  ownersConnection: AssetOwnersConnection;
  /** Purpose of the asset as the report states it. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The reports that describe this asset, with the place of each mention. */
  sources: Array<SourceDocument>;
  sourcesConnection: AssetSourcesConnection;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetOwnersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetOwnersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetOwnersConnectionSort>>;
  where?: InputMaybe<AssetOwnersConnectionWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSourcesConnectionSort>>;
  where?: InputMaybe<AssetSourcesConnectionWhere>;
};

export type AssetAgencyOwnersAggregateSelection = {
  __typename?: 'AssetAgencyOwnersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetAgencyOwnersEdgeAggregateSelection>;
  node?: Maybe<AssetAgencyOwnersNodeAggregateSelection>;
};

export type AssetAgencyOwnersEdgeAggregateSelection = {
  __typename?: 'AssetAgencyOwnersEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetAgencyOwnersNodeAggregateSelection = {
  __typename?: 'AssetAgencyOwnersNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type AssetAggregate = {
  __typename?: 'AssetAggregate';
  count: Count;
  node: AssetAggregateNode;
};

export type AssetAggregateNode = {
  __typename?: 'AssetAggregateNode';
  code: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
};

export type AssetEdge = {
  __typename?: 'AssetEdge';
  cursor: Scalars['String']['output'];
  node: Asset;
};

/** What kind of data asset. */
export type AssetKind =
  /** A database (CSDL), national or sectoral. */
  | 'DATABASE'
  /** A data integration and sharing platform (NDXP, LGSP). */
  | 'PLATFORM'
  /** An information system (HTTT). */
  | 'SYSTEM';

/** AssetKind filters */
export type AssetKindEnumScalarFilters = {
  eq?: InputMaybe<AssetKind>;
  in?: InputMaybe<Array<AssetKind>>;
};

export type AssetOwnersConnection = {
  __typename?: 'AssetOwnersConnection';
  aggregate: AssetAgencyOwnersAggregateSelection;
  edges: Array<AssetOwnersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetOwnersConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetOwnersConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetOwnersConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetOwnersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AssetOwnersNodeAggregationWhereInput>;
};

export type AssetOwnersConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetOwnersConnections */
  aggregate?: InputMaybe<AssetOwnersConnectionAggregateInput>;
  /** Return Assets where all of the related AssetOwnersConnections match this filter */
  all?: InputMaybe<AssetOwnersConnectionWhere>;
  /** Return Assets where none of the related AssetOwnersConnections match this filter */
  none?: InputMaybe<AssetOwnersConnectionWhere>;
  /** Return Assets where one of the related AssetOwnersConnections match this filter */
  single?: InputMaybe<AssetOwnersConnectionWhere>;
  /** Return Assets where some of the related AssetOwnersConnections match this filter */
  some?: InputMaybe<AssetOwnersConnectionWhere>;
};

export type AssetOwnersConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgencySort>;
};

export type AssetOwnersConnectionWhere = {
  AND?: InputMaybe<Array<AssetOwnersConnectionWhere>>;
  NOT?: InputMaybe<AssetOwnersConnectionWhere>;
  OR?: InputMaybe<Array<AssetOwnersConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type AssetOwnersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetOwnersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetOwnersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetOwnersNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AssetOwnersRelationship = {
  __typename?: 'AssetOwnersRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

export type AssetRelationshipFilters = {
  /** Filter type where all of the related Assets match this filter */
  all?: InputMaybe<AssetWhere>;
  /** Filter type where none of the related Assets match this filter */
  none?: InputMaybe<AssetWhere>;
  /** Filter type where one of the related Assets match this filter */
  single?: InputMaybe<AssetWhere>;
  /** Filter type where some of the related Assets match this filter */
  some?: InputMaybe<AssetWhere>;
};

/** Fields to sort Assets by. The order in which sorts are applied is not guaranteed when specifying many fields in one AssetSort object. */
export type AssetSort = {
  code?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  purpose?: InputMaybe<SortDirection>;
};

export type AssetSourceDocumentSourcesAggregateSelection = {
  __typename?: 'AssetSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<AssetSourceDocumentSourcesNodeAggregateSelection>;
};

export type AssetSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'AssetSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'AssetSourceDocumentSourcesNodeAggregateSelection';
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type AssetSourcesConnection = {
  __typename?: 'AssetSourcesConnection';
  aggregate: AssetSourceDocumentSourcesAggregateSelection;
  edges: Array<AssetSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AssetSourcesNodeAggregationWhereInput>;
};

export type AssetSourcesConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetSourcesConnections */
  aggregate?: InputMaybe<AssetSourcesConnectionAggregateInput>;
  /** Return Assets where all of the related AssetSourcesConnections match this filter */
  all?: InputMaybe<AssetSourcesConnectionWhere>;
  /** Return Assets where none of the related AssetSourcesConnections match this filter */
  none?: InputMaybe<AssetSourcesConnectionWhere>;
  /** Return Assets where one of the related AssetSourcesConnections match this filter */
  single?: InputMaybe<AssetSourcesConnectionWhere>;
  /** Return Assets where some of the related AssetSourcesConnections match this filter */
  some?: InputMaybe<AssetSourcesConnectionWhere>;
};

export type AssetSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type AssetSourcesConnectionWhere = {
  AND?: InputMaybe<Array<AssetSourcesConnectionWhere>>;
  NOT?: InputMaybe<AssetSourcesConnectionWhere>;
  OR?: InputMaybe<Array<AssetSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type AssetSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetSourcesNodeAggregationWhereInput>>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type AssetSourcesRelationship = {
  __typename?: 'AssetSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type AssetWhere = {
  AND?: InputMaybe<Array<AssetWhere>>;
  NOT?: InputMaybe<AssetWhere>;
  OR?: InputMaybe<Array<AssetWhere>>;
  code?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<AssetKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<IntScalarFilters>;
  owners?: InputMaybe<AgencyRelationshipFilters>;
  ownersConnection?: InputMaybe<AssetOwnersConnectionFilters>;
  purpose?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<AssetSourcesConnectionFilters>;
};

export type AssetsConnection = {
  __typename?: 'AssetsConnection';
  aggregate: AssetAggregate;
  edges: Array<AssetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * The edge properties for the following fields:
 * * Agency.parent
 * * Agency.units
 * * Agency.ownedAssets
 * * Agency.sources
 * * Asset.owners
 * * Asset.sources
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** Id of the SourceDocument. */
  documentId: Scalars['String']['output'];
  /** Row or item label inside the section, e.g. `row 12`. */
  locator: Scalars['String']['output'];
  /** Table, appendix or section, e.g. `Phụ lục 2`. */
  section: Scalars['String']['output'];
  /** The raw text of the cell or line, as printed (NFC). */
  text?: Maybe<Scalars['String']['output']>;
};

export type ProvenanceAggregationWhereInput = {
  AND?: InputMaybe<Array<ProvenanceAggregationWhereInput>>;
  NOT?: InputMaybe<ProvenanceAggregationWhereInput>;
  OR?: InputMaybe<Array<ProvenanceAggregationWhereInput>>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type ProvenanceSort = {
  documentId?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type ProvenanceWhere = {
  AND?: InputMaybe<Array<ProvenanceWhere>>;
  NOT?: InputMaybe<ProvenanceWhere>;
  OR?: InputMaybe<Array<ProvenanceWhere>>;
  documentId?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

export type Query = {
  __typename?: 'Query';
  agencies: Array<Agency>;
  agenciesConnection: AgenciesConnection;
  assets: Array<Asset>;
  assetsConnection: AssetsConnection;
  sourceDocuments: Array<SourceDocument>;
  sourceDocumentsConnection: SourceDocumentsConnection;
};


export type QueryAgenciesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


export type QueryAgenciesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


export type QueryAssetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


export type QueryAssetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


export type QuerySourceDocumentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


export type QuerySourceDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** One of the five 2023 reports the graph was built from (see seed/ and ../shared/seeds/README.md). */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  /** Short stable id: `000`…`004`. */
  id: Scalars['ID']['output'];
  /** Date of issue (ISO 8601). */
  issued: Scalars['String']['output'];
  /** Document number, e.g. `31/BC-UBQGCĐS`, when it has one. */
  number?: Maybe<Scalars['String']['output']>;
  /** Issuing body. */
  publisher: Scalars['String']['output'];
  /** SHA-256 of the report text the graph was parsed from. */
  sha256: Scalars['String']['output'];
  /** Official title in Vietnamese. */
  title: Scalars['String']['output'];
};

export type SourceDocumentAggregate = {
  __typename?: 'SourceDocumentAggregate';
  count: Count;
  node: SourceDocumentAggregateNode;
};

export type SourceDocumentAggregateNode = {
  __typename?: 'SourceDocumentAggregateNode';
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type SourceDocumentEdge = {
  __typename?: 'SourceDocumentEdge';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
};

export type SourceDocumentRelationshipFilters = {
  /** Filter type where all of the related SourceDocuments match this filter */
  all?: InputMaybe<SourceDocumentWhere>;
  /** Filter type where none of the related SourceDocuments match this filter */
  none?: InputMaybe<SourceDocumentWhere>;
  /** Filter type where one of the related SourceDocuments match this filter */
  single?: InputMaybe<SourceDocumentWhere>;
  /** Filter type where some of the related SourceDocuments match this filter */
  some?: InputMaybe<SourceDocumentWhere>;
};

/** Fields to sort SourceDocuments by. The order in which sorts are applied is not guaranteed when specifying many fields in one SourceDocumentSort object. */
export type SourceDocumentSort = {
  id?: InputMaybe<SortDirection>;
  issued?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  publisher?: InputMaybe<SortDirection>;
  sha256?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type SourceDocumentWhere = {
  AND?: InputMaybe<Array<SourceDocumentWhere>>;
  NOT?: InputMaybe<SourceDocumentWhere>;
  OR?: InputMaybe<Array<SourceDocumentWhere>>;
  id?: InputMaybe<IdScalarFilters>;
  issued?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<StringScalarFilters>;
  publisher?: InputMaybe<StringScalarFilters>;
  sha256?: InputMaybe<StringScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
};

export type SourceDocumentsConnection = {
  __typename?: 'SourceDocumentsConnection';
  aggregate: SourceDocumentAggregate;
  edges: Array<SourceDocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgenciesConnection: ResolverTypeWrapper<AgenciesConnection>;
  Agency: ResolverTypeWrapper<Agency>;
  AgencyAgencyParentAggregateSelection: ResolverTypeWrapper<AgencyAgencyParentAggregateSelection>;
  AgencyAgencyParentEdgeAggregateSelection: ResolverTypeWrapper<AgencyAgencyParentEdgeAggregateSelection>;
  AgencyAgencyParentNodeAggregateSelection: ResolverTypeWrapper<AgencyAgencyParentNodeAggregateSelection>;
  AgencyAgencyUnitsAggregateSelection: ResolverTypeWrapper<AgencyAgencyUnitsAggregateSelection>;
  AgencyAgencyUnitsEdgeAggregateSelection: ResolverTypeWrapper<AgencyAgencyUnitsEdgeAggregateSelection>;
  AgencyAgencyUnitsNodeAggregateSelection: ResolverTypeWrapper<AgencyAgencyUnitsNodeAggregateSelection>;
  AgencyAggregate: ResolverTypeWrapper<AgencyAggregate>;
  AgencyAggregateNode: ResolverTypeWrapper<AgencyAggregateNode>;
  AgencyAssetOwnedAssetsAggregateSelection: ResolverTypeWrapper<AgencyAssetOwnedAssetsAggregateSelection>;
  AgencyAssetOwnedAssetsEdgeAggregateSelection: ResolverTypeWrapper<AgencyAssetOwnedAssetsEdgeAggregateSelection>;
  AgencyAssetOwnedAssetsNodeAggregateSelection: ResolverTypeWrapper<AgencyAssetOwnedAssetsNodeAggregateSelection>;
  AgencyEdge: ResolverTypeWrapper<AgencyEdge>;
  AgencyKind: AgencyKind;
  AgencyKindEnumScalarFilters: AgencyKindEnumScalarFilters;
  AgencyOwnedAssetsConnection: ResolverTypeWrapper<AgencyOwnedAssetsConnection>;
  AgencyOwnedAssetsConnectionAggregateInput: AgencyOwnedAssetsConnectionAggregateInput;
  AgencyOwnedAssetsConnectionFilters: AgencyOwnedAssetsConnectionFilters;
  AgencyOwnedAssetsConnectionSort: AgencyOwnedAssetsConnectionSort;
  AgencyOwnedAssetsConnectionWhere: AgencyOwnedAssetsConnectionWhere;
  AgencyOwnedAssetsNodeAggregationWhereInput: AgencyOwnedAssetsNodeAggregationWhereInput;
  AgencyOwnedAssetsRelationship: ResolverTypeWrapper<AgencyOwnedAssetsRelationship>;
  AgencyParentConnection: ResolverTypeWrapper<AgencyParentConnection>;
  AgencyParentConnectionAggregateInput: AgencyParentConnectionAggregateInput;
  AgencyParentConnectionFilters: AgencyParentConnectionFilters;
  AgencyParentConnectionSort: AgencyParentConnectionSort;
  AgencyParentConnectionWhere: AgencyParentConnectionWhere;
  AgencyParentNodeAggregationWhereInput: AgencyParentNodeAggregationWhereInput;
  AgencyParentRelationship: ResolverTypeWrapper<AgencyParentRelationship>;
  AgencyRelationshipFilters: AgencyRelationshipFilters;
  AgencySort: AgencySort;
  AgencySourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<AgencySourceDocumentSourcesAggregateSelection>;
  AgencySourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<AgencySourceDocumentSourcesEdgeAggregateSelection>;
  AgencySourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<AgencySourceDocumentSourcesNodeAggregateSelection>;
  AgencySourcesConnection: ResolverTypeWrapper<AgencySourcesConnection>;
  AgencySourcesConnectionAggregateInput: AgencySourcesConnectionAggregateInput;
  AgencySourcesConnectionFilters: AgencySourcesConnectionFilters;
  AgencySourcesConnectionSort: AgencySourcesConnectionSort;
  AgencySourcesConnectionWhere: AgencySourcesConnectionWhere;
  AgencySourcesNodeAggregationWhereInput: AgencySourcesNodeAggregationWhereInput;
  AgencySourcesRelationship: ResolverTypeWrapper<AgencySourcesRelationship>;
  AgencyUnitsConnection: ResolverTypeWrapper<AgencyUnitsConnection>;
  AgencyUnitsConnectionAggregateInput: AgencyUnitsConnectionAggregateInput;
  AgencyUnitsConnectionFilters: AgencyUnitsConnectionFilters;
  AgencyUnitsConnectionSort: AgencyUnitsConnectionSort;
  AgencyUnitsConnectionWhere: AgencyUnitsConnectionWhere;
  AgencyUnitsNodeAggregationWhereInput: AgencyUnitsNodeAggregationWhereInput;
  AgencyUnitsRelationship: ResolverTypeWrapper<AgencyUnitsRelationship>;
  AgencyWhere: AgencyWhere;
  Asset: ResolverTypeWrapper<Asset>;
  AssetAgencyOwnersAggregateSelection: ResolverTypeWrapper<AssetAgencyOwnersAggregateSelection>;
  AssetAgencyOwnersEdgeAggregateSelection: ResolverTypeWrapper<AssetAgencyOwnersEdgeAggregateSelection>;
  AssetAgencyOwnersNodeAggregateSelection: ResolverTypeWrapper<AssetAgencyOwnersNodeAggregateSelection>;
  AssetAggregate: ResolverTypeWrapper<AssetAggregate>;
  AssetAggregateNode: ResolverTypeWrapper<AssetAggregateNode>;
  AssetEdge: ResolverTypeWrapper<AssetEdge>;
  AssetKind: AssetKind;
  AssetKindEnumScalarFilters: AssetKindEnumScalarFilters;
  AssetOwnersConnection: ResolverTypeWrapper<AssetOwnersConnection>;
  AssetOwnersConnectionAggregateInput: AssetOwnersConnectionAggregateInput;
  AssetOwnersConnectionFilters: AssetOwnersConnectionFilters;
  AssetOwnersConnectionSort: AssetOwnersConnectionSort;
  AssetOwnersConnectionWhere: AssetOwnersConnectionWhere;
  AssetOwnersNodeAggregationWhereInput: AssetOwnersNodeAggregationWhereInput;
  AssetOwnersRelationship: ResolverTypeWrapper<AssetOwnersRelationship>;
  AssetRelationshipFilters: AssetRelationshipFilters;
  AssetSort: AssetSort;
  AssetSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<AssetSourceDocumentSourcesAggregateSelection>;
  AssetSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<AssetSourceDocumentSourcesEdgeAggregateSelection>;
  AssetSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<AssetSourceDocumentSourcesNodeAggregateSelection>;
  AssetSourcesConnection: ResolverTypeWrapper<AssetSourcesConnection>;
  AssetSourcesConnectionAggregateInput: AssetSourcesConnectionAggregateInput;
  AssetSourcesConnectionFilters: AssetSourcesConnectionFilters;
  AssetSourcesConnectionSort: AssetSourcesConnectionSort;
  AssetSourcesConnectionWhere: AssetSourcesConnectionWhere;
  AssetSourcesNodeAggregationWhereInput: AssetSourcesNodeAggregationWhereInput;
  AssetSourcesRelationship: ResolverTypeWrapper<AssetSourcesRelationship>;
  AssetWhere: AssetWhere;
  AssetsConnection: ResolverTypeWrapper<AssetsConnection>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatScalarFilters: FloatScalarFilters;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<Provenance>;
  ProvenanceAggregationWhereInput: ProvenanceAggregationWhereInput;
  ProvenanceSort: ProvenanceSort;
  ProvenanceWhere: ProvenanceWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SortDirection: SortDirection;
  SourceDocument: ResolverTypeWrapper<SourceDocument>;
  SourceDocumentAggregate: ResolverTypeWrapper<SourceDocumentAggregate>;
  SourceDocumentAggregateNode: ResolverTypeWrapper<SourceDocumentAggregateNode>;
  SourceDocumentEdge: ResolverTypeWrapper<SourceDocumentEdge>;
  SourceDocumentRelationshipFilters: SourceDocumentRelationshipFilters;
  SourceDocumentSort: SourceDocumentSort;
  SourceDocumentWhere: SourceDocumentWhere;
  SourceDocumentsConnection: ResolverTypeWrapper<SourceDocumentsConnection>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AgenciesConnection: AgenciesConnection;
  Agency: Agency;
  AgencyAgencyParentAggregateSelection: AgencyAgencyParentAggregateSelection;
  AgencyAgencyParentEdgeAggregateSelection: AgencyAgencyParentEdgeAggregateSelection;
  AgencyAgencyParentNodeAggregateSelection: AgencyAgencyParentNodeAggregateSelection;
  AgencyAgencyUnitsAggregateSelection: AgencyAgencyUnitsAggregateSelection;
  AgencyAgencyUnitsEdgeAggregateSelection: AgencyAgencyUnitsEdgeAggregateSelection;
  AgencyAgencyUnitsNodeAggregateSelection: AgencyAgencyUnitsNodeAggregateSelection;
  AgencyAggregate: AgencyAggregate;
  AgencyAggregateNode: AgencyAggregateNode;
  AgencyAssetOwnedAssetsAggregateSelection: AgencyAssetOwnedAssetsAggregateSelection;
  AgencyAssetOwnedAssetsEdgeAggregateSelection: AgencyAssetOwnedAssetsEdgeAggregateSelection;
  AgencyAssetOwnedAssetsNodeAggregateSelection: AgencyAssetOwnedAssetsNodeAggregateSelection;
  AgencyEdge: AgencyEdge;
  AgencyKindEnumScalarFilters: AgencyKindEnumScalarFilters;
  AgencyOwnedAssetsConnection: AgencyOwnedAssetsConnection;
  AgencyOwnedAssetsConnectionAggregateInput: AgencyOwnedAssetsConnectionAggregateInput;
  AgencyOwnedAssetsConnectionFilters: AgencyOwnedAssetsConnectionFilters;
  AgencyOwnedAssetsConnectionSort: AgencyOwnedAssetsConnectionSort;
  AgencyOwnedAssetsConnectionWhere: AgencyOwnedAssetsConnectionWhere;
  AgencyOwnedAssetsNodeAggregationWhereInput: AgencyOwnedAssetsNodeAggregationWhereInput;
  AgencyOwnedAssetsRelationship: AgencyOwnedAssetsRelationship;
  AgencyParentConnection: AgencyParentConnection;
  AgencyParentConnectionAggregateInput: AgencyParentConnectionAggregateInput;
  AgencyParentConnectionFilters: AgencyParentConnectionFilters;
  AgencyParentConnectionSort: AgencyParentConnectionSort;
  AgencyParentConnectionWhere: AgencyParentConnectionWhere;
  AgencyParentNodeAggregationWhereInput: AgencyParentNodeAggregationWhereInput;
  AgencyParentRelationship: AgencyParentRelationship;
  AgencyRelationshipFilters: AgencyRelationshipFilters;
  AgencySort: AgencySort;
  AgencySourceDocumentSourcesAggregateSelection: AgencySourceDocumentSourcesAggregateSelection;
  AgencySourceDocumentSourcesEdgeAggregateSelection: AgencySourceDocumentSourcesEdgeAggregateSelection;
  AgencySourceDocumentSourcesNodeAggregateSelection: AgencySourceDocumentSourcesNodeAggregateSelection;
  AgencySourcesConnection: AgencySourcesConnection;
  AgencySourcesConnectionAggregateInput: AgencySourcesConnectionAggregateInput;
  AgencySourcesConnectionFilters: AgencySourcesConnectionFilters;
  AgencySourcesConnectionSort: AgencySourcesConnectionSort;
  AgencySourcesConnectionWhere: AgencySourcesConnectionWhere;
  AgencySourcesNodeAggregationWhereInput: AgencySourcesNodeAggregationWhereInput;
  AgencySourcesRelationship: AgencySourcesRelationship;
  AgencyUnitsConnection: AgencyUnitsConnection;
  AgencyUnitsConnectionAggregateInput: AgencyUnitsConnectionAggregateInput;
  AgencyUnitsConnectionFilters: AgencyUnitsConnectionFilters;
  AgencyUnitsConnectionSort: AgencyUnitsConnectionSort;
  AgencyUnitsConnectionWhere: AgencyUnitsConnectionWhere;
  AgencyUnitsNodeAggregationWhereInput: AgencyUnitsNodeAggregationWhereInput;
  AgencyUnitsRelationship: AgencyUnitsRelationship;
  AgencyWhere: AgencyWhere;
  Asset: Asset;
  AssetAgencyOwnersAggregateSelection: AssetAgencyOwnersAggregateSelection;
  AssetAgencyOwnersEdgeAggregateSelection: AssetAgencyOwnersEdgeAggregateSelection;
  AssetAgencyOwnersNodeAggregateSelection: AssetAgencyOwnersNodeAggregateSelection;
  AssetAggregate: AssetAggregate;
  AssetAggregateNode: AssetAggregateNode;
  AssetEdge: AssetEdge;
  AssetKindEnumScalarFilters: AssetKindEnumScalarFilters;
  AssetOwnersConnection: AssetOwnersConnection;
  AssetOwnersConnectionAggregateInput: AssetOwnersConnectionAggregateInput;
  AssetOwnersConnectionFilters: AssetOwnersConnectionFilters;
  AssetOwnersConnectionSort: AssetOwnersConnectionSort;
  AssetOwnersConnectionWhere: AssetOwnersConnectionWhere;
  AssetOwnersNodeAggregationWhereInput: AssetOwnersNodeAggregationWhereInput;
  AssetOwnersRelationship: AssetOwnersRelationship;
  AssetRelationshipFilters: AssetRelationshipFilters;
  AssetSort: AssetSort;
  AssetSourceDocumentSourcesAggregateSelection: AssetSourceDocumentSourcesAggregateSelection;
  AssetSourceDocumentSourcesEdgeAggregateSelection: AssetSourceDocumentSourcesEdgeAggregateSelection;
  AssetSourceDocumentSourcesNodeAggregateSelection: AssetSourceDocumentSourcesNodeAggregateSelection;
  AssetSourcesConnection: AssetSourcesConnection;
  AssetSourcesConnectionAggregateInput: AssetSourcesConnectionAggregateInput;
  AssetSourcesConnectionFilters: AssetSourcesConnectionFilters;
  AssetSourcesConnectionSort: AssetSourcesConnectionSort;
  AssetSourcesConnectionWhere: AssetSourcesConnectionWhere;
  AssetSourcesNodeAggregationWhereInput: AssetSourcesNodeAggregationWhereInput;
  AssetSourcesRelationship: AssetSourcesRelationship;
  AssetWhere: AssetWhere;
  AssetsConnection: AssetsConnection;
  Boolean: Scalars['Boolean']['output'];
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: Count;
  CountConnection: CountConnection;
  Float: Scalars['Float']['output'];
  FloatScalarFilters: FloatScalarFilters;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  PageInfo: PageInfo;
  Provenance: Provenance;
  ProvenanceAggregationWhereInput: ProvenanceAggregationWhereInput;
  ProvenanceSort: ProvenanceSort;
  ProvenanceWhere: ProvenanceWhere;
  Query: Record<PropertyKey, never>;
  SourceDocument: SourceDocument;
  SourceDocumentAggregate: SourceDocumentAggregate;
  SourceDocumentAggregateNode: SourceDocumentAggregateNode;
  SourceDocumentEdge: SourceDocumentEdge;
  SourceDocumentRelationshipFilters: SourceDocumentRelationshipFilters;
  SourceDocumentSort: SourceDocumentSort;
  SourceDocumentWhere: SourceDocumentWhere;
  SourceDocumentsConnection: SourceDocumentsConnection;
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
}>;

export type AgenciesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgenciesConnection'] = ResolversParentTypes['AgenciesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownedAssets?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<AgencyOwnedAssetsArgs>>;
  ownedAssetsConnection?: Resolver<ResolversTypes['AgencyOwnedAssetsConnection'], ParentType, ContextType, Partial<AgencyOwnedAssetsConnectionArgs>>;
  parent?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AgencyParentArgs>>;
  parentConnection?: Resolver<ResolversTypes['AgencyParentConnection'], ParentType, ContextType, Partial<AgencyParentConnectionArgs>>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<AgencySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['AgencySourcesConnection'], ParentType, ContextType, Partial<AgencySourcesConnectionArgs>>;
  units?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AgencyUnitsArgs>>;
  unitsConnection?: Resolver<ResolversTypes['AgencyUnitsConnection'], ParentType, ContextType, Partial<AgencyUnitsConnectionArgs>>;
}>;

export type AgencyAgencyParentAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyParentAggregateSelection'] = ResolversParentTypes['AgencyAgencyParentAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAgencyParentEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAgencyParentNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAgencyParentEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyParentEdgeAggregateSelection'] = ResolversParentTypes['AgencyAgencyParentEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAgencyParentNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyParentNodeAggregateSelection'] = ResolversParentTypes['AgencyAgencyParentNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAgencyUnitsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyUnitsAggregateSelection'] = ResolversParentTypes['AgencyAgencyUnitsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAgencyUnitsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAgencyUnitsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAgencyUnitsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyUnitsEdgeAggregateSelection'] = ResolversParentTypes['AgencyAgencyUnitsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAgencyUnitsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyUnitsNodeAggregateSelection'] = ResolversParentTypes['AgencyAgencyUnitsNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAggregate'] = ResolversParentTypes['AgencyAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyAggregateNode'], ParentType, ContextType>;
}>;

export type AgencyAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAggregateNode'] = ResolversParentTypes['AgencyAggregateNode']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAssetOwnedAssetsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetOwnedAssetsAggregateSelection'] = ResolversParentTypes['AgencyAssetOwnedAssetsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAssetOwnedAssetsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAssetOwnedAssetsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAssetOwnedAssetsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetOwnedAssetsEdgeAggregateSelection'] = ResolversParentTypes['AgencyAssetOwnedAssetsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAssetOwnedAssetsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetOwnedAssetsNodeAggregateSelection'] = ResolversParentTypes['AgencyAssetOwnedAssetsNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
}>;

export type AgencyOwnedAssetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyOwnedAssetsConnection'] = ResolversParentTypes['AgencyOwnedAssetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAssetOwnedAssetsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyOwnedAssetsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyOwnedAssetsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyOwnedAssetsRelationship'] = ResolversParentTypes['AgencyOwnedAssetsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyParentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyParentConnection'] = ResolversParentTypes['AgencyParentConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAgencyParentAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyParentRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyParentRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyParentRelationship'] = ResolversParentTypes['AgencyParentRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencySourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['AgencySourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencySourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencySourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencySourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['AgencySourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencySourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['AgencySourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencySourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySourcesConnection'] = ResolversParentTypes['AgencySourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencySourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencySourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencySourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySourcesRelationship'] = ResolversParentTypes['AgencySourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyUnitsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyUnitsConnection'] = ResolversParentTypes['AgencyUnitsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAgencyUnitsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyUnitsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyUnitsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyUnitsRelationship'] = ResolversParentTypes['AgencyUnitsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AssetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AssetOwnersArgs>>;
  ownersConnection?: Resolver<ResolversTypes['AssetOwnersConnection'], ParentType, ContextType, Partial<AssetOwnersConnectionArgs>>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<AssetSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['AssetSourcesConnection'], ParentType, ContextType, Partial<AssetSourcesConnectionArgs>>;
}>;

export type AssetAgencyOwnersAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyOwnersAggregateSelection'] = ResolversParentTypes['AssetAgencyOwnersAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetAgencyOwnersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetAgencyOwnersNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetAgencyOwnersEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyOwnersEdgeAggregateSelection'] = ResolversParentTypes['AssetAgencyOwnersEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAgencyOwnersNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyOwnersNodeAggregateSelection'] = ResolversParentTypes['AssetAgencyOwnersNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAggregate'] = ResolversParentTypes['AssetAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssetAggregateNode'], ParentType, ContextType>;
}>;

export type AssetAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAggregateNode'] = ResolversParentTypes['AssetAggregateNode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetEdge'] = ResolversParentTypes['AssetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
}>;

export type AssetOwnersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetOwnersConnection'] = ResolversParentTypes['AssetOwnersConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetAgencyOwnersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetOwnersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetOwnersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetOwnersRelationship'] = ResolversParentTypes['AssetOwnersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AssetSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['AssetSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['AssetSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['AssetSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSourcesConnection'] = ResolversParentTypes['AssetSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSourcesRelationship'] = ResolversParentTypes['AssetSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AssetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetsConnection'] = ResolversParentTypes['AssetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = ResolversObject<{
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<QueryAgenciesArgs>>;
  agenciesConnection?: Resolver<ResolversTypes['AgenciesConnection'], ParentType, ContextType, Partial<QueryAgenciesConnectionArgs>>;
  assets?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<QueryAssetsArgs>>;
  assetsConnection?: Resolver<ResolversTypes['AssetsConnection'], ParentType, ContextType, Partial<QueryAssetsConnectionArgs>>;
  sourceDocuments?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<QuerySourceDocumentsArgs>>;
  sourceDocumentsConnection?: Resolver<ResolversTypes['SourceDocumentsConnection'], ParentType, ContextType, Partial<QuerySourceDocumentsConnectionArgs>>;
}>;

export type SourceDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SourceDocumentAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocumentAggregate'] = ResolversParentTypes['SourceDocumentAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocumentAggregateNode'], ParentType, ContextType>;
}>;

export type SourceDocumentAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocumentAggregateNode'] = ResolversParentTypes['SourceDocumentAggregateNode']> = ResolversObject<{
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type SourceDocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocumentEdge'] = ResolversParentTypes['SourceDocumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
}>;

export type SourceDocumentsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocumentsConnection'] = ResolversParentTypes['SourceDocumentsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['SourceDocumentAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SourceDocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StringAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = ResolversObject<{
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AgenciesConnection?: AgenciesConnectionResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgencyAgencyParentAggregateSelection?: AgencyAgencyParentAggregateSelectionResolvers<ContextType>;
  AgencyAgencyParentEdgeAggregateSelection?: AgencyAgencyParentEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyParentNodeAggregateSelection?: AgencyAgencyParentNodeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyUnitsAggregateSelection?: AgencyAgencyUnitsAggregateSelectionResolvers<ContextType>;
  AgencyAgencyUnitsEdgeAggregateSelection?: AgencyAgencyUnitsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyUnitsNodeAggregateSelection?: AgencyAgencyUnitsNodeAggregateSelectionResolvers<ContextType>;
  AgencyAggregate?: AgencyAggregateResolvers<ContextType>;
  AgencyAggregateNode?: AgencyAggregateNodeResolvers<ContextType>;
  AgencyAssetOwnedAssetsAggregateSelection?: AgencyAssetOwnedAssetsAggregateSelectionResolvers<ContextType>;
  AgencyAssetOwnedAssetsEdgeAggregateSelection?: AgencyAssetOwnedAssetsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAssetOwnedAssetsNodeAggregateSelection?: AgencyAssetOwnedAssetsNodeAggregateSelectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  AgencyOwnedAssetsConnection?: AgencyOwnedAssetsConnectionResolvers<ContextType>;
  AgencyOwnedAssetsRelationship?: AgencyOwnedAssetsRelationshipResolvers<ContextType>;
  AgencyParentConnection?: AgencyParentConnectionResolvers<ContextType>;
  AgencyParentRelationship?: AgencyParentRelationshipResolvers<ContextType>;
  AgencySourceDocumentSourcesAggregateSelection?: AgencySourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  AgencySourceDocumentSourcesEdgeAggregateSelection?: AgencySourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  AgencySourceDocumentSourcesNodeAggregateSelection?: AgencySourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  AgencySourcesConnection?: AgencySourcesConnectionResolvers<ContextType>;
  AgencySourcesRelationship?: AgencySourcesRelationshipResolvers<ContextType>;
  AgencyUnitsConnection?: AgencyUnitsConnectionResolvers<ContextType>;
  AgencyUnitsRelationship?: AgencyUnitsRelationshipResolvers<ContextType>;
  Asset?: AssetResolvers<ContextType>;
  AssetAgencyOwnersAggregateSelection?: AssetAgencyOwnersAggregateSelectionResolvers<ContextType>;
  AssetAgencyOwnersEdgeAggregateSelection?: AssetAgencyOwnersEdgeAggregateSelectionResolvers<ContextType>;
  AssetAgencyOwnersNodeAggregateSelection?: AssetAgencyOwnersNodeAggregateSelectionResolvers<ContextType>;
  AssetAggregate?: AssetAggregateResolvers<ContextType>;
  AssetAggregateNode?: AssetAggregateNodeResolvers<ContextType>;
  AssetEdge?: AssetEdgeResolvers<ContextType>;
  AssetOwnersConnection?: AssetOwnersConnectionResolvers<ContextType>;
  AssetOwnersRelationship?: AssetOwnersRelationshipResolvers<ContextType>;
  AssetSourceDocumentSourcesAggregateSelection?: AssetSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  AssetSourceDocumentSourcesEdgeAggregateSelection?: AssetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  AssetSourceDocumentSourcesNodeAggregateSelection?: AssetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  AssetSourcesConnection?: AssetSourcesConnectionResolvers<ContextType>;
  AssetSourcesRelationship?: AssetSourcesRelationshipResolvers<ContextType>;
  AssetsConnection?: AssetsConnectionResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  SourceDocumentAggregate?: SourceDocumentAggregateResolvers<ContextType>;
  SourceDocumentAggregateNode?: SourceDocumentAggregateNodeResolvers<ContextType>;
  SourceDocumentEdge?: SourceDocumentEdgeResolvers<ContextType>;
  SourceDocumentsConnection?: SourceDocumentsConnectionResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
}>;

