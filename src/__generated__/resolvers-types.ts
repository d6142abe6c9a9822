import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AssetImpactParent } from '../modules/impact/mappers.js';
import type { Context } from '../kernel/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, `YYYY-MM-DD` (e.g. `2023-06-07`); a day that does not exist is refused. */
  Date: { input: string; output: string; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

export type Agencies2025Connection = {
  __typename?: 'Agencies2025Connection';
  aggregate: Agency2025Aggregate;
  edges: Array<Agency2025Edge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgenciesConnection = {
  __typename?: 'AgenciesConnection';
  aggregate: AgencyAggregate;
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Agencies of a tier that have not had an inventory imported. */
export type AgenciesWithoutInventory = {
  __typename?: 'AgenciesWithoutInventory';
  /** The page asked for, in Vietnamese order (E2025: 2025 units none of whose parts has one). */
  agencies: Array<DuplicateAgency>;
  /** How many agencies of the tier were checked. */
  checked: Scalars['Int']['output'];
  /** How many have no inventory (all pages). */
  total: Scalars['Int']['output'];
};

/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type Agency = {
  __typename?: 'Agency';
  /** Every spelling of the name seen in the reports (NFC), canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** Assets this agency is connected to through NDXP, one edge per report column (001 Phụ lục 2). */
  connectedAssets: Array<Asset>;
  connectedAssetsConnection: AgencyConnectedAssetsConnection;
  /** The one connection count to quote: per snapshot, how many distinct assets the agency is linked to (the row total of `connectionMatrix`), and how many of those links the column asserts as official. `connectedAssets` instead lists one edge per report column and file. */
  connectionCounts: Array<SnapshotConnectionCount>;
  /** Datasets this agency (a provincial department) is responsible for opening (003). */
  datasets: Array<Dataset>;
  datasetsConnection: AgencyDatasetsConnection;
  /** Administrative era: always 2023 for this type (2025 units are `Agency2025`). */
  era: Scalars['Int']['output'];
  /** Reported figures about this agency: NDXP transactions, catalogue database counts, rankings. */
  figures: Array<Figure>;
  figuresConnection: AgencyFiguresConnection;
  /** The name folded for filtering: lower case, diacritics removed, Đ→d, punctuation as spaces (e.g. `thanh pho da nang`). Filter with `foldedName: { contains: "da nang" }` using a folded query. */
  foldedName: Scalars['String']['output'];
  /** Stable id, e.g. `province:da-nang`, `agency:bo-cong-an`, `department:dien-bien:so-y-te`. */
  id: Scalars['ID']['output'];
  /** The agency's inventory of databases and datasets (imported). */
  inventory: Array<InventoryEntry>;
  inventoryConnection: AgencyInventoryConnection;
  /** Kind of body. */
  kind: AgencyKind;
  /** Lists this agency is named in: catalogues published, open-data plans, progress items. */
  listedIn: Array<AgencyList>;
  listedInConnection: AgencyListedInConnection;
  /** Canonical name in Vietnamese (NFC). */
  name: Scalars['String']['output'];
  /** Data assets this agency owns (001 Phụ lục 1). */
  ownedAssets: Array<Asset>;
  ownedAssetsConnection: AgencyOwnedAssetsConnection;
  /** The body this one belongs to (a department's province). */
  parent: Array<Agency>;
  parentConnection: AgencyParentConnection;
  /** Open-data plans this agency issued (003). */
  plans: Array<OpenDataPlan>;
  plansConnection: AgencyPlansConnection;
  /** Vietnamese collation key of the name without its "Thành phố"/"Tỉnh" prefix (letters a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư, then tones, then case): `sort: [{ sortName: ASC }]` is Vietnamese alphabetical order. Not meant for display. */
  sortName: Scalars['String']['output'];
  /** Every place the reports name this agency; `text` is the spelling used there. */
  sources: Array<SourceDocument>;
  sourcesConnection: AgencySourcesConnection;
  /** The 2025 unit this 2023 unit became (SUCCEEDED_BY, with the date, kind of change and legal source). */
  successors: Array<Agency2025>;
  successorsConnection: AgencySuccessorsConnection;
  /** Bodies that belong to this one (a province's departments). */
  units: Array<Agency>;
  unitsConnection: AgencyUnitsConnection;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyConnectedAssetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyConnectedAssetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyConnectedAssetsConnectionSort>>;
  where?: InputMaybe<AgencyConnectedAssetsConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyDatasetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetSort>>;
  where?: InputMaybe<DatasetWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyDatasetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyDatasetsConnectionSort>>;
  where?: InputMaybe<AgencyDatasetsConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyFiguresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSort>>;
  where?: InputMaybe<FigureWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyFiguresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyFiguresConnectionSort>>;
  where?: InputMaybe<AgencyFiguresConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyInventoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InventoryEntrySort>>;
  where?: InputMaybe<InventoryEntryWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyInventoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyInventoryConnectionSort>>;
  where?: InputMaybe<AgencyInventoryConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyListedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListSort>>;
  where?: InputMaybe<AgencyListWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyListedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListedInConnectionSort>>;
  where?: InputMaybe<AgencyListedInConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyOwnedAssetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyOwnedAssetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyOwnedAssetsConnectionSort>>;
  where?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyParentArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyParentConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyParentConnectionSort>>;
  where?: InputMaybe<AgencyParentConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyPlansArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanSort>>;
  where?: InputMaybe<OpenDataPlanWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyPlansConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyPlansConnectionSort>>;
  where?: InputMaybe<AgencyPlansConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySourcesConnectionSort>>;
  where?: InputMaybe<AgencySourcesConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencySuccessorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<Agency2025Sort>>;
  where?: InputMaybe<Agency2025Where>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencySuccessorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySuccessorsConnectionSort>>;
  where?: InputMaybe<AgencySuccessorsConnectionWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyUnitsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial
 * department, an enterprise. One real agency is one node, whatever the spelling; every spelling seen is
 * kept in `aliases`, and each place it was seen is a `sources` edge whose `text` is the spelling used there.
 * The generated lists (`agencies`, `agenciesConnection`) hold only 2023 units; the 34 provinces and the
 * ministries after the 2025 restructuring are `Agency2025` (`agencies2025`), so the two maps never mix by
 * accident. Sort by `sortName` for Vietnamese order; filter by a name typed without diacritics with
 * `foldedName: { contains: "binh" }` (lower case, no marks, Đ→d; a text index serves it).
 */
export type AgencyUnitsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyUnitsConnectionSort>>;
  where?: InputMaybe<AgencyUnitsConnectionWhere>;
};

/**
 * A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries
 * after 1 March 2025 (seed/reference/). Each came from one or more 2023 units (`predecessors`); questions
 * asked with `era: E2025` roll their facts up to these units.
 */
export type Agency2025 = {
  __typename?: 'Agency2025';
  /** Every spelling of the name (NFC). */
  aliases: Array<Scalars['String']['output']>;
  /** Administrative era: always 2025 for this type. */
  era: Scalars['Int']['output'];
  /** The name folded for filtering (see Agency.foldedName). */
  foldedName: Scalars['String']['output'];
  /** Stable id, e.g. `province-2025:48-da-nang`, `agency-2025:bo-xay-dung`. */
  id: Scalars['ID']['output'];
  /** Kind of body. */
  kind: AgencyKind;
  /** Official name (NFC). */
  name: Scalars['String']['output'];
  /** The 2023 units this 2025 unit came from, with the date, kind of change and legal source. */
  predecessors: Array<Agency>;
  predecessorsConnection: Agency2025PredecessorsConnection;
  /** Vietnamese collation key of the name (see Agency.sortName). */
  sortName: Scalars['String']['output'];
  /** The reference rows this unit was read from. */
  sources: Array<SourceDocument>;
  sourcesConnection: Agency2025SourcesConnection;
};


/**
 * A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries
 * after 1 March 2025 (seed/reference/). Each came from one or more 2023 units (`predecessors`); questions
 * asked with `era: E2025` roll their facts up to these units.
 */
export type Agency2025PredecessorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries
 * after 1 March 2025 (seed/reference/). Each came from one or more 2023 units (`predecessors`); questions
 * asked with `era: E2025` roll their facts up to these units.
 */
export type Agency2025PredecessorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<Agency2025PredecessorsConnectionSort>>;
  where?: InputMaybe<Agency2025PredecessorsConnectionWhere>;
};


/**
 * A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries
 * after 1 March 2025 (seed/reference/). Each came from one or more 2023 units (`predecessors`); questions
 * asked with `era: E2025` roll their facts up to these units.
 */
export type Agency2025SourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries
 * after 1 March 2025 (seed/reference/). Each came from one or more 2023 units (`predecessors`); questions
 * asked with `era: E2025` roll their facts up to these units.
 */
export type Agency2025SourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<Agency2025SourcesConnectionSort>>;
  where?: InputMaybe<Agency2025SourcesConnectionWhere>;
};

export type Agency2025AgencyPredecessorsAggregateSelection = {
  __typename?: 'Agency2025AgencyPredecessorsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<Agency2025AgencyPredecessorsEdgeAggregateSelection>;
  node?: Maybe<Agency2025AgencyPredecessorsNodeAggregateSelection>;
};

export type Agency2025AgencyPredecessorsEdgeAggregateSelection = {
  __typename?: 'Agency2025AgencyPredecessorsEdgeAggregateSelection';
  change: StringAggregateSelection;
  documentId: StringAggregateSelection;
  effective: StringAggregateSelection;
  legalSource: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type Agency2025AgencyPredecessorsNodeAggregateSelection = {
  __typename?: 'Agency2025AgencyPredecessorsNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type Agency2025Aggregate = {
  __typename?: 'Agency2025Aggregate';
  count: Count;
  node: Agency2025AggregateNode;
};

export type Agency2025AggregateNode = {
  __typename?: 'Agency2025AggregateNode';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type Agency2025Edge = {
  __typename?: 'Agency2025Edge';
  cursor: Scalars['String']['output'];
  node: Agency2025;
};

export type Agency2025PredecessorsConnection = {
  __typename?: 'Agency2025PredecessorsConnection';
  aggregate: Agency2025AgencyPredecessorsAggregateSelection;
  edges: Array<Agency2025PredecessorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Agency2025PredecessorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<Agency2025PredecessorsConnectionAggregateInput>>;
  NOT?: InputMaybe<Agency2025PredecessorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<Agency2025PredecessorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SuccessionAggregationWhereInput>;
  node?: InputMaybe<Agency2025PredecessorsNodeAggregationWhereInput>;
};

export type Agency2025PredecessorsConnectionFilters = {
  /** Filter Agency2025s by aggregating results on related Agency2025PredecessorsConnections */
  aggregate?: InputMaybe<Agency2025PredecessorsConnectionAggregateInput>;
  /** Return Agency2025s where all of the related Agency2025PredecessorsConnections match this filter */
  all?: InputMaybe<Agency2025PredecessorsConnectionWhere>;
  /** Return Agency2025s where none of the related Agency2025PredecessorsConnections match this filter */
  none?: InputMaybe<Agency2025PredecessorsConnectionWhere>;
  /** Return Agency2025s where one of the related Agency2025PredecessorsConnections match this filter */
  single?: InputMaybe<Agency2025PredecessorsConnectionWhere>;
  /** Return Agency2025s where some of the related Agency2025PredecessorsConnections match this filter */
  some?: InputMaybe<Agency2025PredecessorsConnectionWhere>;
};

export type Agency2025PredecessorsConnectionSort = {
  edge?: InputMaybe<SuccessionSort>;
  node?: InputMaybe<AgencySort>;
};

export type Agency2025PredecessorsConnectionWhere = {
  AND?: InputMaybe<Array<Agency2025PredecessorsConnectionWhere>>;
  NOT?: InputMaybe<Agency2025PredecessorsConnectionWhere>;
  OR?: InputMaybe<Array<Agency2025PredecessorsConnectionWhere>>;
  edge?: InputMaybe<SuccessionWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type Agency2025PredecessorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<Agency2025PredecessorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<Agency2025PredecessorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<Agency2025PredecessorsNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type Agency2025PredecessorsRelationship = {
  __typename?: 'Agency2025PredecessorsRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Succession;
};

export type Agency2025RelationshipFilters = {
  /** Filter type where all of the related Agency2025s match this filter */
  all?: InputMaybe<Agency2025Where>;
  /** Filter type where none of the related Agency2025s match this filter */
  none?: InputMaybe<Agency2025Where>;
  /** Filter type where one of the related Agency2025s match this filter */
  single?: InputMaybe<Agency2025Where>;
  /** Filter type where some of the related Agency2025s match this filter */
  some?: InputMaybe<Agency2025Where>;
};

/** Fields to sort Agencies2025 by. The order in which sorts are applied is not guaranteed when specifying many fields in one Agency2025Sort object. */
export type Agency2025Sort = {
  era?: InputMaybe<SortDirection>;
  foldedName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  sortName?: InputMaybe<SortDirection>;
};

export type Agency2025SourceDocumentSourcesAggregateSelection = {
  __typename?: 'Agency2025SourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<Agency2025SourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<Agency2025SourceDocumentSourcesNodeAggregateSelection>;
};

export type Agency2025SourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'Agency2025SourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type Agency2025SourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'Agency2025SourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type Agency2025SourcesConnection = {
  __typename?: 'Agency2025SourcesConnection';
  aggregate: Agency2025SourceDocumentSourcesAggregateSelection;
  edges: Array<Agency2025SourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Agency2025SourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<Agency2025SourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<Agency2025SourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<Agency2025SourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<Agency2025SourcesNodeAggregationWhereInput>;
};

export type Agency2025SourcesConnectionFilters = {
  /** Filter Agency2025s by aggregating results on related Agency2025SourcesConnections */
  aggregate?: InputMaybe<Agency2025SourcesConnectionAggregateInput>;
  /** Return Agency2025s where all of the related Agency2025SourcesConnections match this filter */
  all?: InputMaybe<Agency2025SourcesConnectionWhere>;
  /** Return Agency2025s where none of the related Agency2025SourcesConnections match this filter */
  none?: InputMaybe<Agency2025SourcesConnectionWhere>;
  /** Return Agency2025s where one of the related Agency2025SourcesConnections match this filter */
  single?: InputMaybe<Agency2025SourcesConnectionWhere>;
  /** Return Agency2025s where some of the related Agency2025SourcesConnections match this filter */
  some?: InputMaybe<Agency2025SourcesConnectionWhere>;
};

export type Agency2025SourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type Agency2025SourcesConnectionWhere = {
  AND?: InputMaybe<Array<Agency2025SourcesConnectionWhere>>;
  NOT?: InputMaybe<Agency2025SourcesConnectionWhere>;
  OR?: InputMaybe<Array<Agency2025SourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type Agency2025SourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<Agency2025SourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<Agency2025SourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<Agency2025SourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type Agency2025SourcesRelationship = {
  __typename?: 'Agency2025SourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type Agency2025Where = {
  AND?: InputMaybe<Array<Agency2025Where>>;
  NOT?: InputMaybe<Agency2025Where>;
  OR?: InputMaybe<Array<Agency2025Where>>;
  aliases?: InputMaybe<StringListFilters>;
  era?: InputMaybe<IntScalarFilters>;
  foldedName?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<AgencyKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  predecessors?: InputMaybe<AgencyRelationshipFilters>;
  predecessorsConnection?: InputMaybe<Agency2025PredecessorsConnectionFilters>;
  sortName?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<Agency2025SourcesConnectionFilters>;
};

export type AgencyAgency2025SuccessorsAggregateSelection = {
  __typename?: 'AgencyAgency2025SuccessorsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyAgency2025SuccessorsEdgeAggregateSelection>;
  node?: Maybe<AgencyAgency2025SuccessorsNodeAggregateSelection>;
};

export type AgencyAgency2025SuccessorsEdgeAggregateSelection = {
  __typename?: 'AgencyAgency2025SuccessorsEdgeAggregateSelection';
  change: StringAggregateSelection;
  documentId: StringAggregateSelection;
  effective: StringAggregateSelection;
  legalSource: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAgency2025SuccessorsNodeAggregateSelection = {
  __typename?: 'AgencyAgency2025SuccessorsNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AgencyAgencyListListedInAggregateSelection = {
  __typename?: 'AgencyAgencyListListedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyAgencyListListedInEdgeAggregateSelection>;
  node?: Maybe<AgencyAgencyListListedInNodeAggregateSelection>;
};

export type AgencyAgencyListListedInEdgeAggregateSelection = {
  __typename?: 'AgencyAgencyListListedInEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  position: IntAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAgencyListListedInNodeAggregateSelection = {
  __typename?: 'AgencyAgencyListListedInNodeAggregateSelection';
  statedCount: IntAggregateSelection;
  statedPercent: FloatAggregateSelection;
  title: StringAggregateSelection;
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
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
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
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AgencyAggregate = {
  __typename?: 'AgencyAggregate';
  count: Count;
  node: AgencyAggregateNode;
};

export type AgencyAggregateNode = {
  __typename?: 'AgencyAggregateNode';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AgencyAssetConnectedAssetsAggregateSelection = {
  __typename?: 'AgencyAssetConnectedAssetsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyAssetConnectedAssetsEdgeAggregateSelection>;
  node?: Maybe<AgencyAssetConnectedAssetsNodeAggregateSelection>;
};

export type AgencyAssetConnectedAssetsEdgeAggregateSelection = {
  __typename?: 'AgencyAssetConnectedAssetsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAssetConnectedAssetsNodeAggregateSelection = {
  __typename?: 'AgencyAssetConnectedAssetsNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
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
  rule: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyAssetOwnedAssetsNodeAggregateSelection = {
  __typename?: 'AgencyAssetOwnedAssetsNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AgencyConnectWhere = {
  node: AgencyWhere;
};

export type AgencyConnectedAssetsConnection = {
  __typename?: 'AgencyConnectedAssetsConnection';
  aggregate: AgencyAssetConnectedAssetsAggregateSelection;
  edges: Array<AgencyConnectedAssetsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyConnectedAssetsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyConnectedAssetsConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyConnectedAssetsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyConnectedAssetsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ConnectionFactAggregationWhereInput>;
  node?: InputMaybe<AgencyConnectedAssetsNodeAggregationWhereInput>;
};

export type AgencyConnectedAssetsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyConnectedAssetsConnections */
  aggregate?: InputMaybe<AgencyConnectedAssetsConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyConnectedAssetsConnections match this filter */
  all?: InputMaybe<AgencyConnectedAssetsConnectionWhere>;
  /** Return Agencies where none of the related AgencyConnectedAssetsConnections match this filter */
  none?: InputMaybe<AgencyConnectedAssetsConnectionWhere>;
  /** Return Agencies where one of the related AgencyConnectedAssetsConnections match this filter */
  single?: InputMaybe<AgencyConnectedAssetsConnectionWhere>;
  /** Return Agencies where some of the related AgencyConnectedAssetsConnections match this filter */
  some?: InputMaybe<AgencyConnectedAssetsConnectionWhere>;
};

export type AgencyConnectedAssetsConnectionSort = {
  edge?: InputMaybe<ConnectionFactSort>;
  node?: InputMaybe<AssetSort>;
};

export type AgencyConnectedAssetsConnectionWhere = {
  AND?: InputMaybe<Array<AgencyConnectedAssetsConnectionWhere>>;
  NOT?: InputMaybe<AgencyConnectedAssetsConnectionWhere>;
  OR?: InputMaybe<Array<AgencyConnectedAssetsConnectionWhere>>;
  edge?: InputMaybe<ConnectionFactWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type AgencyConnectedAssetsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyConnectedAssetsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyConnectedAssetsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyConnectedAssetsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyConnectedAssetsRelationship = {
  __typename?: 'AgencyConnectedAssetsRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: ConnectionFact;
};

export type AgencyDatasetDatasetsAggregateSelection = {
  __typename?: 'AgencyDatasetDatasetsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyDatasetDatasetsEdgeAggregateSelection>;
  node?: Maybe<AgencyDatasetDatasetsNodeAggregateSelection>;
};

export type AgencyDatasetDatasetsEdgeAggregateSelection = {
  __typename?: 'AgencyDatasetDatasetsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyDatasetDatasetsNodeAggregateSelection = {
  __typename?: 'AgencyDatasetDatasetsNodeAggregateSelection';
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  topic: StringAggregateSelection;
  topicNumber: StringAggregateSelection;
};

export type AgencyDatasetsConnection = {
  __typename?: 'AgencyDatasetsConnection';
  aggregate: AgencyDatasetDatasetsAggregateSelection;
  edges: Array<AgencyDatasetsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyDatasetsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyDatasetsConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyDatasetsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyDatasetsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyDatasetsNodeAggregationWhereInput>;
};

export type AgencyDatasetsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyDatasetsConnections */
  aggregate?: InputMaybe<AgencyDatasetsConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyDatasetsConnections match this filter */
  all?: InputMaybe<AgencyDatasetsConnectionWhere>;
  /** Return Agencies where none of the related AgencyDatasetsConnections match this filter */
  none?: InputMaybe<AgencyDatasetsConnectionWhere>;
  /** Return Agencies where one of the related AgencyDatasetsConnections match this filter */
  single?: InputMaybe<AgencyDatasetsConnectionWhere>;
  /** Return Agencies where some of the related AgencyDatasetsConnections match this filter */
  some?: InputMaybe<AgencyDatasetsConnectionWhere>;
};

export type AgencyDatasetsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<DatasetSort>;
};

export type AgencyDatasetsConnectionWhere = {
  AND?: InputMaybe<Array<AgencyDatasetsConnectionWhere>>;
  NOT?: InputMaybe<AgencyDatasetsConnectionWhere>;
  OR?: InputMaybe<Array<AgencyDatasetsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<DatasetWhere>;
};

export type AgencyDatasetsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyDatasetsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyDatasetsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyDatasetsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  topic?: InputMaybe<StringScalarAggregationFilters>;
  topicNumber?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyDatasetsRelationship = {
  __typename?: 'AgencyDatasetsRelationship';
  cursor: Scalars['String']['output'];
  node: Dataset;
  properties: Provenance;
};

/** What an agency depends on. */
export type AgencyDependencies = {
  __typename?: 'AgencyDependencies';
  /** The day the answer is as of (`asOf`), or null for every snapshot. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Assets it is connected to. */
  assets: Array<AssetDependency>;
  /** Services that name the agency itself as a consumer. */
  directServices: Array<ServiceSummary>;
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFigureFiguresAggregateSelection = {
  __typename?: 'AgencyFigureFiguresAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyFigureFiguresEdgeAggregateSelection>;
  node?: Maybe<AgencyFigureFiguresNodeAggregateSelection>;
};

export type AgencyFigureFiguresEdgeAggregateSelection = {
  __typename?: 'AgencyFigureFiguresEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyFigureFiguresNodeAggregateSelection = {
  __typename?: 'AgencyFigureFiguresNodeAggregateSelection';
  asOf: StringAggregateSelection;
  metric: StringAggregateSelection;
  period: StringAggregateSelection;
  rank: IntAggregateSelection;
  subjectId: StringAggregateSelection;
  unit: StringAggregateSelection;
  value: FloatAggregateSelection;
};

export type AgencyFiguresConnection = {
  __typename?: 'AgencyFiguresConnection';
  aggregate: AgencyFigureFiguresAggregateSelection;
  edges: Array<AgencyFiguresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyFiguresConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyFiguresConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyFiguresConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyFiguresConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyFiguresNodeAggregationWhereInput>;
};

export type AgencyFiguresConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyFiguresConnections */
  aggregate?: InputMaybe<AgencyFiguresConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyFiguresConnections match this filter */
  all?: InputMaybe<AgencyFiguresConnectionWhere>;
  /** Return Agencies where none of the related AgencyFiguresConnections match this filter */
  none?: InputMaybe<AgencyFiguresConnectionWhere>;
  /** Return Agencies where one of the related AgencyFiguresConnections match this filter */
  single?: InputMaybe<AgencyFiguresConnectionWhere>;
  /** Return Agencies where some of the related AgencyFiguresConnections match this filter */
  some?: InputMaybe<AgencyFiguresConnectionWhere>;
};

export type AgencyFiguresConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<FigureSort>;
};

export type AgencyFiguresConnectionWhere = {
  AND?: InputMaybe<Array<AgencyFiguresConnectionWhere>>;
  NOT?: InputMaybe<AgencyFiguresConnectionWhere>;
  OR?: InputMaybe<Array<AgencyFiguresConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<FigureWhere>;
};

export type AgencyFiguresNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyFiguresNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyFiguresNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyFiguresNodeAggregationWhereInput>>;
  asOf?: InputMaybe<StringScalarAggregationFilters>;
  metric?: InputMaybe<StringScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  rank?: InputMaybe<IntScalarAggregationFilters>;
  subjectId?: InputMaybe<StringScalarAggregationFilters>;
  unit?: InputMaybe<StringScalarAggregationFilters>;
  value?: InputMaybe<FloatScalarAggregationFilters>;
};

export type AgencyFiguresRelationship = {
  __typename?: 'AgencyFiguresRelationship';
  cursor: Scalars['String']['output'];
  node: Figure;
  properties: Provenance;
};

export type AgencyInventoryConnection = {
  __typename?: 'AgencyInventoryConnection';
  aggregate: AgencyInventoryEntryInventoryAggregateSelection;
  edges: Array<AgencyInventoryRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyInventoryConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyInventoryConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyInventoryConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyInventoryConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyInventoryNodeAggregationWhereInput>;
};

export type AgencyInventoryConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyInventoryConnections */
  aggregate?: InputMaybe<AgencyInventoryConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyInventoryConnections match this filter */
  all?: InputMaybe<AgencyInventoryConnectionWhere>;
  /** Return Agencies where none of the related AgencyInventoryConnections match this filter */
  none?: InputMaybe<AgencyInventoryConnectionWhere>;
  /** Return Agencies where one of the related AgencyInventoryConnections match this filter */
  single?: InputMaybe<AgencyInventoryConnectionWhere>;
  /** Return Agencies where some of the related AgencyInventoryConnections match this filter */
  some?: InputMaybe<AgencyInventoryConnectionWhere>;
};

export type AgencyInventoryConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<InventoryEntrySort>;
};

export type AgencyInventoryConnectionWhere = {
  AND?: InputMaybe<Array<AgencyInventoryConnectionWhere>>;
  NOT?: InputMaybe<AgencyInventoryConnectionWhere>;
  OR?: InputMaybe<Array<AgencyInventoryConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<InventoryEntryWhere>;
};

export type AgencyInventoryEntryInventoryAggregateSelection = {
  __typename?: 'AgencyInventoryEntryInventoryAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyInventoryEntryInventoryEdgeAggregateSelection>;
  node?: Maybe<AgencyInventoryEntryInventoryNodeAggregateSelection>;
};

export type AgencyInventoryEntryInventoryEdgeAggregateSelection = {
  __typename?: 'AgencyInventoryEntryInventoryEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyInventoryEntryInventoryNodeAggregateSelection = {
  __typename?: 'AgencyInventoryEntryInventoryNodeAggregateSelection';
  description: StringAggregateSelection;
  file: StringAggregateSelection;
  legalBasis: StringAggregateSelection;
  locator: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AgencyInventoryNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyInventoryNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyInventoryNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyInventoryNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  legalBasis?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyInventoryRelationship = {
  __typename?: 'AgencyInventoryRelationship';
  cursor: Scalars['String']['output'];
  node: InventoryEntry;
  properties: Provenance;
};

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

/** AgencyKind filters */
export type AgencyKindEnumScalarFilters = {
  eq?: InputMaybe<AgencyKind>;
  in?: InputMaybe<Array<AgencyKind>>;
};

/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyList = {
  __typename?: 'AgencyList';
  /** Stable id, e.g. `list:000:appendix-1`. */
  id: Scalars['ID']['output'];
  /** What the list records. */
  kind: AgencyListKind;
  /** The Decision 17 target this list measures. */
  measures: Array<Target>;
  measuresConnection: AgencyListMeasuresConnection;
  /** The agencies listed, in printed order (see the edge's `position`). */
  members: Array<Agency>;
  membersConnection: AgencyListMembersConnection;
  /** Where the list is printed. */
  sources: Array<SourceDocument>;
  sourcesConnection: AgencyListSourcesConnection;
  /** The count the text states, when it states one. */
  statedCount?: Maybe<Scalars['Int']['output']>;
  /** The percentage the text states, when it states one. */
  statedPercent?: Maybe<Scalars['Float']['output']>;
  /** The sentence or heading that introduces the list. */
  title: Scalars['String']['output'];
};


/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyListMeasuresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TargetSort>>;
  where?: InputMaybe<TargetWhere>;
};


/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyListMeasuresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListMeasuresConnectionSort>>;
  where?: InputMaybe<AgencyListMeasuresConnectionWhere>;
};


/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyListMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyListMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListMembersConnectionSort>>;
  where?: InputMaybe<AgencyListMembersConnectionWhere>;
};


/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyListSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * A list of agencies printed in a report, usually with a stated count beside it (which may differ from the
 * number of names listed: see the audit).
 */
export type AgencyListSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListSourcesConnectionSort>>;
  where?: InputMaybe<AgencyListSourcesConnectionWhere>;
};

export type AgencyListAgencyMembersAggregateSelection = {
  __typename?: 'AgencyListAgencyMembersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyListAgencyMembersEdgeAggregateSelection>;
  node?: Maybe<AgencyListAgencyMembersNodeAggregateSelection>;
};

export type AgencyListAgencyMembersEdgeAggregateSelection = {
  __typename?: 'AgencyListAgencyMembersEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  position: IntAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyListAgencyMembersNodeAggregateSelection = {
  __typename?: 'AgencyListAgencyMembersNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AgencyListAggregate = {
  __typename?: 'AgencyListAggregate';
  count: Count;
  node: AgencyListAggregateNode;
};

export type AgencyListAggregateNode = {
  __typename?: 'AgencyListAggregateNode';
  statedCount: IntAggregateSelection;
  statedPercent: FloatAggregateSelection;
  title: StringAggregateSelection;
};

export type AgencyListEdge = {
  __typename?: 'AgencyListEdge';
  cursor: Scalars['String']['output'];
  node: AgencyList;
};

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

/** AgencyListKind filters */
export type AgencyListKindEnumScalarFilters = {
  eq?: InputMaybe<AgencyListKind>;
  in?: InputMaybe<Array<AgencyListKind>>;
};

export type AgencyListMeasuresConnection = {
  __typename?: 'AgencyListMeasuresConnection';
  aggregate: AgencyListTargetMeasuresAggregateSelection;
  edges: Array<AgencyListMeasuresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyListMeasuresConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyListMeasuresConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyListMeasuresConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyListMeasuresConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<AgencyListMeasuresNodeAggregationWhereInput>;
};

export type AgencyListMeasuresConnectionFilters = {
  /** Filter AgencyLists by aggregating results on related AgencyListMeasuresConnections */
  aggregate?: InputMaybe<AgencyListMeasuresConnectionAggregateInput>;
  /** Return AgencyLists where all of the related AgencyListMeasuresConnections match this filter */
  all?: InputMaybe<AgencyListMeasuresConnectionWhere>;
  /** Return AgencyLists where none of the related AgencyListMeasuresConnections match this filter */
  none?: InputMaybe<AgencyListMeasuresConnectionWhere>;
  /** Return AgencyLists where one of the related AgencyListMeasuresConnections match this filter */
  single?: InputMaybe<AgencyListMeasuresConnectionWhere>;
  /** Return AgencyLists where some of the related AgencyListMeasuresConnections match this filter */
  some?: InputMaybe<AgencyListMeasuresConnectionWhere>;
};

export type AgencyListMeasuresConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<TargetSort>;
};

export type AgencyListMeasuresConnectionWhere = {
  AND?: InputMaybe<Array<AgencyListMeasuresConnectionWhere>>;
  NOT?: InputMaybe<AgencyListMeasuresConnectionWhere>;
  OR?: InputMaybe<Array<AgencyListMeasuresConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<TargetWhere>;
};

export type AgencyListMeasuresNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyListMeasuresNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyListMeasuresNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyListMeasuresNodeAggregationWhereInput>>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  targetPercent?: InputMaybe<FloatScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyListMeasuresRelationship = {
  __typename?: 'AgencyListMeasuresRelationship';
  cursor: Scalars['String']['output'];
  node: Target;
  properties: RuleLink;
};

export type AgencyListMembersConnection = {
  __typename?: 'AgencyListMembersConnection';
  aggregate: AgencyListAgencyMembersAggregateSelection;
  edges: Array<AgencyListMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyListMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyListMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyListMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyListMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ListEntryAggregationWhereInput>;
  node?: InputMaybe<AgencyListMembersNodeAggregationWhereInput>;
};

export type AgencyListMembersConnectionFilters = {
  /** Filter AgencyLists by aggregating results on related AgencyListMembersConnections */
  aggregate?: InputMaybe<AgencyListMembersConnectionAggregateInput>;
  /** Return AgencyLists where all of the related AgencyListMembersConnections match this filter */
  all?: InputMaybe<AgencyListMembersConnectionWhere>;
  /** Return AgencyLists where none of the related AgencyListMembersConnections match this filter */
  none?: InputMaybe<AgencyListMembersConnectionWhere>;
  /** Return AgencyLists where one of the related AgencyListMembersConnections match this filter */
  single?: InputMaybe<AgencyListMembersConnectionWhere>;
  /** Return AgencyLists where some of the related AgencyListMembersConnections match this filter */
  some?: InputMaybe<AgencyListMembersConnectionWhere>;
};

export type AgencyListMembersConnectionSort = {
  edge?: InputMaybe<ListEntrySort>;
  node?: InputMaybe<AgencySort>;
};

export type AgencyListMembersConnectionWhere = {
  AND?: InputMaybe<Array<AgencyListMembersConnectionWhere>>;
  NOT?: InputMaybe<AgencyListMembersConnectionWhere>;
  OR?: InputMaybe<Array<AgencyListMembersConnectionWhere>>;
  edge?: InputMaybe<ListEntryWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type AgencyListMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyListMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyListMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyListMembersNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyListMembersRelationship = {
  __typename?: 'AgencyListMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: ListEntry;
};

export type AgencyListRelationshipFilters = {
  /** Filter type where all of the related AgencyLists match this filter */
  all?: InputMaybe<AgencyListWhere>;
  /** Filter type where none of the related AgencyLists match this filter */
  none?: InputMaybe<AgencyListWhere>;
  /** Filter type where one of the related AgencyLists match this filter */
  single?: InputMaybe<AgencyListWhere>;
  /** Filter type where some of the related AgencyLists match this filter */
  some?: InputMaybe<AgencyListWhere>;
};

/** Fields to sort AgencyLists by. The order in which sorts are applied is not guaranteed when specifying many fields in one AgencyListSort object. */
export type AgencyListSort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  statedCount?: InputMaybe<SortDirection>;
  statedPercent?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type AgencyListSourceDocumentSourcesAggregateSelection = {
  __typename?: 'AgencyListSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyListSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<AgencyListSourceDocumentSourcesNodeAggregateSelection>;
};

export type AgencyListSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'AgencyListSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyListSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'AgencyListSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type AgencyListSourcesConnection = {
  __typename?: 'AgencyListSourcesConnection';
  aggregate: AgencyListSourceDocumentSourcesAggregateSelection;
  edges: Array<AgencyListSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyListSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyListSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyListSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyListSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyListSourcesNodeAggregationWhereInput>;
};

export type AgencyListSourcesConnectionFilters = {
  /** Filter AgencyLists by aggregating results on related AgencyListSourcesConnections */
  aggregate?: InputMaybe<AgencyListSourcesConnectionAggregateInput>;
  /** Return AgencyLists where all of the related AgencyListSourcesConnections match this filter */
  all?: InputMaybe<AgencyListSourcesConnectionWhere>;
  /** Return AgencyLists where none of the related AgencyListSourcesConnections match this filter */
  none?: InputMaybe<AgencyListSourcesConnectionWhere>;
  /** Return AgencyLists where one of the related AgencyListSourcesConnections match this filter */
  single?: InputMaybe<AgencyListSourcesConnectionWhere>;
  /** Return AgencyLists where some of the related AgencyListSourcesConnections match this filter */
  some?: InputMaybe<AgencyListSourcesConnectionWhere>;
};

export type AgencyListSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type AgencyListSourcesConnectionWhere = {
  AND?: InputMaybe<Array<AgencyListSourcesConnectionWhere>>;
  NOT?: InputMaybe<AgencyListSourcesConnectionWhere>;
  OR?: InputMaybe<Array<AgencyListSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type AgencyListSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyListSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyListSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyListSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyListSourcesRelationship = {
  __typename?: 'AgencyListSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type AgencyListTargetMeasuresAggregateSelection = {
  __typename?: 'AgencyListTargetMeasuresAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyListTargetMeasuresEdgeAggregateSelection>;
  node?: Maybe<AgencyListTargetMeasuresNodeAggregateSelection>;
};

export type AgencyListTargetMeasuresEdgeAggregateSelection = {
  __typename?: 'AgencyListTargetMeasuresEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyListTargetMeasuresNodeAggregateSelection = {
  __typename?: 'AgencyListTargetMeasuresNodeAggregateSelection';
  number: IntAggregateSelection;
  targetPercent: FloatAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyListWhere = {
  AND?: InputMaybe<Array<AgencyListWhere>>;
  NOT?: InputMaybe<AgencyListWhere>;
  OR?: InputMaybe<Array<AgencyListWhere>>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<AgencyListKindEnumScalarFilters>;
  measures?: InputMaybe<TargetRelationshipFilters>;
  measuresConnection?: InputMaybe<AgencyListMeasuresConnectionFilters>;
  members?: InputMaybe<AgencyRelationshipFilters>;
  membersConnection?: InputMaybe<AgencyListMembersConnectionFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<AgencyListSourcesConnectionFilters>;
  statedCount?: InputMaybe<IntScalarFilters>;
  statedPercent?: InputMaybe<FloatScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
};

export type AgencyListedInConnection = {
  __typename?: 'AgencyListedInConnection';
  aggregate: AgencyAgencyListListedInAggregateSelection;
  edges: Array<AgencyListedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyListedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyListedInConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyListedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyListedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ListEntryAggregationWhereInput>;
  node?: InputMaybe<AgencyListedInNodeAggregationWhereInput>;
};

export type AgencyListedInConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyListedInConnections */
  aggregate?: InputMaybe<AgencyListedInConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyListedInConnections match this filter */
  all?: InputMaybe<AgencyListedInConnectionWhere>;
  /** Return Agencies where none of the related AgencyListedInConnections match this filter */
  none?: InputMaybe<AgencyListedInConnectionWhere>;
  /** Return Agencies where one of the related AgencyListedInConnections match this filter */
  single?: InputMaybe<AgencyListedInConnectionWhere>;
  /** Return Agencies where some of the related AgencyListedInConnections match this filter */
  some?: InputMaybe<AgencyListedInConnectionWhere>;
};

export type AgencyListedInConnectionSort = {
  edge?: InputMaybe<ListEntrySort>;
  node?: InputMaybe<AgencyListSort>;
};

export type AgencyListedInConnectionWhere = {
  AND?: InputMaybe<Array<AgencyListedInConnectionWhere>>;
  NOT?: InputMaybe<AgencyListedInConnectionWhere>;
  OR?: InputMaybe<Array<AgencyListedInConnectionWhere>>;
  edge?: InputMaybe<ListEntryWhere>;
  node?: InputMaybe<AgencyListWhere>;
};

export type AgencyListedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyListedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyListedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyListedInNodeAggregationWhereInput>>;
  statedCount?: InputMaybe<IntScalarAggregationFilters>;
  statedPercent?: InputMaybe<FloatScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyListedInRelationship = {
  __typename?: 'AgencyListedInRelationship';
  cursor: Scalars['String']['output'];
  node: AgencyList;
  properties: ListEntry;
};

export type AgencyListsConnection = {
  __typename?: 'AgencyListsConnection';
  aggregate: AgencyListAggregate;
  edges: Array<AgencyListEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyOpenDataPlanPlansAggregateSelection = {
  __typename?: 'AgencyOpenDataPlanPlansAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgencyOpenDataPlanPlansEdgeAggregateSelection>;
  node?: Maybe<AgencyOpenDataPlanPlansNodeAggregateSelection>;
};

export type AgencyOpenDataPlanPlansEdgeAggregateSelection = {
  __typename?: 'AgencyOpenDataPlanPlansEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AgencyOpenDataPlanPlansNodeAggregateSelection = {
  __typename?: 'AgencyOpenDataPlanPlansNodeAggregateSelection';
  period: StringAggregateSelection;
  title: StringAggregateSelection;
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
  edge?: InputMaybe<OwnershipFactAggregationWhereInput>;
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
  edge?: InputMaybe<OwnershipFactSort>;
  node?: InputMaybe<AssetSort>;
};

export type AgencyOwnedAssetsConnectionWhere = {
  AND?: InputMaybe<Array<AgencyOwnedAssetsConnectionWhere>>;
  NOT?: InputMaybe<AgencyOwnedAssetsConnectionWhere>;
  OR?: InputMaybe<Array<AgencyOwnedAssetsConnectionWhere>>;
  edge?: InputMaybe<OwnershipFactWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type AgencyOwnedAssetsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyOwnedAssetsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyOwnedAssetsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyOwnedAssetsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyOwnedAssetsRelationship = {
  __typename?: 'AgencyOwnedAssetsRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: OwnershipFact;
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
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyParentRelationship = {
  __typename?: 'AgencyParentRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

export type AgencyPlansConnection = {
  __typename?: 'AgencyPlansConnection';
  aggregate: AgencyOpenDataPlanPlansAggregateSelection;
  edges: Array<AgencyPlansRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyPlansConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencyPlansConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencyPlansConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencyPlansConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgencyPlansNodeAggregationWhereInput>;
};

export type AgencyPlansConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyPlansConnections */
  aggregate?: InputMaybe<AgencyPlansConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencyPlansConnections match this filter */
  all?: InputMaybe<AgencyPlansConnectionWhere>;
  /** Return Agencies where none of the related AgencyPlansConnections match this filter */
  none?: InputMaybe<AgencyPlansConnectionWhere>;
  /** Return Agencies where one of the related AgencyPlansConnections match this filter */
  single?: InputMaybe<AgencyPlansConnectionWhere>;
  /** Return Agencies where some of the related AgencyPlansConnections match this filter */
  some?: InputMaybe<AgencyPlansConnectionWhere>;
};

export type AgencyPlansConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<OpenDataPlanSort>;
};

export type AgencyPlansConnectionWhere = {
  AND?: InputMaybe<Array<AgencyPlansConnectionWhere>>;
  NOT?: InputMaybe<AgencyPlansConnectionWhere>;
  OR?: InputMaybe<Array<AgencyPlansConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<OpenDataPlanWhere>;
};

export type AgencyPlansNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencyPlansNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencyPlansNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencyPlansNodeAggregationWhereInput>>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencyPlansRelationship = {
  __typename?: 'AgencyPlansRelationship';
  cursor: Scalars['String']['output'];
  node: OpenDataPlan;
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
  era?: InputMaybe<SortDirection>;
  foldedName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  sortName?: InputMaybe<SortDirection>;
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
  file: StringAggregateSelection;
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
  file?: InputMaybe<StringScalarAggregationFilters>;
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

export type AgencySuccessorsConnection = {
  __typename?: 'AgencySuccessorsConnection';
  aggregate: AgencyAgency2025SuccessorsAggregateSelection;
  edges: Array<AgencySuccessorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencySuccessorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgencySuccessorsConnectionAggregateInput>>;
  NOT?: InputMaybe<AgencySuccessorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgencySuccessorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SuccessionAggregationWhereInput>;
  node?: InputMaybe<AgencySuccessorsNodeAggregationWhereInput>;
};

export type AgencySuccessorsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencySuccessorsConnections */
  aggregate?: InputMaybe<AgencySuccessorsConnectionAggregateInput>;
  /** Return Agencies where all of the related AgencySuccessorsConnections match this filter */
  all?: InputMaybe<AgencySuccessorsConnectionWhere>;
  /** Return Agencies where none of the related AgencySuccessorsConnections match this filter */
  none?: InputMaybe<AgencySuccessorsConnectionWhere>;
  /** Return Agencies where one of the related AgencySuccessorsConnections match this filter */
  single?: InputMaybe<AgencySuccessorsConnectionWhere>;
  /** Return Agencies where some of the related AgencySuccessorsConnections match this filter */
  some?: InputMaybe<AgencySuccessorsConnectionWhere>;
};

export type AgencySuccessorsConnectionSort = {
  edge?: InputMaybe<SuccessionSort>;
  node?: InputMaybe<Agency2025Sort>;
};

export type AgencySuccessorsConnectionWhere = {
  AND?: InputMaybe<Array<AgencySuccessorsConnectionWhere>>;
  NOT?: InputMaybe<AgencySuccessorsConnectionWhere>;
  OR?: InputMaybe<Array<AgencySuccessorsConnectionWhere>>;
  edge?: InputMaybe<SuccessionWhere>;
  node?: InputMaybe<Agency2025Where>;
};

export type AgencySuccessorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgencySuccessorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgencySuccessorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgencySuccessorsNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgencySuccessorsRelationship = {
  __typename?: 'AgencySuccessorsRelationship';
  cursor: Scalars['String']['output'];
  node: Agency2025;
  properties: Succession;
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
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
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
  connectedAssets?: InputMaybe<AssetRelationshipFilters>;
  connectedAssetsConnection?: InputMaybe<AgencyConnectedAssetsConnectionFilters>;
  datasets?: InputMaybe<DatasetRelationshipFilters>;
  datasetsConnection?: InputMaybe<AgencyDatasetsConnectionFilters>;
  era?: InputMaybe<IntScalarFilters>;
  figures?: InputMaybe<FigureRelationshipFilters>;
  figuresConnection?: InputMaybe<AgencyFiguresConnectionFilters>;
  foldedName?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  inventory?: InputMaybe<InventoryEntryRelationshipFilters>;
  inventoryConnection?: InputMaybe<AgencyInventoryConnectionFilters>;
  kind?: InputMaybe<AgencyKindEnumScalarFilters>;
  listedIn?: InputMaybe<AgencyListRelationshipFilters>;
  listedInConnection?: InputMaybe<AgencyListedInConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  ownedAssets?: InputMaybe<AssetRelationshipFilters>;
  ownedAssetsConnection?: InputMaybe<AgencyOwnedAssetsConnectionFilters>;
  parent?: InputMaybe<AgencyRelationshipFilters>;
  parentConnection?: InputMaybe<AgencyParentConnectionFilters>;
  plans?: InputMaybe<OpenDataPlanRelationshipFilters>;
  plansConnection?: InputMaybe<AgencyPlansConnectionFilters>;
  sortName?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<AgencySourcesConnectionFilters>;
  successors?: InputMaybe<Agency2025RelationshipFilters>;
  successorsConnection?: InputMaybe<AgencySuccessorsConnectionFilters>;
  units?: InputMaybe<AgencyRelationshipFilters>;
  unitsConnection?: InputMaybe<AgencyUnitsConnectionFilters>;
};

/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type Asset = {
  __typename?: 'Asset';
  /** Short code used in the report, when it has one (e.g. `paygov`, `NDXP`). */
  code?: Maybe<Scalars['String']['output']>;
  /** Component databases. */
  components: Array<Asset>;
  componentsConnection: AssetComponentsConnection;
  /** Agencies connected to the asset, one edge per report column. */
  connectedAgencies: Array<Agency>;
  connectedAgenciesConnection: AssetConnectedAgenciesConnection;
  /** Services of other assets that this asset consumes. */
  consumes: Array<Service>;
  consumesConnection: AssetConsumesConnection;
  /** Reported figures about this asset: sizes, totals. */
  figures: Array<Figure>;
  figuresConnection: AssetFiguresConnection;
  /** The name folded for filtering (see Agency.foldedName). */
  foldedName: Scalars['String']['output'];
  /** Stable id: `asset:001:N` for number N of 001 Phụ lục 1, `asset:paygov`, `asset:ndxp`, `asset:000:land:…`. */
  id: Scalars['ID']['output'];
  /** True for national databases/systems (quốc gia). */
  isNational: Scalars['Boolean']['output'];
  /** Kind of asset. */
  kind: AssetKind;
  /** Name as printed in the report (NFC). */
  name: Scalars['String']['output'];
  /** Number in 001 Phụ lục 1, when it has one. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Agencies that own the asset (2023, as the reports say). */
  owners: Array<Agency>;
  /** The 2025 successors of the owners: who owns the asset after the 2025 restructuring. */
  owners2025: Array<Agency2025>;
  ownersConnection: AssetOwnersConnection;
  /** The database this one is a component of (000 §1 d: the land database's components). */
  partOf: Array<Asset>;
  partOfConnection: AssetPartOfConnection;
  /** Purpose of the asset as the report states it. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Data-sharing services this asset provides on NDXP. */
  services: Array<Service>;
  servicesConnection: AssetServicesConnection;
  /** Vietnamese collation key of the name (see Agency.sortName). */
  sortName: Scalars['String']['output'];
  /** Every place the reports describe this asset. */
  sources: Array<SourceDocument>;
  sourcesConnection: AssetSourcesConnection;
  /** Data-exchange standards governing this asset's data (000 standards table). */
  standards: Array<Standard>;
  standardsConnection: AssetStandardsConnection;
  /** For a platform (NDXP): the data-sharing services exchanged through it. */
  transitingServices: Array<Service>;
  transitingServicesConnection: AssetTransitingServicesConnection;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetComponentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetComponentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetComponentsConnectionSort>>;
  where?: InputMaybe<AssetComponentsConnectionWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetConnectedAgenciesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetConnectedAgenciesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetConnectedAgenciesConnectionSort>>;
  where?: InputMaybe<AssetConnectedAgenciesConnectionWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetConsumesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetConsumesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetConsumesConnectionSort>>;
  where?: InputMaybe<AssetConsumesConnectionWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetFiguresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSort>>;
  where?: InputMaybe<FigureWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetFiguresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetFiguresConnectionSort>>;
  where?: InputMaybe<AssetFiguresConnectionWhere>;
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
export type AssetPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetPartOfConnectionSort>>;
  where?: InputMaybe<AssetPartOfConnectionWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetServicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetServicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetServicesConnectionSort>>;
  where?: InputMaybe<AssetServicesConnectionWhere>;
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


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetStandardsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StandardSort>>;
  where?: InputMaybe<StandardWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetStandardsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetStandardsConnectionSort>>;
  where?: InputMaybe<AssetStandardsConnectionWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetTransitingServicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/** A data asset: a national or sectoral database, an information system, or a sharing platform. */
export type AssetTransitingServicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetTransitingServicesConnectionSort>>;
  where?: InputMaybe<AssetTransitingServicesConnectionWhere>;
};

export type AssetAgencyConnectedAgenciesAggregateSelection = {
  __typename?: 'AssetAgencyConnectedAgenciesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetAgencyConnectedAgenciesEdgeAggregateSelection>;
  node?: Maybe<AssetAgencyConnectedAgenciesNodeAggregateSelection>;
};

export type AssetAgencyConnectedAgenciesEdgeAggregateSelection = {
  __typename?: 'AssetAgencyConnectedAgenciesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetAgencyConnectedAgenciesNodeAggregateSelection = {
  __typename?: 'AssetAgencyConnectedAgenciesNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
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
  rule: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetAgencyOwnersNodeAggregateSelection = {
  __typename?: 'AssetAgencyOwnersNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AssetAggregate = {
  __typename?: 'AssetAggregate';
  count: Count;
  node: AssetAggregateNode;
};

export type AssetAggregateNode = {
  __typename?: 'AssetAggregateNode';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AssetAssetComponentsAggregateSelection = {
  __typename?: 'AssetAssetComponentsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetAssetComponentsEdgeAggregateSelection>;
  node?: Maybe<AssetAssetComponentsNodeAggregateSelection>;
};

export type AssetAssetComponentsEdgeAggregateSelection = {
  __typename?: 'AssetAssetComponentsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetAssetComponentsNodeAggregateSelection = {
  __typename?: 'AssetAssetComponentsNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AssetAssetPartOfAggregateSelection = {
  __typename?: 'AssetAssetPartOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetAssetPartOfEdgeAggregateSelection>;
  node?: Maybe<AssetAssetPartOfNodeAggregateSelection>;
};

export type AssetAssetPartOfEdgeAggregateSelection = {
  __typename?: 'AssetAssetPartOfEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetAssetPartOfNodeAggregateSelection = {
  __typename?: 'AssetAssetPartOfNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type AssetComponentsConnection = {
  __typename?: 'AssetComponentsConnection';
  aggregate: AssetAssetComponentsAggregateSelection;
  edges: Array<AssetComponentsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetComponentsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetComponentsConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetComponentsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetComponentsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AssetComponentsNodeAggregationWhereInput>;
};

export type AssetComponentsConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetComponentsConnections */
  aggregate?: InputMaybe<AssetComponentsConnectionAggregateInput>;
  /** Return Assets where all of the related AssetComponentsConnections match this filter */
  all?: InputMaybe<AssetComponentsConnectionWhere>;
  /** Return Assets where none of the related AssetComponentsConnections match this filter */
  none?: InputMaybe<AssetComponentsConnectionWhere>;
  /** Return Assets where one of the related AssetComponentsConnections match this filter */
  single?: InputMaybe<AssetComponentsConnectionWhere>;
  /** Return Assets where some of the related AssetComponentsConnections match this filter */
  some?: InputMaybe<AssetComponentsConnectionWhere>;
};

export type AssetComponentsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AssetSort>;
};

export type AssetComponentsConnectionWhere = {
  AND?: InputMaybe<Array<AssetComponentsConnectionWhere>>;
  NOT?: InputMaybe<AssetComponentsConnectionWhere>;
  OR?: InputMaybe<Array<AssetComponentsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type AssetComponentsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetComponentsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetComponentsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetComponentsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AssetComponentsRelationship = {
  __typename?: 'AssetComponentsRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: Provenance;
};

export type AssetConnectWhere = {
  node: AssetWhere;
};

export type AssetConnectedAgenciesConnection = {
  __typename?: 'AssetConnectedAgenciesConnection';
  aggregate: AssetAgencyConnectedAgenciesAggregateSelection;
  edges: Array<AssetConnectedAgenciesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetConnectedAgenciesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetConnectedAgenciesConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetConnectedAgenciesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetConnectedAgenciesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ConnectionFactAggregationWhereInput>;
  node?: InputMaybe<AssetConnectedAgenciesNodeAggregationWhereInput>;
};

export type AssetConnectedAgenciesConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetConnectedAgenciesConnections */
  aggregate?: InputMaybe<AssetConnectedAgenciesConnectionAggregateInput>;
  /** Return Assets where all of the related AssetConnectedAgenciesConnections match this filter */
  all?: InputMaybe<AssetConnectedAgenciesConnectionWhere>;
  /** Return Assets where none of the related AssetConnectedAgenciesConnections match this filter */
  none?: InputMaybe<AssetConnectedAgenciesConnectionWhere>;
  /** Return Assets where one of the related AssetConnectedAgenciesConnections match this filter */
  single?: InputMaybe<AssetConnectedAgenciesConnectionWhere>;
  /** Return Assets where some of the related AssetConnectedAgenciesConnections match this filter */
  some?: InputMaybe<AssetConnectedAgenciesConnectionWhere>;
};

export type AssetConnectedAgenciesConnectionSort = {
  edge?: InputMaybe<ConnectionFactSort>;
  node?: InputMaybe<AgencySort>;
};

export type AssetConnectedAgenciesConnectionWhere = {
  AND?: InputMaybe<Array<AssetConnectedAgenciesConnectionWhere>>;
  NOT?: InputMaybe<AssetConnectedAgenciesConnectionWhere>;
  OR?: InputMaybe<Array<AssetConnectedAgenciesConnectionWhere>>;
  edge?: InputMaybe<ConnectionFactWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type AssetConnectedAgenciesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetConnectedAgenciesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetConnectedAgenciesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetConnectedAgenciesNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AssetConnectedAgenciesRelationship = {
  __typename?: 'AssetConnectedAgenciesRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: ConnectionFact;
};

export type AssetConsumesConnection = {
  __typename?: 'AssetConsumesConnection';
  aggregate: AssetServiceConsumesAggregateSelection;
  edges: Array<AssetConsumesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetConsumesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetConsumesConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetConsumesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetConsumesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<AssetConsumesNodeAggregationWhereInput>;
};

export type AssetConsumesConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetConsumesConnections */
  aggregate?: InputMaybe<AssetConsumesConnectionAggregateInput>;
  /** Return Assets where all of the related AssetConsumesConnections match this filter */
  all?: InputMaybe<AssetConsumesConnectionWhere>;
  /** Return Assets where none of the related AssetConsumesConnections match this filter */
  none?: InputMaybe<AssetConsumesConnectionWhere>;
  /** Return Assets where one of the related AssetConsumesConnections match this filter */
  single?: InputMaybe<AssetConsumesConnectionWhere>;
  /** Return Assets where some of the related AssetConsumesConnections match this filter */
  some?: InputMaybe<AssetConsumesConnectionWhere>;
};

export type AssetConsumesConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<ServiceSort>;
};

export type AssetConsumesConnectionWhere = {
  AND?: InputMaybe<Array<AssetConsumesConnectionWhere>>;
  NOT?: InputMaybe<AssetConsumesConnectionWhere>;
  OR?: InputMaybe<Array<AssetConsumesConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<ServiceWhere>;
};

export type AssetConsumesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetConsumesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetConsumesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetConsumesNodeAggregationWhereInput>>;
  errorRatePercent?: InputMaybe<FloatScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  transactions?: InputMaybe<FloatScalarAggregationFilters>;
};

export type AssetConsumesRelationship = {
  __typename?: 'AssetConsumesRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
  properties: RuleLink;
};

/** An asset ranked by what fails with it. */
export type AssetCriticality = {
  __typename?: 'AssetCriticality';
  /** Agencies that would lose a service (observed consumers; reported basis: agencies connected to it). */
  agenciesCutOff: Scalars['Int']['output'];
  /** True when every service it carries has another provider. */
  alternativeProvider: Scalars['Boolean']['output'];
  /** Code (NDXP, paygov). */
  code?: Maybe<Scalars['String']['output']>;
  /** Assets that consume its services, directly or through other assets. */
  dependentAssets: Array<DependentNode>;
  /** Asset id. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: AssetKind;
  /** Exchanges per month that would stop (observed: average over the window; reported: Phụ lục 3 totals ÷ the period's months). */
  monthlyExchangesLost: Scalars['Float']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Phụ lục 1 number. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The score's parts. */
  parts: Array<ScorePart>;
  /** Rank (1 = most critical). */
  rank: Scalars['Int']['output'];
  /** Score 0–100. */
  score: Scalars['Float']['output'];
  /** Services it provides (for a platform: that transit it). */
  services: Scalars['Int']['output'];
  /** True when it has users and no alternative provider. */
  singlePointOfFailure: Scalars['Boolean']['output'];
};

/** An asset an agency relies on, with the facts and the services involved. */
export type AssetDependency = {
  __typename?: 'AssetDependency';
  /** The connection facts, one per snapshot. */
  facts: Array<ExistingLink>;
  /** Asset id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Number in 001 Phụ lục 1. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Services the asset provides, with their reliability. */
  services: Array<ServiceSummary>;
};

export type AssetEdge = {
  __typename?: 'AssetEdge';
  cursor: Scalars['String']['output'];
  node: Asset;
};

export type AssetFigureFiguresAggregateSelection = {
  __typename?: 'AssetFigureFiguresAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetFigureFiguresEdgeAggregateSelection>;
  node?: Maybe<AssetFigureFiguresNodeAggregateSelection>;
};

export type AssetFigureFiguresEdgeAggregateSelection = {
  __typename?: 'AssetFigureFiguresEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetFigureFiguresNodeAggregateSelection = {
  __typename?: 'AssetFigureFiguresNodeAggregateSelection';
  asOf: StringAggregateSelection;
  metric: StringAggregateSelection;
  period: StringAggregateSelection;
  rank: IntAggregateSelection;
  subjectId: StringAggregateSelection;
  unit: StringAggregateSelection;
  value: FloatAggregateSelection;
};

export type AssetFiguresConnection = {
  __typename?: 'AssetFiguresConnection';
  aggregate: AssetFigureFiguresAggregateSelection;
  edges: Array<AssetFiguresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetFiguresConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetFiguresConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetFiguresConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetFiguresConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AssetFiguresNodeAggregationWhereInput>;
};

export type AssetFiguresConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetFiguresConnections */
  aggregate?: InputMaybe<AssetFiguresConnectionAggregateInput>;
  /** Return Assets where all of the related AssetFiguresConnections match this filter */
  all?: InputMaybe<AssetFiguresConnectionWhere>;
  /** Return Assets where none of the related AssetFiguresConnections match this filter */
  none?: InputMaybe<AssetFiguresConnectionWhere>;
  /** Return Assets where one of the related AssetFiguresConnections match this filter */
  single?: InputMaybe<AssetFiguresConnectionWhere>;
  /** Return Assets where some of the related AssetFiguresConnections match this filter */
  some?: InputMaybe<AssetFiguresConnectionWhere>;
};

export type AssetFiguresConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<FigureSort>;
};

export type AssetFiguresConnectionWhere = {
  AND?: InputMaybe<Array<AssetFiguresConnectionWhere>>;
  NOT?: InputMaybe<AssetFiguresConnectionWhere>;
  OR?: InputMaybe<Array<AssetFiguresConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<FigureWhere>;
};

export type AssetFiguresNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetFiguresNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetFiguresNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetFiguresNodeAggregationWhereInput>>;
  asOf?: InputMaybe<StringScalarAggregationFilters>;
  metric?: InputMaybe<StringScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  rank?: InputMaybe<IntScalarAggregationFilters>;
  subjectId?: InputMaybe<StringScalarAggregationFilters>;
  unit?: InputMaybe<StringScalarAggregationFilters>;
  value?: InputMaybe<FloatScalarAggregationFilters>;
};

export type AssetFiguresRelationship = {
  __typename?: 'AssetFiguresRelationship';
  cursor: Scalars['String']['output'];
  node: Figure;
  properties: Provenance;
};

/** What depends on an asset. */
export type AssetImpact = {
  __typename?: 'AssetImpact';
  /** The day the answer is as of (`asOf`), or null for every snapshot. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Agencies connected to it (either snapshot), in Vietnamese name order. At national scale an asset has thousands: page them with `limit`/`offset` and read the count from `connectedAgencyCount`. */
  connectedAgencies: Array<ConnectedAgency>;
  /** How many agencies are connected to it (all pages). */
  connectedAgencyCount: Scalars['Int']['output'];
  /** Assets and agencies consuming its services, directly or transitively. */
  dependents: Array<DependentNode>;
  /** Asset id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Services it provides, busiest first. */
  services: Array<ServiceSummary>;
  /** Monthly-period transactions of those services added up. */
  totalTransactions: Scalars['Float']['output'];
};


/** What depends on an asset. */
export type AssetImpactConnectedAgenciesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
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
  edge?: InputMaybe<OwnershipFactAggregationWhereInput>;
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
  edge?: InputMaybe<OwnershipFactSort>;
  node?: InputMaybe<AgencySort>;
};

export type AssetOwnersConnectionWhere = {
  AND?: InputMaybe<Array<AssetOwnersConnectionWhere>>;
  NOT?: InputMaybe<AssetOwnersConnectionWhere>;
  OR?: InputMaybe<Array<AssetOwnersConnectionWhere>>;
  edge?: InputMaybe<OwnershipFactWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type AssetOwnersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetOwnersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetOwnersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetOwnersNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AssetOwnersRelationship = {
  __typename?: 'AssetOwnersRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: OwnershipFact;
};

export type AssetPartOfConnection = {
  __typename?: 'AssetPartOfConnection';
  aggregate: AssetAssetPartOfAggregateSelection;
  edges: Array<AssetPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AssetPartOfNodeAggregationWhereInput>;
};

export type AssetPartOfConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetPartOfConnections */
  aggregate?: InputMaybe<AssetPartOfConnectionAggregateInput>;
  /** Return Assets where all of the related AssetPartOfConnections match this filter */
  all?: InputMaybe<AssetPartOfConnectionWhere>;
  /** Return Assets where none of the related AssetPartOfConnections match this filter */
  none?: InputMaybe<AssetPartOfConnectionWhere>;
  /** Return Assets where one of the related AssetPartOfConnections match this filter */
  single?: InputMaybe<AssetPartOfConnectionWhere>;
  /** Return Assets where some of the related AssetPartOfConnections match this filter */
  some?: InputMaybe<AssetPartOfConnectionWhere>;
};

export type AssetPartOfConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AssetSort>;
};

export type AssetPartOfConnectionWhere = {
  AND?: InputMaybe<Array<AssetPartOfConnectionWhere>>;
  NOT?: InputMaybe<AssetPartOfConnectionWhere>;
  OR?: InputMaybe<Array<AssetPartOfConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type AssetPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetPartOfNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AssetPartOfRelationship = {
  __typename?: 'AssetPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
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

export type AssetServiceConsumesAggregateSelection = {
  __typename?: 'AssetServiceConsumesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetServiceConsumesEdgeAggregateSelection>;
  node?: Maybe<AssetServiceConsumesNodeAggregateSelection>;
};

export type AssetServiceConsumesEdgeAggregateSelection = {
  __typename?: 'AssetServiceConsumesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetServiceConsumesNodeAggregateSelection = {
  __typename?: 'AssetServiceConsumesNodeAggregateSelection';
  errorRatePercent: FloatAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  period: StringAggregateSelection;
  transactions: FloatAggregateSelection;
};

export type AssetServiceServicesAggregateSelection = {
  __typename?: 'AssetServiceServicesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetServiceServicesEdgeAggregateSelection>;
  node?: Maybe<AssetServiceServicesNodeAggregateSelection>;
};

export type AssetServiceServicesEdgeAggregateSelection = {
  __typename?: 'AssetServiceServicesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetServiceServicesNodeAggregateSelection = {
  __typename?: 'AssetServiceServicesNodeAggregateSelection';
  errorRatePercent: FloatAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  period: StringAggregateSelection;
  transactions: FloatAggregateSelection;
};

export type AssetServiceTransitingServicesAggregateSelection = {
  __typename?: 'AssetServiceTransitingServicesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetServiceTransitingServicesEdgeAggregateSelection>;
  node?: Maybe<AssetServiceTransitingServicesNodeAggregateSelection>;
};

export type AssetServiceTransitingServicesEdgeAggregateSelection = {
  __typename?: 'AssetServiceTransitingServicesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetServiceTransitingServicesNodeAggregateSelection = {
  __typename?: 'AssetServiceTransitingServicesNodeAggregateSelection';
  errorRatePercent: FloatAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  period: StringAggregateSelection;
  transactions: FloatAggregateSelection;
};

export type AssetServicesConnection = {
  __typename?: 'AssetServicesConnection';
  aggregate: AssetServiceServicesAggregateSelection;
  edges: Array<AssetServicesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetServicesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetServicesConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetServicesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetServicesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<AssetServicesNodeAggregationWhereInput>;
};

export type AssetServicesConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetServicesConnections */
  aggregate?: InputMaybe<AssetServicesConnectionAggregateInput>;
  /** Return Assets where all of the related AssetServicesConnections match this filter */
  all?: InputMaybe<AssetServicesConnectionWhere>;
  /** Return Assets where none of the related AssetServicesConnections match this filter */
  none?: InputMaybe<AssetServicesConnectionWhere>;
  /** Return Assets where one of the related AssetServicesConnections match this filter */
  single?: InputMaybe<AssetServicesConnectionWhere>;
  /** Return Assets where some of the related AssetServicesConnections match this filter */
  some?: InputMaybe<AssetServicesConnectionWhere>;
};

export type AssetServicesConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<ServiceSort>;
};

export type AssetServicesConnectionWhere = {
  AND?: InputMaybe<Array<AssetServicesConnectionWhere>>;
  NOT?: InputMaybe<AssetServicesConnectionWhere>;
  OR?: InputMaybe<Array<AssetServicesConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<ServiceWhere>;
};

export type AssetServicesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetServicesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetServicesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetServicesNodeAggregationWhereInput>>;
  errorRatePercent?: InputMaybe<FloatScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  transactions?: InputMaybe<FloatScalarAggregationFilters>;
};

export type AssetServicesRelationship = {
  __typename?: 'AssetServicesRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
  properties: RuleLink;
};

/** Fields to sort Assets by. The order in which sorts are applied is not guaranteed when specifying many fields in one AssetSort object. */
export type AssetSort = {
  code?: InputMaybe<SortDirection>;
  foldedName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  isNational?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  purpose?: InputMaybe<SortDirection>;
  sortName?: InputMaybe<SortDirection>;
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
  file: StringAggregateSelection;
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
  file?: InputMaybe<StringScalarAggregationFilters>;
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

export type AssetStandardStandardsAggregateSelection = {
  __typename?: 'AssetStandardStandardsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AssetStandardStandardsEdgeAggregateSelection>;
  node?: Maybe<AssetStandardStandardsNodeAggregateSelection>;
};

export type AssetStandardStandardsEdgeAggregateSelection = {
  __typename?: 'AssetStandardStandardsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AssetStandardStandardsNodeAggregateSelection = {
  __typename?: 'AssetStandardStandardsNodeAggregateSelection';
  content: StringAggregateSelection;
  data: StringAggregateSelection;
  instrument: StringAggregateSelection;
  number: IntAggregateSelection;
};

export type AssetStandardsConnection = {
  __typename?: 'AssetStandardsConnection';
  aggregate: AssetStandardStandardsAggregateSelection;
  edges: Array<AssetStandardsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetStandardsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetStandardsConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetStandardsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetStandardsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<AssetStandardsNodeAggregationWhereInput>;
};

export type AssetStandardsConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetStandardsConnections */
  aggregate?: InputMaybe<AssetStandardsConnectionAggregateInput>;
  /** Return Assets where all of the related AssetStandardsConnections match this filter */
  all?: InputMaybe<AssetStandardsConnectionWhere>;
  /** Return Assets where none of the related AssetStandardsConnections match this filter */
  none?: InputMaybe<AssetStandardsConnectionWhere>;
  /** Return Assets where one of the related AssetStandardsConnections match this filter */
  single?: InputMaybe<AssetStandardsConnectionWhere>;
  /** Return Assets where some of the related AssetStandardsConnections match this filter */
  some?: InputMaybe<AssetStandardsConnectionWhere>;
};

export type AssetStandardsConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<StandardSort>;
};

export type AssetStandardsConnectionWhere = {
  AND?: InputMaybe<Array<AssetStandardsConnectionWhere>>;
  NOT?: InputMaybe<AssetStandardsConnectionWhere>;
  OR?: InputMaybe<Array<AssetStandardsConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<StandardWhere>;
};

export type AssetStandardsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetStandardsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetStandardsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetStandardsNodeAggregationWhereInput>>;
  content?: InputMaybe<StringScalarAggregationFilters>;
  data?: InputMaybe<StringScalarAggregationFilters>;
  instrument?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
};

export type AssetStandardsRelationship = {
  __typename?: 'AssetStandardsRelationship';
  cursor: Scalars['String']['output'];
  node: Standard;
  properties: RuleLink;
};

export type AssetTransitingServicesConnection = {
  __typename?: 'AssetTransitingServicesConnection';
  aggregate: AssetServiceTransitingServicesAggregateSelection;
  edges: Array<AssetTransitingServicesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetTransitingServicesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AssetTransitingServicesConnectionAggregateInput>>;
  NOT?: InputMaybe<AssetTransitingServicesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AssetTransitingServicesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<AssetTransitingServicesNodeAggregationWhereInput>;
};

export type AssetTransitingServicesConnectionFilters = {
  /** Filter Assets by aggregating results on related AssetTransitingServicesConnections */
  aggregate?: InputMaybe<AssetTransitingServicesConnectionAggregateInput>;
  /** Return Assets where all of the related AssetTransitingServicesConnections match this filter */
  all?: InputMaybe<AssetTransitingServicesConnectionWhere>;
  /** Return Assets where none of the related AssetTransitingServicesConnections match this filter */
  none?: InputMaybe<AssetTransitingServicesConnectionWhere>;
  /** Return Assets where one of the related AssetTransitingServicesConnections match this filter */
  single?: InputMaybe<AssetTransitingServicesConnectionWhere>;
  /** Return Assets where some of the related AssetTransitingServicesConnections match this filter */
  some?: InputMaybe<AssetTransitingServicesConnectionWhere>;
};

export type AssetTransitingServicesConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<ServiceSort>;
};

export type AssetTransitingServicesConnectionWhere = {
  AND?: InputMaybe<Array<AssetTransitingServicesConnectionWhere>>;
  NOT?: InputMaybe<AssetTransitingServicesConnectionWhere>;
  OR?: InputMaybe<Array<AssetTransitingServicesConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<ServiceWhere>;
};

export type AssetTransitingServicesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AssetTransitingServicesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AssetTransitingServicesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AssetTransitingServicesNodeAggregationWhereInput>>;
  errorRatePercent?: InputMaybe<FloatScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  transactions?: InputMaybe<FloatScalarAggregationFilters>;
};

export type AssetTransitingServicesRelationship = {
  __typename?: 'AssetTransitingServicesRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
  properties: RuleLink;
};

export type AssetWhere = {
  AND?: InputMaybe<Array<AssetWhere>>;
  NOT?: InputMaybe<AssetWhere>;
  OR?: InputMaybe<Array<AssetWhere>>;
  code?: InputMaybe<StringScalarFilters>;
  components?: InputMaybe<AssetRelationshipFilters>;
  componentsConnection?: InputMaybe<AssetComponentsConnectionFilters>;
  connectedAgencies?: InputMaybe<AgencyRelationshipFilters>;
  connectedAgenciesConnection?: InputMaybe<AssetConnectedAgenciesConnectionFilters>;
  consumes?: InputMaybe<ServiceRelationshipFilters>;
  consumesConnection?: InputMaybe<AssetConsumesConnectionFilters>;
  figures?: InputMaybe<FigureRelationshipFilters>;
  figuresConnection?: InputMaybe<AssetFiguresConnectionFilters>;
  foldedName?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  isNational?: InputMaybe<BooleanScalarFilters>;
  kind?: InputMaybe<AssetKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<IntScalarFilters>;
  owners?: InputMaybe<AgencyRelationshipFilters>;
  owners2025?: InputMaybe<Agency2025RelationshipFilters>;
  owners2025_ALL?: InputMaybe<Agency2025Where>;
  owners2025_NONE?: InputMaybe<Agency2025Where>;
  owners2025_SINGLE?: InputMaybe<Agency2025Where>;
  owners2025_SOME?: InputMaybe<Agency2025Where>;
  ownersConnection?: InputMaybe<AssetOwnersConnectionFilters>;
  partOf?: InputMaybe<AssetRelationshipFilters>;
  partOfConnection?: InputMaybe<AssetPartOfConnectionFilters>;
  purpose?: InputMaybe<StringScalarFilters>;
  services?: InputMaybe<ServiceRelationshipFilters>;
  servicesConnection?: InputMaybe<AssetServicesConnectionFilters>;
  sortName?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<AssetSourcesConnectionFilters>;
  standards?: InputMaybe<StandardRelationshipFilters>;
  standardsConnection?: InputMaybe<AssetStandardsConnectionFilters>;
  transitingServices?: InputMaybe<ServiceRelationshipFilters>;
  transitingServicesConnection?: InputMaybe<AssetTransitingServicesConnectionFilters>;
};

export type AssetsConnection = {
  __typename?: 'AssetsConnection';
  aggregate: AssetAggregate;
  edges: Array<AssetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * An inconsistency inside the reports, found by the audit (`npm run audit`), with the citations on both
 * sides (`citesConnection` edges, ordered by `position`). Source figures are never adjusted.
 */
export type AuditFinding = {
  __typename?: 'AuditFinding';
  /** The places cited (edge properties hold section, row and text). */
  cites: Array<SourceDocument>;
  citesConnection: AuditFindingCitesConnection;
  /** The figure it disagrees with (or computed from the listed items). */
  computed?: Maybe<Scalars['Float']['output']>;
  /** Stable id, e.g. `finding:stated_vs_listed:1`. */
  id: Scalars['ID']['output'];
  /** Kind of inconsistency. */
  kind: FindingKind;
  /** What disagrees, in words. */
  message: Scalars['String']['output'];
  /** The figure as reported, when there is one. */
  reported?: Maybe<Scalars['Float']['output']>;
};


/**
 * An inconsistency inside the reports, found by the audit (`npm run audit`), with the citations on both
 * sides (`citesConnection` edges, ordered by `position`). Source figures are never adjusted.
 */
export type AuditFindingCitesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * An inconsistency inside the reports, found by the audit (`npm run audit`), with the citations on both
 * sides (`citesConnection` edges, ordered by `position`). Source figures are never adjusted.
 */
export type AuditFindingCitesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuditFindingCitesConnectionSort>>;
  where?: InputMaybe<AuditFindingCitesConnectionWhere>;
};

export type AuditFindingAggregate = {
  __typename?: 'AuditFindingAggregate';
  count: Count;
  node: AuditFindingAggregateNode;
};

export type AuditFindingAggregateNode = {
  __typename?: 'AuditFindingAggregateNode';
  computed: FloatAggregateSelection;
  message: StringAggregateSelection;
  reported: FloatAggregateSelection;
};

export type AuditFindingCitesConnection = {
  __typename?: 'AuditFindingCitesConnection';
  aggregate: AuditFindingSourceDocumentCitesAggregateSelection;
  edges: Array<AuditFindingCitesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditFindingCitesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuditFindingCitesConnectionAggregateInput>>;
  NOT?: InputMaybe<AuditFindingCitesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuditFindingCitesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<AuditFindingCitesNodeAggregationWhereInput>;
};

export type AuditFindingCitesConnectionFilters = {
  /** Filter AuditFindings by aggregating results on related AuditFindingCitesConnections */
  aggregate?: InputMaybe<AuditFindingCitesConnectionAggregateInput>;
  /** Return AuditFindings where all of the related AuditFindingCitesConnections match this filter */
  all?: InputMaybe<AuditFindingCitesConnectionWhere>;
  /** Return AuditFindings where none of the related AuditFindingCitesConnections match this filter */
  none?: InputMaybe<AuditFindingCitesConnectionWhere>;
  /** Return AuditFindings where one of the related AuditFindingCitesConnections match this filter */
  single?: InputMaybe<AuditFindingCitesConnectionWhere>;
  /** Return AuditFindings where some of the related AuditFindingCitesConnections match this filter */
  some?: InputMaybe<AuditFindingCitesConnectionWhere>;
};

export type AuditFindingCitesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type AuditFindingCitesConnectionWhere = {
  AND?: InputMaybe<Array<AuditFindingCitesConnectionWhere>>;
  NOT?: InputMaybe<AuditFindingCitesConnectionWhere>;
  OR?: InputMaybe<Array<AuditFindingCitesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type AuditFindingCitesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuditFindingCitesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuditFindingCitesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuditFindingCitesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuditFindingCitesRelationship = {
  __typename?: 'AuditFindingCitesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Citation;
};

export type AuditFindingEdge = {
  __typename?: 'AuditFindingEdge';
  cursor: Scalars['String']['output'];
  node: AuditFinding;
};

/** Fields to sort AuditFindings by. The order in which sorts are applied is not guaranteed when specifying many fields in one AuditFindingSort object. */
export type AuditFindingSort = {
  computed?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  message?: InputMaybe<SortDirection>;
  reported?: InputMaybe<SortDirection>;
};

export type AuditFindingSourceDocumentCitesAggregateSelection = {
  __typename?: 'AuditFindingSourceDocumentCitesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuditFindingSourceDocumentCitesEdgeAggregateSelection>;
  node?: Maybe<AuditFindingSourceDocumentCitesNodeAggregateSelection>;
};

export type AuditFindingSourceDocumentCitesEdgeAggregateSelection = {
  __typename?: 'AuditFindingSourceDocumentCitesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  position: IntAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type AuditFindingSourceDocumentCitesNodeAggregateSelection = {
  __typename?: 'AuditFindingSourceDocumentCitesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type AuditFindingWhere = {
  AND?: InputMaybe<Array<AuditFindingWhere>>;
  NOT?: InputMaybe<AuditFindingWhere>;
  OR?: InputMaybe<Array<AuditFindingWhere>>;
  cites?: InputMaybe<SourceDocumentRelationshipFilters>;
  citesConnection?: InputMaybe<AuditFindingCitesConnectionFilters>;
  computed?: InputMaybe<FloatScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<FindingKindEnumScalarFilters>;
  message?: InputMaybe<StringScalarFilters>;
  reported?: InputMaybe<FloatScalarFilters>;
};

export type AuditFindingsConnection = {
  __typename?: 'AuditFindingsConnection';
  aggregate: AuditFindingAggregate;
  edges: Array<AuditFindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Catalogue quality of agencies, and the rule. */
export type CatalogueQuality = {
  __typename?: 'CatalogueQuality';
  /** The day the answer is for, if asked. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The page asked for, by agency in Vietnamese order. */
  catalogues: Array<CatalogueReport>;
  /** The era the agencies are named in. */
  era: Era;
  /** What 000 §2 reports of the provinces' catalogues. */
  reported: ReportedCatalogueSpread;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many catalogues match (all pages). */
  total: Scalars['Int']['output'];
};

/** One agency's catalogue, checked. */
export type CatalogueReport = {
  __typename?: 'CatalogueReport';
  /** The agency (E2025: the 2025 unit). */
  agency: DuplicateAgency;
  /** Entries in its catalogue. */
  entries: Scalars['Int']['output'];
  /** E2025: its 2023 parts. */
  parts: Array<DuplicateAgency>;
  /** Its size against its peers. */
  size: CatalogueSize;
  /** Entries that are documents or portals. */
  unstructured: Array<QualityEntry>;
  /** Entries without fields. */
  withoutFields: Array<QualityEntry>;
  /** Entries without a built/planned status. */
  withoutStatus: Array<QualityEntry>;
};

/** A catalogue's size against its peers'. */
export type CatalogueSize = {
  __typename?: 'CatalogueSize';
  /** Entries in it. */
  entries: Scalars['Int']['output'];
  /** Largest peer catalogue. */
  max?: Maybe<Scalars['Int']['output']>;
  /** Median peer catalogue. */
  median?: Maybe<Scalars['Float']['output']>;
  /** Smallest peer catalogue. */
  min?: Maybe<Scalars['Int']['output']>;
  /** Peers with a catalogue. */
  peers: Scalars['Int']['output'];
  /** Share of peers with a smaller catalogue, ties counted half (0–100); null without peers. */
  percentile?: Maybe<Scalars['Float']['output']>;
};

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

/** A count of changes of one kind. */
export type ChangeCount = {
  __typename?: 'ChangeCount';
  /** Kind. */
  change: ChangeKind;
  /** How many. */
  count: Scalars['Int']['output'];
};

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

/**
 * One committed change to the graph: who (token subject and issuer), when, the operation and what it
 * changed. Written by the server in the same transaction as the change it records, so every committed
 * change has exactly one, and a request that changed nothing has none. Read-only.
 */
export type ChangeRecord = {
  __typename?: 'ChangeRecord';
  /** Subject (sub) of the token that made it, or `cli:<user>` for the import commands. */
  actor: Scalars['String']['output'];
  /** When the write happened (ISO 8601). */
  at: Scalars['String']['output'];
  /** Ids of the nodes created, changed or deleted, and of the documents imported (at most 500). */
  changedIds: Array<Scalars['String']['output']>;
  /** What changed, as JSON: `changes` (created/updated/deleted nodes with before and after states, import summaries) and the request's `variables` (secrets redacted, long values replaced by their length and hash); at most 16,000 characters. */
  details: Scalars['String']['output'];
  /** The root mutation fields called. */
  fields: Array<Scalars['String']['output']>;
  /** Generated id. */
  id: Scalars['ID']['output'];
  /** Issuer (iss) of that token, when it had one. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** The GraphQL operation name, or the CLI command. */
  operation: Scalars['String']['output'];
  /** True when `details` had to be shortened (states dropped, ids kept). */
  truncated: Scalars['Boolean']['output'];
};

export type ChangeRecordAggregate = {
  __typename?: 'ChangeRecordAggregate';
  count: Count;
  node: ChangeRecordAggregateNode;
};

export type ChangeRecordAggregateNode = {
  __typename?: 'ChangeRecordAggregateNode';
  actor: StringAggregateSelection;
  at: StringAggregateSelection;
  details: StringAggregateSelection;
  issuer: StringAggregateSelection;
  operation: StringAggregateSelection;
};

export type ChangeRecordEdge = {
  __typename?: 'ChangeRecordEdge';
  cursor: Scalars['String']['output'];
  node: ChangeRecord;
};

/** Fields to sort ChangeRecords by. The order in which sorts are applied is not guaranteed when specifying many fields in one ChangeRecordSort object. */
export type ChangeRecordSort = {
  actor?: InputMaybe<SortDirection>;
  at?: InputMaybe<SortDirection>;
  details?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  issuer?: InputMaybe<SortDirection>;
  operation?: InputMaybe<SortDirection>;
  truncated?: InputMaybe<SortDirection>;
};

export type ChangeRecordWhere = {
  AND?: InputMaybe<Array<ChangeRecordWhere>>;
  NOT?: InputMaybe<ChangeRecordWhere>;
  OR?: InputMaybe<Array<ChangeRecordWhere>>;
  actor?: InputMaybe<StringScalarFilters>;
  at?: InputMaybe<StringScalarFilters>;
  changedIds?: InputMaybe<StringListFilters>;
  details?: InputMaybe<StringScalarFilters>;
  fields?: InputMaybe<StringListFilters>;
  id?: InputMaybe<IdScalarFilters>;
  issuer?: InputMaybe<StringScalarFilters>;
  operation?: InputMaybe<StringScalarFilters>;
  truncated?: InputMaybe<BooleanScalarFilters>;
};

export type ChangeRecordsConnection = {
  __typename?: 'ChangeRecordsConnection';
  aggregate: ChangeRecordAggregate;
  edges: Array<ChangeRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Connection changes between two days, with counts per kind (`changesBetween`). */
export type ChangesBetween = {
  __typename?: 'ChangesBetween';
  /** Per agency (or 2025 unit) and asset: the link valid on `from` against the one valid on `to`. */
  changes: Array<ConnectionChange>;
  /** How many pairs changed each way. */
  counts: Array<ChangeCount>;
  /** The map the rows are on: the one asked for, or the one in force on `to`. */
  era: Era;
  /** The earlier day. */
  from: Scalars['Date']['output'];
  /** The later day. */
  to: Scalars['Date']['output'];
};

/**
 * The edge properties for the following fields:
 * * AuditFinding.cites
 */
export type Citation = {
  __typename?: 'Citation';
  /** Short id of the document. */
  documentId: Scalars['String']['output'];
  /** Row or item. */
  locator: Scalars['String']['output'];
  /** 1 for the first side, 2 for the other. */
  position: Scalars['Int']['output'];
  /** Section. */
  section: Scalars['String']['output'];
  /** Text as printed. */
  text?: Maybe<Scalars['String']['output']>;
};

export type CitationAggregationWhereInput = {
  AND?: InputMaybe<Array<CitationAggregationWhereInput>>;
  NOT?: InputMaybe<CitationAggregationWhereInput>;
  OR?: InputMaybe<Array<CitationAggregationWhereInput>>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  position?: InputMaybe<IntScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type CitationSort = {
  documentId?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  position?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type CitationWhere = {
  AND?: InputMaybe<Array<CitationWhere>>;
  NOT?: InputMaybe<CitationWhere>;
  OR?: InputMaybe<Array<CitationWhere>>;
  documentId?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  position?: InputMaybe<IntScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

/** How a cluster was formed. */
export type ClusterBasis =
  /** Its items are alike and no national asset holds them: the candidates for one shared platform. */
  | 'LOCAL'
  /** Its items copy the same national asset. */
  | 'NATIONAL';

/** A member of a cluster. */
export type ClusterMember = {
  __typename?: 'ClusterMember';
  /** The agency answerable for it (a department's province; E2025: the 2025 unit). */
  accountable: DuplicateAgency;
  /** The agency keeping it. */
  agency: DuplicateAgency;
  /** Id of the local item. */
  itemId: Scalars['ID']['output'];
  /** Its name. */
  itemName: Scalars['String']['output'];
  /** Its national score (NATIONAL) or best link similarity to another member (LOCAL), 0–1. */
  score: Scalars['Float']['output'];
  /** Where it was read. */
  source: ItemSource;
  /** Inventory entry or dataset. */
  sourceType: LocalSourceType;
};

/** An agency connected to an asset, with the snapshots it is listed in. */
export type ConnectedAgency = {
  __typename?: 'ConnectedAgency';
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: AgencyKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Snapshots in which the connection is listed. */
  snapshots: Array<Snapshot>;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

/** One agency–asset change between snapshots. */
export type ConnectionChange = {
  __typename?: 'ConnectionChange';
  /** Agency id. */
  agencyId: Scalars['ID']['output'];
  /** Agency name. */
  agencyName: Scalars['String']['output'];
  /** Asset id. */
  assetId: Scalars['ID']['output'];
  /** Asset name. */
  assetName: Scalars['String']['output'];
  /** Kind of change. */
  change: ChangeKind;
  /** Era E2025: the 2023 parts listed in the earlier snapshot. */
  fromParts: Array<Scalars['String']['output']>;
  /** Status in the earlier snapshot, if listed. */
  fromStatus?: Maybe<ConnectionStatus>;
  /** Era E2025: the 2023 parts listed in the later snapshot. */
  toParts: Array<Scalars['String']['output']>;
  /** Status in the later snapshot, if listed. */
  toStatus?: Maybe<ConnectionStatus>;
};

/**
 * The edge properties for the following fields:
 * * Agency.connectedAssets
 * * Asset.connectedAgencies
 */
export type ConnectionFact = {
  __typename?: 'ConnectionFact';
  /** Short id of the document (`001`). */
  documentId: Scalars['String']['output'];
  /** Row and column. */
  locator: Scalars['String']['output'];
  /** Section, e.g. `Phụ lục 2 II. Địa phương`. */
  section: Scalars['String']['output'];
  /** Which column (snapshot) this fact comes from. */
  snapshot: Snapshot;
  /** What that column asserts about the connection. */
  status: ConnectionStatus;
  /** The cell as printed. */
  text?: Maybe<Scalars['String']['output']>;
};

export type ConnectionFactAggregationWhereInput = {
  AND?: InputMaybe<Array<ConnectionFactAggregationWhereInput>>;
  NOT?: InputMaybe<ConnectionFactAggregationWhereInput>;
  OR?: InputMaybe<Array<ConnectionFactAggregationWhereInput>>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type ConnectionFactSort = {
  documentId?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  snapshot?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type ConnectionFactWhere = {
  AND?: InputMaybe<Array<ConnectionFactWhere>>;
  NOT?: InputMaybe<ConnectionFactWhere>;
  OR?: InputMaybe<Array<ConnectionFactWhere>>;
  documentId?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  snapshot?: InputMaybe<SnapshotEnumScalarFilters>;
  status?: InputMaybe<ConnectionStatusEnumScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

/** Agencies of a tier × assets, with the status per snapshot and totals, for a heatmap. */
export type ConnectionMatrix = {
  __typename?: 'ConnectionMatrix';
  /** The day the `asOf` statuses are valid on, or null. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Columns (assets), in Phụ lục 1 order. */
  assets: Array<MatrixColumn>;
  /** The map the rows are on: the one asked for, or the one in force on `asOf`. */
  era: Era;
  /** Rows (agencies), by name: the page asked for with limit/offset. */
  rows: Array<MatrixRow>;
  /** How many rows the matrix has (all pages). */
  totalRows: Scalars['Int']['output'];
};

/** The status a report column asserts for the connections it lists. */
export type ConnectionStatus =
  /** In production with regular traffic (kết nối chính thức). */
  | 'OFFICIAL'
  /** Official or technical (test environment or negligible traffic); the June 2023 column does not tell which. */
  | 'OFFICIAL_OR_TECHNICAL'
  /** Technical only: a test environment or negligible traffic (imported snapshots may say so). */
  | 'TECHNICAL';

/** ConnectionStatus filters */
export type ConnectionStatusEnumScalarFilters = {
  eq?: InputMaybe<ConnectionStatus>;
  in?: InputMaybe<Array<ConnectionStatus>>;
};

/** The services an agency consumes, month by month. */
export type ConsumedServices = {
  __typename?: 'ConsumedServices';
  /** OBSERVED when any usage is imported for the window; else REPORTED. */
  basis: UsageBasis;
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: AgencyKind;
  /** Observed monthly series. */
  months: Array<UsageMonth>;
  /** Name. */
  name: Scalars['String']['output'];
  /** What the answer is based on, in words. */
  note: Scalars['String']['output'];
  /** Observed exchanges in the window. */
  observed: UsageTotals;
  /** Era E2025: the 2023 units added up. */
  parts: Array<Scalars['String']['output']>;
  /** The report's own total for the agency (Phụ lục 4), never merged with observed figures. */
  reported: ReportedAgencyFigures;
  /** Services, most exchanges first: the page asked for. */
  services: Array<ServiceUsage>;
  /** Imported files. */
  sources: Array<UsageSourceRef>;
  /** How many services (all pages). */
  totalServices: Scalars['Int']['output'];
  /** The months asked for, with coverage. */
  window: Array<MonthCoverage>;
};

/** A consumer of a service and what it exchanged. */
export type ConsumerUsage = {
  __typename?: 'ConsumerUsage';
  /** Agency id, or `usage:unattributed-consumer` for exchanges whose consumer is outside the graph. */
  id: Scalars['ID']['output'];
  /** Agency kind, or `UNATTRIBUTED`. */
  kind: Scalars['String']['output'];
  /** Monthly series over the window. */
  months: Array<UsageMonth>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Its exchanges with the service in the window. */
  observed: UsageTotals;
  /** Era E2025: the 2023 units whose exchanges are added up (empty otherwise, and for consumers without a 2025 successor). */
  parts: Array<Scalars['String']['output']>;
  /** Its share of the service's exchanges, percent. */
  sharePercent: Scalars['Float']['output'];
  /** Imported files these figures come from. */
  sources: Array<UsageSourceRef>;
  /** True for the unattributed consumer. */
  unattributed: Scalars['Boolean']['output'];
};

/** A local item that copies a national asset. */
export type CopiedItem = {
  __typename?: 'CopiedItem';
  /** The agency keeping it. */
  agency: DuplicateAgency;
  /** The asset or component it copies. */
  assetId: Scalars['ID']['output'];
  /** Its name. */
  assetName: Scalars['String']['output'];
  /** Id of the local item. */
  itemId: Scalars['ID']['output'];
  /** Its name. */
  itemName: Scalars['String']['output'];
  /** Its national score (0–1). */
  score: Scalars['Float']['output'];
  /** Where it was read. */
  source: ItemSource;
  /** Inventory entry or dataset. */
  sourceType: LocalSourceType;
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

/** How many of a 2025 unit's 2023 parts meet a requirement. */
export type Coverage =
  /** Every part does. */
  | 'FULL'
  /** No part does. */
  | 'NONE'
  /** Some parts do. */
  | 'PARTIAL';

/** A count of 2025 units by coverage. */
export type CoverageCount = {
  __typename?: 'CoverageCount';
  /** How many units. */
  count: Scalars['Int']['output'];
  /** Coverage. */
  coverage: Coverage;
};

/** An agency lacking the required link to an asset. */
export type CoverageGap = {
  __typename?: 'CoverageGap';
  /** Links it does have to the asset (empty when it has none at all). */
  has: Array<ExistingLink>;
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Agency kind. */
  kind: AgencyKind;
  /** Agency name. */
  name: Scalars['String']['output'];
  /** Its NDXP transactions in 001 Phụ lục 4 (1 Jan – 7 Jun 2023), when listed: how active it is elsewhere. */
  ndxpTransactions?: Maybe<Scalars['Float']['output']>;
};

/** Agencies of a tier lacking a link to an asset. */
export type CoverageGapResult = {
  __typename?: 'CoverageGapResult';
  /** The day the answer is as of (`asOf`), or null for every snapshot. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The asset asked about. */
  assetId: Scalars['ID']['output'];
  /** Its name. */
  assetName: Scalars['String']['output'];
  /** How many agencies of the tier were checked. */
  checked: Scalars['Int']['output'];
  /** Era E2025: how many 2025 units are FULL, PARTIAL and NONE (empty for E2023). */
  coverageCounts: Array<CoverageCount>;
  /** The map the answer is on: the one asked for, or the one in force on `asOf`. */
  era: Era;
  /** The agencies lacking the required link, by name (era E2023; the page asked for with limit/offset). */
  gaps: Array<CoverageGap>;
  /** Era E2025: the 2025 units not FULLY covered, each with its 2023 parts (empty for E2023). */
  rolledUp: Array<RolledUpGap>;
  /** How many agencies lack the link (all pages; era E2023). */
  total: Scalars['Int']['output'];
};

/** Information about the number of nodes and relationships created during a create mutation */
export type CreateInfo = {
  __typename?: 'CreateInfo';
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

export type CreateNotesMutationResponse = {
  __typename?: 'CreateNotesMutationResponse';
  info: CreateInfo;
  notes: Array<Note>;
};

/** Assets (and NDXP) ranked by what fails with them. */
export type CriticalityRanking = {
  __typename?: 'CriticalityRanking';
  /** Assets, most critical first: the page asked for. */
  assets: Array<AssetCriticality>;
  /** OBSERVED with imported usage; REPORTED without. */
  basis: UsageBasis;
  /** What the answer is based on, in words. */
  note: Scalars['String']['output'];
  /** How the score is computed, in words. */
  rule: Scalars['String']['output'];
  /** Assets (all pages). */
  total: Scalars['Int']['output'];
  /** Months of the window and their coverage. */
  window: Array<MonthCoverage>;
};

/** A kind of database: the same records kept by several agencies, NATIONAL (a national asset's) or LOCAL (a cluster's). */
export type DatabaseKind = {
  __typename?: 'DatabaseKind';
  /** How many answerable agencies keep an item (a department counts as its province). */
  agencyCount: Scalars['Int']['output'];
  /** NATIONAL: the asset whose records the items keep (most specific). */
  assetId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  assetName?: Maybe<Scalars['String']['output']>;
  /** NATIONAL or LOCAL. */
  basis: KindBasis;
  /** The department kind that usually keeps it. */
  department?: Maybe<DepartmentKind>;
  /** Stable id: `kind:national:<asset>` or `kind:local:<first item>`. */
  id: Scalars['ID']['output'];
  /** How many items. */
  itemCount: Scalars['Int']['output'];
  /** Its items, by agency then name (the page asked for), each citing its file and row. */
  items: Array<KindItem>;
  /** Its label in Vietnamese: the national asset's name, or the terms its items share, with their diacritics. */
  label: Scalars['String']['output'];
  /** NATIONAL: the top-level national database (a land component's parent). */
  nationalAssetId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  nationalAssetName?: Maybe<Scalars['String']['output']>;
  /** Why these items are one kind, in words. */
  reason: Scalars['String']['output'];
  /** Terms its items share (Vietnamese, with diacritics). */
  terms: Array<Scalars['String']['output']>;
};


/** A kind of database: the same records kept by several agencies, NATIONAL (a national asset's) or LOCAL (a cluster's). */
export type DatabaseKindItemsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** Kinds of database and the rule. */
export type DatabaseKinds = {
  __typename?: 'DatabaseKinds';
  /** The page asked for: most agencies first. */
  kinds: Array<DatabaseKind>;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many kinds match (all pages). */
  total: Scalars['Int']['output'];
};

/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type Dataset = {
  __typename?: 'Dataset';
  /** Stable id: `dataset:003:<topic>-<n>`. */
  id: Scalars['ID']['output'];
  /** Name as printed (wrapped lines joined). */
  name: Scalars['String']['output'];
  /** Number inside the topic, as printed. */
  number: Scalars['Int']['output'];
  /** The plan that lists it. */
  plan: Array<OpenDataPlan>;
  planConnection: DatasetPlanConnection;
  /** The provincial department responsible. */
  responsible: Array<Agency>;
  responsibleConnection: DatasetResponsibleConnection;
  /** Where it is printed. */
  sources: Array<SourceDocument>;
  sourcesConnection: DatasetSourcesConnection;
  /** Topic heading (CHỦ ĐỀ …). */
  topic: Scalars['String']['output'];
  /** Roman numeral of the topic. */
  topicNumber: Scalars['String']['output'];
};


/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type DatasetPlanArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanSort>>;
  where?: InputMaybe<OpenDataPlanWhere>;
};


/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type DatasetPlanConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetPlanConnectionSort>>;
  where?: InputMaybe<DatasetPlanConnectionWhere>;
};


/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type DatasetResponsibleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type DatasetResponsibleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetResponsibleConnectionSort>>;
  where?: InputMaybe<DatasetResponsibleConnectionWhere>;
};


/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type DatasetSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/** A dataset an open-data plan will open, with its topic and the department responsible. */
export type DatasetSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetSourcesConnectionSort>>;
  where?: InputMaybe<DatasetSourcesConnectionWhere>;
};

export type DatasetAgencyResponsibleAggregateSelection = {
  __typename?: 'DatasetAgencyResponsibleAggregateSelection';
  count: CountConnection;
  edge?: Maybe<DatasetAgencyResponsibleEdgeAggregateSelection>;
  node?: Maybe<DatasetAgencyResponsibleNodeAggregateSelection>;
};

export type DatasetAgencyResponsibleEdgeAggregateSelection = {
  __typename?: 'DatasetAgencyResponsibleEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type DatasetAgencyResponsibleNodeAggregateSelection = {
  __typename?: 'DatasetAgencyResponsibleNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type DatasetAggregate = {
  __typename?: 'DatasetAggregate';
  count: Count;
  node: DatasetAggregateNode;
};

export type DatasetAggregateNode = {
  __typename?: 'DatasetAggregateNode';
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  topic: StringAggregateSelection;
  topicNumber: StringAggregateSelection;
};

export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  cursor: Scalars['String']['output'];
  node: Dataset;
};

export type DatasetOpenDataPlanPlanAggregateSelection = {
  __typename?: 'DatasetOpenDataPlanPlanAggregateSelection';
  count: CountConnection;
  edge?: Maybe<DatasetOpenDataPlanPlanEdgeAggregateSelection>;
  node?: Maybe<DatasetOpenDataPlanPlanNodeAggregateSelection>;
};

export type DatasetOpenDataPlanPlanEdgeAggregateSelection = {
  __typename?: 'DatasetOpenDataPlanPlanEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type DatasetOpenDataPlanPlanNodeAggregateSelection = {
  __typename?: 'DatasetOpenDataPlanPlanNodeAggregateSelection';
  period: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type DatasetPlanConnection = {
  __typename?: 'DatasetPlanConnection';
  aggregate: DatasetOpenDataPlanPlanAggregateSelection;
  edges: Array<DatasetPlanRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetPlanConnectionAggregateInput = {
  AND?: InputMaybe<Array<DatasetPlanConnectionAggregateInput>>;
  NOT?: InputMaybe<DatasetPlanConnectionAggregateInput>;
  OR?: InputMaybe<Array<DatasetPlanConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<DatasetPlanNodeAggregationWhereInput>;
};

export type DatasetPlanConnectionFilters = {
  /** Filter Datasets by aggregating results on related DatasetPlanConnections */
  aggregate?: InputMaybe<DatasetPlanConnectionAggregateInput>;
  /** Return Datasets where all of the related DatasetPlanConnections match this filter */
  all?: InputMaybe<DatasetPlanConnectionWhere>;
  /** Return Datasets where none of the related DatasetPlanConnections match this filter */
  none?: InputMaybe<DatasetPlanConnectionWhere>;
  /** Return Datasets where one of the related DatasetPlanConnections match this filter */
  single?: InputMaybe<DatasetPlanConnectionWhere>;
  /** Return Datasets where some of the related DatasetPlanConnections match this filter */
  some?: InputMaybe<DatasetPlanConnectionWhere>;
};

export type DatasetPlanConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<OpenDataPlanSort>;
};

export type DatasetPlanConnectionWhere = {
  AND?: InputMaybe<Array<DatasetPlanConnectionWhere>>;
  NOT?: InputMaybe<DatasetPlanConnectionWhere>;
  OR?: InputMaybe<Array<DatasetPlanConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<OpenDataPlanWhere>;
};

export type DatasetPlanNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DatasetPlanNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DatasetPlanNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DatasetPlanNodeAggregationWhereInput>>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type DatasetPlanRelationship = {
  __typename?: 'DatasetPlanRelationship';
  cursor: Scalars['String']['output'];
  node: OpenDataPlan;
  properties: Provenance;
};

export type DatasetRelationshipFilters = {
  /** Filter type where all of the related Datasets match this filter */
  all?: InputMaybe<DatasetWhere>;
  /** Filter type where none of the related Datasets match this filter */
  none?: InputMaybe<DatasetWhere>;
  /** Filter type where one of the related Datasets match this filter */
  single?: InputMaybe<DatasetWhere>;
  /** Filter type where some of the related Datasets match this filter */
  some?: InputMaybe<DatasetWhere>;
};

export type DatasetResponsibleConnection = {
  __typename?: 'DatasetResponsibleConnection';
  aggregate: DatasetAgencyResponsibleAggregateSelection;
  edges: Array<DatasetResponsibleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetResponsibleConnectionAggregateInput = {
  AND?: InputMaybe<Array<DatasetResponsibleConnectionAggregateInput>>;
  NOT?: InputMaybe<DatasetResponsibleConnectionAggregateInput>;
  OR?: InputMaybe<Array<DatasetResponsibleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<DatasetResponsibleNodeAggregationWhereInput>;
};

export type DatasetResponsibleConnectionFilters = {
  /** Filter Datasets by aggregating results on related DatasetResponsibleConnections */
  aggregate?: InputMaybe<DatasetResponsibleConnectionAggregateInput>;
  /** Return Datasets where all of the related DatasetResponsibleConnections match this filter */
  all?: InputMaybe<DatasetResponsibleConnectionWhere>;
  /** Return Datasets where none of the related DatasetResponsibleConnections match this filter */
  none?: InputMaybe<DatasetResponsibleConnectionWhere>;
  /** Return Datasets where one of the related DatasetResponsibleConnections match this filter */
  single?: InputMaybe<DatasetResponsibleConnectionWhere>;
  /** Return Datasets where some of the related DatasetResponsibleConnections match this filter */
  some?: InputMaybe<DatasetResponsibleConnectionWhere>;
};

export type DatasetResponsibleConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgencySort>;
};

export type DatasetResponsibleConnectionWhere = {
  AND?: InputMaybe<Array<DatasetResponsibleConnectionWhere>>;
  NOT?: InputMaybe<DatasetResponsibleConnectionWhere>;
  OR?: InputMaybe<Array<DatasetResponsibleConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type DatasetResponsibleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DatasetResponsibleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DatasetResponsibleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DatasetResponsibleNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type DatasetResponsibleRelationship = {
  __typename?: 'DatasetResponsibleRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

/** Fields to sort Datasets by. The order in which sorts are applied is not guaranteed when specifying many fields in one DatasetSort object. */
export type DatasetSort = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  topic?: InputMaybe<SortDirection>;
  topicNumber?: InputMaybe<SortDirection>;
};

export type DatasetSourceDocumentSourcesAggregateSelection = {
  __typename?: 'DatasetSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<DatasetSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<DatasetSourceDocumentSourcesNodeAggregateSelection>;
};

export type DatasetSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'DatasetSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type DatasetSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'DatasetSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type DatasetSourcesConnection = {
  __typename?: 'DatasetSourcesConnection';
  aggregate: DatasetSourceDocumentSourcesAggregateSelection;
  edges: Array<DatasetSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<DatasetSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<DatasetSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<DatasetSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<DatasetSourcesNodeAggregationWhereInput>;
};

export type DatasetSourcesConnectionFilters = {
  /** Filter Datasets by aggregating results on related DatasetSourcesConnections */
  aggregate?: InputMaybe<DatasetSourcesConnectionAggregateInput>;
  /** Return Datasets where all of the related DatasetSourcesConnections match this filter */
  all?: InputMaybe<DatasetSourcesConnectionWhere>;
  /** Return Datasets where none of the related DatasetSourcesConnections match this filter */
  none?: InputMaybe<DatasetSourcesConnectionWhere>;
  /** Return Datasets where one of the related DatasetSourcesConnections match this filter */
  single?: InputMaybe<DatasetSourcesConnectionWhere>;
  /** Return Datasets where some of the related DatasetSourcesConnections match this filter */
  some?: InputMaybe<DatasetSourcesConnectionWhere>;
};

export type DatasetSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type DatasetSourcesConnectionWhere = {
  AND?: InputMaybe<Array<DatasetSourcesConnectionWhere>>;
  NOT?: InputMaybe<DatasetSourcesConnectionWhere>;
  OR?: InputMaybe<Array<DatasetSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type DatasetSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DatasetSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DatasetSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DatasetSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type DatasetSourcesRelationship = {
  __typename?: 'DatasetSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type DatasetWhere = {
  AND?: InputMaybe<Array<DatasetWhere>>;
  NOT?: InputMaybe<DatasetWhere>;
  OR?: InputMaybe<Array<DatasetWhere>>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<IntScalarFilters>;
  plan?: InputMaybe<OpenDataPlanRelationshipFilters>;
  planConnection?: InputMaybe<DatasetPlanConnectionFilters>;
  responsible?: InputMaybe<AgencyRelationshipFilters>;
  responsibleConnection?: InputMaybe<DatasetResponsibleConnectionFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<DatasetSourcesConnectionFilters>;
  topic?: InputMaybe<StringScalarFilters>;
  topicNumber?: InputMaybe<StringScalarFilters>;
};

export type DatasetsConnection = {
  __typename?: 'DatasetsConnection';
  aggregate: DatasetAggregate;
  edges: Array<DatasetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Declared links against observed traffic for a tier. */
export type DeclaredVsObserved = {
  __typename?: 'DeclaredVsObserved';
  /** The day the declared links are as of (`asOf`), or null for every snapshot. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** OBSERVED with imported usage for the window; REPORTED without (001 Phụ lục 4 agency totals against the listed links). */
  basis: UsageBasis;
  /** Pairs per class. */
  counts: Array<LinkClassCount>;
  /** What the answer is based on, in words. */
  note: Scalars['String']['output'];
  /** Pairs: the page asked for, by class (problems first), then agency and asset. */
  pairs: Array<LinkComparison>;
  /** The rule behind each class, in words, with the threshold. */
  rule: Scalars['String']['output'];
  /** The threshold for regular traffic. */
  threshold: RegularTraffic;
  /** Pairs (all pages). */
  total: Scalars['Int']['output'];
  /** Observed exchanges with services whose providing asset the graph does not know: they cannot be compared with links and are not classified. */
  trafficWithoutProvider: UsageTotals;
  /** Months of the window and their coverage. */
  window: Array<MonthCoverage>;
};

/** Information about the number of nodes and relationships deleted during a delete mutation */
export type DeleteInfo = {
  __typename?: 'DeleteInfo';
  nodesDeleted: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

/** The same department of every province (Sở Tư pháp), as the kind that usually keeps a kind of database. */
export type DepartmentKind = {
  __typename?: 'DepartmentKind';
  /** How many keeping departments are of this kind (0: from the national asset's owner ministry, none keeps it yet). */
  keepers: Scalars['Int']['output'];
  /** Key: the department's id after its province (`so-tu-phap`). */
  key: Scalars['ID']['output'];
  /** Name without the province. */
  name: Scalars['String']['output'];
  /** How many departments keep the kind at all. */
  of: Scalars['Int']['output'];
};

/** Something that consumes an asset's services, directly (depth 1) or through other assets. */
export type DependentNode = {
  __typename?: 'DependentNode';
  /** Hops of service consumption from the asset. */
  depth: Scalars['Int']['output'];
  /** Id of the dependent asset or agency. */
  id: Scalars['ID']['output'];
  /** `Asset` or `Agency`. */
  label: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Ids of the services along the way. */
  via: Array<Scalars['ID']['output']>;
};

/** An agency in a duplicate answer. */
export type DuplicateAgency = {
  __typename?: 'DuplicateAgency';
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Kind of agency. */
  kind?: Maybe<AgencyKind>;
  /** Agency name. */
  name: Scalars['String']['output'];
};

/** A local item (inventory entry or dataset) that duplicates a national asset, or that several agencies build separately. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** The agency answerable for it: the province for a department, else the keeper. */
  accountable: DuplicateAgency;
  /** The agency keeping it (a department for Điện Biên's datasets). */
  agency: DuplicateAgency;
  /** The cluster the item belongs to, if any. */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** The national asset (or land component) it overlaps; for CROSS_AGENCY, the cluster. */
  databaseId: Scalars['ID']['output'];
  /** Its name (for CROSS_AGENCY, the cluster's label). */
  databaseName: Scalars['String']['output'];
  /** Same as itemId (the name the first version used). */
  datasetId: Scalars['ID']['output'];
  /** Same as itemName (the name the first version used). */
  datasetName: Scalars['String']['output'];
  /** Same as agency.id (the name the first version used). */
  departmentId: Scalars['ID']['output'];
  /** Same as agency.name (the name the first version used). */
  departmentName: Scalars['String']['output'];
  /** The reviewed evidence that linked it (empty for CROSS_AGENCY). */
  evidence: Array<DuplicateEvidence>;
  /** Its description, if any. */
  itemDescription?: Maybe<Scalars['String']['output']>;
  /** Id of the local item. */
  itemId: Scalars['ID']['output'];
  /** Its name, as written. */
  itemName: Scalars['String']['output'];
  /** COPY, OWN_LISTING or CROSS_AGENCY. */
  kind: DuplicateKind;
  /** Same as matchedTerms plus the evidence phrases (the name the first version used). */
  matchedPhrases: Array<Scalars['String']['output']>;
  /** Index terms (word bigrams/trigrams, folded) shared with the asset's profile or the cluster. */
  matchedTerms: Array<Scalars['String']['output']>;
  /** The top-level national asset (a land component's parent); null for CROSS_AGENCY. */
  nationalAssetId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  nationalAssetName?: Maybe<Scalars['String']['output']>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** The rule that found it. */
  rule: Scalars['String']['output'];
  /** 0–1: COPY/OWN_LISTING from BM25 (0.6 = the rule's threshold); CROSS_AGENCY from the best link similarity (0.6 = the link threshold). */
  score: Scalars['Float']['output'];
  /** Where the item was read. */
  source: ItemSource;
  /** Inventory entry or open-data dataset. */
  sourceType: LocalSourceType;
  /** The 2025 unit the answerable agency became, if any. */
  unit2025?: Maybe<DuplicateAgency>;
};

/** Duplicate candidates, the rules that found them, and how many there are in all. */
export type DuplicateCandidates = {
  __typename?: 'DuplicateCandidates';
  /** The day the answer is as of (`asOf`), or null for every item the graph holds. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The page asked for: best score first, then agency and item name in Vietnamese order. */
  candidates: Array<DuplicateCandidate>;
  /** The map the agencies are named on: the one asked for, or the one in force on `asOf`. */
  era: Era;
  /** The matching rules, in words. */
  rule: Scalars['String']['output'];
  /** How many candidates match the filters (all pages). */
  total: Scalars['Int']['output'];
};

/** The same kind of local database built separately by several agencies: a candidate for one shared platform. */
export type DuplicateCluster = {
  __typename?: 'DuplicateCluster';
  /** Those agencies, in Vietnamese order. */
  agencies: Array<DuplicateAgency>;
  /** How many answerable agencies (E2025: 2025 units) keep a member. */
  agencyCount: Scalars['Int']['output'];
  /** NATIONAL (all copy one national asset) or LOCAL (alike, no national asset holds them). */
  basis: ClusterBasis;
  /** Stable id: `cluster:national:<asset>` or `cluster:local:<first item>`. */
  id: Scalars['ID']['output'];
  /** How many items. */
  itemCount: Scalars['Int']['output'];
  /** The national asset's name, or the most shared terms. */
  label: Scalars['String']['output'];
  /** The items, by agency then name: the page asked for (clusters of copies of a national database can have hundreds). */
  members: Array<ClusterMember>;
  /** The national asset copied (NATIONAL): the most specific one — a land component, not the land database. */
  nationalAssetId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  nationalAssetName?: Maybe<Scalars['String']['output']>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** Terms most members share. */
  sharedTerms: Array<Scalars['String']['output']>;
};


/** The same kind of local database built separately by several agencies: a candidate for one shared platform. */
export type DuplicateClusterMembersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** Clusters and the rule that formed them. */
export type DuplicateClusters = {
  __typename?: 'DuplicateClusters';
  /** The page asked for: most agencies first. */
  clusters: Array<DuplicateCluster>;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many clusters match the filters (all pages). */
  total: Scalars['Int']['output'];
};

/** One reason an item was linked to a national asset. */
export type DuplicateEvidence = {
  __typename?: 'DuplicateEvidence';
  /** What the item says: the phrase itself, or the synonym or legal basis written. */
  found: Scalars['String']['output'];
  /** The reviewed phrase (or the standard's number). */
  phrase: Scalars['String']['output'];
  /** How it matched. */
  via: EvidenceVia;
  /** Where in the item. */
  where: EvidenceWhere;
};

/** What kind of duplicate a candidate is. */
export type DuplicateKind =
  /** The item keeps records a national database or system already holds (the once-only principle). */
  | 'COPY'
  /** The item is a local database that several agencies build separately and no national one holds (a member of a LOCAL cluster). */
  | 'CROSS_AGENCY'
  /** The item is the owner's own listing of a national asset under another name: the same asset, not a copy. */
  | 'OWN_LISTING';

/** A connection an agency has to an asset, by snapshot. */
export type DuplicateLink = {
  __typename?: 'DuplicateLink';
  /** The agency connected (a 2023 unit). */
  agencyId: Scalars['ID']['output'];
  /** Snapshot of the fact. */
  snapshot: Snapshot;
  /** Status reported. */
  status: ConnectionStatus;
};

/** Duration percentiles of exchanges, from a log-scale histogram: each value is its bucket's upper bound (at most √2 above the true value). */
export type DurationPercentiles = {
  __typename?: 'DurationPercentiles';
  /** Median, ms. */
  p50Ms: Scalars['Float']['output'];
  /** 95th percentile, ms. */
  p95Ms: Scalars['Float']['output'];
  /** 99th percentile, ms. */
  p99Ms: Scalars['Float']['output'];
  /** Exchanges with a duration. */
  samples: Scalars['Float']['output'];
};

/** Where a relationship was read: the document, section, row, the raw text, and the matching rule when a rule inferred it. */
export type EdgeCitation = {
  __typename?: 'EdgeCitation';
  /** Short id of the document (`000`…`004`, or the 2025 reference table). */
  documentId: Scalars['String']['output'];
  /** Row, column or item. */
  locator: Scalars['String']['output'];
  /** The matching rule, in words, when a documented rule inferred the link. */
  rule?: Maybe<Scalars['String']['output']>;
  /** How well the rule matched (1 = exact), when it scores. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Table, appendix or section. */
  section: Scalars['String']['output'];
  /** The raw text as printed (NFC). */
  text?: Maybe<Scalars['String']['output']>;
};

/** Which way a relationship points, seen from the node asked about. */
export type EdgeDirection =
  /** From the neighbour to the node asked about. */
  | 'IN'
  /** From the node asked about to the neighbour. */
  | 'OUT';

/** One 2023 part behind a rolled-up 2025 relationship, with the citation of its own fact. */
export type EdgePart = {
  __typename?: 'EdgePart';
  /** Where the part's fact was read. */
  citation: EdgeCitation;
  /** 2023 agency id. */
  id: Scalars['ID']['output'];
  /** 2023 name. */
  name: Scalars['String']['output'];
};

/** Which administrative map a question is asked against. */
export type Era =
  /** The 63 provinces and the ministries of the 2023 reports. */
  | 'E2023'
  /** The 34 provinces of 1 July 2025 and the ministries after 1 March 2025; 2023 facts are rolled up to them. */
  | 'E2025';

/** How the evidence matched. */
export type EvidenceVia =
  /** A reviewed phrase denoting the asset's records, as written. */
  | 'PHRASE'
  /** The legal basis cites the standard (000) that governs the asset. */
  | 'STANDARD'
  /** A reviewed synonym of such a phrase (e.g. "nhân khẩu" for "dân cư"). */
  | 'SYNONYM'
  /** The whole subject of the name is the asset's record noun ("CSDL về giá"). */
  | 'WHOLE_SUBJECT';

/** Which part of the item the evidence was found in. */
export type EvidenceWhere =
  /** The item's description. */
  | 'DESCRIPTION'
  /** The item's legal basis. */
  | 'LEGAL_BASIS'
  /** The item's name. */
  | 'NAME';

/** One link an agency does have to the asset, weaker than (or in another snapshot than) the one required. */
export type ExistingLink = {
  __typename?: 'ExistingLink';
  /** The 2023 agency the fact is about (a part, when the question is asked of a 2025 unit). */
  agency?: Maybe<Scalars['String']['output']>;
  /** Row and column. */
  locator: Scalars['String']['output'];
  /** Section of 001 it was read from. */
  section: Scalars['String']['output'];
  /** Snapshot of the fact. */
  snapshot: Snapshot;
  /** Status the column asserts. */
  status: ConnectionStatus;
  /** The cell as printed. */
  text?: Maybe<Scalars['String']['output']>;
};

/**
 * A number as a report prints it: a size, a total, a count, a transaction figure, a rank. Never adjusted;
 * where two reports disagree both figures exist and the audit shows it.
 */
export type Figure = {
  __typename?: 'Figure';
  /** The agency, asset, service or plan the figure is about. */
  about: Array<FigureSubject>;
  aboutConnection: FigureAboutConnection;
  /** Date the value was true, when the report gives one. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `fig:001:p4:I:3`. */
  id: Scalars['ID']['output'];
  /** What is measured, e.g. `ndxp-transactions`, `catalogue-databases`, `transactions-succeeded`. */
  metric: Scalars['String']['output'];
  /** Period the value covers (ISO date, month or interval). */
  period?: Maybe<Scalars['String']['output']>;
  /** Rank in the table that printed it, for ranked tables. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Where it is printed. */
  sources: Array<SourceDocument>;
  sourcesConnection: FigureSourcesConnection;
  /** Id of the node the figure is about (also the `about` edge), or null for a figure about all agencies. */
  subjectId?: Maybe<Scalars['String']['output']>;
  /** Unit, e.g. `transactions`, `million people`, `percent`. */
  unit: Scalars['String']['output'];
  /** The value as printed (decimal comma read as a point). */
  value: Scalars['Float']['output'];
};


/**
 * A number as a report prints it: a size, a total, a count, a transaction figure, a rank. Never adjusted;
 * where two reports disagree both figures exist and the audit shows it.
 */
export type FigureAboutArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FigureSubjectWhere>;
};


/**
 * A number as a report prints it: a size, a total, a count, a transaction figure, a rank. Never adjusted;
 * where two reports disagree both figures exist and the audit shows it.
 */
export type FigureAboutConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureAboutConnectionSort>>;
  where?: InputMaybe<FigureAboutConnectionWhere>;
};


/**
 * A number as a report prints it: a size, a total, a count, a transaction figure, a rank. Never adjusted;
 * where two reports disagree both figures exist and the audit shows it.
 */
export type FigureSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * A number as a report prints it: a size, a total, a count, a transaction figure, a rank. Never adjusted;
 * where two reports disagree both figures exist and the audit shows it.
 */
export type FigureSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSourcesConnectionSort>>;
  where?: InputMaybe<FigureSourcesConnectionWhere>;
};

export type FigureAboutAgencyConnectionWhere = {
  AND?: InputMaybe<Array<FigureAboutAgencyConnectionWhere>>;
  NOT?: InputMaybe<FigureAboutAgencyConnectionWhere>;
  OR?: InputMaybe<Array<FigureAboutAgencyConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type FigureAboutAssetConnectionWhere = {
  AND?: InputMaybe<Array<FigureAboutAssetConnectionWhere>>;
  NOT?: InputMaybe<FigureAboutAssetConnectionWhere>;
  OR?: InputMaybe<Array<FigureAboutAssetConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type FigureAboutConnection = {
  __typename?: 'FigureAboutConnection';
  edges: Array<FigureAboutRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FigureAboutConnectionFilters = {
  /** Return Figures where all of the related FigureAboutConnections match this filter */
  all?: InputMaybe<FigureAboutConnectionWhere>;
  /** Return Figures where none of the related FigureAboutConnections match this filter */
  none?: InputMaybe<FigureAboutConnectionWhere>;
  /** Return Figures where one of the related FigureAboutConnections match this filter */
  single?: InputMaybe<FigureAboutConnectionWhere>;
  /** Return Figures where some of the related FigureAboutConnections match this filter */
  some?: InputMaybe<FigureAboutConnectionWhere>;
};

export type FigureAboutConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
};

export type FigureAboutConnectionWhere = {
  Agency?: InputMaybe<FigureAboutAgencyConnectionWhere>;
  Asset?: InputMaybe<FigureAboutAssetConnectionWhere>;
  OpenDataPlan?: InputMaybe<FigureAboutOpenDataPlanConnectionWhere>;
  Service?: InputMaybe<FigureAboutServiceConnectionWhere>;
};

export type FigureAboutOpenDataPlanConnectionWhere = {
  AND?: InputMaybe<Array<FigureAboutOpenDataPlanConnectionWhere>>;
  NOT?: InputMaybe<FigureAboutOpenDataPlanConnectionWhere>;
  OR?: InputMaybe<Array<FigureAboutOpenDataPlanConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<OpenDataPlanWhere>;
};

export type FigureAboutRelationship = {
  __typename?: 'FigureAboutRelationship';
  cursor: Scalars['String']['output'];
  node: FigureSubject;
  properties: Provenance;
};

export type FigureAboutServiceConnectionWhere = {
  AND?: InputMaybe<Array<FigureAboutServiceConnectionWhere>>;
  NOT?: InputMaybe<FigureAboutServiceConnectionWhere>;
  OR?: InputMaybe<Array<FigureAboutServiceConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ServiceWhere>;
};

export type FigureAggregate = {
  __typename?: 'FigureAggregate';
  count: Count;
  node: FigureAggregateNode;
};

export type FigureAggregateNode = {
  __typename?: 'FigureAggregateNode';
  asOf: StringAggregateSelection;
  metric: StringAggregateSelection;
  period: StringAggregateSelection;
  rank: IntAggregateSelection;
  subjectId: StringAggregateSelection;
  unit: StringAggregateSelection;
  value: FloatAggregateSelection;
};

export type FigureEdge = {
  __typename?: 'FigureEdge';
  cursor: Scalars['String']['output'];
  node: Figure;
};

export type FigureRelationshipFilters = {
  /** Filter type where all of the related Figures match this filter */
  all?: InputMaybe<FigureWhere>;
  /** Filter type where none of the related Figures match this filter */
  none?: InputMaybe<FigureWhere>;
  /** Filter type where one of the related Figures match this filter */
  single?: InputMaybe<FigureWhere>;
  /** Filter type where some of the related Figures match this filter */
  some?: InputMaybe<FigureWhere>;
};

/** Fields to sort Figures by. The order in which sorts are applied is not guaranteed when specifying many fields in one FigureSort object. */
export type FigureSort = {
  asOf?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  metric?: InputMaybe<SortDirection>;
  period?: InputMaybe<SortDirection>;
  rank?: InputMaybe<SortDirection>;
  subjectId?: InputMaybe<SortDirection>;
  unit?: InputMaybe<SortDirection>;
  value?: InputMaybe<SortDirection>;
};

export type FigureSourceDocumentSourcesAggregateSelection = {
  __typename?: 'FigureSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<FigureSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<FigureSourceDocumentSourcesNodeAggregateSelection>;
};

export type FigureSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'FigureSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type FigureSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'FigureSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type FigureSourcesConnection = {
  __typename?: 'FigureSourcesConnection';
  aggregate: FigureSourceDocumentSourcesAggregateSelection;
  edges: Array<FigureSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FigureSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<FigureSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<FigureSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<FigureSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<FigureSourcesNodeAggregationWhereInput>;
};

export type FigureSourcesConnectionFilters = {
  /** Filter Figures by aggregating results on related FigureSourcesConnections */
  aggregate?: InputMaybe<FigureSourcesConnectionAggregateInput>;
  /** Return Figures where all of the related FigureSourcesConnections match this filter */
  all?: InputMaybe<FigureSourcesConnectionWhere>;
  /** Return Figures where none of the related FigureSourcesConnections match this filter */
  none?: InputMaybe<FigureSourcesConnectionWhere>;
  /** Return Figures where one of the related FigureSourcesConnections match this filter */
  single?: InputMaybe<FigureSourcesConnectionWhere>;
  /** Return Figures where some of the related FigureSourcesConnections match this filter */
  some?: InputMaybe<FigureSourcesConnectionWhere>;
};

export type FigureSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type FigureSourcesConnectionWhere = {
  AND?: InputMaybe<Array<FigureSourcesConnectionWhere>>;
  NOT?: InputMaybe<FigureSourcesConnectionWhere>;
  OR?: InputMaybe<Array<FigureSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type FigureSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FigureSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FigureSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FigureSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type FigureSourcesRelationship = {
  __typename?: 'FigureSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

/** What a figure can be about. */
export type FigureSubject = Agency | Asset | OpenDataPlan | Service;

export type FigureSubjectRelationshipFilters = {
  /** Filter type where all of the related FigureSubjects match this filter */
  all?: InputMaybe<FigureSubjectWhere>;
  /** Filter type where none of the related FigureSubjects match this filter */
  none?: InputMaybe<FigureSubjectWhere>;
  /** Filter type where one of the related FigureSubjects match this filter */
  single?: InputMaybe<FigureSubjectWhere>;
  /** Filter type where some of the related FigureSubjects match this filter */
  some?: InputMaybe<FigureSubjectWhere>;
};

export type FigureSubjectWhere = {
  Agency?: InputMaybe<AgencyWhere>;
  Asset?: InputMaybe<AssetWhere>;
  OpenDataPlan?: InputMaybe<OpenDataPlanWhere>;
  Service?: InputMaybe<ServiceWhere>;
};

export type FigureWhere = {
  AND?: InputMaybe<Array<FigureWhere>>;
  NOT?: InputMaybe<FigureWhere>;
  OR?: InputMaybe<Array<FigureWhere>>;
  about?: InputMaybe<FigureSubjectRelationshipFilters>;
  aboutConnection?: InputMaybe<FigureAboutConnectionFilters>;
  asOf?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  metric?: InputMaybe<StringScalarFilters>;
  period?: InputMaybe<StringScalarFilters>;
  rank?: InputMaybe<IntScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<FigureSourcesConnectionFilters>;
  subjectId?: InputMaybe<StringScalarFilters>;
  unit?: InputMaybe<StringScalarFilters>;
  value?: InputMaybe<FloatScalarFilters>;
};

export type FiguresConnection = {
  __typename?: 'FiguresConnection';
  aggregate: FigureAggregate;
  edges: Array<FigureEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How an imported file's content travels in a String argument (the mutations' `content`/`csv`). A workbook is binary, so it travels as BASE64; the request body is at most 1 MB, so a file of up to about 750 KB. */
export type FileEncoding =
  /** The file's bytes as stored, in base64: an .xlsx workbook, or a CSV in any encoding the imports read (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258), or a gzip'd usage file. The server tells which from the bytes. */
  | 'BASE64'
  /** The file's text as it is (CSV or JSON, already Unicode). */
  | 'TEXT';

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

/** FindingKind filters */
export type FindingKindEnumScalarFilters = {
  eq?: InputMaybe<FindingKind>;
  in?: InputMaybe<Array<FindingKind>>;
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
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

/**
 * One relationship of the graph with its citation. Connection facts carry the report column (snapshot) and
 * the status it asserts; successions carry the date, the change and its legal source. Asked with
 * `era: E2025`, relationships of 2023 units that became a 2025 unit are drawn from that unit instead:
 * `coverage` says whether every part (FULL) or only some (PARTIAL) have the fact, and `parts` lists them.
 */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Succession: the kind of change (merged, renamed, unchanged …). */
  change?: Maybe<Scalars['String']['output']>;
  /** Where it was read (for a rolled-up edge: the first part's fact; each part's is in `parts`). */
  citation: EdgeCitation;
  /** Rolled-up edge (era E2025): FULL when every 2023 part has the fact, PARTIAL when some do; null otherwise. */
  coverage?: Maybe<Coverage>;
  /** Succession: the date the change took effect (ISO 8601). */
  effective?: Maybe<Scalars['String']['output']>;
  /** Stable id of the edge within an answer (type, ends and citation). */
  id: Scalars['ID']['output'];
  /** Succession: the legal instrument. */
  legalSource?: Maybe<Scalars['String']['output']>;
  /** Rolled-up edge: the 2023 parts that do not have it (empty otherwise). */
  missingParts: Array<NodeName>;
  /** Rolled-up edge: the 2023 parts that have the fact, each with its citation (empty otherwise). */
  parts: Array<EdgePart>;
  /** Printed list: the position of the name in the list (1-based). */
  position?: Maybe<Scalars['Int']['output']>;
  /** Report column of a connection fact. */
  snapshot?: Maybe<Snapshot>;
  /** Id of the node the relationship starts at. */
  source: Scalars['ID']['output'];
  /** Status the column asserts for a connection fact. */
  status?: Maybe<ConnectionStatus>;
  /** Id of the node the relationship points to. */
  target: Scalars['ID']['output'];
  /** Relationship type, e.g. CONNECTED_TO, PROVIDED_BY, CONSUMED_BY, OWNS, SUCCEEDED_BY. */
  type: Scalars['String']['output'];
};

/**
 * Any node of the data graph, as the explorer draws it: an agency of either era, an asset, a service, a
 * dataset, a standard, a target, a printed list, an open-data plan or a reported figure.
 */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** For a 2023 unit: the 2025 unit(s) it became. */
  became: Array<NodeName>;
  /** For a 2025 unit: the 2023 units it came from, in Vietnamese order. */
  cameFrom: Array<NodeName>;
  /** Administrative era of an agency (2023 or 2025); null for other nodes. */
  era?: Maybe<Scalars['Int']['output']>;
  /** Node id (the same id the generated types use). */
  id: Scalars['ID']['output'];
  /** Kind of agency or asset (e.g. PROVINCE, DATABASE), when it has one. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Display name: the name, title or wording as printed; for a figure its metric, value and unit. */
  name: Scalars['String']['output'];
  /** Number in its table, when it has one (an asset's Phụ lục 1 number, a service's Phụ lục 3 row, a target's number). */
  number?: Maybe<Scalars['Int']['output']>;
  /** Node type: Agency, Asset, Service, Dataset, Standard, Target, AgencyList, OpenDataPlan or Figure. */
  type: Scalars['String']['output'];
};

/** One path between two nodes: its nodes in order and every relationship joining consecutive nodes. */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** The relationships between consecutive nodes (several for one hop when several facts join the pair, e.g. one per report column), in hop order; `step` says which hop. */
  edges: Array<PathEdge>;
  /** Number of hops. */
  hops: Scalars['Int']['output'];
  /** The nodes, from the start to the end. */
  nodes: Array<GraphNode>;
};

/** A node's timeline. */
export type History = {
  __typename?: 'History';
  /** The entries, by valid time (facts with none last), then record time: the page asked for. */
  entries: Array<TimelineEntry>;
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** When the graph first recorded the node (null when unknown: loaded in bulk). */
  recordedAt?: Maybe<Scalars['String']['output']>;
  /** How many entries the timeline has (all pages). */
  total: Scalars['Int']['output'];
  /** Its type (Agency, Asset, Service, Note, InventoryEntry, …). */
  type: Scalars['String']['output'];
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** A field of an inventory entry that stores a national asset's identifier. */
export type IdentifierUse = {
  __typename?: 'IdentifierUse';
  /** The field as written. */
  field: Scalars['String']['output'];
  /** Id of the local item. */
  itemId: Scalars['ID']['output'];
  /** Its name. */
  itemName: Scalars['String']['output'];
  /** The identifier it was recognised as (reviewed vocabulary). */
  phrase: Scalars['String']['output'];
};

/** The outcome of a snapshot import. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Connections written now. */
  created: Scalars['Int']['output'];
  /** Id of the SourceDocument the file became (`import:<sha256 prefix>`); the same file always gets the same id. */
  documentId: Scalars['ID']['output'];
  /** Data rows in the file. */
  rows: Scalars['Int']['output'];
  /** Rows already in the graph from an earlier import of the same file. */
  unchanged: Scalars['Int']['output'];
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

export type InventoryEntriesConnection = {
  __typename?: 'InventoryEntriesConnection';
  aggregate: InventoryEntryAggregate;
  edges: Array<InventoryEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`).
 * Its `sources` edges cite the file and row; `keptBy` is the agency that listed it.
 */
export type InventoryEntry = {
  __typename?: 'InventoryEntry';
  /** Id of the agency keeping it. */
  agencyId: Scalars['ID']['output'];
  /** Description as written, if any. */
  description?: Maybe<Scalars['String']['output']>;
  /** Id of the imported file that last wrote it (`import:<sha256 prefix>`). */
  documentId: Scalars['ID']['output'];
  /** The fields (columns) the entry lists, if any. */
  fields: Array<Scalars['String']['output']>;
  /** File name it was last imported from. */
  file: Scalars['String']['output'];
  /** Stable id: `inventory:<agency id>:<folded name>`. */
  id: Scalars['ID']['output'];
  /** The agency that lists it. */
  keptBy: Array<Agency>;
  keptByConnection: InventoryEntryKeptByConnection;
  /** Legal basis as written, if any. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Row (CSV line) or entry (JSON position) in that file. */
  locator: Scalars['String']['output'];
  /** Name as written in the inventory (NFC). */
  name: Scalars['String']['output'];
  /** Every imported file that lists it, with row and raw text. */
  sources: Array<SourceDocument>;
  sourcesConnection: InventoryEntrySourcesConnection;
  /** Operating, being built, planned, or not stated. */
  status: InventoryStatus;
};


/**
 * One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`).
 * Its `sources` edges cite the file and row; `keptBy` is the agency that listed it.
 */
export type InventoryEntryKeptByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`).
 * Its `sources` edges cite the file and row; `keptBy` is the agency that listed it.
 */
export type InventoryEntryKeptByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InventoryEntryKeptByConnectionSort>>;
  where?: InputMaybe<InventoryEntryKeptByConnectionWhere>;
};


/**
 * One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`).
 * Its `sources` edges cite the file and row; `keptBy` is the agency that listed it.
 */
export type InventoryEntrySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`).
 * Its `sources` edges cite the file and row; `keptBy` is the agency that listed it.
 */
export type InventoryEntrySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InventoryEntrySourcesConnectionSort>>;
  where?: InputMaybe<InventoryEntrySourcesConnectionWhere>;
};

export type InventoryEntryAgencyKeptByAggregateSelection = {
  __typename?: 'InventoryEntryAgencyKeptByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<InventoryEntryAgencyKeptByEdgeAggregateSelection>;
  node?: Maybe<InventoryEntryAgencyKeptByNodeAggregateSelection>;
};

export type InventoryEntryAgencyKeptByEdgeAggregateSelection = {
  __typename?: 'InventoryEntryAgencyKeptByEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type InventoryEntryAgencyKeptByNodeAggregateSelection = {
  __typename?: 'InventoryEntryAgencyKeptByNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type InventoryEntryAggregate = {
  __typename?: 'InventoryEntryAggregate';
  count: Count;
  node: InventoryEntryAggregateNode;
};

export type InventoryEntryAggregateNode = {
  __typename?: 'InventoryEntryAggregateNode';
  description: StringAggregateSelection;
  file: StringAggregateSelection;
  legalBasis: StringAggregateSelection;
  locator: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type InventoryEntryEdge = {
  __typename?: 'InventoryEntryEdge';
  cursor: Scalars['String']['output'];
  node: InventoryEntry;
};

export type InventoryEntryKeptByConnection = {
  __typename?: 'InventoryEntryKeptByConnection';
  aggregate: InventoryEntryAgencyKeptByAggregateSelection;
  edges: Array<InventoryEntryKeptByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InventoryEntryKeptByConnectionAggregateInput = {
  AND?: InputMaybe<Array<InventoryEntryKeptByConnectionAggregateInput>>;
  NOT?: InputMaybe<InventoryEntryKeptByConnectionAggregateInput>;
  OR?: InputMaybe<Array<InventoryEntryKeptByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<InventoryEntryKeptByNodeAggregationWhereInput>;
};

export type InventoryEntryKeptByConnectionFilters = {
  /** Filter InventoryEntries by aggregating results on related InventoryEntryKeptByConnections */
  aggregate?: InputMaybe<InventoryEntryKeptByConnectionAggregateInput>;
  /** Return InventoryEntries where all of the related InventoryEntryKeptByConnections match this filter */
  all?: InputMaybe<InventoryEntryKeptByConnectionWhere>;
  /** Return InventoryEntries where none of the related InventoryEntryKeptByConnections match this filter */
  none?: InputMaybe<InventoryEntryKeptByConnectionWhere>;
  /** Return InventoryEntries where one of the related InventoryEntryKeptByConnections match this filter */
  single?: InputMaybe<InventoryEntryKeptByConnectionWhere>;
  /** Return InventoryEntries where some of the related InventoryEntryKeptByConnections match this filter */
  some?: InputMaybe<InventoryEntryKeptByConnectionWhere>;
};

export type InventoryEntryKeptByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgencySort>;
};

export type InventoryEntryKeptByConnectionWhere = {
  AND?: InputMaybe<Array<InventoryEntryKeptByConnectionWhere>>;
  NOT?: InputMaybe<InventoryEntryKeptByConnectionWhere>;
  OR?: InputMaybe<Array<InventoryEntryKeptByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type InventoryEntryKeptByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InventoryEntryKeptByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InventoryEntryKeptByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InventoryEntryKeptByNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type InventoryEntryKeptByRelationship = {
  __typename?: 'InventoryEntryKeptByRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

export type InventoryEntryRelationshipFilters = {
  /** Filter type where all of the related InventoryEntries match this filter */
  all?: InputMaybe<InventoryEntryWhere>;
  /** Filter type where none of the related InventoryEntries match this filter */
  none?: InputMaybe<InventoryEntryWhere>;
  /** Filter type where one of the related InventoryEntries match this filter */
  single?: InputMaybe<InventoryEntryWhere>;
  /** Filter type where some of the related InventoryEntries match this filter */
  some?: InputMaybe<InventoryEntryWhere>;
};

/** Fields to sort InventoryEntries by. The order in which sorts are applied is not guaranteed when specifying many fields in one InventoryEntrySort object. */
export type InventoryEntrySort = {
  agencyId?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  documentId?: InputMaybe<SortDirection>;
  file?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  legalBasis?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
};

export type InventoryEntrySourceDocumentSourcesAggregateSelection = {
  __typename?: 'InventoryEntrySourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<InventoryEntrySourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<InventoryEntrySourceDocumentSourcesNodeAggregateSelection>;
};

export type InventoryEntrySourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'InventoryEntrySourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type InventoryEntrySourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'InventoryEntrySourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type InventoryEntrySourcesConnection = {
  __typename?: 'InventoryEntrySourcesConnection';
  aggregate: InventoryEntrySourceDocumentSourcesAggregateSelection;
  edges: Array<InventoryEntrySourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InventoryEntrySourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<InventoryEntrySourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<InventoryEntrySourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<InventoryEntrySourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<InventoryEntrySourcesNodeAggregationWhereInput>;
};

export type InventoryEntrySourcesConnectionFilters = {
  /** Filter InventoryEntries by aggregating results on related InventoryEntrySourcesConnections */
  aggregate?: InputMaybe<InventoryEntrySourcesConnectionAggregateInput>;
  /** Return InventoryEntries where all of the related InventoryEntrySourcesConnections match this filter */
  all?: InputMaybe<InventoryEntrySourcesConnectionWhere>;
  /** Return InventoryEntries where none of the related InventoryEntrySourcesConnections match this filter */
  none?: InputMaybe<InventoryEntrySourcesConnectionWhere>;
  /** Return InventoryEntries where one of the related InventoryEntrySourcesConnections match this filter */
  single?: InputMaybe<InventoryEntrySourcesConnectionWhere>;
  /** Return InventoryEntries where some of the related InventoryEntrySourcesConnections match this filter */
  some?: InputMaybe<InventoryEntrySourcesConnectionWhere>;
};

export type InventoryEntrySourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type InventoryEntrySourcesConnectionWhere = {
  AND?: InputMaybe<Array<InventoryEntrySourcesConnectionWhere>>;
  NOT?: InputMaybe<InventoryEntrySourcesConnectionWhere>;
  OR?: InputMaybe<Array<InventoryEntrySourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type InventoryEntrySourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<InventoryEntrySourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<InventoryEntrySourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<InventoryEntrySourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type InventoryEntrySourcesRelationship = {
  __typename?: 'InventoryEntrySourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type InventoryEntryWhere = {
  AND?: InputMaybe<Array<InventoryEntryWhere>>;
  NOT?: InputMaybe<InventoryEntryWhere>;
  OR?: InputMaybe<Array<InventoryEntryWhere>>;
  agencyId?: InputMaybe<IdScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  documentId?: InputMaybe<IdScalarFilters>;
  fields?: InputMaybe<StringListFilters>;
  file?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  keptBy?: InputMaybe<AgencyRelationshipFilters>;
  keptByConnection?: InputMaybe<InventoryEntryKeptByConnectionFilters>;
  legalBasis?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<InventoryEntrySourcesConnectionFilters>;
  status?: InputMaybe<InventoryStatusEnumScalarFilters>;
};

/** File formats an inventory can be imported from. */
export type InventoryFormat =
  /** Header row `agency,name,description,status,fields,legal_basis,create_department` (or the Vietnamese names: Tên cơ quan, Tên CSDL, Mô tả, Trạng thái, Trường dữ liệu, Căn cứ pháp lý…), one entry per row; separated by `,`, `;` or tab. */
  | 'CSV'
  /** An array of entries (or `{ "entries": [...] }`) with keys agency, name, description, status, fields, legalBasis, createDepartment. */
  | 'JSON'
  /** An Excel workbook: the first sheet (or `sheet`), the header row below any title rows, the columns as in CSV or by their Vietnamese names, an STT column ignored. Sent with `encoding: BASE64`. */
  | 'XLSX';

/** The outcome of an inventory import. */
export type InventoryImportResult = {
  __typename?: 'InventoryImportResult';
  /** Entries new to the graph. */
  created: Scalars['Int']['output'];
  /** Ids of the departments created because the file asked for it (`create_department`). */
  departmentsCreated: Array<Scalars['ID']['output']>;
  /** Id of the SourceDocument the file became (`import:<sha256 prefix>`); the same file always gets the same id. */
  documentId: Scalars['ID']['output'];
  /** Entries in the file. */
  entries: Scalars['Int']['output'];
  /** The format read. */
  format: InventoryFormat;
  /** Entries already in the graph exactly as this file has them. */
  unchanged: Scalars['Int']['output'];
  /** Entries already in the graph whose description, status, fields or legal basis this file changed. */
  updated: Scalars['Int']['output'];
};

/** Where an inventory entry's system stands, as the agency reports it. */
export type InventoryStatus =
  /** Being built (đang xây dựng / triển khai). */
  | 'BUILDING'
  /** Not stated: the catalogue says neither built nor planned (an empty status cell; 000 §6 finds many such catalogues). Kept, and flagged by `catalogueQuality`. */
  | 'NOT_STATED'
  /** In operation (đang vận hành). */
  | 'OPERATING'
  /** Planned (kế hoạch, dự kiến). */
  | 'PLANNED';

/** InventoryStatus filters */
export type InventoryStatusEnumScalarFilters = {
  eq?: InputMaybe<InventoryStatus>;
  in?: InputMaybe<Array<InventoryStatus>>;
};

/** Where a local item was read: the document (report or imported file) and the row. */
export type ItemSource = {
  __typename?: 'ItemSource';
  /** Report id (`003`) or imported file's id (`import:…`). */
  documentId: Scalars['String']['output'];
  /** File name. */
  file?: Maybe<Scalars['String']['output']>;
  /** Table and row (report) or row / entry (imported file). */
  locator: Scalars['String']['output'];
};

/** How a kind of database was formed. */
export type KindBasis =
  /** Alike local items of several agencies that no national asset holds (a LOCAL duplicate cluster). */
  | 'LOCAL'
  /** Local items keep a national asset's records (the most specific asset: a land component). */
  | 'NATIONAL';

/** Kinds × agencies of a tier: kept, missing, rare, uncommon, or via a national database. */
export type KindHeatmap = {
  __typename?: 'KindHeatmap';
  /** The day the answer is for, if asked. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The era the agencies are named in. */
  era: Era;
  /** The columns asked for: most agencies first. */
  kinds: Array<DatabaseKind>;
  /** The share of peers asked for. */
  minPeerShare: Scalars['Float']['output'];
  /** One row per agency with an inventory, in Vietnamese order. */
  rows: Array<KindHeatmapRow>;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many kinds the tier's agencies keep (all columns). */
  totalKinds: Scalars['Int']['output'];
};

/** One agency's row of the heatmap. */
export type KindHeatmapRow = {
  __typename?: 'KindHeatmapRow';
  /** The agency (E2025: the 2025 unit). */
  agency: DuplicateAgency;
  /** Entries in its catalogue. */
  entries: Scalars['Int']['output'];
  /** E2025: its 2023 parts. */
  parts: Array<DuplicateAgency>;
  /** Peers it is compared with. */
  peers: Scalars['Int']['output'];
  /** Its state for each kind, in the order of `kinds` (null: too few peers to judge a kind it does not keep). */
  states: Array<Maybe<KindState>>;
};

/** An item of a kind, with where it was read. */
export type KindItem = {
  __typename?: 'KindItem';
  /** The agency answerable for it (a department's province). */
  accountable: DuplicateAgency;
  /** The agency keeping it. */
  agency: DuplicateAgency;
  /** Id of the inventory entry or dataset. */
  itemId: Scalars['ID']['output'];
  /** Its name, as written. */
  itemName: Scalars['String']['output'];
  /** Where it was read: file (or report) and row. */
  source: ItemSource;
  /** Inventory entry or dataset. */
  sourceType: LocalSourceType;
};

/** Where an agency stands on a kind of database. */
export type KindState =
  /** It keeps an item of the kind. */
  | 'KEPT'
  /** It does not, and enough of its peers do (or the reference says it must). */
  | 'MISSING'
  /** Kept by few peers: never missing. */
  | 'RARE'
  /** Kept by some peers, fewer than the share asked for. */
  | 'UNCOMMON'
  /** A national kind it keeps no copy of but reads through an official connection to the national database: nothing missing. */
  | 'VIA_NATIONAL';

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

/** A count of pairs in one class. */
export type LinkClassCount = {
  __typename?: 'LinkClassCount';
  /** Class. */
  class: LinkClass;
  /** Pairs. */
  count: Scalars['Int']['output'];
};

/** One agency–asset pair: what was declared and what was exchanged. */
export type LinkComparison = {
  __typename?: 'LinkComparison';
  /** Agency id. */
  agencyId: Scalars['ID']['output'];
  /** Agency name. */
  agencyName: Scalars['String']['output'];
  /** Asset id; null for an agency with traffic but no link at all on the REPORTED basis (the asset is unknown). */
  assetId?: Maybe<Scalars['ID']['output']>;
  /** Asset name. */
  assetName?: Maybe<Scalars['String']['output']>;
  /** Phụ lục 1 number. */
  assetNumber?: Maybe<Scalars['Int']['output']>;
  /** The class. */
  class: LinkClass;
  /** The declared links (report columns or imported snapshots). */
  declared: Array<ExistingLink>;
  /** True when any declared link says OFFICIAL. */
  declaredOfficial: Scalars['Boolean']['output'];
  /** Monthly series (OBSERVED basis). */
  months: Array<UsageMonth>;
  /** Observed exchanges with the asset's services (OBSERVED basis). */
  observed?: Maybe<UsageTotals>;
  /** Era E2025: the 2023 parts the row adds up. */
  parts: Array<Scalars['String']['output']>;
  /** Why, in words, with the figures. */
  reason: Scalars['String']['output'];
  /** Months of regular use in the window (OBSERVED basis). */
  regularMonths?: Maybe<Scalars['Int']['output']>;
  /** The agency's whole NDXP total in 001 Phụ lục 4 (the evidence of the REPORTED basis; shown on both). */
  reportedAgencyTransactions?: Maybe<Scalars['Float']['output']>;
};

/**
 * The edge properties for the following fields:
 * * Agency.listedIn
 * * AgencyList.members
 */
export type ListEntry = {
  __typename?: 'ListEntry';
  /** Short id of the document. */
  documentId: Scalars['String']['output'];
  /** Item or name position. */
  locator: Scalars['String']['output'];
  /** Position of the name in the printed list (1-based). */
  position: Scalars['Int']['output'];
  /** Section or appendix. */
  section: Scalars['String']['output'];
  /** The name as printed. */
  text?: Maybe<Scalars['String']['output']>;
};

export type ListEntryAggregationWhereInput = {
  AND?: InputMaybe<Array<ListEntryAggregationWhereInput>>;
  NOT?: InputMaybe<ListEntryAggregationWhereInput>;
  OR?: InputMaybe<Array<ListEntryAggregationWhereInput>>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  position?: InputMaybe<IntScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type ListEntrySort = {
  documentId?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  position?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type ListEntryWhere = {
  AND?: InputMaybe<Array<ListEntryWhere>>;
  NOT?: InputMaybe<ListEntryWhere>;
  OR?: InputMaybe<Array<ListEntryWhere>>;
  documentId?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  position?: InputMaybe<IntScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

/** Where a local item comes from. */
export type LocalSourceType =
  /** A dataset of Điện Biên's open-data plan (report 003). */
  | 'DATASET'
  /** An entry of an imported agency inventory. */
  | 'INVENTORY_ENTRY';

/** One cell of the connection matrix. */
export type MatrixCell = {
  __typename?: 'MatrixCell';
  /** With `asOf`: the status valid on that day (the latest snapshot on or before it covering the agency; E2025: the best of the parts'), null when none. */
  asOf?: Maybe<ConnectionStatus>;
  /** With `asOf`, era E2025: how many parts had a link valid on that day. */
  asOfCoverage?: Maybe<Coverage>;
  /** Asset id (the column). */
  assetId: Scalars['ID']['output'];
  /** Status in the June 2023 column, if listed. */
  june2023?: Maybe<ConnectionStatus>;
  /** Era E2025: how many parts were listed in June 2023. */
  june2023Coverage?: Maybe<Coverage>;
  /** Both snapshots together (E2025: a snapshot counts when any part is connected). */
  state: CellState;
  /** Status in the 2022 column, if listed. */
  y2022?: Maybe<ConnectionStatus>;
  /** Era E2025: how many parts were connected in 2022 (FULL, PARTIAL, NONE). */
  y2022Coverage?: Maybe<Coverage>;
};

/** A column of the connection matrix with its totals. */
export type MatrixColumn = {
  __typename?: 'MatrixColumn';
  /** Short code (paygov). */
  code?: Maybe<Scalars['String']['output']>;
  /** Asset id. */
  id: Scalars['ID']['output'];
  /** Asset name. */
  name: Scalars['String']['output'];
  /** Number in 001 Phụ lục 1. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Agencies of the tier connected in 2022 (E2025: units with at least one connected part). */
  total2022: Scalars['Int']['output'];
  /** With `asOf`: agencies of the tier with a link valid on that day (E2025: units with a part so linked). */
  totalAsOf: Scalars['Int']['output'];
  /** Agencies of the tier listed in June 2023. */
  totalJune2023: Scalars['Int']['output'];
};

/** One row of the connection matrix: an agency and its cells, in the column order of `assets`. */
export type MatrixRow = {
  __typename?: 'MatrixRow';
  /** With `asOf`: the cells' statuses valid on that day, in column order (null: no link), the compact form of `cells { asOf }`. */
  asOfStatuses: Array<Maybe<ConnectionStatus>>;
  /** Cells, one per column. */
  cells: Array<MatrixCell>;
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Agency name. */
  name: Scalars['String']['output'];
  /** Era E2025: the 2023 units the row rolls up (empty for E2023). */
  parts: Array<Scalars['String']['output']>;
  /** The cells' states alone, in column order: the compact form of `cells { state }` for big grids (a national page of 20 rows is 4,480 cells; a list of enum values costs the API a fraction of as many objects). */
  states: Array<CellState>;
  /** Assets connected in 2022. */
  total2022: Scalars['Int']['output'];
  /** With `asOf`: assets with a link valid on that day (0 without `asOf`). */
  totalAsOf: Scalars['Int']['output'];
  /** Assets listed in June 2023. */
  totalJune2023: Scalars['Int']['output'];
};

/** What an agency's catalogue is compared with. */
export type MissingBasis =
  /** The agencies of its tier (departments: of its department kind) that have an inventory. */
  | 'PEERS'
  /** The imported reference catalogue (`importReferenceCatalogue`). */
  | 'REFERENCE';

/** A kind of database an agency lacks. */
export type MissingDatabase = {
  __typename?: 'MissingDatabase';
  /** The agency (E2025: the 2025 unit). */
  agency: DuplicateAgency;
  /** Items of peers keeping it (up to 3), each citing its file and row. */
  examples: Array<KindItem>;
  /** The department expected to keep it (the reference's responsible agency kind, or the kind's usual department). */
  expectedDepartment?: Maybe<Scalars['String']['output']>;
  /** Peers keeping it (up to 20, in Vietnamese order). */
  keepingPeers: Array<DuplicateAgency>;
  /** The kind it lacks (PEERS basis, or a REFERENCE row matched to a kind). */
  kind?: Maybe<DatabaseKind>;
  /** Its label (the kind's or the reference row's). */
  label: Scalars['String']['output'];
  /** USE_NATIONAL: the national database to connect to. */
  nationalAssetId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  nationalAssetName?: Maybe<Scalars['String']['output']>;
  /** E2025: its 2023 parts. */
  parts: Array<DuplicateAgency>;
  /** Their share (0–1). */
  peerShare: Scalars['Float']['output'];
  /** How many peers (agencies compared with it). */
  peers: Scalars['Int']['output'];
  /** How many of them keep the kind. */
  peersKeeping: Scalars['Int']['output'];
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** REFERENCE basis: the reference row. */
  reference?: Maybe<ReferenceKind>;
  /** MISSING, or with `includeViaNational`, VIA_NATIONAL. */
  state: KindState;
  /** LOCAL_DATABASE or USE_NATIONAL. */
  verdict: MissingVerdict;
};

/** Missing databases of agencies, and the rule. */
export type MissingDatabases = {
  __typename?: 'MissingDatabases';
  /** The day the answer is for, if asked. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** PEERS or REFERENCE. */
  basis: MissingBasis;
  /** The era the agencies are named in. */
  era: Era;
  /** Agencies of the tier with an inventory, compared. */
  judged: Scalars['Int']['output'];
  /** The share of peers asked for. */
  minPeerShare: Scalars['Float']['output'];
  /** The page asked for: by agency in Vietnamese order, then peer share (highest first) and label. */
  missing: Array<MissingDatabase>;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** Of those, agencies with too few peers to judge (PEERS). */
  tooFewPeers: Scalars['Int']['output'];
  /** How many rows match (all pages). */
  total: Scalars['Int']['output'];
  /** National kinds not kept but read through an official link (VIA_NATIONAL): links in use, not missing. */
  viaNational: Scalars['Int']['output'];
  /** Agencies of the tier without an inventory: not judged (see agenciesWithoutInventory). */
  withoutInventory: Scalars['Int']['output'];
};

/** A national asset an agency's inventory needs (it copies the asset's records or stores its identifiers) with no official link to it. */
export type MissingLink = {
  __typename?: 'MissingLink';
  /** The answerable agency (E2025: the 2025 unit). */
  agency: DuplicateAgency;
  /** Items that copy it. */
  copies: Array<CopiedItem>;
  /** Fields that store its identifiers. */
  identifiers: Array<IdentifierUse>;
  /** The weaker links the agency has to the asset, if any. */
  links: Array<DuplicateLink>;
  /** The national asset needed. */
  nationalAssetId: Scalars['ID']['output'];
  /** Its name. */
  nationalAssetName: Scalars['String']['output'];
  /** E2025: the 2023 parts lacking the official link (empty for E2023). */
  parts: Array<DuplicateAgency>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
};

/** Missing links and the rule. */
export type MissingLinks = {
  __typename?: 'MissingLinks';
  /** The page asked for, by agency in Vietnamese order then asset number. */
  links: Array<MissingLink>;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many (agency, asset) pairs match the filters (all pages). */
  total: Scalars['Int']['output'];
};

/** What is missing in the graph: catalogues, open-data plans, standards. */
export type MissingPieces = {
  __typename?: 'MissingPieces';
  /** National databases of 001 Phụ lục 1 that no data-exchange standard governs. */
  databasesWithoutStandard: Array<NamedRef>;
  /** Agencies of the tiers asked with no published catalogue in any report. */
  withoutCatalogue: Array<NamedRef>;
  /** Agencies of the tiers asked with no open-data plan in any report. */
  withoutOpenDataPlan: Array<NamedRef>;
};

/** What to do about a missing kind. */
export type MissingVerdict =
  /** A local database its peers (or the reference) keep and it does not. */
  | 'LOCAL_DATABASE'
  /** A national database holds these records for everyone (once-only): connect to it, do not build a local copy. */
  | 'USE_NATIONAL';

/** A month of the observation window and how much of it the imported files cover. */
export type MonthCoverage = {
  __typename?: 'MonthCoverage';
  /** Share (0–1) of the month covered. */
  coverage: Scalars['Float']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates `Note` — An editor's note on agencies or assets. Needs a bearer token with the editor role; runs in one transaction with its ChangeRecord. */
  createNotes: CreateNotesMutationResponse;
  /** Deletes `Note` — An editor's note on agencies or assets. Needs a bearer token with the editor role; runs in one transaction with its ChangeRecord. */
  deleteNotes: DeleteInfo;
  /** Imports a connection snapshot: CSV (agency,asset,snapshot,status, or the Vietnamese names; `,`, `;` or tab) or an Excel workbook (format in README.md, "Importing files"). The whole file is validated first: any bad row rejects it with every problem listed, and nothing is written. */
  importConnections: ImportResult;
  /** Imports an agency inventory (CSV, Excel workbook or JSON; formats in README.md, "Importing files"). The whole file is validated first — unknown agencies get the closest names — and any bad row rejects it with every problem listed; nothing is written then. Importing the same file again changes nothing. */
  importInventory: InventoryImportResult;
  /** Imports a reference catalogue: the kinds of data each tier or department kind must keep (CSV, Excel workbook or JSON: kind, description, applies_to, responsible, legal_basis; README.md). Validated whole first — any bad row refuses the file with every problem listed, nothing written; the same file again changes nothing; every row cites the file. */
  importReferenceCatalogue: ReferenceImportResult;
  /** Imports a small usage file (editor role): an operational-monitoring log (JSON Lines, with `mapping`) or aggregate counts (CSV or an Excel workbook, sent with `encoding: BASE64`). Validated whole first; any bad line refuses it (count per kind, first line numbers in `extensions.problems`) and nothing is written. The same file again changes nothing; a period overlapping an import in force on the same consumer–service pairs is refused unless that import is listed in `replace`. Large files: `npm run import:usage`. */
  importUsage: UsageImportResult;
  /** Updates `Note` — An editor's note on agencies or assets. Needs a bearer token with the editor role; runs in one transaction with its ChangeRecord. */
  updateNotes: UpdateNotesMutationResponse;
};


export type MutationCreateNotesArgs = {
  input: Array<NoteCreateInput>;
};


export type MutationDeleteNotesArgs = {
  where?: InputMaybe<NoteWhere>;
};


export type MutationImportConnectionsArgs = {
  csv: Scalars['String']['input'];
  encoding?: FileEncoding;
  fileName: Scalars['String']['input'];
  sheet?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportInventoryArgs = {
  content: Scalars['String']['input'];
  encoding?: FileEncoding;
  fileName: Scalars['String']['input'];
  format?: InputMaybe<InventoryFormat>;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportReferenceCatalogueArgs = {
  content: Scalars['String']['input'];
  encoding?: FileEncoding;
  fileName: Scalars['String']['input'];
  format?: InputMaybe<InventoryFormat>;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportUsageArgs = {
  content: Scalars['String']['input'];
  encoding?: FileEncoding;
  fileName: Scalars['String']['input'];
  mapping?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  replace?: InputMaybe<Array<Scalars['ID']['input']>>;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateNotesArgs = {
  update?: InputMaybe<NoteUpdateInput>;
  where?: InputMaybe<NoteWhere>;
};

/** A named node in a list of missing pieces. */
export type NamedRef = {
  __typename?: 'NamedRef';
  /** Era E2025: PARTIAL when some 2023 parts have the piece, NONE when none has it. */
  coverage?: Maybe<Coverage>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** Agency or asset kind. */
  kind: Scalars['String']['output'];
  /** Era E2025: the 2023 parts that lack the piece. */
  missingParts: Array<Scalars['String']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
};

/** How many neighbours a node has through one relationship type and direction. */
export type NeighbourGroup = {
  __typename?: 'NeighbourGroup';
  /** Direction, seen from the node. */
  direction: EdgeDirection;
  /** Relationships (facts) this way; more than `neighbours` when a pair is linked by several facts (one per report column). */
  edges: Scalars['Int']['output'];
  /** Distinct neighbours reached this way. */
  neighbours: Scalars['Int']['output'];
  /** Relationship type. */
  relationship: Scalars['String']['output'];
};

/** A node, its relationship groups, and a page of its neighbours with every relationship to them. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** Every relationship between the node and the neighbours of the page, each with its citation. */
  edges: Array<GraphEdge>;
  /** Every relationship type and direction around the node, with counts (whatever `relationship` filters). */
  groups: Array<NeighbourGroup>;
  /** The page of neighbours, in Vietnamese order of their names (assets, services and targets by number). */
  neighbours: Array<GraphNode>;
  /** The node asked about (for `era: E2025` and a 2023 unit that became a 2025 unit, still the node asked about). */
  node: GraphNode;
  /** Neighbours matching the filter (all pages). */
  total: Scalars['Int']['output'];
};

/** A 2023 unit and the 2025 unit it became (or the reverse), by id and name. */
export type NodeName = {
  __typename?: 'NodeName';
  /** Node id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/**
 * An editor's note on agencies or assets. Anyone may read notes; creating, changing or deleting one needs
 * a JWT with the `editor` role. Who and when are set by the server on the note (from the verified token
 * and the clock; no client can set them), and every write also leaves a ChangeRecord.
 */
export type Note = {
  __typename?: 'Note';
  /** Agencies the note is about (connected and disconnected through the note; the agencies themselves are read-only). */
  agencies: Array<Agency>;
  agenciesConnection: NoteAgenciesConnection;
  /** Assets the note is about (connected and disconnected through the note; the assets themselves are read-only). */
  assets: Array<Asset>;
  assetsConnection: NoteAssetsConnection;
  /** When it was created (the database's clock); set by the server. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Subject (sub) of the token that created it; set by the server. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Generated id. */
  id: Scalars['ID']['output'];
  /** Id of the ChangeRecord of the write that last created or changed it. */
  lastChange?: Maybe<Scalars['String']['output']>;
  /** The note. */
  text: Scalars['String']['output'];
  /** When it was last created or changed (the database's clock); set by the server. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Subject of the token that last created or changed it; set by the server. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/**
 * An editor's note on agencies or assets. Anyone may read notes; creating, changing or deleting one needs
 * a JWT with the `editor` role. Who and when are set by the server on the note (from the verified token
 * and the clock; no client can set them), and every write also leaves a ChangeRecord.
 */
export type NoteAgenciesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/**
 * An editor's note on agencies or assets. Anyone may read notes; creating, changing or deleting one needs
 * a JWT with the `editor` role. Who and when are set by the server on the note (from the verified token
 * and the clock; no client can set them), and every write also leaves a ChangeRecord.
 */
export type NoteAgenciesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteAgenciesConnectionSort>>;
  where?: InputMaybe<NoteAgenciesConnectionWhere>;
};


/**
 * An editor's note on agencies or assets. Anyone may read notes; creating, changing or deleting one needs
 * a JWT with the `editor` role. Who and when are set by the server on the note (from the verified token
 * and the clock; no client can set them), and every write also leaves a ChangeRecord.
 */
export type NoteAssetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/**
 * An editor's note on agencies or assets. Anyone may read notes; creating, changing or deleting one needs
 * a JWT with the `editor` role. Who and when are set by the server on the note (from the verified token
 * and the clock; no client can set them), and every write also leaves a ChangeRecord.
 */
export type NoteAssetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteAssetsConnectionSort>>;
  where?: InputMaybe<NoteAssetsConnectionWhere>;
};

export type NoteAgenciesConnectFieldInput = {
  where?: InputMaybe<AgencyConnectWhere>;
};

export type NoteAgenciesConnection = {
  __typename?: 'NoteAgenciesConnection';
  aggregate: NoteAgencyAgenciesAggregateSelection;
  edges: Array<NoteAgenciesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteAgenciesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NoteAgenciesConnectionAggregateInput>>;
  NOT?: InputMaybe<NoteAgenciesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NoteAgenciesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NoteAgenciesNodeAggregationWhereInput>;
};

export type NoteAgenciesConnectionFilters = {
  /** Filter Notes by aggregating results on related NoteAgenciesConnections */
  aggregate?: InputMaybe<NoteAgenciesConnectionAggregateInput>;
  /** Return Notes where all of the related NoteAgenciesConnections match this filter */
  all?: InputMaybe<NoteAgenciesConnectionWhere>;
  /** Return Notes where none of the related NoteAgenciesConnections match this filter */
  none?: InputMaybe<NoteAgenciesConnectionWhere>;
  /** Return Notes where one of the related NoteAgenciesConnections match this filter */
  single?: InputMaybe<NoteAgenciesConnectionWhere>;
  /** Return Notes where some of the related NoteAgenciesConnections match this filter */
  some?: InputMaybe<NoteAgenciesConnectionWhere>;
};

export type NoteAgenciesConnectionSort = {
  node?: InputMaybe<AgencySort>;
};

export type NoteAgenciesConnectionWhere = {
  AND?: InputMaybe<Array<NoteAgenciesConnectionWhere>>;
  NOT?: InputMaybe<NoteAgenciesConnectionWhere>;
  OR?: InputMaybe<Array<NoteAgenciesConnectionWhere>>;
  node?: InputMaybe<AgencyWhere>;
};

export type NoteAgenciesDisconnectFieldInput = {
  where?: InputMaybe<NoteAgenciesConnectionWhere>;
};

export type NoteAgenciesFieldInput = {
  connect?: InputMaybe<Array<NoteAgenciesConnectFieldInput>>;
};

export type NoteAgenciesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NoteAgenciesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NoteAgenciesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NoteAgenciesNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type NoteAgenciesRelationship = {
  __typename?: 'NoteAgenciesRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type NoteAgenciesUpdateFieldInput = {
  connect?: InputMaybe<Array<NoteAgenciesConnectFieldInput>>;
  disconnect?: InputMaybe<Array<NoteAgenciesDisconnectFieldInput>>;
};

export type NoteAgencyAgenciesAggregateSelection = {
  __typename?: 'NoteAgencyAgenciesAggregateSelection';
  count: CountConnection;
  node?: Maybe<NoteAgencyAgenciesNodeAggregateSelection>;
};

export type NoteAgencyAgenciesNodeAggregateSelection = {
  __typename?: 'NoteAgencyAgenciesNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type NoteAggregate = {
  __typename?: 'NoteAggregate';
  count: Count;
  node: NoteAggregateNode;
};

export type NoteAggregateNode = {
  __typename?: 'NoteAggregateNode';
  createdAt: DateTimeAggregateSelection;
  createdBy: StringAggregateSelection;
  lastChange: StringAggregateSelection;
  text: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  updatedBy: StringAggregateSelection;
};

export type NoteAssetAssetsAggregateSelection = {
  __typename?: 'NoteAssetAssetsAggregateSelection';
  count: CountConnection;
  node?: Maybe<NoteAssetAssetsNodeAggregateSelection>;
};

export type NoteAssetAssetsNodeAggregateSelection = {
  __typename?: 'NoteAssetAssetsNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type NoteAssetsConnectFieldInput = {
  where?: InputMaybe<AssetConnectWhere>;
};

export type NoteAssetsConnection = {
  __typename?: 'NoteAssetsConnection';
  aggregate: NoteAssetAssetsAggregateSelection;
  edges: Array<NoteAssetsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteAssetsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NoteAssetsConnectionAggregateInput>>;
  NOT?: InputMaybe<NoteAssetsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NoteAssetsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NoteAssetsNodeAggregationWhereInput>;
};

export type NoteAssetsConnectionFilters = {
  /** Filter Notes by aggregating results on related NoteAssetsConnections */
  aggregate?: InputMaybe<NoteAssetsConnectionAggregateInput>;
  /** Return Notes where all of the related NoteAssetsConnections match this filter */
  all?: InputMaybe<NoteAssetsConnectionWhere>;
  /** Return Notes where none of the related NoteAssetsConnections match this filter */
  none?: InputMaybe<NoteAssetsConnectionWhere>;
  /** Return Notes where one of the related NoteAssetsConnections match this filter */
  single?: InputMaybe<NoteAssetsConnectionWhere>;
  /** Return Notes where some of the related NoteAssetsConnections match this filter */
  some?: InputMaybe<NoteAssetsConnectionWhere>;
};

export type NoteAssetsConnectionSort = {
  node?: InputMaybe<AssetSort>;
};

export type NoteAssetsConnectionWhere = {
  AND?: InputMaybe<Array<NoteAssetsConnectionWhere>>;
  NOT?: InputMaybe<NoteAssetsConnectionWhere>;
  OR?: InputMaybe<Array<NoteAssetsConnectionWhere>>;
  node?: InputMaybe<AssetWhere>;
};

export type NoteAssetsDisconnectFieldInput = {
  where?: InputMaybe<NoteAssetsConnectionWhere>;
};

export type NoteAssetsFieldInput = {
  connect?: InputMaybe<Array<NoteAssetsConnectFieldInput>>;
};

export type NoteAssetsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NoteAssetsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NoteAssetsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NoteAssetsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type NoteAssetsRelationship = {
  __typename?: 'NoteAssetsRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
};

export type NoteAssetsUpdateFieldInput = {
  connect?: InputMaybe<Array<NoteAssetsConnectFieldInput>>;
  disconnect?: InputMaybe<Array<NoteAssetsDisconnectFieldInput>>;
};

export type NoteCreateInput = {
  agencies?: InputMaybe<NoteAgenciesFieldInput>;
  assets?: InputMaybe<NoteAssetsFieldInput>;
  text: Scalars['String']['input'];
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

/** Fields to sort Notes by. The order in which sorts are applied is not guaranteed when specifying many fields in one NoteSort object. */
export type NoteSort = {
  createdAt?: InputMaybe<SortDirection>;
  createdBy?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  lastChange?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  updatedBy?: InputMaybe<SortDirection>;
};

export type NoteUpdateInput = {
  agencies?: InputMaybe<Array<NoteAgenciesUpdateFieldInput>>;
  assets?: InputMaybe<Array<NoteAssetsUpdateFieldInput>>;
  text?: InputMaybe<StringScalarMutations>;
};

export type NoteWhere = {
  AND?: InputMaybe<Array<NoteWhere>>;
  NOT?: InputMaybe<NoteWhere>;
  OR?: InputMaybe<Array<NoteWhere>>;
  agencies?: InputMaybe<AgencyRelationshipFilters>;
  agenciesConnection?: InputMaybe<NoteAgenciesConnectionFilters>;
  assets?: InputMaybe<AssetRelationshipFilters>;
  assetsConnection?: InputMaybe<NoteAssetsConnectionFilters>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  createdBy?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  lastChange?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  updatedBy?: InputMaybe<StringScalarFilters>;
};

export type NotesConnection = {
  __typename?: 'NotesConnection';
  aggregate: NoteAggregate;
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlan = {
  __typename?: 'OpenDataPlan';
  /** Datasets the plan opens. */
  datasets: Array<Dataset>;
  datasetsConnection: OpenDataPlanDatasetsConnection;
  /** Yearly targets and other figures about the plan. */
  figures: Array<Figure>;
  figuresConnection: OpenDataPlanFiguresConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The agency that issued it. */
  issuedBy: Array<Agency>;
  issuedByConnection: OpenDataPlanIssuedByConnection;
  /** Period the plan covers (ISO interval of years). */
  period: Scalars['String']['output'];
  /** Where it is printed. */
  sources: Array<SourceDocument>;
  sourcesConnection: OpenDataPlanSourcesConnection;
  /** Title as printed. */
  title: Scalars['String']['output'];
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanDatasetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetSort>>;
  where?: InputMaybe<DatasetWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanDatasetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanDatasetsConnectionSort>>;
  where?: InputMaybe<OpenDataPlanDatasetsConnectionWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanFiguresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSort>>;
  where?: InputMaybe<FigureWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanFiguresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanFiguresConnectionSort>>;
  where?: InputMaybe<OpenDataPlanFiguresConnectionWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanIssuedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanIssuedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanIssuedByConnectionSort>>;
  where?: InputMaybe<OpenDataPlanIssuedByConnectionWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/** An open-data plan (003: Điện Biên 2023–2025). */
export type OpenDataPlanSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanSourcesConnectionSort>>;
  where?: InputMaybe<OpenDataPlanSourcesConnectionWhere>;
};

export type OpenDataPlanAgencyIssuedByAggregateSelection = {
  __typename?: 'OpenDataPlanAgencyIssuedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OpenDataPlanAgencyIssuedByEdgeAggregateSelection>;
  node?: Maybe<OpenDataPlanAgencyIssuedByNodeAggregateSelection>;
};

export type OpenDataPlanAgencyIssuedByEdgeAggregateSelection = {
  __typename?: 'OpenDataPlanAgencyIssuedByEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type OpenDataPlanAgencyIssuedByNodeAggregateSelection = {
  __typename?: 'OpenDataPlanAgencyIssuedByNodeAggregateSelection';
  era: IntAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type OpenDataPlanAggregate = {
  __typename?: 'OpenDataPlanAggregate';
  count: Count;
  node: OpenDataPlanAggregateNode;
};

export type OpenDataPlanAggregateNode = {
  __typename?: 'OpenDataPlanAggregateNode';
  period: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type OpenDataPlanDatasetDatasetsAggregateSelection = {
  __typename?: 'OpenDataPlanDatasetDatasetsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OpenDataPlanDatasetDatasetsEdgeAggregateSelection>;
  node?: Maybe<OpenDataPlanDatasetDatasetsNodeAggregateSelection>;
};

export type OpenDataPlanDatasetDatasetsEdgeAggregateSelection = {
  __typename?: 'OpenDataPlanDatasetDatasetsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type OpenDataPlanDatasetDatasetsNodeAggregateSelection = {
  __typename?: 'OpenDataPlanDatasetDatasetsNodeAggregateSelection';
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  topic: StringAggregateSelection;
  topicNumber: StringAggregateSelection;
};

export type OpenDataPlanDatasetsConnection = {
  __typename?: 'OpenDataPlanDatasetsConnection';
  aggregate: OpenDataPlanDatasetDatasetsAggregateSelection;
  edges: Array<OpenDataPlanDatasetsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpenDataPlanDatasetsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OpenDataPlanDatasetsConnectionAggregateInput>>;
  NOT?: InputMaybe<OpenDataPlanDatasetsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OpenDataPlanDatasetsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<OpenDataPlanDatasetsNodeAggregationWhereInput>;
};

export type OpenDataPlanDatasetsConnectionFilters = {
  /** Filter OpenDataPlans by aggregating results on related OpenDataPlanDatasetsConnections */
  aggregate?: InputMaybe<OpenDataPlanDatasetsConnectionAggregateInput>;
  /** Return OpenDataPlans where all of the related OpenDataPlanDatasetsConnections match this filter */
  all?: InputMaybe<OpenDataPlanDatasetsConnectionWhere>;
  /** Return OpenDataPlans where none of the related OpenDataPlanDatasetsConnections match this filter */
  none?: InputMaybe<OpenDataPlanDatasetsConnectionWhere>;
  /** Return OpenDataPlans where one of the related OpenDataPlanDatasetsConnections match this filter */
  single?: InputMaybe<OpenDataPlanDatasetsConnectionWhere>;
  /** Return OpenDataPlans where some of the related OpenDataPlanDatasetsConnections match this filter */
  some?: InputMaybe<OpenDataPlanDatasetsConnectionWhere>;
};

export type OpenDataPlanDatasetsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<DatasetSort>;
};

export type OpenDataPlanDatasetsConnectionWhere = {
  AND?: InputMaybe<Array<OpenDataPlanDatasetsConnectionWhere>>;
  NOT?: InputMaybe<OpenDataPlanDatasetsConnectionWhere>;
  OR?: InputMaybe<Array<OpenDataPlanDatasetsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<DatasetWhere>;
};

export type OpenDataPlanDatasetsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OpenDataPlanDatasetsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OpenDataPlanDatasetsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OpenDataPlanDatasetsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  topic?: InputMaybe<StringScalarAggregationFilters>;
  topicNumber?: InputMaybe<StringScalarAggregationFilters>;
};

export type OpenDataPlanDatasetsRelationship = {
  __typename?: 'OpenDataPlanDatasetsRelationship';
  cursor: Scalars['String']['output'];
  node: Dataset;
  properties: Provenance;
};

export type OpenDataPlanEdge = {
  __typename?: 'OpenDataPlanEdge';
  cursor: Scalars['String']['output'];
  node: OpenDataPlan;
};

export type OpenDataPlanFigureFiguresAggregateSelection = {
  __typename?: 'OpenDataPlanFigureFiguresAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OpenDataPlanFigureFiguresEdgeAggregateSelection>;
  node?: Maybe<OpenDataPlanFigureFiguresNodeAggregateSelection>;
};

export type OpenDataPlanFigureFiguresEdgeAggregateSelection = {
  __typename?: 'OpenDataPlanFigureFiguresEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type OpenDataPlanFigureFiguresNodeAggregateSelection = {
  __typename?: 'OpenDataPlanFigureFiguresNodeAggregateSelection';
  asOf: StringAggregateSelection;
  metric: StringAggregateSelection;
  period: StringAggregateSelection;
  rank: IntAggregateSelection;
  subjectId: StringAggregateSelection;
  unit: StringAggregateSelection;
  value: FloatAggregateSelection;
};

export type OpenDataPlanFiguresConnection = {
  __typename?: 'OpenDataPlanFiguresConnection';
  aggregate: OpenDataPlanFigureFiguresAggregateSelection;
  edges: Array<OpenDataPlanFiguresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpenDataPlanFiguresConnectionAggregateInput = {
  AND?: InputMaybe<Array<OpenDataPlanFiguresConnectionAggregateInput>>;
  NOT?: InputMaybe<OpenDataPlanFiguresConnectionAggregateInput>;
  OR?: InputMaybe<Array<OpenDataPlanFiguresConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<OpenDataPlanFiguresNodeAggregationWhereInput>;
};

export type OpenDataPlanFiguresConnectionFilters = {
  /** Filter OpenDataPlans by aggregating results on related OpenDataPlanFiguresConnections */
  aggregate?: InputMaybe<OpenDataPlanFiguresConnectionAggregateInput>;
  /** Return OpenDataPlans where all of the related OpenDataPlanFiguresConnections match this filter */
  all?: InputMaybe<OpenDataPlanFiguresConnectionWhere>;
  /** Return OpenDataPlans where none of the related OpenDataPlanFiguresConnections match this filter */
  none?: InputMaybe<OpenDataPlanFiguresConnectionWhere>;
  /** Return OpenDataPlans where one of the related OpenDataPlanFiguresConnections match this filter */
  single?: InputMaybe<OpenDataPlanFiguresConnectionWhere>;
  /** Return OpenDataPlans where some of the related OpenDataPlanFiguresConnections match this filter */
  some?: InputMaybe<OpenDataPlanFiguresConnectionWhere>;
};

export type OpenDataPlanFiguresConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<FigureSort>;
};

export type OpenDataPlanFiguresConnectionWhere = {
  AND?: InputMaybe<Array<OpenDataPlanFiguresConnectionWhere>>;
  NOT?: InputMaybe<OpenDataPlanFiguresConnectionWhere>;
  OR?: InputMaybe<Array<OpenDataPlanFiguresConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<FigureWhere>;
};

export type OpenDataPlanFiguresNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OpenDataPlanFiguresNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OpenDataPlanFiguresNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OpenDataPlanFiguresNodeAggregationWhereInput>>;
  asOf?: InputMaybe<StringScalarAggregationFilters>;
  metric?: InputMaybe<StringScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  rank?: InputMaybe<IntScalarAggregationFilters>;
  subjectId?: InputMaybe<StringScalarAggregationFilters>;
  unit?: InputMaybe<StringScalarAggregationFilters>;
  value?: InputMaybe<FloatScalarAggregationFilters>;
};

export type OpenDataPlanFiguresRelationship = {
  __typename?: 'OpenDataPlanFiguresRelationship';
  cursor: Scalars['String']['output'];
  node: Figure;
  properties: Provenance;
};

export type OpenDataPlanIssuedByConnection = {
  __typename?: 'OpenDataPlanIssuedByConnection';
  aggregate: OpenDataPlanAgencyIssuedByAggregateSelection;
  edges: Array<OpenDataPlanIssuedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpenDataPlanIssuedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<OpenDataPlanIssuedByConnectionAggregateInput>>;
  NOT?: InputMaybe<OpenDataPlanIssuedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<OpenDataPlanIssuedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<OpenDataPlanIssuedByNodeAggregationWhereInput>;
};

export type OpenDataPlanIssuedByConnectionFilters = {
  /** Filter OpenDataPlans by aggregating results on related OpenDataPlanIssuedByConnections */
  aggregate?: InputMaybe<OpenDataPlanIssuedByConnectionAggregateInput>;
  /** Return OpenDataPlans where all of the related OpenDataPlanIssuedByConnections match this filter */
  all?: InputMaybe<OpenDataPlanIssuedByConnectionWhere>;
  /** Return OpenDataPlans where none of the related OpenDataPlanIssuedByConnections match this filter */
  none?: InputMaybe<OpenDataPlanIssuedByConnectionWhere>;
  /** Return OpenDataPlans where one of the related OpenDataPlanIssuedByConnections match this filter */
  single?: InputMaybe<OpenDataPlanIssuedByConnectionWhere>;
  /** Return OpenDataPlans where some of the related OpenDataPlanIssuedByConnections match this filter */
  some?: InputMaybe<OpenDataPlanIssuedByConnectionWhere>;
};

export type OpenDataPlanIssuedByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgencySort>;
};

export type OpenDataPlanIssuedByConnectionWhere = {
  AND?: InputMaybe<Array<OpenDataPlanIssuedByConnectionWhere>>;
  NOT?: InputMaybe<OpenDataPlanIssuedByConnectionWhere>;
  OR?: InputMaybe<Array<OpenDataPlanIssuedByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type OpenDataPlanIssuedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OpenDataPlanIssuedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OpenDataPlanIssuedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OpenDataPlanIssuedByNodeAggregationWhereInput>>;
  era?: InputMaybe<IntScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type OpenDataPlanIssuedByRelationship = {
  __typename?: 'OpenDataPlanIssuedByRelationship';
  cursor: Scalars['String']['output'];
  node: Agency;
  properties: Provenance;
};

export type OpenDataPlanRelationshipFilters = {
  /** Filter type where all of the related OpenDataPlans match this filter */
  all?: InputMaybe<OpenDataPlanWhere>;
  /** Filter type where none of the related OpenDataPlans match this filter */
  none?: InputMaybe<OpenDataPlanWhere>;
  /** Filter type where one of the related OpenDataPlans match this filter */
  single?: InputMaybe<OpenDataPlanWhere>;
  /** Filter type where some of the related OpenDataPlans match this filter */
  some?: InputMaybe<OpenDataPlanWhere>;
};

/** Fields to sort OpenDataPlans by. The order in which sorts are applied is not guaranteed when specifying many fields in one OpenDataPlanSort object. */
export type OpenDataPlanSort = {
  id?: InputMaybe<SortDirection>;
  period?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type OpenDataPlanSourceDocumentSourcesAggregateSelection = {
  __typename?: 'OpenDataPlanSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<OpenDataPlanSourceDocumentSourcesNodeAggregateSelection>;
};

export type OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type OpenDataPlanSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'OpenDataPlanSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type OpenDataPlanSourcesConnection = {
  __typename?: 'OpenDataPlanSourcesConnection';
  aggregate: OpenDataPlanSourceDocumentSourcesAggregateSelection;
  edges: Array<OpenDataPlanSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpenDataPlanSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OpenDataPlanSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<OpenDataPlanSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OpenDataPlanSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<OpenDataPlanSourcesNodeAggregationWhereInput>;
};

export type OpenDataPlanSourcesConnectionFilters = {
  /** Filter OpenDataPlans by aggregating results on related OpenDataPlanSourcesConnections */
  aggregate?: InputMaybe<OpenDataPlanSourcesConnectionAggregateInput>;
  /** Return OpenDataPlans where all of the related OpenDataPlanSourcesConnections match this filter */
  all?: InputMaybe<OpenDataPlanSourcesConnectionWhere>;
  /** Return OpenDataPlans where none of the related OpenDataPlanSourcesConnections match this filter */
  none?: InputMaybe<OpenDataPlanSourcesConnectionWhere>;
  /** Return OpenDataPlans where one of the related OpenDataPlanSourcesConnections match this filter */
  single?: InputMaybe<OpenDataPlanSourcesConnectionWhere>;
  /** Return OpenDataPlans where some of the related OpenDataPlanSourcesConnections match this filter */
  some?: InputMaybe<OpenDataPlanSourcesConnectionWhere>;
};

export type OpenDataPlanSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type OpenDataPlanSourcesConnectionWhere = {
  AND?: InputMaybe<Array<OpenDataPlanSourcesConnectionWhere>>;
  NOT?: InputMaybe<OpenDataPlanSourcesConnectionWhere>;
  OR?: InputMaybe<Array<OpenDataPlanSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type OpenDataPlanSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OpenDataPlanSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OpenDataPlanSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OpenDataPlanSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type OpenDataPlanSourcesRelationship = {
  __typename?: 'OpenDataPlanSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type OpenDataPlanWhere = {
  AND?: InputMaybe<Array<OpenDataPlanWhere>>;
  NOT?: InputMaybe<OpenDataPlanWhere>;
  OR?: InputMaybe<Array<OpenDataPlanWhere>>;
  datasets?: InputMaybe<DatasetRelationshipFilters>;
  datasetsConnection?: InputMaybe<OpenDataPlanDatasetsConnectionFilters>;
  figures?: InputMaybe<FigureRelationshipFilters>;
  figuresConnection?: InputMaybe<OpenDataPlanFiguresConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  issuedBy?: InputMaybe<AgencyRelationshipFilters>;
  issuedByConnection?: InputMaybe<OpenDataPlanIssuedByConnectionFilters>;
  period?: InputMaybe<StringScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<OpenDataPlanSourcesConnectionFilters>;
  title?: InputMaybe<StringScalarFilters>;
};

export type OpenDataPlansConnection = {
  __typename?: 'OpenDataPlansConnection';
  aggregate: OpenDataPlanAggregate;
  edges: Array<OpenDataPlanEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * Agency.ownedAssets
 * * Asset.owners
 */
export type OwnershipFact = {
  __typename?: 'OwnershipFact';
  /** Short id of the document. */
  documentId: Scalars['String']['output'];
  /** Row. */
  locator: Scalars['String']['output'];
  /** How the owner was read from the row. */
  rule: Scalars['String']['output'];
  /** Section, e.g. `Phụ lục 1`. */
  section: Scalars['String']['output'];
  /** The row as printed. */
  text?: Maybe<Scalars['String']['output']>;
};

export type OwnershipFactAggregationWhereInput = {
  AND?: InputMaybe<Array<OwnershipFactAggregationWhereInput>>;
  NOT?: InputMaybe<OwnershipFactAggregationWhereInput>;
  OR?: InputMaybe<Array<OwnershipFactAggregationWhereInput>>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  rule?: InputMaybe<StringScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type OwnershipFactSort = {
  documentId?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  rule?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type OwnershipFactWhere = {
  AND?: InputMaybe<Array<OwnershipFactWhere>>;
  NOT?: InputMaybe<OwnershipFactWhere>;
  OR?: InputMaybe<Array<OwnershipFactWhere>>;
  documentId?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  rule?: InputMaybe<StringScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A 2023 unit inside a 2025 unit, and whether it met the requirement. */
export type PartStatus = {
  __typename?: 'PartStatus';
  /** The links it had to the asset. */
  has: Array<ExistingLink>;
  /** 2023 agency id. */
  id: Scalars['ID']['output'];
  /** 2023 name. */
  name: Scalars['String']['output'];
  /** True when this part had the required link. */
  ok: Scalars['Boolean']['output'];
};

/** A relationship on a path, with the hop it makes. */
export type PathEdge = {
  __typename?: 'PathEdge';
  /** The relationship with its citation. */
  edge: GraphEdge;
  /** Hop number, 1 for the first. */
  step: Scalars['Int']['output'];
};

/** How a path may follow the graph's relationships. */
export type PathMode =
  /**
   * Any relationship between data nodes, either way (connections, ownership, services, standards, lists,
   * targets, plans, datasets, parts and successions; never the citations to documents).
   */
  | 'ANY'
  /**
   * Only in the direction of dependence: an agency depends on the assets it is connected to
   * (CONNECTED_TO), a consumer on the services it consumes (CONSUMED_BY, walked backwards), a service on
   * the asset providing it (PROVIDED_BY), a 2025 unit on its 2023 parts (SUCCEEDED_BY, backwards) and a
   * whole on its parts (PART_OF, backwards). "How does Đà Nẵng depend on the population database?"
   */
  | 'DEPENDENCY';

/** The paths between two nodes, shortest first. */
export type PathsResult = {
  __typename?: 'PathsResult';
  /** True when every path of at most `maxHops` hops was found; false when the search stopped at its bound (400 paths) and longer alternatives were left out. */
  complete: Scalars['Boolean']['output'];
  /** The start. */
  from: GraphNode;
  /** The longest path considered. */
  maxHops: Scalars['Int']['output'];
  /** How relationships were followed. */
  mode: PathMode;
  /** The page of paths asked for: fewest hops first, then in Vietnamese order of the nodes' names. */
  paths: Array<GraphPath>;
  /** The end. */
  to: GraphNode;
  /** Distinct paths found (all pages; see `complete`). */
  total: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * Agency.parent
 * * Agency.units
 * * Agency.figures
 * * Agency.plans
 * * Agency.datasets
 * * Agency.sources
 * * Agency.inventory
 * * Agency2025.sources
 * * Asset.partOf
 * * Asset.components
 * * Asset.figures
 * * Asset.sources
 * * Service.figures
 * * Service.sources
 * * InventoryEntry.keptBy
 * * InventoryEntry.sources
 * * Figure.about
 * * Figure.sources
 * * AgencyList.sources
 * * Target.sources
 * * Standard.sources
 * * OpenDataPlan.issuedBy
 * * OpenDataPlan.datasets
 * * OpenDataPlan.figures
 * * OpenDataPlan.sources
 * * Dataset.plan
 * * Dataset.responsible
 * * Dataset.sources
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** Short id of the document: `000`…`004`. */
  documentId: Scalars['String']['output'];
  /** Row or item inside the section, e.g. `row 12`. */
  locator: Scalars['String']['output'];
  /** Table, appendix or section, e.g. `Phụ lục 2 II. Địa phương`. */
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

/** An entry a quality check flags. */
export type QualityEntry = {
  __typename?: 'QualityEntry';
  /** The agency listing it. */
  agency: DuplicateAgency;
  /** Id of the inventory entry. */
  itemId: Scalars['ID']['output'];
  /** Its name. */
  itemName: Scalars['String']['output'];
  /** UNSTRUCTURED: the reviewed phrase heading its name. */
  phrase?: Maybe<Scalars['String']['output']>;
  /** What is wrong. */
  problem: QualityProblem;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** Where it was read: file and row. */
  source: ItemSource;
  /** Its status (NOT_STATED when the catalogue left it empty). */
  status: InventoryStatus;
};

/** What is wrong with a catalogue entry. */
export type QualityProblem =
  /** No fields listed. */
  | 'NO_FIELDS'
  /** No built/planned status (imported as NOT_STATED). */
  | 'NO_STATUS'
  /** A document store or a portal, not a structured database (000 §6). */
  | 'UNSTRUCTURED';

export type Query = {
  __typename?: 'Query';
  /** List of `Agency` — A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial department, an enterprise. `where` filters, `sort` orders, `limit`/`offset` page. */
  agencies: Array<Agency>;
  /** List of `Agency2025` — A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries after 1 March 2025 (seed/reference/). `where` filters, `sort` orders, `limit`/`offset` page. */
  agencies2025: Array<Agency2025>;
  /** Relay connection over `Agency2025` — A province or ministry-level body of the 2025 map: the 34 provinces of 1 July 2025 and the ministries after 1 March 2025 (seed/reference/). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  agencies2025Connection: Agencies2025Connection;
  /** Relay connection over `Agency` — A public body or enterprise of the 2023 map (the reports' era): a ministry, a province, a provincial department, an enterprise. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  agenciesConnection: AgenciesConnection;
  /** Agencies of a tier with no imported inventory (their departments' inventories count for a province). */
  agenciesWithoutInventory: AgenciesWithoutInventory;
  /** Every asset and service an agency relies on, with status by snapshot and service reliability. */
  agencyDependencies: AgencyDependencies;
  /** List of `AgencyList` — A list of agencies printed in a report, usually with a stated count beside it (which may differ from the number of names listed: see the audit). `where` filters, `sort` orders, `limit`/`offset` page. */
  agencyLists: Array<AgencyList>;
  /** Relay connection over `AgencyList` — A list of agencies printed in a report, usually with a stated count beside it (which may differ from the number of names listed: see the audit). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  agencyListsConnection: AgencyListsConnection;
  /** What depends on an asset: its services, connected agencies, and what consumes its services up to `depth` hops. */
  assetImpact: AssetImpact;
  /** List of `Asset` — A data asset: a national or sectoral database, an information system, or a sharing platform. `where` filters, `sort` orders, `limit`/`offset` page. */
  assets: Array<Asset>;
  /** Relay connection over `Asset` — A data asset: a national or sectoral database, an information system, or a sharing platform. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  assetsConnection: AssetsConnection;
  /** List of `AuditFinding` — An inconsistency inside the reports, found by the audit (`npm run audit`), with the citations on both sides (`citesConnection` edges, ordered by `position`). `where` filters, `sort` orders, `limit`/`offset` page. */
  auditFindings: Array<AuditFinding>;
  /** Relay connection over `AuditFinding` — An inconsistency inside the reports, found by the audit (`npm run audit`), with the citations on both sides (`citesConnection` edges, ordered by `position`). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  auditFindingsConnection: AuditFindingsConnection;
  /** The quality of agencies' catalogues: entries that are documents or portals (not structured databases), entries without a status, entries without fields, and the catalogue's size against its peers (000 §2: 16–169 per province). */
  catalogueQuality: CatalogueQuality;
  /** List of `ChangeRecord` — One committed change to the graph: who (token subject and issuer), when, the operation and what it changed. `where` filters, `sort` orders, `limit`/`offset` page. */
  changeRecords: Array<ChangeRecord>;
  /** Relay connection over `ChangeRecord` — One committed change to the graph: who (token subject and issuer), when, the operation and what it changed. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  changeRecordsConnection: ChangeRecordsConnection;
  /** Connections added, dropped, upgraded or downgraded between any two days for a tier: per agency–asset pair, the link valid on `from` (the latest snapshot on or before it covering the agency) against the one valid on `to`. Generalises `snapshotDiff`: on two snapshots' days it gives their diff. */
  changesBetween: ChangesBetween;
  /** Agencies of a tier × assets with the status per snapshot and totals (a heatmap). */
  connectionMatrix: ConnectionMatrix;
  /** The services an agency consumes, with monthly series and error rates, beside its Phụ lục 4 total. */
  consumedServices: ConsumedServices;
  /** Agencies of a tier lacking a link to an asset, by required status and snapshot; each gap shows the weaker links it does have. */
  coverageGaps: CoverageGapResult;
  /** Assets and NDXP ranked by what fails with them, each score with its parts. */
  criticality: CriticalityRanking;
  /** One kind of database, by id (`kind:national:asset:001:11`) or label; an unknown one is refused with the closest labels. */
  databaseKind: DatabaseKind;
  /** Kinds of database built on the duplicate analysis: a NATIONAL kind per national asset whose records local items keep, a LOCAL kind per cluster of alike items; each with its label (Vietnamese), items with citations and the department kind that usually keeps it. */
  databaseKinds: DatabaseKinds;
  /** List of `Dataset` — A dataset an open-data plan will open, with its topic and the department responsible. `where` filters, `sort` orders, `limit`/`offset` page. */
  datasets: Array<Dataset>;
  /** Relay connection over `Dataset` — A dataset an open-data plan will open, with its topic and the department responsible. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  datasetsConnection: DatasetsConnection;
  /** Each agency–asset pair of a tier classified: official without regular traffic, traffic without a declared link, technical link in regular use, consistent. */
  declaredVsObserved: DeclaredVsObserved;
  /** Local items (inventory entries of every agency, Điện Biên's datasets) that repeat a national database or system, or that several agencies build separately; each with a score, the terms and evidence that matched, a reason and the rule. */
  duplicateCandidates: DuplicateCandidates;
  /** The same kind of local database built separately in several places: clusters of items across agencies, NATIONAL (all copy one national asset) or LOCAL (alike, with no national counterpart). */
  duplicateClusters: DuplicateClusters;
  /** List of `FigureSubject` — What a figure can be about. `where` filters, `sort` orders, `limit`/`offset` page. */
  figureSubjects: Array<FigureSubject>;
  /** List of `Figure` — A number as a report prints it: a size, a total, a count, a transaction figure, a rank. `where` filters, `sort` orders, `limit`/`offset` page. */
  figures: Array<Figure>;
  /** Relay connection over `Figure` — A number as a report prints it: a size, a total, a count, a transaction figure, a rank. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  figuresConnection: FiguresConnection;
  /** A node's timeline: each fact with its valid and record time, its citation, and the change record of whoever changed it. Open any node by id, or an agency or asset by name. */
  history: History;
  /** List of `InventoryEntry` — One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`). `where` filters, `sort` orders, `limit`/`offset` page. */
  inventoryEntries: Array<InventoryEntry>;
  /** Relay connection over `InventoryEntry` — One database or dataset an agency lists in its inventory, imported from a file (`importInventory`, `npm run import`). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  inventoryEntriesConnection: InventoryEntriesConnection;
  /** Kinds × agencies of a tier: for each agency with an inventory and each kind its tier keeps, KEPT, MISSING, VIA_NATIONAL, RARE or UNCOMMON (against peers). */
  kindHeatmap: KindHeatmap;
  /** The kinds of database agencies lack: against their peers (kinds at least `minPeerShare` of the agencies of their tier keep; rare kinds never) or against the imported reference catalogue. A national kind is a link to use (USE_NATIONAL), and one read through an official link is not missing. */
  missingDatabases: MissingDatabases;
  /** Agencies whose inventory needs a national asset — copies its records or stores its identifiers — with no official link to it. */
  missingLinks: MissingLinks;
  /** Agencies without a catalogue or open-data plan, and national databases without a standard. */
  missingPieces: MissingPieces;
  /** A node's neighbourhood: relationship groups with counts, and a page of neighbours with each relationship's citation. Open any node by id (or an agency or asset by name), then expand one relationship type at a time. */
  neighbourhood: Neighbourhood;
  /** List of `Note` — An editor's note on agencies or assets. `where` filters, `sort` orders, `limit`/`offset` page. */
  notes: Array<Note>;
  /** Relay connection over `Note` — An editor's note on agencies or assets. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  notesConnection: NotesConnection;
  /** List of `OpenDataPlan` — An open-data plan (003: Điện Biên 2023–2025). `where` filters, `sort` orders, `limit`/`offset` page. */
  openDataPlans: Array<OpenDataPlan>;
  /** Relay connection over `OpenDataPlan` — An open-data plan (003: Điện Biên 2023–2025). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  openDataPlansConnection: OpenDataPlansConnection;
  /** The paths between two nodes, shortest first, each relationship with its citation and (for connections) snapshot and status: how an agency reaches a database. */
  paths: PathsResult;
  /** Agencies that keep their own copy of a national asset's data and have no official link to it. */
  redundantCopies: RedundantCopies;
  /** The imported reference catalogue's rows. */
  referenceKinds: Array<ReferenceKind>;
  /** Two or more agencies of one province (or, for ministries, nationally) each listing the same kind of database as their own, with the evidence; alike but different kinds are not conflicts. */
  responsibilityConflicts: ResponsibilityConflicts;
  /** Search every named node by name or alias, case- and diacritics-insensitive, prefix matching, ranked. */
  search: Array<SearchHit>;
  /** Who consumes a service, with each consumer's monthly series and error rates, beside the report's own figures. */
  serviceConsumers: ServiceConsumers;
  /** List of `Service` — A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for 1 Jan – 7 Jun 2023. `where` filters, `sort` orders, `limit`/`offset` page. */
  services: Array<Service>;
  /** Relay connection over `Service` — A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for 1 Jan – 7 Jun 2023. `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  servicesConnection: ServicesConnection;
  /** Connections added, dropped, upgraded or downgraded between two snapshots for a tier. */
  snapshotDiff: SnapshotDiff;
  /** List of `SourceDocument` — One of the five 2023 reports the graph was built from (see seed/ and ../shared/seeds/README.md). `where` filters, `sort` orders, `limit`/`offset` page. */
  sourceDocuments: Array<SourceDocument>;
  /** Relay connection over `SourceDocument` — One of the five 2023 reports the graph was built from (see seed/ and ../shared/seeds/README.md). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  sourceDocumentsConnection: SourceDocumentsConnection;
  /** List of `Standard` — A data-exchange standard, regulation or technical rule (000 §3 table of 8). `where` filters, `sort` orders, `limit`/`offset` page. */
  standards: Array<Standard>;
  /** Relay connection over `Standard` — A data-exchange standard, regulation or technical rule (000 §3 table of 8). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  standardsConnection: StandardsConnection;
  /** Each Decision 17 target: reported figures, listed agencies, the share computed from the graph, and disagreements. */
  targetProgress: Array<TargetProgress>;
  /** List of `Target` — One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). `where` filters, `sort` orders, `limit`/`offset` page. */
  targets: Array<Target>;
  /** Relay connection over `Target` — One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). `where` filters, `sort` orders, `first`/`after` page; `totalCount` counts every match; edges carry relationship properties (provenance). */
  targetsConnection: TargetsConnection;
  /** Imported usage files, newest first. */
  usageImports: UsageImports;
  /** NDXP transactions per agency of a tier, highest first; E2025 adds up each 2025 unit's parts. */
  usageTotals: Array<UsageTotal>;
};


export type QueryAgenciesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


export type QueryAgencies2025Args = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<Agency2025Sort>>;
  where?: InputMaybe<Agency2025Where>;
};


export type QueryAgencies2025ConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<Agency2025Sort>>;
  where?: InputMaybe<Agency2025Where>;
};


export type QueryAgenciesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencySort>>;
  where?: InputMaybe<AgencyWhere>;
};


export type QueryAgenciesWithoutInventoryArgs = {
  era?: Era;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: Tier;
};


export type QueryAgencyDependenciesArgs = {
  agency: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  era?: InputMaybe<Era>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAgencyListsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListSort>>;
  where?: InputMaybe<AgencyListWhere>;
};


export type QueryAgencyListsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListSort>>;
  where?: InputMaybe<AgencyListWhere>;
};


export type QueryAssetImpactArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  asset: Scalars['String']['input'];
  depth?: Scalars['Int']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
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


export type QueryAuditFindingsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuditFindingSort>>;
  where?: InputMaybe<AuditFindingWhere>;
};


export type QueryAuditFindingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuditFindingSort>>;
  where?: InputMaybe<AuditFindingWhere>;
};


export type QueryCatalogueQualityArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  era?: InputMaybe<Era>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: InputMaybe<Tier>;
};


export type QueryChangeRecordsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChangeRecordSort>>;
  where?: InputMaybe<ChangeRecordWhere>;
};


export type QueryChangeRecordsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChangeRecordSort>>;
  where?: InputMaybe<ChangeRecordWhere>;
};


export type QueryChangesBetweenArgs = {
  era?: InputMaybe<Era>;
  from: Scalars['Date']['input'];
  includeContinued?: Scalars['Boolean']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  tier?: Tier;
  to: Scalars['Date']['input'];
};


export type QueryConnectionMatrixArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  assets?: InputMaybe<Array<Scalars['String']['input']>>;
  era?: InputMaybe<Era>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: Tier;
};


export type QueryConsumedServicesArgs = {
  agency: Scalars['String']['input'];
  era?: Era;
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCoverageGapsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  asset: Scalars['String']['input'];
  era?: InputMaybe<Era>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
  snapshot?: InputMaybe<Snapshot>;
  status?: RequiredStatus;
  tier?: Tier;
};


export type QueryCriticalityArgs = {
  basis?: InputMaybe<UsageBasis>;
  era?: Era;
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  tiers?: InputMaybe<Array<Tier>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDatabaseKindArgs = {
  kind: Scalars['String']['input'];
};


export type QueryDatabaseKindsArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  bases?: Array<KindBasis>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minAgencies?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDatasetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetSort>>;
  where?: InputMaybe<DatasetWhere>;
};


export type QueryDatasetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DatasetSort>>;
  where?: InputMaybe<DatasetWhere>;
};


export type QueryDeclaredVsObservedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  asset?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<UsageBasis>;
  era?: InputMaybe<Era>;
  from?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  regular?: RegularTrafficInput;
  tier?: Tier;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  era?: InputMaybe<Era>;
  kinds?: Array<DuplicateKind>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minScore?: Scalars['Float']['input'];
  nationalAsset?: InputMaybe<Scalars['String']['input']>;
  offset?: Scalars['Int']['input'];
  sourceTypes?: Array<LocalSourceType>;
  tier?: InputMaybe<Tier>;
};


export type QueryDuplicateClustersArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  bases?: Array<ClusterBasis>;
  era?: Era;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minAgencies?: Scalars['Int']['input'];
  nationalAsset?: InputMaybe<Scalars['String']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: InputMaybe<Tier>;
};


export type QueryFigureSubjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FigureSubjectWhere>;
};


export type QueryFiguresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSort>>;
  where?: InputMaybe<FigureWhere>;
};


export type QueryFiguresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSort>>;
  where?: InputMaybe<FigureWhere>;
};


export type QueryHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  node: Scalars['String']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryInventoryEntriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InventoryEntrySort>>;
  where?: InputMaybe<InventoryEntryWhere>;
};


export type QueryInventoryEntriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<InventoryEntrySort>>;
  where?: InputMaybe<InventoryEntryWhere>;
};


export type QueryKindHeatmapArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  era?: InputMaybe<Era>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: Scalars['Int']['input'];
  minPeerShare?: Scalars['Float']['input'];
  offset?: Scalars['Int']['input'];
  tier?: Tier;
};


export type QueryMissingDatabasesArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  basis?: MissingBasis;
  era?: InputMaybe<Era>;
  includeViaNational?: Scalars['Boolean']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minPeerShare?: Scalars['Float']['input'];
  offset?: Scalars['Int']['input'];
  tier?: InputMaybe<Tier>;
};


export type QueryMissingLinksArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  era?: Era;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nationalAsset?: InputMaybe<Scalars['String']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: InputMaybe<Tier>;
};


export type QueryMissingPiecesArgs = {
  era?: Era;
  tiers?: Array<Tier>;
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<EdgeDirection>;
  era?: InputMaybe<Era>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: Scalars['Int']['input'];
  node: Scalars['String']['input'];
  offset?: Scalars['Int']['input'];
  relationship?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteSort>>;
  where?: InputMaybe<NoteWhere>;
};


export type QueryNotesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteSort>>;
  where?: InputMaybe<NoteWhere>;
};


export type QueryOpenDataPlansArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanSort>>;
  where?: InputMaybe<OpenDataPlanWhere>;
};


export type QueryOpenDataPlansConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OpenDataPlanSort>>;
  where?: InputMaybe<OpenDataPlanWhere>;
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  era?: InputMaybe<Era>;
  from: Scalars['String']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: Scalars['Int']['input'];
  maxHops?: Scalars['Int']['input'];
  mode?: PathMode;
  offset?: Scalars['Int']['input'];
  to: Scalars['String']['input'];
};


export type QueryRedundantCopiesArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  era?: Era;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nationalAsset?: InputMaybe<Scalars['String']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: InputMaybe<Tier>;
};


export type QueryReferenceKindsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
};


export type QueryResponsibilityConflictsArgs = {
  agency?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  era?: InputMaybe<Era>;
  kind?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: Scalars['Int']['input'];
  tier?: InputMaybe<Tier>;
};


export type QuerySearchArgs = {
  era?: InputMaybe<Era>;
  limit?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


export type QueryServiceConsumersArgs = {
  era?: Era;
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  service: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


export type QueryServicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


export type QuerySnapshotDiffArgs = {
  era?: Era;
  from?: Snapshot;
  includeContinued?: Scalars['Boolean']['input'];
  tier?: Tier;
  to?: Snapshot;
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


export type QueryStandardsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StandardSort>>;
  where?: InputMaybe<StandardWhere>;
};


export type QueryStandardsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StandardSort>>;
  where?: InputMaybe<StandardWhere>;
};


export type QueryTargetProgressArgs = {
  era?: Era;
};


export type QueryTargetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TargetSort>>;
  where?: InputMaybe<TargetWhere>;
};


export type QueryTargetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TargetSort>>;
  where?: InputMaybe<TargetWhere>;
};


export type QueryUsageImportsArgs = {
  includeSuperseded?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryUsageTotalsArgs = {
  era?: Era;
  tier?: Tier;
};

/** Redundant copies and the rule. */
export type RedundantCopies = {
  __typename?: 'RedundantCopies';
  /** The page asked for, by agency in Vietnamese order then asset number. */
  copies: Array<RedundantCopy>;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many (agency, asset) pairs match the filters (all pages). */
  total: Scalars['Int']['output'];
};

/** An agency keeping its own copy of a national asset's data with no official link to that asset: the strongest case for connecting instead of copying. */
export type RedundantCopy = {
  __typename?: 'RedundantCopy';
  /** The answerable agency (E2025: the 2025 unit). */
  agency: DuplicateAgency;
  /** The local items that copy it. */
  items: Array<CopiedItem>;
  /** The weaker links the agency has to the asset (technical, or June 2023's official-or-technical), if any. */
  links: Array<DuplicateLink>;
  /** The national asset copied. */
  nationalAssetId: Scalars['ID']['output'];
  /** Its name. */
  nationalAssetName: Scalars['String']['output'];
  /** E2025: the 2023 parts that keep a copy without an official link (empty for E2023). */
  parts: Array<DuplicateAgency>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
};

/** The outcome of a reference catalogue import. */
export type ReferenceImportResult = {
  __typename?: 'ReferenceImportResult';
  /** Reference kinds new to the graph. */
  created: Scalars['Int']['output'];
  /** Id of the SourceDocument the file became (`import:<sha256 prefix>`). */
  documentId: Scalars['ID']['output'];
  /** The format read. */
  format: InventoryFormat;
  /** Rows in the file. */
  rows: Scalars['Int']['output'];
  /** Reference kinds already in the graph exactly as this file has them. */
  unchanged: Scalars['Int']['output'];
  /** Reference kinds this file changed. */
  updated: Scalars['Int']['output'];
};

/** A row of an imported reference catalogue: a kind of data that a tier or a department kind must keep. */
export type ReferenceKind = {
  __typename?: 'ReferenceKind';
  /** What it applies to, as written (a tier or a department kind). */
  appliesTo: Scalars['String']['output'];
  /** The department kind it applies to, if one (`so-tu-phap`). */
  appliesToDepartment?: Maybe<Scalars['ID']['output']>;
  /** The tier it applies to, if a tier. */
  appliesToTier?: Maybe<Tier>;
  /** Its description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id: `reference:<applies to>:<folded kind>`. */
  id: Scalars['ID']['output'];
  /** The kind, as written. */
  kind: Scalars['String']['output'];
  /** Legal basis, as written. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The national database whose records it names, if any (the duplicate rule applied to it). */
  nationalAssetId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  nationalAssetName?: Maybe<Scalars['String']['output']>;
  /** The agency kind responsible for it, as written. */
  responsible?: Maybe<Scalars['String']['output']>;
  /** Where it was read: the file and row. */
  source: ItemSource;
};

/** The threshold applied. */
export type RegularTraffic = {
  __typename?: 'RegularTraffic';
  /** Share of months. */
  minMonthShare: Scalars['Float']['output'];
  /** Successful exchanges per month. */
  minMonthlyExchanges: Scalars['Int']['output'];
};

/** The threshold for "regular" traffic (001: an official connection has regular exchanges; a technical one very few). */
export type RegularTrafficInput = {
  /** Share (0–1) of the window's months that must be months of regular use. */
  minMonthShare?: Scalars['Float']['input'];
  /** Successful exchanges a month must reach to count as a month of regular use (prorated for partly covered months). */
  minMonthlyExchanges?: Scalars['Int']['input'];
};

/** An agency's own figure as 001 Phụ lục 4 prints it (E2025: its parts' figures added up). */
export type ReportedAgencyFigures = {
  __typename?: 'ReportedAgencyFigures';
  /** Document id (`001`). */
  documentId: Scalars['String']['output'];
  /** The 2023 parts listed, with their own figures (E2025). */
  parts: Array<UsagePart>;
  /** Table. */
  section: Scalars['String']['output'];
  /** Transactions for 1 Jan – 7 Jun 2023; null when the agency (no part) is listed. */
  transactions?: Maybe<Scalars['Float']['output']>;
};

/** What 000 §2 reports of the provinces' catalogues, cited. */
export type ReportedCatalogueSpread = {
  __typename?: 'ReportedCatalogueSpread';
  /** Most (Thừa Thiên Huế). */
  max: Scalars['Int']['output'];
  /** Mean. */
  mean: Scalars['Int']['output'];
  /** Median. */
  median: Scalars['Int']['output'];
  /** Fewest shared databases in a province's catalogue (Nghệ An). */
  min: Scalars['Int']['output'];
  /** Where 000 says so. */
  source: ItemSource;
  /** The sentence, as printed. */
  text: Scalars['String']['output'];
};

/** A service's own figures as 001 Phụ lục 3 prints them (never merged with observed ones). */
export type ReportedServiceFigures = {
  __typename?: 'ReportedServiceFigures';
  /** Document id. */
  documentId: Scalars['String']['output'];
  /** Error rate, percent. */
  errorRatePercent: Scalars['Float']['output'];
  /** Row. */
  locator: Scalars['String']['output'];
  /** Period (ISO interval). */
  period: Scalars['String']['output'];
  /** Table. */
  section: Scalars['String']['output'];
  /** Transactions for the period. */
  transactions: Scalars['Float']['output'];
};

/** How strong a link a question requires. */
export type RequiredStatus =
  /** Any connection, official or technical. */
  | 'ANY'
  /** An official connection (only the 2022 column asserts official links). */
  | 'OFFICIAL';

/** Two or more agencies of one province (or, nationally, ministries) each listing the same kind of database as their own. */
export type ResponsibilityConflict = {
  __typename?: 'ResponsibilityConflict';
  /** The agencies listing it, in Vietnamese order. */
  agencies: Array<DuplicateAgency>;
  /** The department kind that usually keeps it elsewhere. */
  expectedDepartment?: Maybe<Scalars['String']['output']>;
  /** Their items, each citing its file and row: the evidence. */
  items: Array<KindItem>;
  /** The kind they all list. */
  kind: DatabaseKind;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** The province (E2025: the 2025 unit); null at the central level. */
  scope?: Maybe<DuplicateAgency>;
};

/** Responsibility conflicts, and the rule. */
export type ResponsibilityConflicts = {
  __typename?: 'ResponsibilityConflicts';
  /** The page asked for: most agencies first, then by province and kind. */
  conflicts: Array<ResponsibilityConflict>;
  /** The era the agencies are named in. */
  era: Era;
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** How many conflicts match (all pages). */
  total: Scalars['Int']['output'];
};

/** A 2025 unit whose 2023 parts do not all have the required link. */
export type RolledUpGap = {
  __typename?: 'RolledUpGap';
  /** PARTIAL (some parts have the link) or NONE. */
  coverage: Coverage;
  /** 2025 agency id. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: AgencyKind;
  /** 2025 name. */
  name: Scalars['String']['output'];
  /** Its 2023 parts and each one's status. */
  parts: Array<PartStatus>;
};

/**
 * The edge properties for the following fields:
 * * Asset.services
 * * Asset.consumes
 * * Asset.transitingServices
 * * Asset.standards
 * * Service.provider
 * * Service.consumers
 * * Service.platform
 * * AgencyList.measures
 * * Target.measuredBy
 * * Standard.governs
 */
export type RuleLink = {
  __typename?: 'RuleLink';
  /** Short id of the document the link was read from. */
  documentId: Scalars['String']['output'];
  /** Row or item. */
  locator: Scalars['String']['output'];
  /** The matching rule, in words. */
  rule: Scalars['String']['output'];
  /** How well the rule matched (1 = exact), when it scores. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Table or section. */
  section: Scalars['String']['output'];
  /** The raw text the rule was applied to. */
  text?: Maybe<Scalars['String']['output']>;
};

export type RuleLinkAggregationWhereInput = {
  AND?: InputMaybe<Array<RuleLinkAggregationWhereInput>>;
  NOT?: InputMaybe<RuleLinkAggregationWhereInput>;
  OR?: InputMaybe<Array<RuleLinkAggregationWhereInput>>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  rule?: InputMaybe<StringScalarAggregationFilters>;
  score?: InputMaybe<FloatScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type RuleLinkSort = {
  documentId?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  rule?: InputMaybe<SortDirection>;
  score?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type RuleLinkWhere = {
  AND?: InputMaybe<Array<RuleLinkWhere>>;
  NOT?: InputMaybe<RuleLinkWhere>;
  OR?: InputMaybe<Array<RuleLinkWhere>>;
  documentId?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  rule?: InputMaybe<StringScalarFilters>;
  score?: InputMaybe<FloatScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

/** One part of a criticality score. */
export type ScorePart = {
  __typename?: 'ScorePart';
  /** What is measured. */
  name: Scalars['String']['output'];
  /** The value it is compared with (the whole). */
  outOf: Scalars['Float']['output'];
  /** Points: 100 × weight × share (before the alternative-provider factor). */
  points: Scalars['Float']['output'];
  /** value ÷ outOf. */
  share: Scalars['Float']['output'];
  /** The asset's value. */
  value: Scalars['Float']['output'];
  /** Weight in the score. */
  weight: Scalars['Float']['output'];
};

/** One search hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** For a 2023 unit: the 2025 unit(s) it became. */
  becameNames: Array<Scalars['String']['output']>;
  /** For a 2025 unit: the 2023 units it came from. */
  cameFromNames: Array<Scalars['String']['output']>;
  /** Administrative era of an agency hit (2023 or 2025). */
  era?: Maybe<Scalars['Int']['output']>;
  /** Node id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Relevance (higher is better). */
  score: Scalars['Float']['output'];
  /** Node type: Agency, Asset, Service, Dataset, Standard or Target. */
  type: Scalars['String']['output'];
};

/** What kind of node a search may return. */
export type SearchType =
  /** Agencies of either era (ministries, provinces, departments, enterprises). */
  | 'AGENCY'
  /** Databases, information systems and platforms. */
  | 'ASSET'
  /** Datasets of an open-data plan (003). */
  | 'DATASET'
  /** Data-sharing services (001 Phụ lục 3). */
  | 'SERVICE'
  /** Data-exchange standards (000). */
  | 'STANDARD'
  /** Decision 17 targets (004). */
  | 'TARGET';

/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type Service = {
  __typename?: 'Service';
  /** Assets and agencies named as its consumers, when the matching rule could tell. */
  consumers: Array<ServiceConsumer>;
  consumersConnection: ServiceConsumersConnection;
  /** Error rate in percent, as printed. */
  errorRatePercent: Scalars['Float']['output'];
  /** Reported figures about this service (Bảng 2 ranking). */
  figures: Array<Figure>;
  figuresConnection: ServiceFiguresConnection;
  /** Stable id: `service:001:N` for row N of Phụ lục 3. */
  id: Scalars['ID']['output'];
  /** Name as printed. */
  name: Scalars['String']['output'];
  /** Row number in Phụ lục 3. */
  number: Scalars['Int']['output'];
  /** Reporting period (ISO interval). */
  period: Scalars['String']['output'];
  /** The platform the service is exchanged through (NDXP for every Phụ lục 3 service). */
  platform: Array<Asset>;
  platformConnection: ServicePlatformConnection;
  /** The asset that provides the service, when the matching rule could tell. */
  provider: Array<Asset>;
  providerConnection: ServiceProviderConnection;
  /** Where the service is listed. */
  sources: Array<SourceDocument>;
  sourcesConnection: ServiceSourcesConnection;
  /** Transactions reported for the period. */
  transactions: Scalars['Float']['output'];
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceConsumersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ServiceConsumerWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceConsumersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceConsumersConnectionSort>>;
  where?: InputMaybe<ServiceConsumersConnectionWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceFiguresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FigureSort>>;
  where?: InputMaybe<FigureWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceFiguresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceFiguresConnectionSort>>;
  where?: InputMaybe<ServiceFiguresConnectionWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServicePlatformArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServicePlatformConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServicePlatformConnectionSort>>;
  where?: InputMaybe<ServicePlatformConnectionWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceProviderArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceProviderConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceProviderConnectionSort>>;
  where?: InputMaybe<ServiceProviderConnectionWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/**
 * A data-sharing service on NDXP (001 Phụ lục 3), with its reported transactions and error rate for
 * 1 Jan – 7 Jun 2023.
 */
export type ServiceSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSourcesConnectionSort>>;
  where?: InputMaybe<ServiceSourcesConnectionWhere>;
};

export type ServiceAggregate = {
  __typename?: 'ServiceAggregate';
  count: Count;
  node: ServiceAggregateNode;
};

export type ServiceAggregateNode = {
  __typename?: 'ServiceAggregateNode';
  errorRatePercent: FloatAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  period: StringAggregateSelection;
  transactions: FloatAggregateSelection;
};

export type ServiceAssetPlatformAggregateSelection = {
  __typename?: 'ServiceAssetPlatformAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ServiceAssetPlatformEdgeAggregateSelection>;
  node?: Maybe<ServiceAssetPlatformNodeAggregateSelection>;
};

export type ServiceAssetPlatformEdgeAggregateSelection = {
  __typename?: 'ServiceAssetPlatformEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type ServiceAssetPlatformNodeAggregateSelection = {
  __typename?: 'ServiceAssetPlatformNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type ServiceAssetProviderAggregateSelection = {
  __typename?: 'ServiceAssetProviderAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ServiceAssetProviderEdgeAggregateSelection>;
  node?: Maybe<ServiceAssetProviderNodeAggregateSelection>;
};

export type ServiceAssetProviderEdgeAggregateSelection = {
  __typename?: 'ServiceAssetProviderEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type ServiceAssetProviderNodeAggregateSelection = {
  __typename?: 'ServiceAssetProviderNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

/** A consumer of a service: another asset, or an agency named directly. */
export type ServiceConsumer = Agency | Asset;

export type ServiceConsumerRelationshipFilters = {
  /** Filter type where all of the related ServiceConsumers match this filter */
  all?: InputMaybe<ServiceConsumerWhere>;
  /** Filter type where none of the related ServiceConsumers match this filter */
  none?: InputMaybe<ServiceConsumerWhere>;
  /** Filter type where one of the related ServiceConsumers match this filter */
  single?: InputMaybe<ServiceConsumerWhere>;
  /** Filter type where some of the related ServiceConsumers match this filter */
  some?: InputMaybe<ServiceConsumerWhere>;
};

export type ServiceConsumerWhere = {
  Agency?: InputMaybe<AgencyWhere>;
  Asset?: InputMaybe<AssetWhere>;
};

/** Who consumes a service, month by month. */
export type ServiceConsumers = {
  __typename?: 'ServiceConsumers';
  /** OBSERVED when any usage is imported for the window; else REPORTED (only the reported figures are known). */
  basis: UsageBasis;
  /** Consumers, most exchanges first (then by name): the page asked for. */
  consumers: Array<ConsumerUsage>;
  /** Service id (`usage:unattributed-service` for exchanges with services outside the graph). */
  id: Scalars['ID']['output'];
  /** Observed monthly series. */
  months: Array<UsageMonth>;
  /** Name. */
  name: Scalars['String']['output'];
  /** What the answer is based on, in words. */
  note: Scalars['String']['output'];
  /** Phụ lục 3 row. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Observed exchanges in the window. */
  observed: UsageTotals;
  /** The asset that provides it, when known. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  providerName?: Maybe<Scalars['String']['output']>;
  /** The report's own figures (Phụ lục 3), shown beside the observed ones, never merged. */
  reported?: Maybe<ReportedServiceFigures>;
  /** Imported files the answer adds up. */
  sources: Array<UsageSourceRef>;
  /** How many consumers (all pages). */
  totalConsumers: Scalars['Int']['output'];
  /** The months asked for, with the share the imports cover. */
  window: Array<MonthCoverage>;
};

export type ServiceConsumersAgencyConnectionWhere = {
  AND?: InputMaybe<Array<ServiceConsumersAgencyConnectionWhere>>;
  NOT?: InputMaybe<ServiceConsumersAgencyConnectionWhere>;
  OR?: InputMaybe<Array<ServiceConsumersAgencyConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<AgencyWhere>;
};

export type ServiceConsumersAssetConnectionWhere = {
  AND?: InputMaybe<Array<ServiceConsumersAssetConnectionWhere>>;
  NOT?: InputMaybe<ServiceConsumersAssetConnectionWhere>;
  OR?: InputMaybe<Array<ServiceConsumersAssetConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type ServiceConsumersConnection = {
  __typename?: 'ServiceConsumersConnection';
  edges: Array<ServiceConsumersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceConsumersConnectionFilters = {
  /** Return Services where all of the related ServiceConsumersConnections match this filter */
  all?: InputMaybe<ServiceConsumersConnectionWhere>;
  /** Return Services where none of the related ServiceConsumersConnections match this filter */
  none?: InputMaybe<ServiceConsumersConnectionWhere>;
  /** Return Services where one of the related ServiceConsumersConnections match this filter */
  single?: InputMaybe<ServiceConsumersConnectionWhere>;
  /** Return Services where some of the related ServiceConsumersConnections match this filter */
  some?: InputMaybe<ServiceConsumersConnectionWhere>;
};

export type ServiceConsumersConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
};

export type ServiceConsumersConnectionWhere = {
  Agency?: InputMaybe<ServiceConsumersAgencyConnectionWhere>;
  Asset?: InputMaybe<ServiceConsumersAssetConnectionWhere>;
};

export type ServiceConsumersRelationship = {
  __typename?: 'ServiceConsumersRelationship';
  cursor: Scalars['String']['output'];
  node: ServiceConsumer;
  properties: RuleLink;
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceFigureFiguresAggregateSelection = {
  __typename?: 'ServiceFigureFiguresAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ServiceFigureFiguresEdgeAggregateSelection>;
  node?: Maybe<ServiceFigureFiguresNodeAggregateSelection>;
};

export type ServiceFigureFiguresEdgeAggregateSelection = {
  __typename?: 'ServiceFigureFiguresEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type ServiceFigureFiguresNodeAggregateSelection = {
  __typename?: 'ServiceFigureFiguresNodeAggregateSelection';
  asOf: StringAggregateSelection;
  metric: StringAggregateSelection;
  period: StringAggregateSelection;
  rank: IntAggregateSelection;
  subjectId: StringAggregateSelection;
  unit: StringAggregateSelection;
  value: FloatAggregateSelection;
};

export type ServiceFiguresConnection = {
  __typename?: 'ServiceFiguresConnection';
  aggregate: ServiceFigureFiguresAggregateSelection;
  edges: Array<ServiceFiguresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceFiguresConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServiceFiguresConnectionAggregateInput>>;
  NOT?: InputMaybe<ServiceFiguresConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServiceFiguresConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ServiceFiguresNodeAggregationWhereInput>;
};

export type ServiceFiguresConnectionFilters = {
  /** Filter Services by aggregating results on related ServiceFiguresConnections */
  aggregate?: InputMaybe<ServiceFiguresConnectionAggregateInput>;
  /** Return Services where all of the related ServiceFiguresConnections match this filter */
  all?: InputMaybe<ServiceFiguresConnectionWhere>;
  /** Return Services where none of the related ServiceFiguresConnections match this filter */
  none?: InputMaybe<ServiceFiguresConnectionWhere>;
  /** Return Services where one of the related ServiceFiguresConnections match this filter */
  single?: InputMaybe<ServiceFiguresConnectionWhere>;
  /** Return Services where some of the related ServiceFiguresConnections match this filter */
  some?: InputMaybe<ServiceFiguresConnectionWhere>;
};

export type ServiceFiguresConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<FigureSort>;
};

export type ServiceFiguresConnectionWhere = {
  AND?: InputMaybe<Array<ServiceFiguresConnectionWhere>>;
  NOT?: InputMaybe<ServiceFiguresConnectionWhere>;
  OR?: InputMaybe<Array<ServiceFiguresConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<FigureWhere>;
};

export type ServiceFiguresNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServiceFiguresNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServiceFiguresNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServiceFiguresNodeAggregationWhereInput>>;
  asOf?: InputMaybe<StringScalarAggregationFilters>;
  metric?: InputMaybe<StringScalarAggregationFilters>;
  period?: InputMaybe<StringScalarAggregationFilters>;
  rank?: InputMaybe<IntScalarAggregationFilters>;
  subjectId?: InputMaybe<StringScalarAggregationFilters>;
  unit?: InputMaybe<StringScalarAggregationFilters>;
  value?: InputMaybe<FloatScalarAggregationFilters>;
};

export type ServiceFiguresRelationship = {
  __typename?: 'ServiceFiguresRelationship';
  cursor: Scalars['String']['output'];
  node: Figure;
  properties: Provenance;
};

export type ServicePlatformConnection = {
  __typename?: 'ServicePlatformConnection';
  aggregate: ServiceAssetPlatformAggregateSelection;
  edges: Array<ServicePlatformRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServicePlatformConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServicePlatformConnectionAggregateInput>>;
  NOT?: InputMaybe<ServicePlatformConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServicePlatformConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<ServicePlatformNodeAggregationWhereInput>;
};

export type ServicePlatformConnectionFilters = {
  /** Filter Services by aggregating results on related ServicePlatformConnections */
  aggregate?: InputMaybe<ServicePlatformConnectionAggregateInput>;
  /** Return Services where all of the related ServicePlatformConnections match this filter */
  all?: InputMaybe<ServicePlatformConnectionWhere>;
  /** Return Services where none of the related ServicePlatformConnections match this filter */
  none?: InputMaybe<ServicePlatformConnectionWhere>;
  /** Return Services where one of the related ServicePlatformConnections match this filter */
  single?: InputMaybe<ServicePlatformConnectionWhere>;
  /** Return Services where some of the related ServicePlatformConnections match this filter */
  some?: InputMaybe<ServicePlatformConnectionWhere>;
};

export type ServicePlatformConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<AssetSort>;
};

export type ServicePlatformConnectionWhere = {
  AND?: InputMaybe<Array<ServicePlatformConnectionWhere>>;
  NOT?: InputMaybe<ServicePlatformConnectionWhere>;
  OR?: InputMaybe<Array<ServicePlatformConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type ServicePlatformNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServicePlatformNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServicePlatformNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServicePlatformNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServicePlatformRelationship = {
  __typename?: 'ServicePlatformRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: RuleLink;
};

export type ServiceProviderConnection = {
  __typename?: 'ServiceProviderConnection';
  aggregate: ServiceAssetProviderAggregateSelection;
  edges: Array<ServiceProviderRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceProviderConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServiceProviderConnectionAggregateInput>>;
  NOT?: InputMaybe<ServiceProviderConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServiceProviderConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<ServiceProviderNodeAggregationWhereInput>;
};

export type ServiceProviderConnectionFilters = {
  /** Filter Services by aggregating results on related ServiceProviderConnections */
  aggregate?: InputMaybe<ServiceProviderConnectionAggregateInput>;
  /** Return Services where all of the related ServiceProviderConnections match this filter */
  all?: InputMaybe<ServiceProviderConnectionWhere>;
  /** Return Services where none of the related ServiceProviderConnections match this filter */
  none?: InputMaybe<ServiceProviderConnectionWhere>;
  /** Return Services where one of the related ServiceProviderConnections match this filter */
  single?: InputMaybe<ServiceProviderConnectionWhere>;
  /** Return Services where some of the related ServiceProviderConnections match this filter */
  some?: InputMaybe<ServiceProviderConnectionWhere>;
};

export type ServiceProviderConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<AssetSort>;
};

export type ServiceProviderConnectionWhere = {
  AND?: InputMaybe<Array<ServiceProviderConnectionWhere>>;
  NOT?: InputMaybe<ServiceProviderConnectionWhere>;
  OR?: InputMaybe<Array<ServiceProviderConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type ServiceProviderNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServiceProviderNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServiceProviderNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServiceProviderNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServiceProviderRelationship = {
  __typename?: 'ServiceProviderRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: RuleLink;
};

export type ServiceRelationshipFilters = {
  /** Filter type where all of the related Services match this filter */
  all?: InputMaybe<ServiceWhere>;
  /** Filter type where none of the related Services match this filter */
  none?: InputMaybe<ServiceWhere>;
  /** Filter type where one of the related Services match this filter */
  single?: InputMaybe<ServiceWhere>;
  /** Filter type where some of the related Services match this filter */
  some?: InputMaybe<ServiceWhere>;
};

/** Fields to sort Services by. The order in which sorts are applied is not guaranteed when specifying many fields in one ServiceSort object. */
export type ServiceSort = {
  errorRatePercent?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  period?: InputMaybe<SortDirection>;
  transactions?: InputMaybe<SortDirection>;
};

export type ServiceSourceDocumentSourcesAggregateSelection = {
  __typename?: 'ServiceSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ServiceSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<ServiceSourceDocumentSourcesNodeAggregateSelection>;
};

export type ServiceSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'ServiceSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type ServiceSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'ServiceSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type ServiceSourcesConnection = {
  __typename?: 'ServiceSourcesConnection';
  aggregate: ServiceSourceDocumentSourcesAggregateSelection;
  edges: Array<ServiceSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServiceSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<ServiceSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServiceSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ServiceSourcesNodeAggregationWhereInput>;
};

export type ServiceSourcesConnectionFilters = {
  /** Filter Services by aggregating results on related ServiceSourcesConnections */
  aggregate?: InputMaybe<ServiceSourcesConnectionAggregateInput>;
  /** Return Services where all of the related ServiceSourcesConnections match this filter */
  all?: InputMaybe<ServiceSourcesConnectionWhere>;
  /** Return Services where none of the related ServiceSourcesConnections match this filter */
  none?: InputMaybe<ServiceSourcesConnectionWhere>;
  /** Return Services where one of the related ServiceSourcesConnections match this filter */
  single?: InputMaybe<ServiceSourcesConnectionWhere>;
  /** Return Services where some of the related ServiceSourcesConnections match this filter */
  some?: InputMaybe<ServiceSourcesConnectionWhere>;
};

export type ServiceSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type ServiceSourcesConnectionWhere = {
  AND?: InputMaybe<Array<ServiceSourcesConnectionWhere>>;
  NOT?: InputMaybe<ServiceSourcesConnectionWhere>;
  OR?: InputMaybe<Array<ServiceSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type ServiceSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServiceSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServiceSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServiceSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServiceSourcesRelationship = {
  __typename?: 'ServiceSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

/** A data-sharing service with its reported reliability. */
export type ServiceSummary = {
  __typename?: 'ServiceSummary';
  /** Error rate in percent. */
  errorRatePercent: Scalars['Float']['output'];
  /** Service id. */
  id: Scalars['ID']['output'];
  /** Name as printed. */
  name: Scalars['String']['output'];
  /** Row in 001 Phụ lục 3. */
  number: Scalars['Int']['output'];
  /** Transactions, 1 Jan – 7 Jun 2023. */
  transactions: Scalars['Float']['output'];
};

/** A service an agency consumes and what it exchanged. */
export type ServiceUsage = {
  __typename?: 'ServiceUsage';
  /** Service id (`usage:unattributed-service` for services outside the graph). */
  id: Scalars['ID']['output'];
  /** Monthly series. */
  months: Array<UsageMonth>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Phụ lục 3 row. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The agency's exchanges with it in the window. */
  observed: UsageTotals;
  /** Providing asset, when known. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  providerName?: Maybe<Scalars['String']['output']>;
  /** Share of the agency's exchanges, percent. */
  sharePercent: Scalars['Float']['output'];
  /** Imported files. */
  sources: Array<UsageSourceRef>;
  /** True for the unattributed service. */
  unattributed: Scalars['Boolean']['output'];
};

export type ServiceWhere = {
  AND?: InputMaybe<Array<ServiceWhere>>;
  NOT?: InputMaybe<ServiceWhere>;
  OR?: InputMaybe<Array<ServiceWhere>>;
  consumers?: InputMaybe<ServiceConsumerRelationshipFilters>;
  consumersConnection?: InputMaybe<ServiceConsumersConnectionFilters>;
  errorRatePercent?: InputMaybe<FloatScalarFilters>;
  figures?: InputMaybe<FigureRelationshipFilters>;
  figuresConnection?: InputMaybe<ServiceFiguresConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<IntScalarFilters>;
  period?: InputMaybe<StringScalarFilters>;
  platform?: InputMaybe<AssetRelationshipFilters>;
  platformConnection?: InputMaybe<ServicePlatformConnectionFilters>;
  provider?: InputMaybe<AssetRelationshipFilters>;
  providerConnection?: InputMaybe<ServiceProviderConnectionFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<ServiceSourcesConnectionFilters>;
  transactions?: InputMaybe<FloatScalarFilters>;
};

export type ServicesConnection = {
  __typename?: 'ServicesConnection';
  aggregate: ServiceAggregate;
  edges: Array<ServiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

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

/** How many distinct assets an agency is linked to in one snapshot. */
export type SnapshotConnectionCount = {
  __typename?: 'SnapshotConnectionCount';
  /** Distinct assets with any link in that snapshot. */
  assets: Scalars['Int']['output'];
  /** Of those, assets whose link in that snapshot is asserted as official. */
  official: Scalars['Int']['output'];
  /** The snapshot. */
  snapshot: Snapshot;
};

/** Changes between two snapshots, with counts per kind. */
export type SnapshotDiff = {
  __typename?: 'SnapshotDiff';
  /** The changes (CONTINUED ones only when asked). */
  changes: Array<ConnectionChange>;
  /** Number of changes of each kind. */
  counts: Array<ChangeCount>;
  /** Earlier snapshot. */
  from: Snapshot;
  /** Later snapshot. */
  to: Snapshot;
};

/** Snapshot filters */
export type SnapshotEnumScalarFilters = {
  eq?: InputMaybe<Snapshot>;
  in?: InputMaybe<Array<Snapshot>>;
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
  /** File name of the report text under seed/reports/. */
  file: Scalars['String']['output'];
  /** Stable id: `document:000`…`document:004`. */
  id: Scalars['ID']['output'];
  /** Date of issue (ISO 8601; month precision when the day is blank in the document). */
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
  file: StringAggregateSelection;
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
  file?: InputMaybe<SortDirection>;
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
  file?: InputMaybe<StringScalarFilters>;
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

/** A data-exchange standard, regulation or technical rule (000 §3 table of 8). */
export type Standard = {
  __typename?: 'Standard';
  /** What it regulates. */
  content: Scalars['String']['output'];
  /** The data it governs, as printed. */
  data: Scalars['String']['output'];
  /** Databases whose data it governs, by the documented rule. */
  governs: Array<Asset>;
  governsConnection: StandardGovernsConnection;
  /** Stable id: `standard:000:N`. */
  id: Scalars['ID']['output'];
  /** The legal instrument. */
  instrument: Scalars['String']['output'];
  /** Row number. */
  number: Scalars['Int']['output'];
  /** Where it is printed. */
  sources: Array<SourceDocument>;
  sourcesConnection: StandardSourcesConnection;
};


/** A data-exchange standard, regulation or technical rule (000 §3 table of 8). */
export type StandardGovernsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AssetSort>>;
  where?: InputMaybe<AssetWhere>;
};


/** A data-exchange standard, regulation or technical rule (000 §3 table of 8). */
export type StandardGovernsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StandardGovernsConnectionSort>>;
  where?: InputMaybe<StandardGovernsConnectionWhere>;
};


/** A data-exchange standard, regulation or technical rule (000 §3 table of 8). */
export type StandardSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/** A data-exchange standard, regulation or technical rule (000 §3 table of 8). */
export type StandardSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StandardSourcesConnectionSort>>;
  where?: InputMaybe<StandardSourcesConnectionWhere>;
};

export type StandardAggregate = {
  __typename?: 'StandardAggregate';
  count: Count;
  node: StandardAggregateNode;
};

export type StandardAggregateNode = {
  __typename?: 'StandardAggregateNode';
  content: StringAggregateSelection;
  data: StringAggregateSelection;
  instrument: StringAggregateSelection;
  number: IntAggregateSelection;
};

export type StandardAssetGovernsAggregateSelection = {
  __typename?: 'StandardAssetGovernsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StandardAssetGovernsEdgeAggregateSelection>;
  node?: Maybe<StandardAssetGovernsNodeAggregateSelection>;
};

export type StandardAssetGovernsEdgeAggregateSelection = {
  __typename?: 'StandardAssetGovernsEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type StandardAssetGovernsNodeAggregateSelection = {
  __typename?: 'StandardAssetGovernsNodeAggregateSelection';
  code: StringAggregateSelection;
  foldedName: StringAggregateSelection;
  name: StringAggregateSelection;
  number: IntAggregateSelection;
  purpose: StringAggregateSelection;
  sortName: StringAggregateSelection;
};

export type StandardEdge = {
  __typename?: 'StandardEdge';
  cursor: Scalars['String']['output'];
  node: Standard;
};

export type StandardGovernsConnection = {
  __typename?: 'StandardGovernsConnection';
  aggregate: StandardAssetGovernsAggregateSelection;
  edges: Array<StandardGovernsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StandardGovernsConnectionAggregateInput = {
  AND?: InputMaybe<Array<StandardGovernsConnectionAggregateInput>>;
  NOT?: InputMaybe<StandardGovernsConnectionAggregateInput>;
  OR?: InputMaybe<Array<StandardGovernsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<StandardGovernsNodeAggregationWhereInput>;
};

export type StandardGovernsConnectionFilters = {
  /** Filter Standards by aggregating results on related StandardGovernsConnections */
  aggregate?: InputMaybe<StandardGovernsConnectionAggregateInput>;
  /** Return Standards where all of the related StandardGovernsConnections match this filter */
  all?: InputMaybe<StandardGovernsConnectionWhere>;
  /** Return Standards where none of the related StandardGovernsConnections match this filter */
  none?: InputMaybe<StandardGovernsConnectionWhere>;
  /** Return Standards where one of the related StandardGovernsConnections match this filter */
  single?: InputMaybe<StandardGovernsConnectionWhere>;
  /** Return Standards where some of the related StandardGovernsConnections match this filter */
  some?: InputMaybe<StandardGovernsConnectionWhere>;
};

export type StandardGovernsConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<AssetSort>;
};

export type StandardGovernsConnectionWhere = {
  AND?: InputMaybe<Array<StandardGovernsConnectionWhere>>;
  NOT?: InputMaybe<StandardGovernsConnectionWhere>;
  OR?: InputMaybe<Array<StandardGovernsConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<AssetWhere>;
};

export type StandardGovernsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StandardGovernsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StandardGovernsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StandardGovernsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  foldedName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<IntScalarAggregationFilters>;
  purpose?: InputMaybe<StringScalarAggregationFilters>;
  sortName?: InputMaybe<StringScalarAggregationFilters>;
};

export type StandardGovernsRelationship = {
  __typename?: 'StandardGovernsRelationship';
  cursor: Scalars['String']['output'];
  node: Asset;
  properties: RuleLink;
};

export type StandardRelationshipFilters = {
  /** Filter type where all of the related Standards match this filter */
  all?: InputMaybe<StandardWhere>;
  /** Filter type where none of the related Standards match this filter */
  none?: InputMaybe<StandardWhere>;
  /** Filter type where one of the related Standards match this filter */
  single?: InputMaybe<StandardWhere>;
  /** Filter type where some of the related Standards match this filter */
  some?: InputMaybe<StandardWhere>;
};

/** Fields to sort Standards by. The order in which sorts are applied is not guaranteed when specifying many fields in one StandardSort object. */
export type StandardSort = {
  content?: InputMaybe<SortDirection>;
  data?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  instrument?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
};

export type StandardSourceDocumentSourcesAggregateSelection = {
  __typename?: 'StandardSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StandardSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<StandardSourceDocumentSourcesNodeAggregateSelection>;
};

export type StandardSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'StandardSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type StandardSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'StandardSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type StandardSourcesConnection = {
  __typename?: 'StandardSourcesConnection';
  aggregate: StandardSourceDocumentSourcesAggregateSelection;
  edges: Array<StandardSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StandardSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<StandardSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<StandardSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<StandardSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StandardSourcesNodeAggregationWhereInput>;
};

export type StandardSourcesConnectionFilters = {
  /** Filter Standards by aggregating results on related StandardSourcesConnections */
  aggregate?: InputMaybe<StandardSourcesConnectionAggregateInput>;
  /** Return Standards where all of the related StandardSourcesConnections match this filter */
  all?: InputMaybe<StandardSourcesConnectionWhere>;
  /** Return Standards where none of the related StandardSourcesConnections match this filter */
  none?: InputMaybe<StandardSourcesConnectionWhere>;
  /** Return Standards where one of the related StandardSourcesConnections match this filter */
  single?: InputMaybe<StandardSourcesConnectionWhere>;
  /** Return Standards where some of the related StandardSourcesConnections match this filter */
  some?: InputMaybe<StandardSourcesConnectionWhere>;
};

export type StandardSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type StandardSourcesConnectionWhere = {
  AND?: InputMaybe<Array<StandardSourcesConnectionWhere>>;
  NOT?: InputMaybe<StandardSourcesConnectionWhere>;
  OR?: InputMaybe<Array<StandardSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type StandardSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StandardSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StandardSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StandardSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type StandardSourcesRelationship = {
  __typename?: 'StandardSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type StandardWhere = {
  AND?: InputMaybe<Array<StandardWhere>>;
  NOT?: InputMaybe<StandardWhere>;
  OR?: InputMaybe<Array<StandardWhere>>;
  content?: InputMaybe<StringScalarFilters>;
  data?: InputMaybe<StringScalarFilters>;
  governs?: InputMaybe<AssetRelationshipFilters>;
  governsConnection?: InputMaybe<StandardGovernsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  instrument?: InputMaybe<StringScalarFilters>;
  number?: InputMaybe<IntScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<StandardSourcesConnectionFilters>;
};

export type StandardsConnection = {
  __typename?: 'StandardsConnection';
  aggregate: StandardAggregate;
  edges: Array<StandardEdge>;
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

/** String mutations */
export type StringScalarMutations = {
  set?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The edge properties for the following fields:
 * * Agency.successors
 * * Agency2025.predecessors
 */
export type Succession = {
  __typename?: 'Succession';
  /** Kind of change: merged, renamed, unchanged, or the reference's own words for ministries (e.g. `merged into MOF`). */
  change: Scalars['String']['output'];
  /** Id of the reference table (`ref-provinces`, `ref-ministries`). */
  documentId: Scalars['String']['output'];
  /** Date the change took effect (ISO 8601). */
  effective: Scalars['String']['output'];
  /** The legal instrument. */
  legalSource: Scalars['String']['output'];
  /** Its row. */
  locator: Scalars['String']['output'];
  /** The reference file. */
  section: Scalars['String']['output'];
  /** The row as written. */
  text?: Maybe<Scalars['String']['output']>;
};

export type SuccessionAggregationWhereInput = {
  AND?: InputMaybe<Array<SuccessionAggregationWhereInput>>;
  NOT?: InputMaybe<SuccessionAggregationWhereInput>;
  OR?: InputMaybe<Array<SuccessionAggregationWhereInput>>;
  change?: InputMaybe<StringScalarAggregationFilters>;
  documentId?: InputMaybe<StringScalarAggregationFilters>;
  effective?: InputMaybe<StringScalarAggregationFilters>;
  legalSource?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  section?: InputMaybe<StringScalarAggregationFilters>;
  text?: InputMaybe<StringScalarAggregationFilters>;
};

export type SuccessionSort = {
  change?: InputMaybe<SortDirection>;
  documentId?: InputMaybe<SortDirection>;
  effective?: InputMaybe<SortDirection>;
  legalSource?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  section?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type SuccessionWhere = {
  AND?: InputMaybe<Array<SuccessionWhere>>;
  NOT?: InputMaybe<SuccessionWhere>;
  OR?: InputMaybe<Array<SuccessionWhere>>;
  change?: InputMaybe<StringScalarFilters>;
  documentId?: InputMaybe<StringScalarFilters>;
  effective?: InputMaybe<StringScalarFilters>;
  legalSource?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  section?: InputMaybe<StringScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

/** One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). */
export type Target = {
  __typename?: 'Target';
  /** How the percentage compares. */
  comparator: TargetComparator;
  /** Stable id: `target:qd17:N`. */
  id: Scalars['ID']['output'];
  /** Reported lists that measure progress on this target. */
  measuredBy: Array<AgencyList>;
  measuredByConnection: TargetMeasuredByConnection;
  /** Number (1–8) in 004. */
  number: Scalars['Int']['output'];
  /** Where the target is printed. */
  sources: Array<SourceDocument>;
  sourcesConnection: TargetSourcesConnection;
  /** The percentage to reach. */
  targetPercent: Scalars['Float']['output'];
  /** Wording, as printed (NFC). */
  text: Scalars['String']['output'];
};


/** One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). */
export type TargetMeasuredByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgencyListSort>>;
  where?: InputMaybe<AgencyListWhere>;
};


/** One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). */
export type TargetMeasuredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TargetMeasuredByConnectionSort>>;
  where?: InputMaybe<TargetMeasuredByConnectionWhere>;
};


/** One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). */
export type TargetSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceDocumentSort>>;
  where?: InputMaybe<SourceDocumentWhere>;
};


/** One of the 8 data targets of Decision 17/QĐ-UBQGCĐS for 2023 (004). */
export type TargetSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TargetSourcesConnectionSort>>;
  where?: InputMaybe<TargetSourcesConnectionWhere>;
};

export type TargetAgencyListMeasuredByAggregateSelection = {
  __typename?: 'TargetAgencyListMeasuredByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TargetAgencyListMeasuredByEdgeAggregateSelection>;
  node?: Maybe<TargetAgencyListMeasuredByNodeAggregateSelection>;
};

export type TargetAgencyListMeasuredByEdgeAggregateSelection = {
  __typename?: 'TargetAgencyListMeasuredByEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  rule: StringAggregateSelection;
  score: FloatAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type TargetAgencyListMeasuredByNodeAggregateSelection = {
  __typename?: 'TargetAgencyListMeasuredByNodeAggregateSelection';
  statedCount: IntAggregateSelection;
  statedPercent: FloatAggregateSelection;
  title: StringAggregateSelection;
};

export type TargetAggregate = {
  __typename?: 'TargetAggregate';
  count: Count;
  node: TargetAggregateNode;
};

export type TargetAggregateNode = {
  __typename?: 'TargetAggregateNode';
  number: IntAggregateSelection;
  targetPercent: FloatAggregateSelection;
  text: StringAggregateSelection;
};

/** How a target compares. */
export type TargetComparator =
  /** At least the percentage (100% targets). */
  | 'AT_LEAST'
  /** More than the percentage ("Trên 30%"). */
  | 'MORE_THAN';

/** TargetComparator filters */
export type TargetComparatorEnumScalarFilters = {
  eq?: InputMaybe<TargetComparator>;
  in?: InputMaybe<Array<TargetComparator>>;
};

export type TargetEdge = {
  __typename?: 'TargetEdge';
  cursor: Scalars['String']['output'];
  node: Target;
};

/** One reported list measuring a target, with its stated and listed counts. */
export type TargetEvidence = {
  __typename?: 'TargetEvidence';
  /** True when the stated count and the listed names disagree. */
  disagrees: Scalars['Boolean']['output'];
  /** Document id. */
  documentId: Scalars['String']['output'];
  /** List id. */
  id: Scalars['ID']['output'];
  /** How many names are listed. */
  listedCount: Scalars['Int']['output'];
  /** Where it is printed. */
  section: Scalars['String']['output'];
  /** The count the text states. */
  statedCount?: Maybe<Scalars['Int']['output']>;
  /** The percentage the text states. */
  statedPercent?: Maybe<Scalars['Float']['output']>;
  /** The sentence or heading introducing it. */
  title: Scalars['String']['output'];
};

export type TargetMeasuredByConnection = {
  __typename?: 'TargetMeasuredByConnection';
  aggregate: TargetAgencyListMeasuredByAggregateSelection;
  edges: Array<TargetMeasuredByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TargetMeasuredByConnectionAggregateInput = {
  AND?: InputMaybe<Array<TargetMeasuredByConnectionAggregateInput>>;
  NOT?: InputMaybe<TargetMeasuredByConnectionAggregateInput>;
  OR?: InputMaybe<Array<TargetMeasuredByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RuleLinkAggregationWhereInput>;
  node?: InputMaybe<TargetMeasuredByNodeAggregationWhereInput>;
};

export type TargetMeasuredByConnectionFilters = {
  /** Filter Targets by aggregating results on related TargetMeasuredByConnections */
  aggregate?: InputMaybe<TargetMeasuredByConnectionAggregateInput>;
  /** Return Targets where all of the related TargetMeasuredByConnections match this filter */
  all?: InputMaybe<TargetMeasuredByConnectionWhere>;
  /** Return Targets where none of the related TargetMeasuredByConnections match this filter */
  none?: InputMaybe<TargetMeasuredByConnectionWhere>;
  /** Return Targets where one of the related TargetMeasuredByConnections match this filter */
  single?: InputMaybe<TargetMeasuredByConnectionWhere>;
  /** Return Targets where some of the related TargetMeasuredByConnections match this filter */
  some?: InputMaybe<TargetMeasuredByConnectionWhere>;
};

export type TargetMeasuredByConnectionSort = {
  edge?: InputMaybe<RuleLinkSort>;
  node?: InputMaybe<AgencyListSort>;
};

export type TargetMeasuredByConnectionWhere = {
  AND?: InputMaybe<Array<TargetMeasuredByConnectionWhere>>;
  NOT?: InputMaybe<TargetMeasuredByConnectionWhere>;
  OR?: InputMaybe<Array<TargetMeasuredByConnectionWhere>>;
  edge?: InputMaybe<RuleLinkWhere>;
  node?: InputMaybe<AgencyListWhere>;
};

export type TargetMeasuredByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TargetMeasuredByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TargetMeasuredByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TargetMeasuredByNodeAggregationWhereInput>>;
  statedCount?: InputMaybe<IntScalarAggregationFilters>;
  statedPercent?: InputMaybe<FloatScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type TargetMeasuredByRelationship = {
  __typename?: 'TargetMeasuredByRelationship';
  cursor: Scalars['String']['output'];
  node: AgencyList;
  properties: RuleLink;
};

/** Progress on a Decision 17 target, as reported and as computed from the graph. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** Listed agencies as a share of the 94 ministries/agencies and provinces (percent, 1 decimal). */
  computedPercent?: Maybe<Scalars['Float']['output']>;
  /** Lists measuring it. */
  evidence: Array<TargetEvidence>;
  /** Target id. */
  id: Scalars['ID']['output'];
  /** Distinct agencies listed in any of those lists. */
  listedAgencies: Scalars['Int']['output'];
  /** Number 1–8. */
  number: Scalars['Int']['output'];
  /** The highest percentage a report states for it. */
  reportedPercent?: Maybe<Scalars['Float']['output']>;
  /** The percentage to reach. */
  targetPercent: Scalars['Float']['output'];
  /** Wording. */
  text: Scalars['String']['output'];
  /** Era E2025: the 34 provinces and the 2025 ministries/agencies by how many of their 2023 parts are listed. */
  unitsByCoverage: Array<CoverageCount>;
};

export type TargetRelationshipFilters = {
  /** Filter type where all of the related Targets match this filter */
  all?: InputMaybe<TargetWhere>;
  /** Filter type where none of the related Targets match this filter */
  none?: InputMaybe<TargetWhere>;
  /** Filter type where one of the related Targets match this filter */
  single?: InputMaybe<TargetWhere>;
  /** Filter type where some of the related Targets match this filter */
  some?: InputMaybe<TargetWhere>;
};

/** Fields to sort Targets by. The order in which sorts are applied is not guaranteed when specifying many fields in one TargetSort object. */
export type TargetSort = {
  comparator?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  number?: InputMaybe<SortDirection>;
  targetPercent?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
};

export type TargetSourceDocumentSourcesAggregateSelection = {
  __typename?: 'TargetSourceDocumentSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TargetSourceDocumentSourcesEdgeAggregateSelection>;
  node?: Maybe<TargetSourceDocumentSourcesNodeAggregateSelection>;
};

export type TargetSourceDocumentSourcesEdgeAggregateSelection = {
  __typename?: 'TargetSourceDocumentSourcesEdgeAggregateSelection';
  documentId: StringAggregateSelection;
  locator: StringAggregateSelection;
  section: StringAggregateSelection;
  text: StringAggregateSelection;
};

export type TargetSourceDocumentSourcesNodeAggregateSelection = {
  __typename?: 'TargetSourceDocumentSourcesNodeAggregateSelection';
  file: StringAggregateSelection;
  issued: StringAggregateSelection;
  number: StringAggregateSelection;
  publisher: StringAggregateSelection;
  sha256: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type TargetSourcesConnection = {
  __typename?: 'TargetSourcesConnection';
  aggregate: TargetSourceDocumentSourcesAggregateSelection;
  edges: Array<TargetSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TargetSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<TargetSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<TargetSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<TargetSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<TargetSourcesNodeAggregationWhereInput>;
};

export type TargetSourcesConnectionFilters = {
  /** Filter Targets by aggregating results on related TargetSourcesConnections */
  aggregate?: InputMaybe<TargetSourcesConnectionAggregateInput>;
  /** Return Targets where all of the related TargetSourcesConnections match this filter */
  all?: InputMaybe<TargetSourcesConnectionWhere>;
  /** Return Targets where none of the related TargetSourcesConnections match this filter */
  none?: InputMaybe<TargetSourcesConnectionWhere>;
  /** Return Targets where one of the related TargetSourcesConnections match this filter */
  single?: InputMaybe<TargetSourcesConnectionWhere>;
  /** Return Targets where some of the related TargetSourcesConnections match this filter */
  some?: InputMaybe<TargetSourcesConnectionWhere>;
};

export type TargetSourcesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<SourceDocumentSort>;
};

export type TargetSourcesConnectionWhere = {
  AND?: InputMaybe<Array<TargetSourcesConnectionWhere>>;
  NOT?: InputMaybe<TargetSourcesConnectionWhere>;
  OR?: InputMaybe<Array<TargetSourcesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<SourceDocumentWhere>;
};

export type TargetSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TargetSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TargetSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TargetSourcesNodeAggregationWhereInput>>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  issued?: InputMaybe<StringScalarAggregationFilters>;
  number?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  sha256?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type TargetSourcesRelationship = {
  __typename?: 'TargetSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: SourceDocument;
  properties: Provenance;
};

export type TargetWhere = {
  AND?: InputMaybe<Array<TargetWhere>>;
  NOT?: InputMaybe<TargetWhere>;
  OR?: InputMaybe<Array<TargetWhere>>;
  comparator?: InputMaybe<TargetComparatorEnumScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  measuredBy?: InputMaybe<AgencyListRelationshipFilters>;
  measuredByConnection?: InputMaybe<TargetMeasuredByConnectionFilters>;
  number?: InputMaybe<IntScalarFilters>;
  sources?: InputMaybe<SourceDocumentRelationshipFilters>;
  sourcesConnection?: InputMaybe<TargetSourcesConnectionFilters>;
  targetPercent?: InputMaybe<FloatScalarFilters>;
  text?: InputMaybe<StringScalarFilters>;
};

export type TargetsConnection = {
  __typename?: 'TargetsConnection';
  aggregate: TargetAggregate;
  edges: Array<TargetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

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

/** A change record as a timeline cites it: who changed what, when, through which operation. */
export type TimelineChange = {
  __typename?: 'TimelineChange';
  /** Who: the token's subject, or `cli:<user>` for a command. */
  actor: Scalars['String']['output'];
  /** When (ISO 8601): the record time of what it wrote. */
  at: Scalars['String']['output'];
  /** The root mutation fields called. */
  fields: Array<Scalars['String']['output']>;
  /** Change record id. */
  id: Scalars['ID']['output'];
  /** The GraphQL operation or command. */
  operation: Scalars['String']['output'];
};

/** Where a fact was read. */
export type TimelineCitation = {
  __typename?: 'TimelineCitation';
  /** Document id (a report `000`…`004`, or an imported file's). */
  documentId: Scalars['String']['output'];
  /** Row or item. */
  locator?: Maybe<Scalars['String']['output']>;
  /** Table, appendix, section or file. */
  section?: Maybe<Scalars['String']['output']>;
  /** The raw text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One fact of a node's timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** For a succession: the kind of change (merged, renamed…). */
  change?: Maybe<Scalars['String']['output']>;
  /** The change record that wrote it: the edit, or the import the fact came from (null for the reports' own facts, loaded from the seed). */
  changeRecord?: Maybe<TimelineChange>;
  /** Where the fact was read (null for an edit). */
  citation?: Maybe<TimelineCitation>;
  /** What the entry records. */
  kind: TimelineKind;
  /** The node at the other end (null for an edit). */
  otherId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  otherName?: Maybe<Scalars['String']['output']>;
  /** Its type (Agency, Asset, Service, …). */
  otherType?: Maybe<Scalars['String']['output']>;
  /** True when the relationship goes from the node, false when to it (null for an edit). */
  outgoing?: Maybe<Scalars['Boolean']['output']>;
  /** Record time (ISO 8601): when the graph learned the fact — the report load, the import's commit, the edit. */
  recordedAt?: Maybe<Scalars['String']['output']>;
  /** The relationship type of the fact (null for an edit). */
  relationship?: Maybe<Scalars['String']['output']>;
  /** For a connection or coverage: the snapshot. */
  snapshot?: Maybe<Snapshot>;
  /** For a connection: its status. */
  status?: Maybe<ConnectionStatus>;
  /** Valid time: the day (or month, for observed use) the fact was true from; null when the document gives none. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Valid time: the last month of observed use; null otherwise. */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** What a timeline entry records. */
export type TimelineKind =
  /** A connection of the node (agency → asset), in a snapshot. */
  | 'CONNECTION'
  /** A change record naming the node: it was created, edited or deleted by someone. */
  | 'EDIT'
  /** An inventory entry the agency keeps (or the agency keeping this entry). */
  | 'INVENTORY'
  /** Another relationship of the graph (ownership, a service, a list, a plan…), true as the document says. */
  | 'RELATIONSHIP'
  /** A snapshot covering the agency: on its day, a link it does not list was not there. */
  | 'SNAPSHOT_COVERAGE'
  /** A succession: the 2023 unit became a 2025 unit (or the reverse, seen from the 2025 unit), on the day it took effect. */
  | 'SUCCESSION'
  /** Observed use (imported exchange logs) over some months. */
  | 'USAGE';

/** Information about the number of nodes and relationships created and deleted during an update mutation */
export type UpdateInfo = {
  __typename?: 'UpdateInfo';
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type UpdateNotesMutationResponse = {
  __typename?: 'UpdateNotesMutationResponse';
  info: UpdateInfo;
  notes: Array<Note>;
};

/** Where a usage answer's figures come from. */
export type UsageBasis =
  /** Imported usage files (operational-monitoring logs, aggregate CSVs): exchanges as observed. */
  | 'OBSERVED'
  /** No usage imported for the period asked: the reports' own figures (001 Phụ lục 3 per service, Phụ lục 4 per agency). */
  | 'REPORTED';

/** The format of an imported usage file. */
export type UsageFormat =
  /** Monthly counts per consumer and service: month,consumer,service,successful,failed (or the Vietnamese names), as CSV or an Excel workbook. */
  | 'AGGREGATE_CSV'
  /** X-Road operational-monitoring records (PR-OPMON) as JSON Lines, with a mapping file. */
  | 'OPMON_JSONL';

/** An imported usage file. */
export type UsageImportInfo = {
  __typename?: 'UsageImportInfo';
  /** Failed exchanges. */
  failed: Scalars['Float']['output'];
  /** File name. */
  file: Scalars['String']['output'];
  /** Format. */
  format: UsageFormat;
  /** Id (`usage:<hash of content and mapping>`). */
  id: Scalars['ID']['output'];
  /** When. */
  importedAt: Scalars['String']['output'];
  /** Who imported it (token subject or cli:<user>). */
  importedBy: Scalars['String']['output'];
  /** Consumer–service pairs. */
  pairs: Scalars['Int']['output'];
  /** Start of the period it states (ISO, UTC+7). */
  periodFrom: Scalars['String']['output'];
  /** End of the period (exclusive). */
  periodTo: Scalars['String']['output'];
  /** Records (log) or rows (CSV) imported. */
  records: Scalars['Float']['output'];
  /** SHA-256 of the file's bytes. */
  sha256: Scalars['String']['output'];
  /** Successful exchanges. */
  succeeded: Scalars['Float']['output'];
  /** The import that replaced it (its rows no longer count), if any. */
  supersededBy?: Maybe<Scalars['ID']['output']>;
};

/** The outcome of a usage import. */
export type UsageImportResult = {
  __typename?: 'UsageImportResult';
  /** True when this very file (content and mapping) was imported before: nothing was written. */
  alreadyImported: Scalars['Boolean']['output'];
  /** Distinct consumers. */
  consumers: Scalars['Int']['output'];
  /** Id of the import (same file and mapping → same id). */
  documentId: Scalars['ID']['output'];
  /** Failed exchanges. */
  failed: Scalars['Float']['output'];
  /** File name. */
  file: Scalars['String']['output'];
  /** Format. */
  format: UsageFormat;
  /** Months with exchanges. */
  months: Array<Scalars['String']['output']>;
  /** Consumer–service pairs written. */
  pairs: Scalars['Int']['output'];
  /** Period start. */
  periodFrom: Scalars['String']['output'];
  /** Period end (exclusive). */
  periodTo: Scalars['String']['output'];
  /** Records (log) or rows (CSV) accepted. */
  records: Scalars['Float']['output'];
  /** Imports it was declared to replace. */
  replaced: Array<Scalars['ID']['output']>;
  /** Distinct services. */
  services: Scalars['Int']['output'];
  /** SHA-256 of the file's bytes. */
  sha256: Scalars['String']['output'];
  /** Log records of the other security server's side, not counted (each exchange is logged twice). */
  skippedOtherSide: Scalars['Float']['output'];
  /** Successful exchanges. */
  succeeded: Scalars['Float']['output'];
};

/** Imported usage files, newest first. */
export type UsageImports = {
  __typename?: 'UsageImports';
  /** The page asked for. */
  imports: Array<UsageImportInfo>;
  /** How many (all pages). */
  total: Scalars['Int']['output'];
};

/** One month of a monthly series (months are calendar months in UTC+7). */
export type UsageMonth = {
  __typename?: 'UsageMonth';
  /** Share (0–1) of the month covered by the imported files (e.g. 0.25 for 1 Jan – 7 Jun 2023's June). */
  coverage: Scalars['Float']['output'];
  /** Duration percentiles that month, when known. */
  durations?: Maybe<DurationPercentiles>;
  /** Failed ÷ all, percent; null without exchanges. */
  errorRatePercent?: Maybe<Scalars['Float']['output']>;
  /** Failed exchanges. */
  failed: Scalars['Float']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Successful exchanges. */
  succeeded: Scalars['Float']['output'];
  /** All exchanges. */
  total: Scalars['Float']['output'];
};

/** A 2023 part's own transactions inside a rolled-up total. */
export type UsagePart = {
  __typename?: 'UsagePart';
  /** 2023 agency id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Its transactions, when listed. */
  transactions?: Maybe<Scalars['Float']['output']>;
};

/** An imported file an observed figure comes from, and how many of its records (log lines or CSV rows) it adds up. */
export type UsageSourceRef = {
  __typename?: 'UsageSourceRef';
  /** Id of the import (`usage:<hash>`), a SourceDocument. */
  documentId: Scalars['ID']['output'];
  /** File name. */
  file: Scalars['String']['output'];
  /** Format. */
  format: UsageFormat;
  /** Records (log) or rows (CSV) of the file in this figure. */
  records: Scalars['Float']['output'];
};

/** NDXP transactions of an agency (001 Phụ lục 4, 1 Jan – 7 Jun 2023), or of a 2025 unit's parts added up. */
export type UsageTotal = {
  __typename?: 'UsageTotal';
  /** Agency id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Era E2025: each 2023 part and its own figure. */
  parts: Array<UsagePart>;
  /** Transactions (null when no part is listed in Phụ lục 4). */
  transactions?: Maybe<Scalars['Float']['output']>;
};

/** Exchanges of one slice (a consumer, a service, a pair, a month…) added up. */
export type UsageTotals = {
  __typename?: 'UsageTotals';
  /** Duration percentiles, when the imported files had durations. */
  durations?: Maybe<DurationPercentiles>;
  /** Failed ÷ all, in percent (2 decimals, as the reports print rates); null without exchanges. */
  errorRatePercent?: Maybe<Scalars['Float']['output']>;
  /** Failed exchanges. */
  failed: Scalars['Float']['output'];
  /** Successful exchanges. */
  succeeded: Scalars['Float']['output'];
  /** All exchanges. */
  total: Scalars['Float']['output'];
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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FigureSubject:
    | ( Omit<Agency, 'connectedAssets' | 'connectedAssetsConnection' | 'datasets' | 'datasetsConnection' | 'figures' | 'figuresConnection' | 'inventory' | 'inventoryConnection' | 'listedIn' | 'listedInConnection' | 'ownedAssets' | 'ownedAssetsConnection' | 'parent' | 'parentConnection' | 'plans' | 'plansConnection' | 'successors' | 'units' | 'unitsConnection'> & { connectedAssets: Array<_RefType['Asset']>, connectedAssetsConnection: _RefType['AgencyConnectedAssetsConnection'], datasets: Array<_RefType['Dataset']>, datasetsConnection: _RefType['AgencyDatasetsConnection'], figures: Array<_RefType['Figure']>, figuresConnection: _RefType['AgencyFiguresConnection'], inventory: Array<_RefType['InventoryEntry']>, inventoryConnection: _RefType['AgencyInventoryConnection'], listedIn: Array<_RefType['AgencyList']>, listedInConnection: _RefType['AgencyListedInConnection'], ownedAssets: Array<_RefType['Asset']>, ownedAssetsConnection: _RefType['AgencyOwnedAssetsConnection'], parent: Array<_RefType['Agency']>, parentConnection: _RefType['AgencyParentConnection'], plans: Array<_RefType['OpenDataPlan']>, plansConnection: _RefType['AgencyPlansConnection'], successors: Array<_RefType['Agency2025']>, units: Array<_RefType['Agency']>, unitsConnection: _RefType['AgencyUnitsConnection'] } )
    | ( Omit<Asset, 'components' | 'connectedAgencies' | 'consumes' | 'consumesConnection' | 'figures' | 'figuresConnection' | 'owners' | 'owners2025' | 'partOf' | 'partOfConnection' | 'services' | 'servicesConnection' | 'standards' | 'standardsConnection' | 'transitingServices' | 'transitingServicesConnection'> & { components: Array<_RefType['Asset']>, connectedAgencies: Array<_RefType['Agency']>, consumes: Array<_RefType['Service']>, consumesConnection: _RefType['AssetConsumesConnection'], figures: Array<_RefType['Figure']>, figuresConnection: _RefType['AssetFiguresConnection'], owners: Array<_RefType['Agency']>, owners2025: Array<_RefType['Agency2025']>, partOf: Array<_RefType['Asset']>, partOfConnection: _RefType['AssetPartOfConnection'], services: Array<_RefType['Service']>, servicesConnection: _RefType['AssetServicesConnection'], standards: Array<_RefType['Standard']>, standardsConnection: _RefType['AssetStandardsConnection'], transitingServices: Array<_RefType['Service']>, transitingServicesConnection: _RefType['AssetTransitingServicesConnection'] } )
    | ( Omit<OpenDataPlan, 'datasets' | 'figures' | 'figuresConnection' | 'issuedBy' | 'issuedByConnection'> & { datasets: Array<_RefType['Dataset']>, figures: Array<_RefType['Figure']>, figuresConnection: _RefType['OpenDataPlanFiguresConnection'], issuedBy: Array<_RefType['Agency']>, issuedByConnection: _RefType['OpenDataPlanIssuedByConnection'] } )
    | ( Omit<Service, 'consumers' | 'consumersConnection' | 'figures' | 'figuresConnection' | 'platform' | 'platformConnection' | 'provider' | 'providerConnection'> & { consumers: Array<_RefType['ServiceConsumer']>, consumersConnection: _RefType['ServiceConsumersConnection'], figures: Array<_RefType['Figure']>, figuresConnection: _RefType['ServiceFiguresConnection'], platform: Array<_RefType['Asset']>, platformConnection: _RefType['ServicePlatformConnection'], provider: Array<_RefType['Asset']>, providerConnection: _RefType['ServiceProviderConnection'] } )
  ;
  ServiceConsumer:
    | ( Omit<Agency, 'connectedAssets' | 'connectedAssetsConnection' | 'datasets' | 'datasetsConnection' | 'figures' | 'figuresConnection' | 'inventory' | 'inventoryConnection' | 'listedIn' | 'listedInConnection' | 'ownedAssets' | 'ownedAssetsConnection' | 'parent' | 'parentConnection' | 'plans' | 'plansConnection' | 'successors' | 'units' | 'unitsConnection'> & { connectedAssets: Array<_RefType['Asset']>, connectedAssetsConnection: _RefType['AgencyConnectedAssetsConnection'], datasets: Array<_RefType['Dataset']>, datasetsConnection: _RefType['AgencyDatasetsConnection'], figures: Array<_RefType['Figure']>, figuresConnection: _RefType['AgencyFiguresConnection'], inventory: Array<_RefType['InventoryEntry']>, inventoryConnection: _RefType['AgencyInventoryConnection'], listedIn: Array<_RefType['AgencyList']>, listedInConnection: _RefType['AgencyListedInConnection'], ownedAssets: Array<_RefType['Asset']>, ownedAssetsConnection: _RefType['AgencyOwnedAssetsConnection'], parent: Array<_RefType['Agency']>, parentConnection: _RefType['AgencyParentConnection'], plans: Array<_RefType['OpenDataPlan']>, plansConnection: _RefType['AgencyPlansConnection'], successors: Array<_RefType['Agency2025']>, units: Array<_RefType['Agency']>, unitsConnection: _RefType['AgencyUnitsConnection'] } )
    | ( Omit<Asset, 'components' | 'connectedAgencies' | 'consumes' | 'consumesConnection' | 'figures' | 'figuresConnection' | 'owners' | 'owners2025' | 'partOf' | 'partOfConnection' | 'services' | 'servicesConnection' | 'standards' | 'standardsConnection' | 'transitingServices' | 'transitingServicesConnection'> & { components: Array<_RefType['Asset']>, connectedAgencies: Array<_RefType['Agency']>, consumes: Array<_RefType['Service']>, consumesConnection: _RefType['AssetConsumesConnection'], figures: Array<_RefType['Figure']>, figuresConnection: _RefType['AssetFiguresConnection'], owners: Array<_RefType['Agency']>, owners2025: Array<_RefType['Agency2025']>, partOf: Array<_RefType['Asset']>, partOfConnection: _RefType['AssetPartOfConnection'], services: Array<_RefType['Service']>, servicesConnection: _RefType['AssetServicesConnection'], standards: Array<_RefType['Standard']>, standardsConnection: _RefType['AssetStandardsConnection'], transitingServices: Array<_RefType['Service']>, transitingServicesConnection: _RefType['AssetTransitingServicesConnection'] } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agencies2025Connection: ResolverTypeWrapper<Omit<Agencies2025Connection, 'edges'> & { edges: Array<ResolversTypes['Agency2025Edge']> }>;
  AgenciesConnection: ResolverTypeWrapper<Omit<AgenciesConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyEdge']> }>;
  AgenciesWithoutInventory: ResolverTypeWrapper<AgenciesWithoutInventory>;
  Agency: ResolverTypeWrapper<Omit<Agency, 'connectedAssets' | 'connectedAssetsConnection' | 'datasets' | 'datasetsConnection' | 'figures' | 'figuresConnection' | 'inventory' | 'inventoryConnection' | 'listedIn' | 'listedInConnection' | 'ownedAssets' | 'ownedAssetsConnection' | 'parent' | 'parentConnection' | 'plans' | 'plansConnection' | 'successors' | 'units' | 'unitsConnection'> & { connectedAssets: Array<ResolversTypes['Asset']>, connectedAssetsConnection: ResolversTypes['AgencyConnectedAssetsConnection'], datasets: Array<ResolversTypes['Dataset']>, datasetsConnection: ResolversTypes['AgencyDatasetsConnection'], figures: Array<ResolversTypes['Figure']>, figuresConnection: ResolversTypes['AgencyFiguresConnection'], inventory: Array<ResolversTypes['InventoryEntry']>, inventoryConnection: ResolversTypes['AgencyInventoryConnection'], listedIn: Array<ResolversTypes['AgencyList']>, listedInConnection: ResolversTypes['AgencyListedInConnection'], ownedAssets: Array<ResolversTypes['Asset']>, ownedAssetsConnection: ResolversTypes['AgencyOwnedAssetsConnection'], parent: Array<ResolversTypes['Agency']>, parentConnection: ResolversTypes['AgencyParentConnection'], plans: Array<ResolversTypes['OpenDataPlan']>, plansConnection: ResolversTypes['AgencyPlansConnection'], successors: Array<ResolversTypes['Agency2025']>, units: Array<ResolversTypes['Agency']>, unitsConnection: ResolversTypes['AgencyUnitsConnection'] }>;
  Agency2025: ResolverTypeWrapper<Omit<Agency2025, 'predecessors' | 'predecessorsConnection'> & { predecessors: Array<ResolversTypes['Agency']>, predecessorsConnection: ResolversTypes['Agency2025PredecessorsConnection'] }>;
  Agency2025AgencyPredecessorsAggregateSelection: ResolverTypeWrapper<Agency2025AgencyPredecessorsAggregateSelection>;
  Agency2025AgencyPredecessorsEdgeAggregateSelection: ResolverTypeWrapper<Agency2025AgencyPredecessorsEdgeAggregateSelection>;
  Agency2025AgencyPredecessorsNodeAggregateSelection: ResolverTypeWrapper<Agency2025AgencyPredecessorsNodeAggregateSelection>;
  Agency2025Aggregate: ResolverTypeWrapper<Agency2025Aggregate>;
  Agency2025AggregateNode: ResolverTypeWrapper<Agency2025AggregateNode>;
  Agency2025Edge: ResolverTypeWrapper<Omit<Agency2025Edge, 'node'> & { node: ResolversTypes['Agency2025'] }>;
  Agency2025PredecessorsConnection: ResolverTypeWrapper<Omit<Agency2025PredecessorsConnection, 'edges'> & { edges: Array<ResolversTypes['Agency2025PredecessorsRelationship']> }>;
  Agency2025PredecessorsConnectionAggregateInput: Agency2025PredecessorsConnectionAggregateInput;
  Agency2025PredecessorsConnectionFilters: Agency2025PredecessorsConnectionFilters;
  Agency2025PredecessorsConnectionSort: Agency2025PredecessorsConnectionSort;
  Agency2025PredecessorsConnectionWhere: Agency2025PredecessorsConnectionWhere;
  Agency2025PredecessorsNodeAggregationWhereInput: Agency2025PredecessorsNodeAggregationWhereInput;
  Agency2025PredecessorsRelationship: ResolverTypeWrapper<Omit<Agency2025PredecessorsRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  Agency2025RelationshipFilters: Agency2025RelationshipFilters;
  Agency2025Sort: Agency2025Sort;
  Agency2025SourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<Agency2025SourceDocumentSourcesAggregateSelection>;
  Agency2025SourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<Agency2025SourceDocumentSourcesEdgeAggregateSelection>;
  Agency2025SourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<Agency2025SourceDocumentSourcesNodeAggregateSelection>;
  Agency2025SourcesConnection: ResolverTypeWrapper<Agency2025SourcesConnection>;
  Agency2025SourcesConnectionAggregateInput: Agency2025SourcesConnectionAggregateInput;
  Agency2025SourcesConnectionFilters: Agency2025SourcesConnectionFilters;
  Agency2025SourcesConnectionSort: Agency2025SourcesConnectionSort;
  Agency2025SourcesConnectionWhere: Agency2025SourcesConnectionWhere;
  Agency2025SourcesNodeAggregationWhereInput: Agency2025SourcesNodeAggregationWhereInput;
  Agency2025SourcesRelationship: ResolverTypeWrapper<Agency2025SourcesRelationship>;
  Agency2025Where: Agency2025Where;
  AgencyAgency2025SuccessorsAggregateSelection: ResolverTypeWrapper<AgencyAgency2025SuccessorsAggregateSelection>;
  AgencyAgency2025SuccessorsEdgeAggregateSelection: ResolverTypeWrapper<AgencyAgency2025SuccessorsEdgeAggregateSelection>;
  AgencyAgency2025SuccessorsNodeAggregateSelection: ResolverTypeWrapper<AgencyAgency2025SuccessorsNodeAggregateSelection>;
  AgencyAgencyListListedInAggregateSelection: ResolverTypeWrapper<AgencyAgencyListListedInAggregateSelection>;
  AgencyAgencyListListedInEdgeAggregateSelection: ResolverTypeWrapper<AgencyAgencyListListedInEdgeAggregateSelection>;
  AgencyAgencyListListedInNodeAggregateSelection: ResolverTypeWrapper<AgencyAgencyListListedInNodeAggregateSelection>;
  AgencyAgencyParentAggregateSelection: ResolverTypeWrapper<AgencyAgencyParentAggregateSelection>;
  AgencyAgencyParentEdgeAggregateSelection: ResolverTypeWrapper<AgencyAgencyParentEdgeAggregateSelection>;
  AgencyAgencyParentNodeAggregateSelection: ResolverTypeWrapper<AgencyAgencyParentNodeAggregateSelection>;
  AgencyAgencyUnitsAggregateSelection: ResolverTypeWrapper<AgencyAgencyUnitsAggregateSelection>;
  AgencyAgencyUnitsEdgeAggregateSelection: ResolverTypeWrapper<AgencyAgencyUnitsEdgeAggregateSelection>;
  AgencyAgencyUnitsNodeAggregateSelection: ResolverTypeWrapper<AgencyAgencyUnitsNodeAggregateSelection>;
  AgencyAggregate: ResolverTypeWrapper<AgencyAggregate>;
  AgencyAggregateNode: ResolverTypeWrapper<AgencyAggregateNode>;
  AgencyAssetConnectedAssetsAggregateSelection: ResolverTypeWrapper<AgencyAssetConnectedAssetsAggregateSelection>;
  AgencyAssetConnectedAssetsEdgeAggregateSelection: ResolverTypeWrapper<AgencyAssetConnectedAssetsEdgeAggregateSelection>;
  AgencyAssetConnectedAssetsNodeAggregateSelection: ResolverTypeWrapper<AgencyAssetConnectedAssetsNodeAggregateSelection>;
  AgencyAssetOwnedAssetsAggregateSelection: ResolverTypeWrapper<AgencyAssetOwnedAssetsAggregateSelection>;
  AgencyAssetOwnedAssetsEdgeAggregateSelection: ResolverTypeWrapper<AgencyAssetOwnedAssetsEdgeAggregateSelection>;
  AgencyAssetOwnedAssetsNodeAggregateSelection: ResolverTypeWrapper<AgencyAssetOwnedAssetsNodeAggregateSelection>;
  AgencyConnectWhere: AgencyConnectWhere;
  AgencyConnectedAssetsConnection: ResolverTypeWrapper<Omit<AgencyConnectedAssetsConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyConnectedAssetsRelationship']> }>;
  AgencyConnectedAssetsConnectionAggregateInput: AgencyConnectedAssetsConnectionAggregateInput;
  AgencyConnectedAssetsConnectionFilters: AgencyConnectedAssetsConnectionFilters;
  AgencyConnectedAssetsConnectionSort: AgencyConnectedAssetsConnectionSort;
  AgencyConnectedAssetsConnectionWhere: AgencyConnectedAssetsConnectionWhere;
  AgencyConnectedAssetsNodeAggregationWhereInput: AgencyConnectedAssetsNodeAggregationWhereInput;
  AgencyConnectedAssetsRelationship: ResolverTypeWrapper<Omit<AgencyConnectedAssetsRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  AgencyDatasetDatasetsAggregateSelection: ResolverTypeWrapper<AgencyDatasetDatasetsAggregateSelection>;
  AgencyDatasetDatasetsEdgeAggregateSelection: ResolverTypeWrapper<AgencyDatasetDatasetsEdgeAggregateSelection>;
  AgencyDatasetDatasetsNodeAggregateSelection: ResolverTypeWrapper<AgencyDatasetDatasetsNodeAggregateSelection>;
  AgencyDatasetsConnection: ResolverTypeWrapper<Omit<AgencyDatasetsConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyDatasetsRelationship']> }>;
  AgencyDatasetsConnectionAggregateInput: AgencyDatasetsConnectionAggregateInput;
  AgencyDatasetsConnectionFilters: AgencyDatasetsConnectionFilters;
  AgencyDatasetsConnectionSort: AgencyDatasetsConnectionSort;
  AgencyDatasetsConnectionWhere: AgencyDatasetsConnectionWhere;
  AgencyDatasetsNodeAggregationWhereInput: AgencyDatasetsNodeAggregationWhereInput;
  AgencyDatasetsRelationship: ResolverTypeWrapper<Omit<AgencyDatasetsRelationship, 'node'> & { node: ResolversTypes['Dataset'] }>;
  AgencyDependencies: ResolverTypeWrapper<AgencyDependencies>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFigureFiguresAggregateSelection: ResolverTypeWrapper<AgencyFigureFiguresAggregateSelection>;
  AgencyFigureFiguresEdgeAggregateSelection: ResolverTypeWrapper<AgencyFigureFiguresEdgeAggregateSelection>;
  AgencyFigureFiguresNodeAggregateSelection: ResolverTypeWrapper<AgencyFigureFiguresNodeAggregateSelection>;
  AgencyFiguresConnection: ResolverTypeWrapper<Omit<AgencyFiguresConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyFiguresRelationship']> }>;
  AgencyFiguresConnectionAggregateInput: AgencyFiguresConnectionAggregateInput;
  AgencyFiguresConnectionFilters: AgencyFiguresConnectionFilters;
  AgencyFiguresConnectionSort: AgencyFiguresConnectionSort;
  AgencyFiguresConnectionWhere: AgencyFiguresConnectionWhere;
  AgencyFiguresNodeAggregationWhereInput: AgencyFiguresNodeAggregationWhereInput;
  AgencyFiguresRelationship: ResolverTypeWrapper<Omit<AgencyFiguresRelationship, 'node'> & { node: ResolversTypes['Figure'] }>;
  AgencyInventoryConnection: ResolverTypeWrapper<Omit<AgencyInventoryConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyInventoryRelationship']> }>;
  AgencyInventoryConnectionAggregateInput: AgencyInventoryConnectionAggregateInput;
  AgencyInventoryConnectionFilters: AgencyInventoryConnectionFilters;
  AgencyInventoryConnectionSort: AgencyInventoryConnectionSort;
  AgencyInventoryConnectionWhere: AgencyInventoryConnectionWhere;
  AgencyInventoryEntryInventoryAggregateSelection: ResolverTypeWrapper<AgencyInventoryEntryInventoryAggregateSelection>;
  AgencyInventoryEntryInventoryEdgeAggregateSelection: ResolverTypeWrapper<AgencyInventoryEntryInventoryEdgeAggregateSelection>;
  AgencyInventoryEntryInventoryNodeAggregateSelection: ResolverTypeWrapper<AgencyInventoryEntryInventoryNodeAggregateSelection>;
  AgencyInventoryNodeAggregationWhereInput: AgencyInventoryNodeAggregationWhereInput;
  AgencyInventoryRelationship: ResolverTypeWrapper<Omit<AgencyInventoryRelationship, 'node'> & { node: ResolversTypes['InventoryEntry'] }>;
  AgencyKind: AgencyKind;
  AgencyKindEnumScalarFilters: AgencyKindEnumScalarFilters;
  AgencyList: ResolverTypeWrapper<Omit<AgencyList, 'members' | 'membersConnection'> & { members: Array<ResolversTypes['Agency']>, membersConnection: ResolversTypes['AgencyListMembersConnection'] }>;
  AgencyListAgencyMembersAggregateSelection: ResolverTypeWrapper<AgencyListAgencyMembersAggregateSelection>;
  AgencyListAgencyMembersEdgeAggregateSelection: ResolverTypeWrapper<AgencyListAgencyMembersEdgeAggregateSelection>;
  AgencyListAgencyMembersNodeAggregateSelection: ResolverTypeWrapper<AgencyListAgencyMembersNodeAggregateSelection>;
  AgencyListAggregate: ResolverTypeWrapper<AgencyListAggregate>;
  AgencyListAggregateNode: ResolverTypeWrapper<AgencyListAggregateNode>;
  AgencyListEdge: ResolverTypeWrapper<Omit<AgencyListEdge, 'node'> & { node: ResolversTypes['AgencyList'] }>;
  AgencyListKind: AgencyListKind;
  AgencyListKindEnumScalarFilters: AgencyListKindEnumScalarFilters;
  AgencyListMeasuresConnection: ResolverTypeWrapper<AgencyListMeasuresConnection>;
  AgencyListMeasuresConnectionAggregateInput: AgencyListMeasuresConnectionAggregateInput;
  AgencyListMeasuresConnectionFilters: AgencyListMeasuresConnectionFilters;
  AgencyListMeasuresConnectionSort: AgencyListMeasuresConnectionSort;
  AgencyListMeasuresConnectionWhere: AgencyListMeasuresConnectionWhere;
  AgencyListMeasuresNodeAggregationWhereInput: AgencyListMeasuresNodeAggregationWhereInput;
  AgencyListMeasuresRelationship: ResolverTypeWrapper<AgencyListMeasuresRelationship>;
  AgencyListMembersConnection: ResolverTypeWrapper<Omit<AgencyListMembersConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyListMembersRelationship']> }>;
  AgencyListMembersConnectionAggregateInput: AgencyListMembersConnectionAggregateInput;
  AgencyListMembersConnectionFilters: AgencyListMembersConnectionFilters;
  AgencyListMembersConnectionSort: AgencyListMembersConnectionSort;
  AgencyListMembersConnectionWhere: AgencyListMembersConnectionWhere;
  AgencyListMembersNodeAggregationWhereInput: AgencyListMembersNodeAggregationWhereInput;
  AgencyListMembersRelationship: ResolverTypeWrapper<Omit<AgencyListMembersRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyListRelationshipFilters: AgencyListRelationshipFilters;
  AgencyListSort: AgencyListSort;
  AgencyListSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<AgencyListSourceDocumentSourcesAggregateSelection>;
  AgencyListSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<AgencyListSourceDocumentSourcesEdgeAggregateSelection>;
  AgencyListSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<AgencyListSourceDocumentSourcesNodeAggregateSelection>;
  AgencyListSourcesConnection: ResolverTypeWrapper<AgencyListSourcesConnection>;
  AgencyListSourcesConnectionAggregateInput: AgencyListSourcesConnectionAggregateInput;
  AgencyListSourcesConnectionFilters: AgencyListSourcesConnectionFilters;
  AgencyListSourcesConnectionSort: AgencyListSourcesConnectionSort;
  AgencyListSourcesConnectionWhere: AgencyListSourcesConnectionWhere;
  AgencyListSourcesNodeAggregationWhereInput: AgencyListSourcesNodeAggregationWhereInput;
  AgencyListSourcesRelationship: ResolverTypeWrapper<AgencyListSourcesRelationship>;
  AgencyListTargetMeasuresAggregateSelection: ResolverTypeWrapper<AgencyListTargetMeasuresAggregateSelection>;
  AgencyListTargetMeasuresEdgeAggregateSelection: ResolverTypeWrapper<AgencyListTargetMeasuresEdgeAggregateSelection>;
  AgencyListTargetMeasuresNodeAggregateSelection: ResolverTypeWrapper<AgencyListTargetMeasuresNodeAggregateSelection>;
  AgencyListWhere: AgencyListWhere;
  AgencyListedInConnection: ResolverTypeWrapper<Omit<AgencyListedInConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyListedInRelationship']> }>;
  AgencyListedInConnectionAggregateInput: AgencyListedInConnectionAggregateInput;
  AgencyListedInConnectionFilters: AgencyListedInConnectionFilters;
  AgencyListedInConnectionSort: AgencyListedInConnectionSort;
  AgencyListedInConnectionWhere: AgencyListedInConnectionWhere;
  AgencyListedInNodeAggregationWhereInput: AgencyListedInNodeAggregationWhereInput;
  AgencyListedInRelationship: ResolverTypeWrapper<Omit<AgencyListedInRelationship, 'node'> & { node: ResolversTypes['AgencyList'] }>;
  AgencyListsConnection: ResolverTypeWrapper<Omit<AgencyListsConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyListEdge']> }>;
  AgencyOpenDataPlanPlansAggregateSelection: ResolverTypeWrapper<AgencyOpenDataPlanPlansAggregateSelection>;
  AgencyOpenDataPlanPlansEdgeAggregateSelection: ResolverTypeWrapper<AgencyOpenDataPlanPlansEdgeAggregateSelection>;
  AgencyOpenDataPlanPlansNodeAggregateSelection: ResolverTypeWrapper<AgencyOpenDataPlanPlansNodeAggregateSelection>;
  AgencyOwnedAssetsConnection: ResolverTypeWrapper<Omit<AgencyOwnedAssetsConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyOwnedAssetsRelationship']> }>;
  AgencyOwnedAssetsConnectionAggregateInput: AgencyOwnedAssetsConnectionAggregateInput;
  AgencyOwnedAssetsConnectionFilters: AgencyOwnedAssetsConnectionFilters;
  AgencyOwnedAssetsConnectionSort: AgencyOwnedAssetsConnectionSort;
  AgencyOwnedAssetsConnectionWhere: AgencyOwnedAssetsConnectionWhere;
  AgencyOwnedAssetsNodeAggregationWhereInput: AgencyOwnedAssetsNodeAggregationWhereInput;
  AgencyOwnedAssetsRelationship: ResolverTypeWrapper<Omit<AgencyOwnedAssetsRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  AgencyParentConnection: ResolverTypeWrapper<Omit<AgencyParentConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyParentRelationship']> }>;
  AgencyParentConnectionAggregateInput: AgencyParentConnectionAggregateInput;
  AgencyParentConnectionFilters: AgencyParentConnectionFilters;
  AgencyParentConnectionSort: AgencyParentConnectionSort;
  AgencyParentConnectionWhere: AgencyParentConnectionWhere;
  AgencyParentNodeAggregationWhereInput: AgencyParentNodeAggregationWhereInput;
  AgencyParentRelationship: ResolverTypeWrapper<Omit<AgencyParentRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyPlansConnection: ResolverTypeWrapper<Omit<AgencyPlansConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyPlansRelationship']> }>;
  AgencyPlansConnectionAggregateInput: AgencyPlansConnectionAggregateInput;
  AgencyPlansConnectionFilters: AgencyPlansConnectionFilters;
  AgencyPlansConnectionSort: AgencyPlansConnectionSort;
  AgencyPlansConnectionWhere: AgencyPlansConnectionWhere;
  AgencyPlansNodeAggregationWhereInput: AgencyPlansNodeAggregationWhereInput;
  AgencyPlansRelationship: ResolverTypeWrapper<Omit<AgencyPlansRelationship, 'node'> & { node: ResolversTypes['OpenDataPlan'] }>;
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
  AgencySuccessorsConnection: ResolverTypeWrapper<AgencySuccessorsConnection>;
  AgencySuccessorsConnectionAggregateInput: AgencySuccessorsConnectionAggregateInput;
  AgencySuccessorsConnectionFilters: AgencySuccessorsConnectionFilters;
  AgencySuccessorsConnectionSort: AgencySuccessorsConnectionSort;
  AgencySuccessorsConnectionWhere: AgencySuccessorsConnectionWhere;
  AgencySuccessorsNodeAggregationWhereInput: AgencySuccessorsNodeAggregationWhereInput;
  AgencySuccessorsRelationship: ResolverTypeWrapper<Omit<AgencySuccessorsRelationship, 'node'> & { node: ResolversTypes['Agency2025'] }>;
  AgencyUnitsConnection: ResolverTypeWrapper<Omit<AgencyUnitsConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyUnitsRelationship']> }>;
  AgencyUnitsConnectionAggregateInput: AgencyUnitsConnectionAggregateInput;
  AgencyUnitsConnectionFilters: AgencyUnitsConnectionFilters;
  AgencyUnitsConnectionSort: AgencyUnitsConnectionSort;
  AgencyUnitsConnectionWhere: AgencyUnitsConnectionWhere;
  AgencyUnitsNodeAggregationWhereInput: AgencyUnitsNodeAggregationWhereInput;
  AgencyUnitsRelationship: ResolverTypeWrapper<Omit<AgencyUnitsRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyWhere: AgencyWhere;
  Asset: ResolverTypeWrapper<Omit<Asset, 'components' | 'connectedAgencies' | 'consumes' | 'consumesConnection' | 'figures' | 'figuresConnection' | 'owners' | 'owners2025' | 'partOf' | 'partOfConnection' | 'services' | 'servicesConnection' | 'standards' | 'standardsConnection' | 'transitingServices' | 'transitingServicesConnection'> & { components: Array<ResolversTypes['Asset']>, connectedAgencies: Array<ResolversTypes['Agency']>, consumes: Array<ResolversTypes['Service']>, consumesConnection: ResolversTypes['AssetConsumesConnection'], figures: Array<ResolversTypes['Figure']>, figuresConnection: ResolversTypes['AssetFiguresConnection'], owners: Array<ResolversTypes['Agency']>, owners2025: Array<ResolversTypes['Agency2025']>, partOf: Array<ResolversTypes['Asset']>, partOfConnection: ResolversTypes['AssetPartOfConnection'], services: Array<ResolversTypes['Service']>, servicesConnection: ResolversTypes['AssetServicesConnection'], standards: Array<ResolversTypes['Standard']>, standardsConnection: ResolversTypes['AssetStandardsConnection'], transitingServices: Array<ResolversTypes['Service']>, transitingServicesConnection: ResolversTypes['AssetTransitingServicesConnection'] }>;
  AssetAgencyConnectedAgenciesAggregateSelection: ResolverTypeWrapper<AssetAgencyConnectedAgenciesAggregateSelection>;
  AssetAgencyConnectedAgenciesEdgeAggregateSelection: ResolverTypeWrapper<AssetAgencyConnectedAgenciesEdgeAggregateSelection>;
  AssetAgencyConnectedAgenciesNodeAggregateSelection: ResolverTypeWrapper<AssetAgencyConnectedAgenciesNodeAggregateSelection>;
  AssetAgencyOwnersAggregateSelection: ResolverTypeWrapper<AssetAgencyOwnersAggregateSelection>;
  AssetAgencyOwnersEdgeAggregateSelection: ResolverTypeWrapper<AssetAgencyOwnersEdgeAggregateSelection>;
  AssetAgencyOwnersNodeAggregateSelection: ResolverTypeWrapper<AssetAgencyOwnersNodeAggregateSelection>;
  AssetAggregate: ResolverTypeWrapper<AssetAggregate>;
  AssetAggregateNode: ResolverTypeWrapper<AssetAggregateNode>;
  AssetAssetComponentsAggregateSelection: ResolverTypeWrapper<AssetAssetComponentsAggregateSelection>;
  AssetAssetComponentsEdgeAggregateSelection: ResolverTypeWrapper<AssetAssetComponentsEdgeAggregateSelection>;
  AssetAssetComponentsNodeAggregateSelection: ResolverTypeWrapper<AssetAssetComponentsNodeAggregateSelection>;
  AssetAssetPartOfAggregateSelection: ResolverTypeWrapper<AssetAssetPartOfAggregateSelection>;
  AssetAssetPartOfEdgeAggregateSelection: ResolverTypeWrapper<AssetAssetPartOfEdgeAggregateSelection>;
  AssetAssetPartOfNodeAggregateSelection: ResolverTypeWrapper<AssetAssetPartOfNodeAggregateSelection>;
  AssetComponentsConnection: ResolverTypeWrapper<AssetComponentsConnection>;
  AssetComponentsConnectionAggregateInput: AssetComponentsConnectionAggregateInput;
  AssetComponentsConnectionFilters: AssetComponentsConnectionFilters;
  AssetComponentsConnectionSort: AssetComponentsConnectionSort;
  AssetComponentsConnectionWhere: AssetComponentsConnectionWhere;
  AssetComponentsNodeAggregationWhereInput: AssetComponentsNodeAggregationWhereInput;
  AssetComponentsRelationship: ResolverTypeWrapper<Omit<AssetComponentsRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetConnectWhere: AssetConnectWhere;
  AssetConnectedAgenciesConnection: ResolverTypeWrapper<AssetConnectedAgenciesConnection>;
  AssetConnectedAgenciesConnectionAggregateInput: AssetConnectedAgenciesConnectionAggregateInput;
  AssetConnectedAgenciesConnectionFilters: AssetConnectedAgenciesConnectionFilters;
  AssetConnectedAgenciesConnectionSort: AssetConnectedAgenciesConnectionSort;
  AssetConnectedAgenciesConnectionWhere: AssetConnectedAgenciesConnectionWhere;
  AssetConnectedAgenciesNodeAggregationWhereInput: AssetConnectedAgenciesNodeAggregationWhereInput;
  AssetConnectedAgenciesRelationship: ResolverTypeWrapper<Omit<AssetConnectedAgenciesRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  AssetConsumesConnection: ResolverTypeWrapper<Omit<AssetConsumesConnection, 'edges'> & { edges: Array<ResolversTypes['AssetConsumesRelationship']> }>;
  AssetConsumesConnectionAggregateInput: AssetConsumesConnectionAggregateInput;
  AssetConsumesConnectionFilters: AssetConsumesConnectionFilters;
  AssetConsumesConnectionSort: AssetConsumesConnectionSort;
  AssetConsumesConnectionWhere: AssetConsumesConnectionWhere;
  AssetConsumesNodeAggregationWhereInput: AssetConsumesNodeAggregationWhereInput;
  AssetConsumesRelationship: ResolverTypeWrapper<Omit<AssetConsumesRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
  AssetCriticality: ResolverTypeWrapper<AssetCriticality>;
  AssetDependency: ResolverTypeWrapper<AssetDependency>;
  AssetEdge: ResolverTypeWrapper<Omit<AssetEdge, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetFigureFiguresAggregateSelection: ResolverTypeWrapper<AssetFigureFiguresAggregateSelection>;
  AssetFigureFiguresEdgeAggregateSelection: ResolverTypeWrapper<AssetFigureFiguresEdgeAggregateSelection>;
  AssetFigureFiguresNodeAggregateSelection: ResolverTypeWrapper<AssetFigureFiguresNodeAggregateSelection>;
  AssetFiguresConnection: ResolverTypeWrapper<Omit<AssetFiguresConnection, 'edges'> & { edges: Array<ResolversTypes['AssetFiguresRelationship']> }>;
  AssetFiguresConnectionAggregateInput: AssetFiguresConnectionAggregateInput;
  AssetFiguresConnectionFilters: AssetFiguresConnectionFilters;
  AssetFiguresConnectionSort: AssetFiguresConnectionSort;
  AssetFiguresConnectionWhere: AssetFiguresConnectionWhere;
  AssetFiguresNodeAggregationWhereInput: AssetFiguresNodeAggregationWhereInput;
  AssetFiguresRelationship: ResolverTypeWrapper<Omit<AssetFiguresRelationship, 'node'> & { node: ResolversTypes['Figure'] }>;
  AssetImpact: ResolverTypeWrapper<AssetImpactParent>;
  AssetKind: AssetKind;
  AssetKindEnumScalarFilters: AssetKindEnumScalarFilters;
  AssetOwnersConnection: ResolverTypeWrapper<AssetOwnersConnection>;
  AssetOwnersConnectionAggregateInput: AssetOwnersConnectionAggregateInput;
  AssetOwnersConnectionFilters: AssetOwnersConnectionFilters;
  AssetOwnersConnectionSort: AssetOwnersConnectionSort;
  AssetOwnersConnectionWhere: AssetOwnersConnectionWhere;
  AssetOwnersNodeAggregationWhereInput: AssetOwnersNodeAggregationWhereInput;
  AssetOwnersRelationship: ResolverTypeWrapper<Omit<AssetOwnersRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  AssetPartOfConnection: ResolverTypeWrapper<Omit<AssetPartOfConnection, 'edges'> & { edges: Array<ResolversTypes['AssetPartOfRelationship']> }>;
  AssetPartOfConnectionAggregateInput: AssetPartOfConnectionAggregateInput;
  AssetPartOfConnectionFilters: AssetPartOfConnectionFilters;
  AssetPartOfConnectionSort: AssetPartOfConnectionSort;
  AssetPartOfConnectionWhere: AssetPartOfConnectionWhere;
  AssetPartOfNodeAggregationWhereInput: AssetPartOfNodeAggregationWhereInput;
  AssetPartOfRelationship: ResolverTypeWrapper<Omit<AssetPartOfRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetRelationshipFilters: AssetRelationshipFilters;
  AssetServiceConsumesAggregateSelection: ResolverTypeWrapper<AssetServiceConsumesAggregateSelection>;
  AssetServiceConsumesEdgeAggregateSelection: ResolverTypeWrapper<AssetServiceConsumesEdgeAggregateSelection>;
  AssetServiceConsumesNodeAggregateSelection: ResolverTypeWrapper<AssetServiceConsumesNodeAggregateSelection>;
  AssetServiceServicesAggregateSelection: ResolverTypeWrapper<AssetServiceServicesAggregateSelection>;
  AssetServiceServicesEdgeAggregateSelection: ResolverTypeWrapper<AssetServiceServicesEdgeAggregateSelection>;
  AssetServiceServicesNodeAggregateSelection: ResolverTypeWrapper<AssetServiceServicesNodeAggregateSelection>;
  AssetServiceTransitingServicesAggregateSelection: ResolverTypeWrapper<AssetServiceTransitingServicesAggregateSelection>;
  AssetServiceTransitingServicesEdgeAggregateSelection: ResolverTypeWrapper<AssetServiceTransitingServicesEdgeAggregateSelection>;
  AssetServiceTransitingServicesNodeAggregateSelection: ResolverTypeWrapper<AssetServiceTransitingServicesNodeAggregateSelection>;
  AssetServicesConnection: ResolverTypeWrapper<Omit<AssetServicesConnection, 'edges'> & { edges: Array<ResolversTypes['AssetServicesRelationship']> }>;
  AssetServicesConnectionAggregateInput: AssetServicesConnectionAggregateInput;
  AssetServicesConnectionFilters: AssetServicesConnectionFilters;
  AssetServicesConnectionSort: AssetServicesConnectionSort;
  AssetServicesConnectionWhere: AssetServicesConnectionWhere;
  AssetServicesNodeAggregationWhereInput: AssetServicesNodeAggregationWhereInput;
  AssetServicesRelationship: ResolverTypeWrapper<Omit<AssetServicesRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
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
  AssetStandardStandardsAggregateSelection: ResolverTypeWrapper<AssetStandardStandardsAggregateSelection>;
  AssetStandardStandardsEdgeAggregateSelection: ResolverTypeWrapper<AssetStandardStandardsEdgeAggregateSelection>;
  AssetStandardStandardsNodeAggregateSelection: ResolverTypeWrapper<AssetStandardStandardsNodeAggregateSelection>;
  AssetStandardsConnection: ResolverTypeWrapper<Omit<AssetStandardsConnection, 'edges'> & { edges: Array<ResolversTypes['AssetStandardsRelationship']> }>;
  AssetStandardsConnectionAggregateInput: AssetStandardsConnectionAggregateInput;
  AssetStandardsConnectionFilters: AssetStandardsConnectionFilters;
  AssetStandardsConnectionSort: AssetStandardsConnectionSort;
  AssetStandardsConnectionWhere: AssetStandardsConnectionWhere;
  AssetStandardsNodeAggregationWhereInput: AssetStandardsNodeAggregationWhereInput;
  AssetStandardsRelationship: ResolverTypeWrapper<Omit<AssetStandardsRelationship, 'node'> & { node: ResolversTypes['Standard'] }>;
  AssetTransitingServicesConnection: ResolverTypeWrapper<Omit<AssetTransitingServicesConnection, 'edges'> & { edges: Array<ResolversTypes['AssetTransitingServicesRelationship']> }>;
  AssetTransitingServicesConnectionAggregateInput: AssetTransitingServicesConnectionAggregateInput;
  AssetTransitingServicesConnectionFilters: AssetTransitingServicesConnectionFilters;
  AssetTransitingServicesConnectionSort: AssetTransitingServicesConnectionSort;
  AssetTransitingServicesConnectionWhere: AssetTransitingServicesConnectionWhere;
  AssetTransitingServicesNodeAggregationWhereInput: AssetTransitingServicesNodeAggregationWhereInput;
  AssetTransitingServicesRelationship: ResolverTypeWrapper<Omit<AssetTransitingServicesRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
  AssetWhere: AssetWhere;
  AssetsConnection: ResolverTypeWrapper<Omit<AssetsConnection, 'edges'> & { edges: Array<ResolversTypes['AssetEdge']> }>;
  AuditFinding: ResolverTypeWrapper<AuditFinding>;
  AuditFindingAggregate: ResolverTypeWrapper<AuditFindingAggregate>;
  AuditFindingAggregateNode: ResolverTypeWrapper<AuditFindingAggregateNode>;
  AuditFindingCitesConnection: ResolverTypeWrapper<AuditFindingCitesConnection>;
  AuditFindingCitesConnectionAggregateInput: AuditFindingCitesConnectionAggregateInput;
  AuditFindingCitesConnectionFilters: AuditFindingCitesConnectionFilters;
  AuditFindingCitesConnectionSort: AuditFindingCitesConnectionSort;
  AuditFindingCitesConnectionWhere: AuditFindingCitesConnectionWhere;
  AuditFindingCitesNodeAggregationWhereInput: AuditFindingCitesNodeAggregationWhereInput;
  AuditFindingCitesRelationship: ResolverTypeWrapper<AuditFindingCitesRelationship>;
  AuditFindingEdge: ResolverTypeWrapper<AuditFindingEdge>;
  AuditFindingSort: AuditFindingSort;
  AuditFindingSourceDocumentCitesAggregateSelection: ResolverTypeWrapper<AuditFindingSourceDocumentCitesAggregateSelection>;
  AuditFindingSourceDocumentCitesEdgeAggregateSelection: ResolverTypeWrapper<AuditFindingSourceDocumentCitesEdgeAggregateSelection>;
  AuditFindingSourceDocumentCitesNodeAggregateSelection: ResolverTypeWrapper<AuditFindingSourceDocumentCitesNodeAggregateSelection>;
  AuditFindingWhere: AuditFindingWhere;
  AuditFindingsConnection: ResolverTypeWrapper<AuditFindingsConnection>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanScalarFilters: BooleanScalarFilters;
  CatalogueQuality: ResolverTypeWrapper<CatalogueQuality>;
  CatalogueReport: ResolverTypeWrapper<CatalogueReport>;
  CatalogueSize: ResolverTypeWrapper<CatalogueSize>;
  CellState: CellState;
  ChangeCount: ResolverTypeWrapper<ChangeCount>;
  ChangeKind: ChangeKind;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  ChangeRecordAggregate: ResolverTypeWrapper<ChangeRecordAggregate>;
  ChangeRecordAggregateNode: ResolverTypeWrapper<ChangeRecordAggregateNode>;
  ChangeRecordEdge: ResolverTypeWrapper<ChangeRecordEdge>;
  ChangeRecordSort: ChangeRecordSort;
  ChangeRecordWhere: ChangeRecordWhere;
  ChangeRecordsConnection: ResolverTypeWrapper<ChangeRecordsConnection>;
  ChangesBetween: ResolverTypeWrapper<ChangesBetween>;
  Citation: ResolverTypeWrapper<Citation>;
  CitationAggregationWhereInput: CitationAggregationWhereInput;
  CitationSort: CitationSort;
  CitationWhere: CitationWhere;
  ClusterBasis: ClusterBasis;
  ClusterMember: ResolverTypeWrapper<ClusterMember>;
  ConnectedAgency: ResolverTypeWrapper<ConnectedAgency>;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  ConnectionChange: ResolverTypeWrapper<ConnectionChange>;
  ConnectionFact: ResolverTypeWrapper<ConnectionFact>;
  ConnectionFactAggregationWhereInput: ConnectionFactAggregationWhereInput;
  ConnectionFactSort: ConnectionFactSort;
  ConnectionFactWhere: ConnectionFactWhere;
  ConnectionMatrix: ResolverTypeWrapper<ConnectionMatrix>;
  ConnectionStatus: ConnectionStatus;
  ConnectionStatusEnumScalarFilters: ConnectionStatusEnumScalarFilters;
  ConsumedServices: ResolverTypeWrapper<ConsumedServices>;
  ConsumerUsage: ResolverTypeWrapper<ConsumerUsage>;
  CopiedItem: ResolverTypeWrapper<CopiedItem>;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  Coverage: Coverage;
  CoverageCount: ResolverTypeWrapper<CoverageCount>;
  CoverageGap: ResolverTypeWrapper<CoverageGap>;
  CoverageGapResult: ResolverTypeWrapper<CoverageGapResult>;
  CreateInfo: ResolverTypeWrapper<CreateInfo>;
  CreateNotesMutationResponse: ResolverTypeWrapper<Omit<CreateNotesMutationResponse, 'notes'> & { notes: Array<ResolversTypes['Note']> }>;
  CriticalityRanking: ResolverTypeWrapper<CriticalityRanking>;
  DatabaseKind: ResolverTypeWrapper<DatabaseKind>;
  DatabaseKinds: ResolverTypeWrapper<DatabaseKinds>;
  Dataset: ResolverTypeWrapper<Omit<Dataset, 'plan' | 'planConnection' | 'responsible' | 'responsibleConnection'> & { plan: Array<ResolversTypes['OpenDataPlan']>, planConnection: ResolversTypes['DatasetPlanConnection'], responsible: Array<ResolversTypes['Agency']>, responsibleConnection: ResolversTypes['DatasetResponsibleConnection'] }>;
  DatasetAgencyResponsibleAggregateSelection: ResolverTypeWrapper<DatasetAgencyResponsibleAggregateSelection>;
  DatasetAgencyResponsibleEdgeAggregateSelection: ResolverTypeWrapper<DatasetAgencyResponsibleEdgeAggregateSelection>;
  DatasetAgencyResponsibleNodeAggregateSelection: ResolverTypeWrapper<DatasetAgencyResponsibleNodeAggregateSelection>;
  DatasetAggregate: ResolverTypeWrapper<DatasetAggregate>;
  DatasetAggregateNode: ResolverTypeWrapper<DatasetAggregateNode>;
  DatasetEdge: ResolverTypeWrapper<Omit<DatasetEdge, 'node'> & { node: ResolversTypes['Dataset'] }>;
  DatasetOpenDataPlanPlanAggregateSelection: ResolverTypeWrapper<DatasetOpenDataPlanPlanAggregateSelection>;
  DatasetOpenDataPlanPlanEdgeAggregateSelection: ResolverTypeWrapper<DatasetOpenDataPlanPlanEdgeAggregateSelection>;
  DatasetOpenDataPlanPlanNodeAggregateSelection: ResolverTypeWrapper<DatasetOpenDataPlanPlanNodeAggregateSelection>;
  DatasetPlanConnection: ResolverTypeWrapper<Omit<DatasetPlanConnection, 'edges'> & { edges: Array<ResolversTypes['DatasetPlanRelationship']> }>;
  DatasetPlanConnectionAggregateInput: DatasetPlanConnectionAggregateInput;
  DatasetPlanConnectionFilters: DatasetPlanConnectionFilters;
  DatasetPlanConnectionSort: DatasetPlanConnectionSort;
  DatasetPlanConnectionWhere: DatasetPlanConnectionWhere;
  DatasetPlanNodeAggregationWhereInput: DatasetPlanNodeAggregationWhereInput;
  DatasetPlanRelationship: ResolverTypeWrapper<Omit<DatasetPlanRelationship, 'node'> & { node: ResolversTypes['OpenDataPlan'] }>;
  DatasetRelationshipFilters: DatasetRelationshipFilters;
  DatasetResponsibleConnection: ResolverTypeWrapper<Omit<DatasetResponsibleConnection, 'edges'> & { edges: Array<ResolversTypes['DatasetResponsibleRelationship']> }>;
  DatasetResponsibleConnectionAggregateInput: DatasetResponsibleConnectionAggregateInput;
  DatasetResponsibleConnectionFilters: DatasetResponsibleConnectionFilters;
  DatasetResponsibleConnectionSort: DatasetResponsibleConnectionSort;
  DatasetResponsibleConnectionWhere: DatasetResponsibleConnectionWhere;
  DatasetResponsibleNodeAggregationWhereInput: DatasetResponsibleNodeAggregationWhereInput;
  DatasetResponsibleRelationship: ResolverTypeWrapper<Omit<DatasetResponsibleRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  DatasetSort: DatasetSort;
  DatasetSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<DatasetSourceDocumentSourcesAggregateSelection>;
  DatasetSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<DatasetSourceDocumentSourcesEdgeAggregateSelection>;
  DatasetSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<DatasetSourceDocumentSourcesNodeAggregateSelection>;
  DatasetSourcesConnection: ResolverTypeWrapper<DatasetSourcesConnection>;
  DatasetSourcesConnectionAggregateInput: DatasetSourcesConnectionAggregateInput;
  DatasetSourcesConnectionFilters: DatasetSourcesConnectionFilters;
  DatasetSourcesConnectionSort: DatasetSourcesConnectionSort;
  DatasetSourcesConnectionWhere: DatasetSourcesConnectionWhere;
  DatasetSourcesNodeAggregationWhereInput: DatasetSourcesNodeAggregationWhereInput;
  DatasetSourcesRelationship: ResolverTypeWrapper<DatasetSourcesRelationship>;
  DatasetWhere: DatasetWhere;
  DatasetsConnection: ResolverTypeWrapper<Omit<DatasetsConnection, 'edges'> & { edges: Array<ResolversTypes['DatasetEdge']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeAggregateSelection: ResolverTypeWrapper<DateTimeAggregateSelection>;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DeclaredVsObserved: ResolverTypeWrapper<DeclaredVsObserved>;
  DeleteInfo: ResolverTypeWrapper<DeleteInfo>;
  DepartmentKind: ResolverTypeWrapper<DepartmentKind>;
  DependentNode: ResolverTypeWrapper<DependentNode>;
  DuplicateAgency: ResolverTypeWrapper<DuplicateAgency>;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidate>;
  DuplicateCandidates: ResolverTypeWrapper<DuplicateCandidates>;
  DuplicateCluster: ResolverTypeWrapper<DuplicateCluster>;
  DuplicateClusters: ResolverTypeWrapper<DuplicateClusters>;
  DuplicateEvidence: ResolverTypeWrapper<DuplicateEvidence>;
  DuplicateKind: DuplicateKind;
  DuplicateLink: ResolverTypeWrapper<DuplicateLink>;
  DurationPercentiles: ResolverTypeWrapper<DurationPercentiles>;
  EdgeCitation: ResolverTypeWrapper<EdgeCitation>;
  EdgeDirection: EdgeDirection;
  EdgePart: ResolverTypeWrapper<EdgePart>;
  Era: Era;
  EvidenceVia: EvidenceVia;
  EvidenceWhere: EvidenceWhere;
  ExistingLink: ResolverTypeWrapper<ExistingLink>;
  Figure: ResolverTypeWrapper<Omit<Figure, 'about' | 'aboutConnection'> & { about: Array<ResolversTypes['FigureSubject']>, aboutConnection: ResolversTypes['FigureAboutConnection'] }>;
  FigureAboutAgencyConnectionWhere: FigureAboutAgencyConnectionWhere;
  FigureAboutAssetConnectionWhere: FigureAboutAssetConnectionWhere;
  FigureAboutConnection: ResolverTypeWrapper<Omit<FigureAboutConnection, 'edges'> & { edges: Array<ResolversTypes['FigureAboutRelationship']> }>;
  FigureAboutConnectionFilters: FigureAboutConnectionFilters;
  FigureAboutConnectionSort: FigureAboutConnectionSort;
  FigureAboutConnectionWhere: FigureAboutConnectionWhere;
  FigureAboutOpenDataPlanConnectionWhere: FigureAboutOpenDataPlanConnectionWhere;
  FigureAboutRelationship: ResolverTypeWrapper<Omit<FigureAboutRelationship, 'node'> & { node: ResolversTypes['FigureSubject'] }>;
  FigureAboutServiceConnectionWhere: FigureAboutServiceConnectionWhere;
  FigureAggregate: ResolverTypeWrapper<FigureAggregate>;
  FigureAggregateNode: ResolverTypeWrapper<FigureAggregateNode>;
  FigureEdge: ResolverTypeWrapper<Omit<FigureEdge, 'node'> & { node: ResolversTypes['Figure'] }>;
  FigureRelationshipFilters: FigureRelationshipFilters;
  FigureSort: FigureSort;
  FigureSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<FigureSourceDocumentSourcesAggregateSelection>;
  FigureSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<FigureSourceDocumentSourcesEdgeAggregateSelection>;
  FigureSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<FigureSourceDocumentSourcesNodeAggregateSelection>;
  FigureSourcesConnection: ResolverTypeWrapper<FigureSourcesConnection>;
  FigureSourcesConnectionAggregateInput: FigureSourcesConnectionAggregateInput;
  FigureSourcesConnectionFilters: FigureSourcesConnectionFilters;
  FigureSourcesConnectionSort: FigureSourcesConnectionSort;
  FigureSourcesConnectionWhere: FigureSourcesConnectionWhere;
  FigureSourcesNodeAggregationWhereInput: FigureSourcesNodeAggregationWhereInput;
  FigureSourcesRelationship: ResolverTypeWrapper<FigureSourcesRelationship>;
  FigureSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FigureSubject']>;
  FigureSubjectRelationshipFilters: FigureSubjectRelationshipFilters;
  FigureSubjectWhere: FigureSubjectWhere;
  FigureWhere: FigureWhere;
  FiguresConnection: ResolverTypeWrapper<Omit<FiguresConnection, 'edges'> & { edges: Array<ResolversTypes['FigureEdge']> }>;
  FileEncoding: FileEncoding;
  FindingKind: FindingKind;
  FindingKindEnumScalarFilters: FindingKindEnumScalarFilters;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatAggregateSelection: ResolverTypeWrapper<FloatAggregateSelection>;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphPath: ResolverTypeWrapper<GraphPath>;
  History: ResolverTypeWrapper<History>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  IdentifierUse: ResolverTypeWrapper<IdentifierUse>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  InventoryEntriesConnection: ResolverTypeWrapper<Omit<InventoryEntriesConnection, 'edges'> & { edges: Array<ResolversTypes['InventoryEntryEdge']> }>;
  InventoryEntry: ResolverTypeWrapper<Omit<InventoryEntry, 'keptBy' | 'keptByConnection'> & { keptBy: Array<ResolversTypes['Agency']>, keptByConnection: ResolversTypes['InventoryEntryKeptByConnection'] }>;
  InventoryEntryAgencyKeptByAggregateSelection: ResolverTypeWrapper<InventoryEntryAgencyKeptByAggregateSelection>;
  InventoryEntryAgencyKeptByEdgeAggregateSelection: ResolverTypeWrapper<InventoryEntryAgencyKeptByEdgeAggregateSelection>;
  InventoryEntryAgencyKeptByNodeAggregateSelection: ResolverTypeWrapper<InventoryEntryAgencyKeptByNodeAggregateSelection>;
  InventoryEntryAggregate: ResolverTypeWrapper<InventoryEntryAggregate>;
  InventoryEntryAggregateNode: ResolverTypeWrapper<InventoryEntryAggregateNode>;
  InventoryEntryEdge: ResolverTypeWrapper<Omit<InventoryEntryEdge, 'node'> & { node: ResolversTypes['InventoryEntry'] }>;
  InventoryEntryKeptByConnection: ResolverTypeWrapper<Omit<InventoryEntryKeptByConnection, 'edges'> & { edges: Array<ResolversTypes['InventoryEntryKeptByRelationship']> }>;
  InventoryEntryKeptByConnectionAggregateInput: InventoryEntryKeptByConnectionAggregateInput;
  InventoryEntryKeptByConnectionFilters: InventoryEntryKeptByConnectionFilters;
  InventoryEntryKeptByConnectionSort: InventoryEntryKeptByConnectionSort;
  InventoryEntryKeptByConnectionWhere: InventoryEntryKeptByConnectionWhere;
  InventoryEntryKeptByNodeAggregationWhereInput: InventoryEntryKeptByNodeAggregationWhereInput;
  InventoryEntryKeptByRelationship: ResolverTypeWrapper<Omit<InventoryEntryKeptByRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  InventoryEntryRelationshipFilters: InventoryEntryRelationshipFilters;
  InventoryEntrySort: InventoryEntrySort;
  InventoryEntrySourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<InventoryEntrySourceDocumentSourcesAggregateSelection>;
  InventoryEntrySourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<InventoryEntrySourceDocumentSourcesEdgeAggregateSelection>;
  InventoryEntrySourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<InventoryEntrySourceDocumentSourcesNodeAggregateSelection>;
  InventoryEntrySourcesConnection: ResolverTypeWrapper<InventoryEntrySourcesConnection>;
  InventoryEntrySourcesConnectionAggregateInput: InventoryEntrySourcesConnectionAggregateInput;
  InventoryEntrySourcesConnectionFilters: InventoryEntrySourcesConnectionFilters;
  InventoryEntrySourcesConnectionSort: InventoryEntrySourcesConnectionSort;
  InventoryEntrySourcesConnectionWhere: InventoryEntrySourcesConnectionWhere;
  InventoryEntrySourcesNodeAggregationWhereInput: InventoryEntrySourcesNodeAggregationWhereInput;
  InventoryEntrySourcesRelationship: ResolverTypeWrapper<InventoryEntrySourcesRelationship>;
  InventoryEntryWhere: InventoryEntryWhere;
  InventoryFormat: InventoryFormat;
  InventoryImportResult: ResolverTypeWrapper<InventoryImportResult>;
  InventoryStatus: InventoryStatus;
  InventoryStatusEnumScalarFilters: InventoryStatusEnumScalarFilters;
  ItemSource: ResolverTypeWrapper<ItemSource>;
  KindBasis: KindBasis;
  KindHeatmap: ResolverTypeWrapper<KindHeatmap>;
  KindHeatmapRow: ResolverTypeWrapper<KindHeatmapRow>;
  KindItem: ResolverTypeWrapper<KindItem>;
  KindState: KindState;
  LinkClass: LinkClass;
  LinkClassCount: ResolverTypeWrapper<LinkClassCount>;
  LinkComparison: ResolverTypeWrapper<LinkComparison>;
  ListEntry: ResolverTypeWrapper<ListEntry>;
  ListEntryAggregationWhereInput: ListEntryAggregationWhereInput;
  ListEntrySort: ListEntrySort;
  ListEntryWhere: ListEntryWhere;
  LocalSourceType: LocalSourceType;
  MatrixCell: ResolverTypeWrapper<MatrixCell>;
  MatrixColumn: ResolverTypeWrapper<MatrixColumn>;
  MatrixRow: ResolverTypeWrapper<MatrixRow>;
  MissingBasis: MissingBasis;
  MissingDatabase: ResolverTypeWrapper<MissingDatabase>;
  MissingDatabases: ResolverTypeWrapper<MissingDatabases>;
  MissingLink: ResolverTypeWrapper<MissingLink>;
  MissingLinks: ResolverTypeWrapper<MissingLinks>;
  MissingPieces: ResolverTypeWrapper<MissingPieces>;
  MissingVerdict: MissingVerdict;
  MonthCoverage: ResolverTypeWrapper<MonthCoverage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedRef: ResolverTypeWrapper<NamedRef>;
  NeighbourGroup: ResolverTypeWrapper<NeighbourGroup>;
  Neighbourhood: ResolverTypeWrapper<Neighbourhood>;
  NodeName: ResolverTypeWrapper<NodeName>;
  Note: ResolverTypeWrapper<Omit<Note, 'agencies' | 'agenciesConnection' | 'assets' | 'assetsConnection'> & { agencies: Array<ResolversTypes['Agency']>, agenciesConnection: ResolversTypes['NoteAgenciesConnection'], assets: Array<ResolversTypes['Asset']>, assetsConnection: ResolversTypes['NoteAssetsConnection'] }>;
  NoteAgenciesConnectFieldInput: NoteAgenciesConnectFieldInput;
  NoteAgenciesConnection: ResolverTypeWrapper<Omit<NoteAgenciesConnection, 'edges'> & { edges: Array<ResolversTypes['NoteAgenciesRelationship']> }>;
  NoteAgenciesConnectionAggregateInput: NoteAgenciesConnectionAggregateInput;
  NoteAgenciesConnectionFilters: NoteAgenciesConnectionFilters;
  NoteAgenciesConnectionSort: NoteAgenciesConnectionSort;
  NoteAgenciesConnectionWhere: NoteAgenciesConnectionWhere;
  NoteAgenciesDisconnectFieldInput: NoteAgenciesDisconnectFieldInput;
  NoteAgenciesFieldInput: NoteAgenciesFieldInput;
  NoteAgenciesNodeAggregationWhereInput: NoteAgenciesNodeAggregationWhereInput;
  NoteAgenciesRelationship: ResolverTypeWrapper<Omit<NoteAgenciesRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  NoteAgenciesUpdateFieldInput: NoteAgenciesUpdateFieldInput;
  NoteAgencyAgenciesAggregateSelection: ResolverTypeWrapper<NoteAgencyAgenciesAggregateSelection>;
  NoteAgencyAgenciesNodeAggregateSelection: ResolverTypeWrapper<NoteAgencyAgenciesNodeAggregateSelection>;
  NoteAggregate: ResolverTypeWrapper<NoteAggregate>;
  NoteAggregateNode: ResolverTypeWrapper<NoteAggregateNode>;
  NoteAssetAssetsAggregateSelection: ResolverTypeWrapper<NoteAssetAssetsAggregateSelection>;
  NoteAssetAssetsNodeAggregateSelection: ResolverTypeWrapper<NoteAssetAssetsNodeAggregateSelection>;
  NoteAssetsConnectFieldInput: NoteAssetsConnectFieldInput;
  NoteAssetsConnection: ResolverTypeWrapper<Omit<NoteAssetsConnection, 'edges'> & { edges: Array<ResolversTypes['NoteAssetsRelationship']> }>;
  NoteAssetsConnectionAggregateInput: NoteAssetsConnectionAggregateInput;
  NoteAssetsConnectionFilters: NoteAssetsConnectionFilters;
  NoteAssetsConnectionSort: NoteAssetsConnectionSort;
  NoteAssetsConnectionWhere: NoteAssetsConnectionWhere;
  NoteAssetsDisconnectFieldInput: NoteAssetsDisconnectFieldInput;
  NoteAssetsFieldInput: NoteAssetsFieldInput;
  NoteAssetsNodeAggregationWhereInput: NoteAssetsNodeAggregationWhereInput;
  NoteAssetsRelationship: ResolverTypeWrapper<Omit<NoteAssetsRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  NoteAssetsUpdateFieldInput: NoteAssetsUpdateFieldInput;
  NoteCreateInput: NoteCreateInput;
  NoteEdge: ResolverTypeWrapper<Omit<NoteEdge, 'node'> & { node: ResolversTypes['Note'] }>;
  NoteSort: NoteSort;
  NoteUpdateInput: NoteUpdateInput;
  NoteWhere: NoteWhere;
  NotesConnection: ResolverTypeWrapper<Omit<NotesConnection, 'edges'> & { edges: Array<ResolversTypes['NoteEdge']> }>;
  OpenDataPlan: ResolverTypeWrapper<Omit<OpenDataPlan, 'datasets' | 'figures' | 'figuresConnection' | 'issuedBy' | 'issuedByConnection'> & { datasets: Array<ResolversTypes['Dataset']>, figures: Array<ResolversTypes['Figure']>, figuresConnection: ResolversTypes['OpenDataPlanFiguresConnection'], issuedBy: Array<ResolversTypes['Agency']>, issuedByConnection: ResolversTypes['OpenDataPlanIssuedByConnection'] }>;
  OpenDataPlanAgencyIssuedByAggregateSelection: ResolverTypeWrapper<OpenDataPlanAgencyIssuedByAggregateSelection>;
  OpenDataPlanAgencyIssuedByEdgeAggregateSelection: ResolverTypeWrapper<OpenDataPlanAgencyIssuedByEdgeAggregateSelection>;
  OpenDataPlanAgencyIssuedByNodeAggregateSelection: ResolverTypeWrapper<OpenDataPlanAgencyIssuedByNodeAggregateSelection>;
  OpenDataPlanAggregate: ResolverTypeWrapper<OpenDataPlanAggregate>;
  OpenDataPlanAggregateNode: ResolverTypeWrapper<OpenDataPlanAggregateNode>;
  OpenDataPlanDatasetDatasetsAggregateSelection: ResolverTypeWrapper<OpenDataPlanDatasetDatasetsAggregateSelection>;
  OpenDataPlanDatasetDatasetsEdgeAggregateSelection: ResolverTypeWrapper<OpenDataPlanDatasetDatasetsEdgeAggregateSelection>;
  OpenDataPlanDatasetDatasetsNodeAggregateSelection: ResolverTypeWrapper<OpenDataPlanDatasetDatasetsNodeAggregateSelection>;
  OpenDataPlanDatasetsConnection: ResolverTypeWrapper<OpenDataPlanDatasetsConnection>;
  OpenDataPlanDatasetsConnectionAggregateInput: OpenDataPlanDatasetsConnectionAggregateInput;
  OpenDataPlanDatasetsConnectionFilters: OpenDataPlanDatasetsConnectionFilters;
  OpenDataPlanDatasetsConnectionSort: OpenDataPlanDatasetsConnectionSort;
  OpenDataPlanDatasetsConnectionWhere: OpenDataPlanDatasetsConnectionWhere;
  OpenDataPlanDatasetsNodeAggregationWhereInput: OpenDataPlanDatasetsNodeAggregationWhereInput;
  OpenDataPlanDatasetsRelationship: ResolverTypeWrapper<Omit<OpenDataPlanDatasetsRelationship, 'node'> & { node: ResolversTypes['Dataset'] }>;
  OpenDataPlanEdge: ResolverTypeWrapper<Omit<OpenDataPlanEdge, 'node'> & { node: ResolversTypes['OpenDataPlan'] }>;
  OpenDataPlanFigureFiguresAggregateSelection: ResolverTypeWrapper<OpenDataPlanFigureFiguresAggregateSelection>;
  OpenDataPlanFigureFiguresEdgeAggregateSelection: ResolverTypeWrapper<OpenDataPlanFigureFiguresEdgeAggregateSelection>;
  OpenDataPlanFigureFiguresNodeAggregateSelection: ResolverTypeWrapper<OpenDataPlanFigureFiguresNodeAggregateSelection>;
  OpenDataPlanFiguresConnection: ResolverTypeWrapper<Omit<OpenDataPlanFiguresConnection, 'edges'> & { edges: Array<ResolversTypes['OpenDataPlanFiguresRelationship']> }>;
  OpenDataPlanFiguresConnectionAggregateInput: OpenDataPlanFiguresConnectionAggregateInput;
  OpenDataPlanFiguresConnectionFilters: OpenDataPlanFiguresConnectionFilters;
  OpenDataPlanFiguresConnectionSort: OpenDataPlanFiguresConnectionSort;
  OpenDataPlanFiguresConnectionWhere: OpenDataPlanFiguresConnectionWhere;
  OpenDataPlanFiguresNodeAggregationWhereInput: OpenDataPlanFiguresNodeAggregationWhereInput;
  OpenDataPlanFiguresRelationship: ResolverTypeWrapper<Omit<OpenDataPlanFiguresRelationship, 'node'> & { node: ResolversTypes['Figure'] }>;
  OpenDataPlanIssuedByConnection: ResolverTypeWrapper<Omit<OpenDataPlanIssuedByConnection, 'edges'> & { edges: Array<ResolversTypes['OpenDataPlanIssuedByRelationship']> }>;
  OpenDataPlanIssuedByConnectionAggregateInput: OpenDataPlanIssuedByConnectionAggregateInput;
  OpenDataPlanIssuedByConnectionFilters: OpenDataPlanIssuedByConnectionFilters;
  OpenDataPlanIssuedByConnectionSort: OpenDataPlanIssuedByConnectionSort;
  OpenDataPlanIssuedByConnectionWhere: OpenDataPlanIssuedByConnectionWhere;
  OpenDataPlanIssuedByNodeAggregationWhereInput: OpenDataPlanIssuedByNodeAggregationWhereInput;
  OpenDataPlanIssuedByRelationship: ResolverTypeWrapper<Omit<OpenDataPlanIssuedByRelationship, 'node'> & { node: ResolversTypes['Agency'] }>;
  OpenDataPlanRelationshipFilters: OpenDataPlanRelationshipFilters;
  OpenDataPlanSort: OpenDataPlanSort;
  OpenDataPlanSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<OpenDataPlanSourceDocumentSourcesAggregateSelection>;
  OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection>;
  OpenDataPlanSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<OpenDataPlanSourceDocumentSourcesNodeAggregateSelection>;
  OpenDataPlanSourcesConnection: ResolverTypeWrapper<OpenDataPlanSourcesConnection>;
  OpenDataPlanSourcesConnectionAggregateInput: OpenDataPlanSourcesConnectionAggregateInput;
  OpenDataPlanSourcesConnectionFilters: OpenDataPlanSourcesConnectionFilters;
  OpenDataPlanSourcesConnectionSort: OpenDataPlanSourcesConnectionSort;
  OpenDataPlanSourcesConnectionWhere: OpenDataPlanSourcesConnectionWhere;
  OpenDataPlanSourcesNodeAggregationWhereInput: OpenDataPlanSourcesNodeAggregationWhereInput;
  OpenDataPlanSourcesRelationship: ResolverTypeWrapper<OpenDataPlanSourcesRelationship>;
  OpenDataPlanWhere: OpenDataPlanWhere;
  OpenDataPlansConnection: ResolverTypeWrapper<Omit<OpenDataPlansConnection, 'edges'> & { edges: Array<ResolversTypes['OpenDataPlanEdge']> }>;
  OwnershipFact: ResolverTypeWrapper<OwnershipFact>;
  OwnershipFactAggregationWhereInput: OwnershipFactAggregationWhereInput;
  OwnershipFactSort: OwnershipFactSort;
  OwnershipFactWhere: OwnershipFactWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartStatus: ResolverTypeWrapper<PartStatus>;
  PathEdge: ResolverTypeWrapper<PathEdge>;
  PathMode: PathMode;
  PathsResult: ResolverTypeWrapper<PathsResult>;
  Provenance: ResolverTypeWrapper<Provenance>;
  ProvenanceAggregationWhereInput: ProvenanceAggregationWhereInput;
  ProvenanceSort: ProvenanceSort;
  ProvenanceWhere: ProvenanceWhere;
  QualityEntry: ResolverTypeWrapper<QualityEntry>;
  QualityProblem: QualityProblem;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedundantCopies: ResolverTypeWrapper<RedundantCopies>;
  RedundantCopy: ResolverTypeWrapper<RedundantCopy>;
  ReferenceImportResult: ResolverTypeWrapper<ReferenceImportResult>;
  ReferenceKind: ResolverTypeWrapper<ReferenceKind>;
  RegularTraffic: ResolverTypeWrapper<RegularTraffic>;
  RegularTrafficInput: RegularTrafficInput;
  ReportedAgencyFigures: ResolverTypeWrapper<ReportedAgencyFigures>;
  ReportedCatalogueSpread: ResolverTypeWrapper<ReportedCatalogueSpread>;
  ReportedServiceFigures: ResolverTypeWrapper<ReportedServiceFigures>;
  RequiredStatus: RequiredStatus;
  ResponsibilityConflict: ResolverTypeWrapper<ResponsibilityConflict>;
  ResponsibilityConflicts: ResolverTypeWrapper<ResponsibilityConflicts>;
  RolledUpGap: ResolverTypeWrapper<RolledUpGap>;
  RuleLink: ResolverTypeWrapper<RuleLink>;
  RuleLinkAggregationWhereInput: RuleLinkAggregationWhereInput;
  RuleLinkSort: RuleLinkSort;
  RuleLinkWhere: RuleLinkWhere;
  ScorePart: ResolverTypeWrapper<ScorePart>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchType: SearchType;
  Service: ResolverTypeWrapper<Omit<Service, 'consumers' | 'consumersConnection' | 'figures' | 'figuresConnection' | 'platform' | 'platformConnection' | 'provider' | 'providerConnection'> & { consumers: Array<ResolversTypes['ServiceConsumer']>, consumersConnection: ResolversTypes['ServiceConsumersConnection'], figures: Array<ResolversTypes['Figure']>, figuresConnection: ResolversTypes['ServiceFiguresConnection'], platform: Array<ResolversTypes['Asset']>, platformConnection: ResolversTypes['ServicePlatformConnection'], provider: Array<ResolversTypes['Asset']>, providerConnection: ResolversTypes['ServiceProviderConnection'] }>;
  ServiceAggregate: ResolverTypeWrapper<ServiceAggregate>;
  ServiceAggregateNode: ResolverTypeWrapper<ServiceAggregateNode>;
  ServiceAssetPlatformAggregateSelection: ResolverTypeWrapper<ServiceAssetPlatformAggregateSelection>;
  ServiceAssetPlatformEdgeAggregateSelection: ResolverTypeWrapper<ServiceAssetPlatformEdgeAggregateSelection>;
  ServiceAssetPlatformNodeAggregateSelection: ResolverTypeWrapper<ServiceAssetPlatformNodeAggregateSelection>;
  ServiceAssetProviderAggregateSelection: ResolverTypeWrapper<ServiceAssetProviderAggregateSelection>;
  ServiceAssetProviderEdgeAggregateSelection: ResolverTypeWrapper<ServiceAssetProviderEdgeAggregateSelection>;
  ServiceAssetProviderNodeAggregateSelection: ResolverTypeWrapper<ServiceAssetProviderNodeAggregateSelection>;
  ServiceConsumer: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ServiceConsumer']>;
  ServiceConsumerRelationshipFilters: ServiceConsumerRelationshipFilters;
  ServiceConsumerWhere: ServiceConsumerWhere;
  ServiceConsumers: ResolverTypeWrapper<ServiceConsumers>;
  ServiceConsumersAgencyConnectionWhere: ServiceConsumersAgencyConnectionWhere;
  ServiceConsumersAssetConnectionWhere: ServiceConsumersAssetConnectionWhere;
  ServiceConsumersConnection: ResolverTypeWrapper<Omit<ServiceConsumersConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceConsumersRelationship']> }>;
  ServiceConsumersConnectionFilters: ServiceConsumersConnectionFilters;
  ServiceConsumersConnectionSort: ServiceConsumersConnectionSort;
  ServiceConsumersConnectionWhere: ServiceConsumersConnectionWhere;
  ServiceConsumersRelationship: ResolverTypeWrapper<Omit<ServiceConsumersRelationship, 'node'> & { node: ResolversTypes['ServiceConsumer'] }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFigureFiguresAggregateSelection: ResolverTypeWrapper<ServiceFigureFiguresAggregateSelection>;
  ServiceFigureFiguresEdgeAggregateSelection: ResolverTypeWrapper<ServiceFigureFiguresEdgeAggregateSelection>;
  ServiceFigureFiguresNodeAggregateSelection: ResolverTypeWrapper<ServiceFigureFiguresNodeAggregateSelection>;
  ServiceFiguresConnection: ResolverTypeWrapper<Omit<ServiceFiguresConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceFiguresRelationship']> }>;
  ServiceFiguresConnectionAggregateInput: ServiceFiguresConnectionAggregateInput;
  ServiceFiguresConnectionFilters: ServiceFiguresConnectionFilters;
  ServiceFiguresConnectionSort: ServiceFiguresConnectionSort;
  ServiceFiguresConnectionWhere: ServiceFiguresConnectionWhere;
  ServiceFiguresNodeAggregationWhereInput: ServiceFiguresNodeAggregationWhereInput;
  ServiceFiguresRelationship: ResolverTypeWrapper<Omit<ServiceFiguresRelationship, 'node'> & { node: ResolversTypes['Figure'] }>;
  ServicePlatformConnection: ResolverTypeWrapper<Omit<ServicePlatformConnection, 'edges'> & { edges: Array<ResolversTypes['ServicePlatformRelationship']> }>;
  ServicePlatformConnectionAggregateInput: ServicePlatformConnectionAggregateInput;
  ServicePlatformConnectionFilters: ServicePlatformConnectionFilters;
  ServicePlatformConnectionSort: ServicePlatformConnectionSort;
  ServicePlatformConnectionWhere: ServicePlatformConnectionWhere;
  ServicePlatformNodeAggregationWhereInput: ServicePlatformNodeAggregationWhereInput;
  ServicePlatformRelationship: ResolverTypeWrapper<Omit<ServicePlatformRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  ServiceProviderConnection: ResolverTypeWrapper<Omit<ServiceProviderConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceProviderRelationship']> }>;
  ServiceProviderConnectionAggregateInput: ServiceProviderConnectionAggregateInput;
  ServiceProviderConnectionFilters: ServiceProviderConnectionFilters;
  ServiceProviderConnectionSort: ServiceProviderConnectionSort;
  ServiceProviderConnectionWhere: ServiceProviderConnectionWhere;
  ServiceProviderNodeAggregationWhereInput: ServiceProviderNodeAggregationWhereInput;
  ServiceProviderRelationship: ResolverTypeWrapper<Omit<ServiceProviderRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  ServiceRelationshipFilters: ServiceRelationshipFilters;
  ServiceSort: ServiceSort;
  ServiceSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<ServiceSourceDocumentSourcesAggregateSelection>;
  ServiceSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<ServiceSourceDocumentSourcesEdgeAggregateSelection>;
  ServiceSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<ServiceSourceDocumentSourcesNodeAggregateSelection>;
  ServiceSourcesConnection: ResolverTypeWrapper<ServiceSourcesConnection>;
  ServiceSourcesConnectionAggregateInput: ServiceSourcesConnectionAggregateInput;
  ServiceSourcesConnectionFilters: ServiceSourcesConnectionFilters;
  ServiceSourcesConnectionSort: ServiceSourcesConnectionSort;
  ServiceSourcesConnectionWhere: ServiceSourcesConnectionWhere;
  ServiceSourcesNodeAggregationWhereInput: ServiceSourcesNodeAggregationWhereInput;
  ServiceSourcesRelationship: ResolverTypeWrapper<ServiceSourcesRelationship>;
  ServiceSummary: ResolverTypeWrapper<ServiceSummary>;
  ServiceUsage: ResolverTypeWrapper<ServiceUsage>;
  ServiceWhere: ServiceWhere;
  ServicesConnection: ResolverTypeWrapper<Omit<ServicesConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  Snapshot: Snapshot;
  SnapshotConnectionCount: ResolverTypeWrapper<SnapshotConnectionCount>;
  SnapshotDiff: ResolverTypeWrapper<SnapshotDiff>;
  SnapshotEnumScalarFilters: SnapshotEnumScalarFilters;
  SortDirection: SortDirection;
  SourceDocument: ResolverTypeWrapper<SourceDocument>;
  SourceDocumentAggregate: ResolverTypeWrapper<SourceDocumentAggregate>;
  SourceDocumentAggregateNode: ResolverTypeWrapper<SourceDocumentAggregateNode>;
  SourceDocumentEdge: ResolverTypeWrapper<SourceDocumentEdge>;
  SourceDocumentRelationshipFilters: SourceDocumentRelationshipFilters;
  SourceDocumentSort: SourceDocumentSort;
  SourceDocumentWhere: SourceDocumentWhere;
  SourceDocumentsConnection: ResolverTypeWrapper<SourceDocumentsConnection>;
  Standard: ResolverTypeWrapper<Omit<Standard, 'governs' | 'governsConnection'> & { governs: Array<ResolversTypes['Asset']>, governsConnection: ResolversTypes['StandardGovernsConnection'] }>;
  StandardAggregate: ResolverTypeWrapper<StandardAggregate>;
  StandardAggregateNode: ResolverTypeWrapper<StandardAggregateNode>;
  StandardAssetGovernsAggregateSelection: ResolverTypeWrapper<StandardAssetGovernsAggregateSelection>;
  StandardAssetGovernsEdgeAggregateSelection: ResolverTypeWrapper<StandardAssetGovernsEdgeAggregateSelection>;
  StandardAssetGovernsNodeAggregateSelection: ResolverTypeWrapper<StandardAssetGovernsNodeAggregateSelection>;
  StandardEdge: ResolverTypeWrapper<Omit<StandardEdge, 'node'> & { node: ResolversTypes['Standard'] }>;
  StandardGovernsConnection: ResolverTypeWrapper<Omit<StandardGovernsConnection, 'edges'> & { edges: Array<ResolversTypes['StandardGovernsRelationship']> }>;
  StandardGovernsConnectionAggregateInput: StandardGovernsConnectionAggregateInput;
  StandardGovernsConnectionFilters: StandardGovernsConnectionFilters;
  StandardGovernsConnectionSort: StandardGovernsConnectionSort;
  StandardGovernsConnectionWhere: StandardGovernsConnectionWhere;
  StandardGovernsNodeAggregationWhereInput: StandardGovernsNodeAggregationWhereInput;
  StandardGovernsRelationship: ResolverTypeWrapper<Omit<StandardGovernsRelationship, 'node'> & { node: ResolversTypes['Asset'] }>;
  StandardRelationshipFilters: StandardRelationshipFilters;
  StandardSort: StandardSort;
  StandardSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<StandardSourceDocumentSourcesAggregateSelection>;
  StandardSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<StandardSourceDocumentSourcesEdgeAggregateSelection>;
  StandardSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<StandardSourceDocumentSourcesNodeAggregateSelection>;
  StandardSourcesConnection: ResolverTypeWrapper<StandardSourcesConnection>;
  StandardSourcesConnectionAggregateInput: StandardSourcesConnectionAggregateInput;
  StandardSourcesConnectionFilters: StandardSourcesConnectionFilters;
  StandardSourcesConnectionSort: StandardSourcesConnectionSort;
  StandardSourcesConnectionWhere: StandardSourcesConnectionWhere;
  StandardSourcesNodeAggregationWhereInput: StandardSourcesNodeAggregationWhereInput;
  StandardSourcesRelationship: ResolverTypeWrapper<StandardSourcesRelationship>;
  StandardWhere: StandardWhere;
  StandardsConnection: ResolverTypeWrapper<Omit<StandardsConnection, 'edges'> & { edges: Array<ResolversTypes['StandardEdge']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  Succession: ResolverTypeWrapper<Succession>;
  SuccessionAggregationWhereInput: SuccessionAggregationWhereInput;
  SuccessionSort: SuccessionSort;
  SuccessionWhere: SuccessionWhere;
  Target: ResolverTypeWrapper<Omit<Target, 'measuredBy'> & { measuredBy: Array<ResolversTypes['AgencyList']> }>;
  TargetAgencyListMeasuredByAggregateSelection: ResolverTypeWrapper<TargetAgencyListMeasuredByAggregateSelection>;
  TargetAgencyListMeasuredByEdgeAggregateSelection: ResolverTypeWrapper<TargetAgencyListMeasuredByEdgeAggregateSelection>;
  TargetAgencyListMeasuredByNodeAggregateSelection: ResolverTypeWrapper<TargetAgencyListMeasuredByNodeAggregateSelection>;
  TargetAggregate: ResolverTypeWrapper<TargetAggregate>;
  TargetAggregateNode: ResolverTypeWrapper<TargetAggregateNode>;
  TargetComparator: TargetComparator;
  TargetComparatorEnumScalarFilters: TargetComparatorEnumScalarFilters;
  TargetEdge: ResolverTypeWrapper<TargetEdge>;
  TargetEvidence: ResolverTypeWrapper<TargetEvidence>;
  TargetMeasuredByConnection: ResolverTypeWrapper<TargetMeasuredByConnection>;
  TargetMeasuredByConnectionAggregateInput: TargetMeasuredByConnectionAggregateInput;
  TargetMeasuredByConnectionFilters: TargetMeasuredByConnectionFilters;
  TargetMeasuredByConnectionSort: TargetMeasuredByConnectionSort;
  TargetMeasuredByConnectionWhere: TargetMeasuredByConnectionWhere;
  TargetMeasuredByNodeAggregationWhereInput: TargetMeasuredByNodeAggregationWhereInput;
  TargetMeasuredByRelationship: ResolverTypeWrapper<Omit<TargetMeasuredByRelationship, 'node'> & { node: ResolversTypes['AgencyList'] }>;
  TargetProgress: ResolverTypeWrapper<TargetProgress>;
  TargetRelationshipFilters: TargetRelationshipFilters;
  TargetSort: TargetSort;
  TargetSourceDocumentSourcesAggregateSelection: ResolverTypeWrapper<TargetSourceDocumentSourcesAggregateSelection>;
  TargetSourceDocumentSourcesEdgeAggregateSelection: ResolverTypeWrapper<TargetSourceDocumentSourcesEdgeAggregateSelection>;
  TargetSourceDocumentSourcesNodeAggregateSelection: ResolverTypeWrapper<TargetSourceDocumentSourcesNodeAggregateSelection>;
  TargetSourcesConnection: ResolverTypeWrapper<TargetSourcesConnection>;
  TargetSourcesConnectionAggregateInput: TargetSourcesConnectionAggregateInput;
  TargetSourcesConnectionFilters: TargetSourcesConnectionFilters;
  TargetSourcesConnectionSort: TargetSourcesConnectionSort;
  TargetSourcesConnectionWhere: TargetSourcesConnectionWhere;
  TargetSourcesNodeAggregationWhereInput: TargetSourcesNodeAggregationWhereInput;
  TargetSourcesRelationship: ResolverTypeWrapper<TargetSourcesRelationship>;
  TargetWhere: TargetWhere;
  TargetsConnection: ResolverTypeWrapper<TargetsConnection>;
  Tier: Tier;
  TimelineChange: ResolverTypeWrapper<TimelineChange>;
  TimelineCitation: ResolverTypeWrapper<TimelineCitation>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntry>;
  TimelineKind: TimelineKind;
  UpdateInfo: ResolverTypeWrapper<UpdateInfo>;
  UpdateNotesMutationResponse: ResolverTypeWrapper<Omit<UpdateNotesMutationResponse, 'notes'> & { notes: Array<ResolversTypes['Note']> }>;
  UsageBasis: UsageBasis;
  UsageFormat: UsageFormat;
  UsageImportInfo: ResolverTypeWrapper<UsageImportInfo>;
  UsageImportResult: ResolverTypeWrapper<UsageImportResult>;
  UsageImports: ResolverTypeWrapper<UsageImports>;
  UsageMonth: ResolverTypeWrapper<UsageMonth>;
  UsagePart: ResolverTypeWrapper<UsagePart>;
  UsageSourceRef: ResolverTypeWrapper<UsageSourceRef>;
  UsageTotal: ResolverTypeWrapper<UsageTotal>;
  UsageTotals: ResolverTypeWrapper<UsageTotals>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agencies2025Connection: Omit<Agencies2025Connection, 'edges'> & { edges: Array<ResolversParentTypes['Agency2025Edge']> };
  AgenciesConnection: Omit<AgenciesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyEdge']> };
  AgenciesWithoutInventory: AgenciesWithoutInventory;
  Agency: Omit<Agency, 'connectedAssets' | 'connectedAssetsConnection' | 'datasets' | 'datasetsConnection' | 'figures' | 'figuresConnection' | 'inventory' | 'inventoryConnection' | 'listedIn' | 'listedInConnection' | 'ownedAssets' | 'ownedAssetsConnection' | 'parent' | 'parentConnection' | 'plans' | 'plansConnection' | 'successors' | 'units' | 'unitsConnection'> & { connectedAssets: Array<ResolversParentTypes['Asset']>, connectedAssetsConnection: ResolversParentTypes['AgencyConnectedAssetsConnection'], datasets: Array<ResolversParentTypes['Dataset']>, datasetsConnection: ResolversParentTypes['AgencyDatasetsConnection'], figures: Array<ResolversParentTypes['Figure']>, figuresConnection: ResolversParentTypes['AgencyFiguresConnection'], inventory: Array<ResolversParentTypes['InventoryEntry']>, inventoryConnection: ResolversParentTypes['AgencyInventoryConnection'], listedIn: Array<ResolversParentTypes['AgencyList']>, listedInConnection: ResolversParentTypes['AgencyListedInConnection'], ownedAssets: Array<ResolversParentTypes['Asset']>, ownedAssetsConnection: ResolversParentTypes['AgencyOwnedAssetsConnection'], parent: Array<ResolversParentTypes['Agency']>, parentConnection: ResolversParentTypes['AgencyParentConnection'], plans: Array<ResolversParentTypes['OpenDataPlan']>, plansConnection: ResolversParentTypes['AgencyPlansConnection'], successors: Array<ResolversParentTypes['Agency2025']>, units: Array<ResolversParentTypes['Agency']>, unitsConnection: ResolversParentTypes['AgencyUnitsConnection'] };
  Agency2025: Omit<Agency2025, 'predecessors' | 'predecessorsConnection'> & { predecessors: Array<ResolversParentTypes['Agency']>, predecessorsConnection: ResolversParentTypes['Agency2025PredecessorsConnection'] };
  Agency2025AgencyPredecessorsAggregateSelection: Agency2025AgencyPredecessorsAggregateSelection;
  Agency2025AgencyPredecessorsEdgeAggregateSelection: Agency2025AgencyPredecessorsEdgeAggregateSelection;
  Agency2025AgencyPredecessorsNodeAggregateSelection: Agency2025AgencyPredecessorsNodeAggregateSelection;
  Agency2025Aggregate: Agency2025Aggregate;
  Agency2025AggregateNode: Agency2025AggregateNode;
  Agency2025Edge: Omit<Agency2025Edge, 'node'> & { node: ResolversParentTypes['Agency2025'] };
  Agency2025PredecessorsConnection: Omit<Agency2025PredecessorsConnection, 'edges'> & { edges: Array<ResolversParentTypes['Agency2025PredecessorsRelationship']> };
  Agency2025PredecessorsConnectionAggregateInput: Agency2025PredecessorsConnectionAggregateInput;
  Agency2025PredecessorsConnectionFilters: Agency2025PredecessorsConnectionFilters;
  Agency2025PredecessorsConnectionSort: Agency2025PredecessorsConnectionSort;
  Agency2025PredecessorsConnectionWhere: Agency2025PredecessorsConnectionWhere;
  Agency2025PredecessorsNodeAggregationWhereInput: Agency2025PredecessorsNodeAggregationWhereInput;
  Agency2025PredecessorsRelationship: Omit<Agency2025PredecessorsRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  Agency2025RelationshipFilters: Agency2025RelationshipFilters;
  Agency2025Sort: Agency2025Sort;
  Agency2025SourceDocumentSourcesAggregateSelection: Agency2025SourceDocumentSourcesAggregateSelection;
  Agency2025SourceDocumentSourcesEdgeAggregateSelection: Agency2025SourceDocumentSourcesEdgeAggregateSelection;
  Agency2025SourceDocumentSourcesNodeAggregateSelection: Agency2025SourceDocumentSourcesNodeAggregateSelection;
  Agency2025SourcesConnection: Agency2025SourcesConnection;
  Agency2025SourcesConnectionAggregateInput: Agency2025SourcesConnectionAggregateInput;
  Agency2025SourcesConnectionFilters: Agency2025SourcesConnectionFilters;
  Agency2025SourcesConnectionSort: Agency2025SourcesConnectionSort;
  Agency2025SourcesConnectionWhere: Agency2025SourcesConnectionWhere;
  Agency2025SourcesNodeAggregationWhereInput: Agency2025SourcesNodeAggregationWhereInput;
  Agency2025SourcesRelationship: Agency2025SourcesRelationship;
  Agency2025Where: Agency2025Where;
  AgencyAgency2025SuccessorsAggregateSelection: AgencyAgency2025SuccessorsAggregateSelection;
  AgencyAgency2025SuccessorsEdgeAggregateSelection: AgencyAgency2025SuccessorsEdgeAggregateSelection;
  AgencyAgency2025SuccessorsNodeAggregateSelection: AgencyAgency2025SuccessorsNodeAggregateSelection;
  AgencyAgencyListListedInAggregateSelection: AgencyAgencyListListedInAggregateSelection;
  AgencyAgencyListListedInEdgeAggregateSelection: AgencyAgencyListListedInEdgeAggregateSelection;
  AgencyAgencyListListedInNodeAggregateSelection: AgencyAgencyListListedInNodeAggregateSelection;
  AgencyAgencyParentAggregateSelection: AgencyAgencyParentAggregateSelection;
  AgencyAgencyParentEdgeAggregateSelection: AgencyAgencyParentEdgeAggregateSelection;
  AgencyAgencyParentNodeAggregateSelection: AgencyAgencyParentNodeAggregateSelection;
  AgencyAgencyUnitsAggregateSelection: AgencyAgencyUnitsAggregateSelection;
  AgencyAgencyUnitsEdgeAggregateSelection: AgencyAgencyUnitsEdgeAggregateSelection;
  AgencyAgencyUnitsNodeAggregateSelection: AgencyAgencyUnitsNodeAggregateSelection;
  AgencyAggregate: AgencyAggregate;
  AgencyAggregateNode: AgencyAggregateNode;
  AgencyAssetConnectedAssetsAggregateSelection: AgencyAssetConnectedAssetsAggregateSelection;
  AgencyAssetConnectedAssetsEdgeAggregateSelection: AgencyAssetConnectedAssetsEdgeAggregateSelection;
  AgencyAssetConnectedAssetsNodeAggregateSelection: AgencyAssetConnectedAssetsNodeAggregateSelection;
  AgencyAssetOwnedAssetsAggregateSelection: AgencyAssetOwnedAssetsAggregateSelection;
  AgencyAssetOwnedAssetsEdgeAggregateSelection: AgencyAssetOwnedAssetsEdgeAggregateSelection;
  AgencyAssetOwnedAssetsNodeAggregateSelection: AgencyAssetOwnedAssetsNodeAggregateSelection;
  AgencyConnectWhere: AgencyConnectWhere;
  AgencyConnectedAssetsConnection: Omit<AgencyConnectedAssetsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyConnectedAssetsRelationship']> };
  AgencyConnectedAssetsConnectionAggregateInput: AgencyConnectedAssetsConnectionAggregateInput;
  AgencyConnectedAssetsConnectionFilters: AgencyConnectedAssetsConnectionFilters;
  AgencyConnectedAssetsConnectionSort: AgencyConnectedAssetsConnectionSort;
  AgencyConnectedAssetsConnectionWhere: AgencyConnectedAssetsConnectionWhere;
  AgencyConnectedAssetsNodeAggregationWhereInput: AgencyConnectedAssetsNodeAggregationWhereInput;
  AgencyConnectedAssetsRelationship: Omit<AgencyConnectedAssetsRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  AgencyDatasetDatasetsAggregateSelection: AgencyDatasetDatasetsAggregateSelection;
  AgencyDatasetDatasetsEdgeAggregateSelection: AgencyDatasetDatasetsEdgeAggregateSelection;
  AgencyDatasetDatasetsNodeAggregateSelection: AgencyDatasetDatasetsNodeAggregateSelection;
  AgencyDatasetsConnection: Omit<AgencyDatasetsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyDatasetsRelationship']> };
  AgencyDatasetsConnectionAggregateInput: AgencyDatasetsConnectionAggregateInput;
  AgencyDatasetsConnectionFilters: AgencyDatasetsConnectionFilters;
  AgencyDatasetsConnectionSort: AgencyDatasetsConnectionSort;
  AgencyDatasetsConnectionWhere: AgencyDatasetsConnectionWhere;
  AgencyDatasetsNodeAggregationWhereInput: AgencyDatasetsNodeAggregationWhereInput;
  AgencyDatasetsRelationship: Omit<AgencyDatasetsRelationship, 'node'> & { node: ResolversParentTypes['Dataset'] };
  AgencyDependencies: AgencyDependencies;
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFigureFiguresAggregateSelection: AgencyFigureFiguresAggregateSelection;
  AgencyFigureFiguresEdgeAggregateSelection: AgencyFigureFiguresEdgeAggregateSelection;
  AgencyFigureFiguresNodeAggregateSelection: AgencyFigureFiguresNodeAggregateSelection;
  AgencyFiguresConnection: Omit<AgencyFiguresConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyFiguresRelationship']> };
  AgencyFiguresConnectionAggregateInput: AgencyFiguresConnectionAggregateInput;
  AgencyFiguresConnectionFilters: AgencyFiguresConnectionFilters;
  AgencyFiguresConnectionSort: AgencyFiguresConnectionSort;
  AgencyFiguresConnectionWhere: AgencyFiguresConnectionWhere;
  AgencyFiguresNodeAggregationWhereInput: AgencyFiguresNodeAggregationWhereInput;
  AgencyFiguresRelationship: Omit<AgencyFiguresRelationship, 'node'> & { node: ResolversParentTypes['Figure'] };
  AgencyInventoryConnection: Omit<AgencyInventoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyInventoryRelationship']> };
  AgencyInventoryConnectionAggregateInput: AgencyInventoryConnectionAggregateInput;
  AgencyInventoryConnectionFilters: AgencyInventoryConnectionFilters;
  AgencyInventoryConnectionSort: AgencyInventoryConnectionSort;
  AgencyInventoryConnectionWhere: AgencyInventoryConnectionWhere;
  AgencyInventoryEntryInventoryAggregateSelection: AgencyInventoryEntryInventoryAggregateSelection;
  AgencyInventoryEntryInventoryEdgeAggregateSelection: AgencyInventoryEntryInventoryEdgeAggregateSelection;
  AgencyInventoryEntryInventoryNodeAggregateSelection: AgencyInventoryEntryInventoryNodeAggregateSelection;
  AgencyInventoryNodeAggregationWhereInput: AgencyInventoryNodeAggregationWhereInput;
  AgencyInventoryRelationship: Omit<AgencyInventoryRelationship, 'node'> & { node: ResolversParentTypes['InventoryEntry'] };
  AgencyKindEnumScalarFilters: AgencyKindEnumScalarFilters;
  AgencyList: Omit<AgencyList, 'members' | 'membersConnection'> & { members: Array<ResolversParentTypes['Agency']>, membersConnection: ResolversParentTypes['AgencyListMembersConnection'] };
  AgencyListAgencyMembersAggregateSelection: AgencyListAgencyMembersAggregateSelection;
  AgencyListAgencyMembersEdgeAggregateSelection: AgencyListAgencyMembersEdgeAggregateSelection;
  AgencyListAgencyMembersNodeAggregateSelection: AgencyListAgencyMembersNodeAggregateSelection;
  AgencyListAggregate: AgencyListAggregate;
  AgencyListAggregateNode: AgencyListAggregateNode;
  AgencyListEdge: Omit<AgencyListEdge, 'node'> & { node: ResolversParentTypes['AgencyList'] };
  AgencyListKindEnumScalarFilters: AgencyListKindEnumScalarFilters;
  AgencyListMeasuresConnection: AgencyListMeasuresConnection;
  AgencyListMeasuresConnectionAggregateInput: AgencyListMeasuresConnectionAggregateInput;
  AgencyListMeasuresConnectionFilters: AgencyListMeasuresConnectionFilters;
  AgencyListMeasuresConnectionSort: AgencyListMeasuresConnectionSort;
  AgencyListMeasuresConnectionWhere: AgencyListMeasuresConnectionWhere;
  AgencyListMeasuresNodeAggregationWhereInput: AgencyListMeasuresNodeAggregationWhereInput;
  AgencyListMeasuresRelationship: AgencyListMeasuresRelationship;
  AgencyListMembersConnection: Omit<AgencyListMembersConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyListMembersRelationship']> };
  AgencyListMembersConnectionAggregateInput: AgencyListMembersConnectionAggregateInput;
  AgencyListMembersConnectionFilters: AgencyListMembersConnectionFilters;
  AgencyListMembersConnectionSort: AgencyListMembersConnectionSort;
  AgencyListMembersConnectionWhere: AgencyListMembersConnectionWhere;
  AgencyListMembersNodeAggregationWhereInput: AgencyListMembersNodeAggregationWhereInput;
  AgencyListMembersRelationship: Omit<AgencyListMembersRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyListRelationshipFilters: AgencyListRelationshipFilters;
  AgencyListSort: AgencyListSort;
  AgencyListSourceDocumentSourcesAggregateSelection: AgencyListSourceDocumentSourcesAggregateSelection;
  AgencyListSourceDocumentSourcesEdgeAggregateSelection: AgencyListSourceDocumentSourcesEdgeAggregateSelection;
  AgencyListSourceDocumentSourcesNodeAggregateSelection: AgencyListSourceDocumentSourcesNodeAggregateSelection;
  AgencyListSourcesConnection: AgencyListSourcesConnection;
  AgencyListSourcesConnectionAggregateInput: AgencyListSourcesConnectionAggregateInput;
  AgencyListSourcesConnectionFilters: AgencyListSourcesConnectionFilters;
  AgencyListSourcesConnectionSort: AgencyListSourcesConnectionSort;
  AgencyListSourcesConnectionWhere: AgencyListSourcesConnectionWhere;
  AgencyListSourcesNodeAggregationWhereInput: AgencyListSourcesNodeAggregationWhereInput;
  AgencyListSourcesRelationship: AgencyListSourcesRelationship;
  AgencyListTargetMeasuresAggregateSelection: AgencyListTargetMeasuresAggregateSelection;
  AgencyListTargetMeasuresEdgeAggregateSelection: AgencyListTargetMeasuresEdgeAggregateSelection;
  AgencyListTargetMeasuresNodeAggregateSelection: AgencyListTargetMeasuresNodeAggregateSelection;
  AgencyListWhere: AgencyListWhere;
  AgencyListedInConnection: Omit<AgencyListedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyListedInRelationship']> };
  AgencyListedInConnectionAggregateInput: AgencyListedInConnectionAggregateInput;
  AgencyListedInConnectionFilters: AgencyListedInConnectionFilters;
  AgencyListedInConnectionSort: AgencyListedInConnectionSort;
  AgencyListedInConnectionWhere: AgencyListedInConnectionWhere;
  AgencyListedInNodeAggregationWhereInput: AgencyListedInNodeAggregationWhereInput;
  AgencyListedInRelationship: Omit<AgencyListedInRelationship, 'node'> & { node: ResolversParentTypes['AgencyList'] };
  AgencyListsConnection: Omit<AgencyListsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyListEdge']> };
  AgencyOpenDataPlanPlansAggregateSelection: AgencyOpenDataPlanPlansAggregateSelection;
  AgencyOpenDataPlanPlansEdgeAggregateSelection: AgencyOpenDataPlanPlansEdgeAggregateSelection;
  AgencyOpenDataPlanPlansNodeAggregateSelection: AgencyOpenDataPlanPlansNodeAggregateSelection;
  AgencyOwnedAssetsConnection: Omit<AgencyOwnedAssetsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyOwnedAssetsRelationship']> };
  AgencyOwnedAssetsConnectionAggregateInput: AgencyOwnedAssetsConnectionAggregateInput;
  AgencyOwnedAssetsConnectionFilters: AgencyOwnedAssetsConnectionFilters;
  AgencyOwnedAssetsConnectionSort: AgencyOwnedAssetsConnectionSort;
  AgencyOwnedAssetsConnectionWhere: AgencyOwnedAssetsConnectionWhere;
  AgencyOwnedAssetsNodeAggregationWhereInput: AgencyOwnedAssetsNodeAggregationWhereInput;
  AgencyOwnedAssetsRelationship: Omit<AgencyOwnedAssetsRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  AgencyParentConnection: Omit<AgencyParentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyParentRelationship']> };
  AgencyParentConnectionAggregateInput: AgencyParentConnectionAggregateInput;
  AgencyParentConnectionFilters: AgencyParentConnectionFilters;
  AgencyParentConnectionSort: AgencyParentConnectionSort;
  AgencyParentConnectionWhere: AgencyParentConnectionWhere;
  AgencyParentNodeAggregationWhereInput: AgencyParentNodeAggregationWhereInput;
  AgencyParentRelationship: Omit<AgencyParentRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyPlansConnection: Omit<AgencyPlansConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyPlansRelationship']> };
  AgencyPlansConnectionAggregateInput: AgencyPlansConnectionAggregateInput;
  AgencyPlansConnectionFilters: AgencyPlansConnectionFilters;
  AgencyPlansConnectionSort: AgencyPlansConnectionSort;
  AgencyPlansConnectionWhere: AgencyPlansConnectionWhere;
  AgencyPlansNodeAggregationWhereInput: AgencyPlansNodeAggregationWhereInput;
  AgencyPlansRelationship: Omit<AgencyPlansRelationship, 'node'> & { node: ResolversParentTypes['OpenDataPlan'] };
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
  AgencySuccessorsConnection: AgencySuccessorsConnection;
  AgencySuccessorsConnectionAggregateInput: AgencySuccessorsConnectionAggregateInput;
  AgencySuccessorsConnectionFilters: AgencySuccessorsConnectionFilters;
  AgencySuccessorsConnectionSort: AgencySuccessorsConnectionSort;
  AgencySuccessorsConnectionWhere: AgencySuccessorsConnectionWhere;
  AgencySuccessorsNodeAggregationWhereInput: AgencySuccessorsNodeAggregationWhereInput;
  AgencySuccessorsRelationship: Omit<AgencySuccessorsRelationship, 'node'> & { node: ResolversParentTypes['Agency2025'] };
  AgencyUnitsConnection: Omit<AgencyUnitsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyUnitsRelationship']> };
  AgencyUnitsConnectionAggregateInput: AgencyUnitsConnectionAggregateInput;
  AgencyUnitsConnectionFilters: AgencyUnitsConnectionFilters;
  AgencyUnitsConnectionSort: AgencyUnitsConnectionSort;
  AgencyUnitsConnectionWhere: AgencyUnitsConnectionWhere;
  AgencyUnitsNodeAggregationWhereInput: AgencyUnitsNodeAggregationWhereInput;
  AgencyUnitsRelationship: Omit<AgencyUnitsRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyWhere: AgencyWhere;
  Asset: Omit<Asset, 'components' | 'connectedAgencies' | 'consumes' | 'consumesConnection' | 'figures' | 'figuresConnection' | 'owners' | 'owners2025' | 'partOf' | 'partOfConnection' | 'services' | 'servicesConnection' | 'standards' | 'standardsConnection' | 'transitingServices' | 'transitingServicesConnection'> & { components: Array<ResolversParentTypes['Asset']>, connectedAgencies: Array<ResolversParentTypes['Agency']>, consumes: Array<ResolversParentTypes['Service']>, consumesConnection: ResolversParentTypes['AssetConsumesConnection'], figures: Array<ResolversParentTypes['Figure']>, figuresConnection: ResolversParentTypes['AssetFiguresConnection'], owners: Array<ResolversParentTypes['Agency']>, owners2025: Array<ResolversParentTypes['Agency2025']>, partOf: Array<ResolversParentTypes['Asset']>, partOfConnection: ResolversParentTypes['AssetPartOfConnection'], services: Array<ResolversParentTypes['Service']>, servicesConnection: ResolversParentTypes['AssetServicesConnection'], standards: Array<ResolversParentTypes['Standard']>, standardsConnection: ResolversParentTypes['AssetStandardsConnection'], transitingServices: Array<ResolversParentTypes['Service']>, transitingServicesConnection: ResolversParentTypes['AssetTransitingServicesConnection'] };
  AssetAgencyConnectedAgenciesAggregateSelection: AssetAgencyConnectedAgenciesAggregateSelection;
  AssetAgencyConnectedAgenciesEdgeAggregateSelection: AssetAgencyConnectedAgenciesEdgeAggregateSelection;
  AssetAgencyConnectedAgenciesNodeAggregateSelection: AssetAgencyConnectedAgenciesNodeAggregateSelection;
  AssetAgencyOwnersAggregateSelection: AssetAgencyOwnersAggregateSelection;
  AssetAgencyOwnersEdgeAggregateSelection: AssetAgencyOwnersEdgeAggregateSelection;
  AssetAgencyOwnersNodeAggregateSelection: AssetAgencyOwnersNodeAggregateSelection;
  AssetAggregate: AssetAggregate;
  AssetAggregateNode: AssetAggregateNode;
  AssetAssetComponentsAggregateSelection: AssetAssetComponentsAggregateSelection;
  AssetAssetComponentsEdgeAggregateSelection: AssetAssetComponentsEdgeAggregateSelection;
  AssetAssetComponentsNodeAggregateSelection: AssetAssetComponentsNodeAggregateSelection;
  AssetAssetPartOfAggregateSelection: AssetAssetPartOfAggregateSelection;
  AssetAssetPartOfEdgeAggregateSelection: AssetAssetPartOfEdgeAggregateSelection;
  AssetAssetPartOfNodeAggregateSelection: AssetAssetPartOfNodeAggregateSelection;
  AssetComponentsConnection: AssetComponentsConnection;
  AssetComponentsConnectionAggregateInput: AssetComponentsConnectionAggregateInput;
  AssetComponentsConnectionFilters: AssetComponentsConnectionFilters;
  AssetComponentsConnectionSort: AssetComponentsConnectionSort;
  AssetComponentsConnectionWhere: AssetComponentsConnectionWhere;
  AssetComponentsNodeAggregationWhereInput: AssetComponentsNodeAggregationWhereInput;
  AssetComponentsRelationship: Omit<AssetComponentsRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  AssetConnectWhere: AssetConnectWhere;
  AssetConnectedAgenciesConnection: AssetConnectedAgenciesConnection;
  AssetConnectedAgenciesConnectionAggregateInput: AssetConnectedAgenciesConnectionAggregateInput;
  AssetConnectedAgenciesConnectionFilters: AssetConnectedAgenciesConnectionFilters;
  AssetConnectedAgenciesConnectionSort: AssetConnectedAgenciesConnectionSort;
  AssetConnectedAgenciesConnectionWhere: AssetConnectedAgenciesConnectionWhere;
  AssetConnectedAgenciesNodeAggregationWhereInput: AssetConnectedAgenciesNodeAggregationWhereInput;
  AssetConnectedAgenciesRelationship: Omit<AssetConnectedAgenciesRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  AssetConsumesConnection: Omit<AssetConsumesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetConsumesRelationship']> };
  AssetConsumesConnectionAggregateInput: AssetConsumesConnectionAggregateInput;
  AssetConsumesConnectionFilters: AssetConsumesConnectionFilters;
  AssetConsumesConnectionSort: AssetConsumesConnectionSort;
  AssetConsumesConnectionWhere: AssetConsumesConnectionWhere;
  AssetConsumesNodeAggregationWhereInput: AssetConsumesNodeAggregationWhereInput;
  AssetConsumesRelationship: Omit<AssetConsumesRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
  AssetCriticality: AssetCriticality;
  AssetDependency: AssetDependency;
  AssetEdge: Omit<AssetEdge, 'node'> & { node: ResolversParentTypes['Asset'] };
  AssetFigureFiguresAggregateSelection: AssetFigureFiguresAggregateSelection;
  AssetFigureFiguresEdgeAggregateSelection: AssetFigureFiguresEdgeAggregateSelection;
  AssetFigureFiguresNodeAggregateSelection: AssetFigureFiguresNodeAggregateSelection;
  AssetFiguresConnection: Omit<AssetFiguresConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetFiguresRelationship']> };
  AssetFiguresConnectionAggregateInput: AssetFiguresConnectionAggregateInput;
  AssetFiguresConnectionFilters: AssetFiguresConnectionFilters;
  AssetFiguresConnectionSort: AssetFiguresConnectionSort;
  AssetFiguresConnectionWhere: AssetFiguresConnectionWhere;
  AssetFiguresNodeAggregationWhereInput: AssetFiguresNodeAggregationWhereInput;
  AssetFiguresRelationship: Omit<AssetFiguresRelationship, 'node'> & { node: ResolversParentTypes['Figure'] };
  AssetImpact: AssetImpactParent;
  AssetKindEnumScalarFilters: AssetKindEnumScalarFilters;
  AssetOwnersConnection: AssetOwnersConnection;
  AssetOwnersConnectionAggregateInput: AssetOwnersConnectionAggregateInput;
  AssetOwnersConnectionFilters: AssetOwnersConnectionFilters;
  AssetOwnersConnectionSort: AssetOwnersConnectionSort;
  AssetOwnersConnectionWhere: AssetOwnersConnectionWhere;
  AssetOwnersNodeAggregationWhereInput: AssetOwnersNodeAggregationWhereInput;
  AssetOwnersRelationship: Omit<AssetOwnersRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  AssetPartOfConnection: Omit<AssetPartOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetPartOfRelationship']> };
  AssetPartOfConnectionAggregateInput: AssetPartOfConnectionAggregateInput;
  AssetPartOfConnectionFilters: AssetPartOfConnectionFilters;
  AssetPartOfConnectionSort: AssetPartOfConnectionSort;
  AssetPartOfConnectionWhere: AssetPartOfConnectionWhere;
  AssetPartOfNodeAggregationWhereInput: AssetPartOfNodeAggregationWhereInput;
  AssetPartOfRelationship: Omit<AssetPartOfRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  AssetRelationshipFilters: AssetRelationshipFilters;
  AssetServiceConsumesAggregateSelection: AssetServiceConsumesAggregateSelection;
  AssetServiceConsumesEdgeAggregateSelection: AssetServiceConsumesEdgeAggregateSelection;
  AssetServiceConsumesNodeAggregateSelection: AssetServiceConsumesNodeAggregateSelection;
  AssetServiceServicesAggregateSelection: AssetServiceServicesAggregateSelection;
  AssetServiceServicesEdgeAggregateSelection: AssetServiceServicesEdgeAggregateSelection;
  AssetServiceServicesNodeAggregateSelection: AssetServiceServicesNodeAggregateSelection;
  AssetServiceTransitingServicesAggregateSelection: AssetServiceTransitingServicesAggregateSelection;
  AssetServiceTransitingServicesEdgeAggregateSelection: AssetServiceTransitingServicesEdgeAggregateSelection;
  AssetServiceTransitingServicesNodeAggregateSelection: AssetServiceTransitingServicesNodeAggregateSelection;
  AssetServicesConnection: Omit<AssetServicesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetServicesRelationship']> };
  AssetServicesConnectionAggregateInput: AssetServicesConnectionAggregateInput;
  AssetServicesConnectionFilters: AssetServicesConnectionFilters;
  AssetServicesConnectionSort: AssetServicesConnectionSort;
  AssetServicesConnectionWhere: AssetServicesConnectionWhere;
  AssetServicesNodeAggregationWhereInput: AssetServicesNodeAggregationWhereInput;
  AssetServicesRelationship: Omit<AssetServicesRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
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
  AssetStandardStandardsAggregateSelection: AssetStandardStandardsAggregateSelection;
  AssetStandardStandardsEdgeAggregateSelection: AssetStandardStandardsEdgeAggregateSelection;
  AssetStandardStandardsNodeAggregateSelection: AssetStandardStandardsNodeAggregateSelection;
  AssetStandardsConnection: Omit<AssetStandardsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetStandardsRelationship']> };
  AssetStandardsConnectionAggregateInput: AssetStandardsConnectionAggregateInput;
  AssetStandardsConnectionFilters: AssetStandardsConnectionFilters;
  AssetStandardsConnectionSort: AssetStandardsConnectionSort;
  AssetStandardsConnectionWhere: AssetStandardsConnectionWhere;
  AssetStandardsNodeAggregationWhereInput: AssetStandardsNodeAggregationWhereInput;
  AssetStandardsRelationship: Omit<AssetStandardsRelationship, 'node'> & { node: ResolversParentTypes['Standard'] };
  AssetTransitingServicesConnection: Omit<AssetTransitingServicesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetTransitingServicesRelationship']> };
  AssetTransitingServicesConnectionAggregateInput: AssetTransitingServicesConnectionAggregateInput;
  AssetTransitingServicesConnectionFilters: AssetTransitingServicesConnectionFilters;
  AssetTransitingServicesConnectionSort: AssetTransitingServicesConnectionSort;
  AssetTransitingServicesConnectionWhere: AssetTransitingServicesConnectionWhere;
  AssetTransitingServicesNodeAggregationWhereInput: AssetTransitingServicesNodeAggregationWhereInput;
  AssetTransitingServicesRelationship: Omit<AssetTransitingServicesRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
  AssetWhere: AssetWhere;
  AssetsConnection: Omit<AssetsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetEdge']> };
  AuditFinding: AuditFinding;
  AuditFindingAggregate: AuditFindingAggregate;
  AuditFindingAggregateNode: AuditFindingAggregateNode;
  AuditFindingCitesConnection: AuditFindingCitesConnection;
  AuditFindingCitesConnectionAggregateInput: AuditFindingCitesConnectionAggregateInput;
  AuditFindingCitesConnectionFilters: AuditFindingCitesConnectionFilters;
  AuditFindingCitesConnectionSort: AuditFindingCitesConnectionSort;
  AuditFindingCitesConnectionWhere: AuditFindingCitesConnectionWhere;
  AuditFindingCitesNodeAggregationWhereInput: AuditFindingCitesNodeAggregationWhereInput;
  AuditFindingCitesRelationship: AuditFindingCitesRelationship;
  AuditFindingEdge: AuditFindingEdge;
  AuditFindingSort: AuditFindingSort;
  AuditFindingSourceDocumentCitesAggregateSelection: AuditFindingSourceDocumentCitesAggregateSelection;
  AuditFindingSourceDocumentCitesEdgeAggregateSelection: AuditFindingSourceDocumentCitesEdgeAggregateSelection;
  AuditFindingSourceDocumentCitesNodeAggregateSelection: AuditFindingSourceDocumentCitesNodeAggregateSelection;
  AuditFindingWhere: AuditFindingWhere;
  AuditFindingsConnection: AuditFindingsConnection;
  Boolean: Scalars['Boolean']['output'];
  BooleanScalarFilters: BooleanScalarFilters;
  CatalogueQuality: CatalogueQuality;
  CatalogueReport: CatalogueReport;
  CatalogueSize: CatalogueSize;
  ChangeCount: ChangeCount;
  ChangeRecord: ChangeRecord;
  ChangeRecordAggregate: ChangeRecordAggregate;
  ChangeRecordAggregateNode: ChangeRecordAggregateNode;
  ChangeRecordEdge: ChangeRecordEdge;
  ChangeRecordSort: ChangeRecordSort;
  ChangeRecordWhere: ChangeRecordWhere;
  ChangeRecordsConnection: ChangeRecordsConnection;
  ChangesBetween: ChangesBetween;
  Citation: Citation;
  CitationAggregationWhereInput: CitationAggregationWhereInput;
  CitationSort: CitationSort;
  CitationWhere: CitationWhere;
  ClusterMember: ClusterMember;
  ConnectedAgency: ConnectedAgency;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  ConnectionChange: ConnectionChange;
  ConnectionFact: ConnectionFact;
  ConnectionFactAggregationWhereInput: ConnectionFactAggregationWhereInput;
  ConnectionFactSort: ConnectionFactSort;
  ConnectionFactWhere: ConnectionFactWhere;
  ConnectionMatrix: ConnectionMatrix;
  ConnectionStatusEnumScalarFilters: ConnectionStatusEnumScalarFilters;
  ConsumedServices: ConsumedServices;
  ConsumerUsage: ConsumerUsage;
  CopiedItem: CopiedItem;
  Count: Count;
  CountConnection: CountConnection;
  CoverageCount: CoverageCount;
  CoverageGap: CoverageGap;
  CoverageGapResult: CoverageGapResult;
  CreateInfo: CreateInfo;
  CreateNotesMutationResponse: Omit<CreateNotesMutationResponse, 'notes'> & { notes: Array<ResolversParentTypes['Note']> };
  CriticalityRanking: CriticalityRanking;
  DatabaseKind: DatabaseKind;
  DatabaseKinds: DatabaseKinds;
  Dataset: Omit<Dataset, 'plan' | 'planConnection' | 'responsible' | 'responsibleConnection'> & { plan: Array<ResolversParentTypes['OpenDataPlan']>, planConnection: ResolversParentTypes['DatasetPlanConnection'], responsible: Array<ResolversParentTypes['Agency']>, responsibleConnection: ResolversParentTypes['DatasetResponsibleConnection'] };
  DatasetAgencyResponsibleAggregateSelection: DatasetAgencyResponsibleAggregateSelection;
  DatasetAgencyResponsibleEdgeAggregateSelection: DatasetAgencyResponsibleEdgeAggregateSelection;
  DatasetAgencyResponsibleNodeAggregateSelection: DatasetAgencyResponsibleNodeAggregateSelection;
  DatasetAggregate: DatasetAggregate;
  DatasetAggregateNode: DatasetAggregateNode;
  DatasetEdge: Omit<DatasetEdge, 'node'> & { node: ResolversParentTypes['Dataset'] };
  DatasetOpenDataPlanPlanAggregateSelection: DatasetOpenDataPlanPlanAggregateSelection;
  DatasetOpenDataPlanPlanEdgeAggregateSelection: DatasetOpenDataPlanPlanEdgeAggregateSelection;
  DatasetOpenDataPlanPlanNodeAggregateSelection: DatasetOpenDataPlanPlanNodeAggregateSelection;
  DatasetPlanConnection: Omit<DatasetPlanConnection, 'edges'> & { edges: Array<ResolversParentTypes['DatasetPlanRelationship']> };
  DatasetPlanConnectionAggregateInput: DatasetPlanConnectionAggregateInput;
  DatasetPlanConnectionFilters: DatasetPlanConnectionFilters;
  DatasetPlanConnectionSort: DatasetPlanConnectionSort;
  DatasetPlanConnectionWhere: DatasetPlanConnectionWhere;
  DatasetPlanNodeAggregationWhereInput: DatasetPlanNodeAggregationWhereInput;
  DatasetPlanRelationship: Omit<DatasetPlanRelationship, 'node'> & { node: ResolversParentTypes['OpenDataPlan'] };
  DatasetRelationshipFilters: DatasetRelationshipFilters;
  DatasetResponsibleConnection: Omit<DatasetResponsibleConnection, 'edges'> & { edges: Array<ResolversParentTypes['DatasetResponsibleRelationship']> };
  DatasetResponsibleConnectionAggregateInput: DatasetResponsibleConnectionAggregateInput;
  DatasetResponsibleConnectionFilters: DatasetResponsibleConnectionFilters;
  DatasetResponsibleConnectionSort: DatasetResponsibleConnectionSort;
  DatasetResponsibleConnectionWhere: DatasetResponsibleConnectionWhere;
  DatasetResponsibleNodeAggregationWhereInput: DatasetResponsibleNodeAggregationWhereInput;
  DatasetResponsibleRelationship: Omit<DatasetResponsibleRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  DatasetSort: DatasetSort;
  DatasetSourceDocumentSourcesAggregateSelection: DatasetSourceDocumentSourcesAggregateSelection;
  DatasetSourceDocumentSourcesEdgeAggregateSelection: DatasetSourceDocumentSourcesEdgeAggregateSelection;
  DatasetSourceDocumentSourcesNodeAggregateSelection: DatasetSourceDocumentSourcesNodeAggregateSelection;
  DatasetSourcesConnection: DatasetSourcesConnection;
  DatasetSourcesConnectionAggregateInput: DatasetSourcesConnectionAggregateInput;
  DatasetSourcesConnectionFilters: DatasetSourcesConnectionFilters;
  DatasetSourcesConnectionSort: DatasetSourcesConnectionSort;
  DatasetSourcesConnectionWhere: DatasetSourcesConnectionWhere;
  DatasetSourcesNodeAggregationWhereInput: DatasetSourcesNodeAggregationWhereInput;
  DatasetSourcesRelationship: DatasetSourcesRelationship;
  DatasetWhere: DatasetWhere;
  DatasetsConnection: Omit<DatasetsConnection, 'edges'> & { edges: Array<ResolversParentTypes['DatasetEdge']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateTimeAggregateSelection: DateTimeAggregateSelection;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DeclaredVsObserved: DeclaredVsObserved;
  DeleteInfo: DeleteInfo;
  DepartmentKind: DepartmentKind;
  DependentNode: DependentNode;
  DuplicateAgency: DuplicateAgency;
  DuplicateCandidate: DuplicateCandidate;
  DuplicateCandidates: DuplicateCandidates;
  DuplicateCluster: DuplicateCluster;
  DuplicateClusters: DuplicateClusters;
  DuplicateEvidence: DuplicateEvidence;
  DuplicateLink: DuplicateLink;
  DurationPercentiles: DurationPercentiles;
  EdgeCitation: EdgeCitation;
  EdgePart: EdgePart;
  ExistingLink: ExistingLink;
  Figure: Omit<Figure, 'about' | 'aboutConnection'> & { about: Array<ResolversParentTypes['FigureSubject']>, aboutConnection: ResolversParentTypes['FigureAboutConnection'] };
  FigureAboutAgencyConnectionWhere: FigureAboutAgencyConnectionWhere;
  FigureAboutAssetConnectionWhere: FigureAboutAssetConnectionWhere;
  FigureAboutConnection: Omit<FigureAboutConnection, 'edges'> & { edges: Array<ResolversParentTypes['FigureAboutRelationship']> };
  FigureAboutConnectionFilters: FigureAboutConnectionFilters;
  FigureAboutConnectionSort: FigureAboutConnectionSort;
  FigureAboutConnectionWhere: FigureAboutConnectionWhere;
  FigureAboutOpenDataPlanConnectionWhere: FigureAboutOpenDataPlanConnectionWhere;
  FigureAboutRelationship: Omit<FigureAboutRelationship, 'node'> & { node: ResolversParentTypes['FigureSubject'] };
  FigureAboutServiceConnectionWhere: FigureAboutServiceConnectionWhere;
  FigureAggregate: FigureAggregate;
  FigureAggregateNode: FigureAggregateNode;
  FigureEdge: Omit<FigureEdge, 'node'> & { node: ResolversParentTypes['Figure'] };
  FigureRelationshipFilters: FigureRelationshipFilters;
  FigureSort: FigureSort;
  FigureSourceDocumentSourcesAggregateSelection: FigureSourceDocumentSourcesAggregateSelection;
  FigureSourceDocumentSourcesEdgeAggregateSelection: FigureSourceDocumentSourcesEdgeAggregateSelection;
  FigureSourceDocumentSourcesNodeAggregateSelection: FigureSourceDocumentSourcesNodeAggregateSelection;
  FigureSourcesConnection: FigureSourcesConnection;
  FigureSourcesConnectionAggregateInput: FigureSourcesConnectionAggregateInput;
  FigureSourcesConnectionFilters: FigureSourcesConnectionFilters;
  FigureSourcesConnectionSort: FigureSourcesConnectionSort;
  FigureSourcesConnectionWhere: FigureSourcesConnectionWhere;
  FigureSourcesNodeAggregationWhereInput: FigureSourcesNodeAggregationWhereInput;
  FigureSourcesRelationship: FigureSourcesRelationship;
  FigureSubject: ResolversUnionTypes<ResolversParentTypes>['FigureSubject'];
  FigureSubjectRelationshipFilters: FigureSubjectRelationshipFilters;
  FigureSubjectWhere: FigureSubjectWhere;
  FigureWhere: FigureWhere;
  FiguresConnection: Omit<FiguresConnection, 'edges'> & { edges: Array<ResolversParentTypes['FigureEdge']> };
  FindingKindEnumScalarFilters: FindingKindEnumScalarFilters;
  Float: Scalars['Float']['output'];
  FloatAggregateSelection: FloatAggregateSelection;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphPath: GraphPath;
  History: History;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  IdentifierUse: IdentifierUse;
  ImportResult: ImportResult;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  InventoryEntriesConnection: Omit<InventoryEntriesConnection, 'edges'> & { edges: Array<ResolversParentTypes['InventoryEntryEdge']> };
  InventoryEntry: Omit<InventoryEntry, 'keptBy' | 'keptByConnection'> & { keptBy: Array<ResolversParentTypes['Agency']>, keptByConnection: ResolversParentTypes['InventoryEntryKeptByConnection'] };
  InventoryEntryAgencyKeptByAggregateSelection: InventoryEntryAgencyKeptByAggregateSelection;
  InventoryEntryAgencyKeptByEdgeAggregateSelection: InventoryEntryAgencyKeptByEdgeAggregateSelection;
  InventoryEntryAgencyKeptByNodeAggregateSelection: InventoryEntryAgencyKeptByNodeAggregateSelection;
  InventoryEntryAggregate: InventoryEntryAggregate;
  InventoryEntryAggregateNode: InventoryEntryAggregateNode;
  InventoryEntryEdge: Omit<InventoryEntryEdge, 'node'> & { node: ResolversParentTypes['InventoryEntry'] };
  InventoryEntryKeptByConnection: Omit<InventoryEntryKeptByConnection, 'edges'> & { edges: Array<ResolversParentTypes['InventoryEntryKeptByRelationship']> };
  InventoryEntryKeptByConnectionAggregateInput: InventoryEntryKeptByConnectionAggregateInput;
  InventoryEntryKeptByConnectionFilters: InventoryEntryKeptByConnectionFilters;
  InventoryEntryKeptByConnectionSort: InventoryEntryKeptByConnectionSort;
  InventoryEntryKeptByConnectionWhere: InventoryEntryKeptByConnectionWhere;
  InventoryEntryKeptByNodeAggregationWhereInput: InventoryEntryKeptByNodeAggregationWhereInput;
  InventoryEntryKeptByRelationship: Omit<InventoryEntryKeptByRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  InventoryEntryRelationshipFilters: InventoryEntryRelationshipFilters;
  InventoryEntrySort: InventoryEntrySort;
  InventoryEntrySourceDocumentSourcesAggregateSelection: InventoryEntrySourceDocumentSourcesAggregateSelection;
  InventoryEntrySourceDocumentSourcesEdgeAggregateSelection: InventoryEntrySourceDocumentSourcesEdgeAggregateSelection;
  InventoryEntrySourceDocumentSourcesNodeAggregateSelection: InventoryEntrySourceDocumentSourcesNodeAggregateSelection;
  InventoryEntrySourcesConnection: InventoryEntrySourcesConnection;
  InventoryEntrySourcesConnectionAggregateInput: InventoryEntrySourcesConnectionAggregateInput;
  InventoryEntrySourcesConnectionFilters: InventoryEntrySourcesConnectionFilters;
  InventoryEntrySourcesConnectionSort: InventoryEntrySourcesConnectionSort;
  InventoryEntrySourcesConnectionWhere: InventoryEntrySourcesConnectionWhere;
  InventoryEntrySourcesNodeAggregationWhereInput: InventoryEntrySourcesNodeAggregationWhereInput;
  InventoryEntrySourcesRelationship: InventoryEntrySourcesRelationship;
  InventoryEntryWhere: InventoryEntryWhere;
  InventoryImportResult: InventoryImportResult;
  InventoryStatusEnumScalarFilters: InventoryStatusEnumScalarFilters;
  ItemSource: ItemSource;
  KindHeatmap: KindHeatmap;
  KindHeatmapRow: KindHeatmapRow;
  KindItem: KindItem;
  LinkClassCount: LinkClassCount;
  LinkComparison: LinkComparison;
  ListEntry: ListEntry;
  ListEntryAggregationWhereInput: ListEntryAggregationWhereInput;
  ListEntrySort: ListEntrySort;
  ListEntryWhere: ListEntryWhere;
  MatrixCell: MatrixCell;
  MatrixColumn: MatrixColumn;
  MatrixRow: MatrixRow;
  MissingDatabase: MissingDatabase;
  MissingDatabases: MissingDatabases;
  MissingLink: MissingLink;
  MissingLinks: MissingLinks;
  MissingPieces: MissingPieces;
  MonthCoverage: MonthCoverage;
  Mutation: Record<PropertyKey, never>;
  NamedRef: NamedRef;
  NeighbourGroup: NeighbourGroup;
  Neighbourhood: Neighbourhood;
  NodeName: NodeName;
  Note: Omit<Note, 'agencies' | 'agenciesConnection' | 'assets' | 'assetsConnection'> & { agencies: Array<ResolversParentTypes['Agency']>, agenciesConnection: ResolversParentTypes['NoteAgenciesConnection'], assets: Array<ResolversParentTypes['Asset']>, assetsConnection: ResolversParentTypes['NoteAssetsConnection'] };
  NoteAgenciesConnectFieldInput: NoteAgenciesConnectFieldInput;
  NoteAgenciesConnection: Omit<NoteAgenciesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteAgenciesRelationship']> };
  NoteAgenciesConnectionAggregateInput: NoteAgenciesConnectionAggregateInput;
  NoteAgenciesConnectionFilters: NoteAgenciesConnectionFilters;
  NoteAgenciesConnectionSort: NoteAgenciesConnectionSort;
  NoteAgenciesConnectionWhere: NoteAgenciesConnectionWhere;
  NoteAgenciesDisconnectFieldInput: NoteAgenciesDisconnectFieldInput;
  NoteAgenciesFieldInput: NoteAgenciesFieldInput;
  NoteAgenciesNodeAggregationWhereInput: NoteAgenciesNodeAggregationWhereInput;
  NoteAgenciesRelationship: Omit<NoteAgenciesRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  NoteAgenciesUpdateFieldInput: NoteAgenciesUpdateFieldInput;
  NoteAgencyAgenciesAggregateSelection: NoteAgencyAgenciesAggregateSelection;
  NoteAgencyAgenciesNodeAggregateSelection: NoteAgencyAgenciesNodeAggregateSelection;
  NoteAggregate: NoteAggregate;
  NoteAggregateNode: NoteAggregateNode;
  NoteAssetAssetsAggregateSelection: NoteAssetAssetsAggregateSelection;
  NoteAssetAssetsNodeAggregateSelection: NoteAssetAssetsNodeAggregateSelection;
  NoteAssetsConnectFieldInput: NoteAssetsConnectFieldInput;
  NoteAssetsConnection: Omit<NoteAssetsConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteAssetsRelationship']> };
  NoteAssetsConnectionAggregateInput: NoteAssetsConnectionAggregateInput;
  NoteAssetsConnectionFilters: NoteAssetsConnectionFilters;
  NoteAssetsConnectionSort: NoteAssetsConnectionSort;
  NoteAssetsConnectionWhere: NoteAssetsConnectionWhere;
  NoteAssetsDisconnectFieldInput: NoteAssetsDisconnectFieldInput;
  NoteAssetsFieldInput: NoteAssetsFieldInput;
  NoteAssetsNodeAggregationWhereInput: NoteAssetsNodeAggregationWhereInput;
  NoteAssetsRelationship: Omit<NoteAssetsRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  NoteAssetsUpdateFieldInput: NoteAssetsUpdateFieldInput;
  NoteCreateInput: NoteCreateInput;
  NoteEdge: Omit<NoteEdge, 'node'> & { node: ResolversParentTypes['Note'] };
  NoteSort: NoteSort;
  NoteUpdateInput: NoteUpdateInput;
  NoteWhere: NoteWhere;
  NotesConnection: Omit<NotesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteEdge']> };
  OpenDataPlan: Omit<OpenDataPlan, 'datasets' | 'figures' | 'figuresConnection' | 'issuedBy' | 'issuedByConnection'> & { datasets: Array<ResolversParentTypes['Dataset']>, figures: Array<ResolversParentTypes['Figure']>, figuresConnection: ResolversParentTypes['OpenDataPlanFiguresConnection'], issuedBy: Array<ResolversParentTypes['Agency']>, issuedByConnection: ResolversParentTypes['OpenDataPlanIssuedByConnection'] };
  OpenDataPlanAgencyIssuedByAggregateSelection: OpenDataPlanAgencyIssuedByAggregateSelection;
  OpenDataPlanAgencyIssuedByEdgeAggregateSelection: OpenDataPlanAgencyIssuedByEdgeAggregateSelection;
  OpenDataPlanAgencyIssuedByNodeAggregateSelection: OpenDataPlanAgencyIssuedByNodeAggregateSelection;
  OpenDataPlanAggregate: OpenDataPlanAggregate;
  OpenDataPlanAggregateNode: OpenDataPlanAggregateNode;
  OpenDataPlanDatasetDatasetsAggregateSelection: OpenDataPlanDatasetDatasetsAggregateSelection;
  OpenDataPlanDatasetDatasetsEdgeAggregateSelection: OpenDataPlanDatasetDatasetsEdgeAggregateSelection;
  OpenDataPlanDatasetDatasetsNodeAggregateSelection: OpenDataPlanDatasetDatasetsNodeAggregateSelection;
  OpenDataPlanDatasetsConnection: OpenDataPlanDatasetsConnection;
  OpenDataPlanDatasetsConnectionAggregateInput: OpenDataPlanDatasetsConnectionAggregateInput;
  OpenDataPlanDatasetsConnectionFilters: OpenDataPlanDatasetsConnectionFilters;
  OpenDataPlanDatasetsConnectionSort: OpenDataPlanDatasetsConnectionSort;
  OpenDataPlanDatasetsConnectionWhere: OpenDataPlanDatasetsConnectionWhere;
  OpenDataPlanDatasetsNodeAggregationWhereInput: OpenDataPlanDatasetsNodeAggregationWhereInput;
  OpenDataPlanDatasetsRelationship: Omit<OpenDataPlanDatasetsRelationship, 'node'> & { node: ResolversParentTypes['Dataset'] };
  OpenDataPlanEdge: Omit<OpenDataPlanEdge, 'node'> & { node: ResolversParentTypes['OpenDataPlan'] };
  OpenDataPlanFigureFiguresAggregateSelection: OpenDataPlanFigureFiguresAggregateSelection;
  OpenDataPlanFigureFiguresEdgeAggregateSelection: OpenDataPlanFigureFiguresEdgeAggregateSelection;
  OpenDataPlanFigureFiguresNodeAggregateSelection: OpenDataPlanFigureFiguresNodeAggregateSelection;
  OpenDataPlanFiguresConnection: Omit<OpenDataPlanFiguresConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpenDataPlanFiguresRelationship']> };
  OpenDataPlanFiguresConnectionAggregateInput: OpenDataPlanFiguresConnectionAggregateInput;
  OpenDataPlanFiguresConnectionFilters: OpenDataPlanFiguresConnectionFilters;
  OpenDataPlanFiguresConnectionSort: OpenDataPlanFiguresConnectionSort;
  OpenDataPlanFiguresConnectionWhere: OpenDataPlanFiguresConnectionWhere;
  OpenDataPlanFiguresNodeAggregationWhereInput: OpenDataPlanFiguresNodeAggregationWhereInput;
  OpenDataPlanFiguresRelationship: Omit<OpenDataPlanFiguresRelationship, 'node'> & { node: ResolversParentTypes['Figure'] };
  OpenDataPlanIssuedByConnection: Omit<OpenDataPlanIssuedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpenDataPlanIssuedByRelationship']> };
  OpenDataPlanIssuedByConnectionAggregateInput: OpenDataPlanIssuedByConnectionAggregateInput;
  OpenDataPlanIssuedByConnectionFilters: OpenDataPlanIssuedByConnectionFilters;
  OpenDataPlanIssuedByConnectionSort: OpenDataPlanIssuedByConnectionSort;
  OpenDataPlanIssuedByConnectionWhere: OpenDataPlanIssuedByConnectionWhere;
  OpenDataPlanIssuedByNodeAggregationWhereInput: OpenDataPlanIssuedByNodeAggregationWhereInput;
  OpenDataPlanIssuedByRelationship: Omit<OpenDataPlanIssuedByRelationship, 'node'> & { node: ResolversParentTypes['Agency'] };
  OpenDataPlanRelationshipFilters: OpenDataPlanRelationshipFilters;
  OpenDataPlanSort: OpenDataPlanSort;
  OpenDataPlanSourceDocumentSourcesAggregateSelection: OpenDataPlanSourceDocumentSourcesAggregateSelection;
  OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection: OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection;
  OpenDataPlanSourceDocumentSourcesNodeAggregateSelection: OpenDataPlanSourceDocumentSourcesNodeAggregateSelection;
  OpenDataPlanSourcesConnection: OpenDataPlanSourcesConnection;
  OpenDataPlanSourcesConnectionAggregateInput: OpenDataPlanSourcesConnectionAggregateInput;
  OpenDataPlanSourcesConnectionFilters: OpenDataPlanSourcesConnectionFilters;
  OpenDataPlanSourcesConnectionSort: OpenDataPlanSourcesConnectionSort;
  OpenDataPlanSourcesConnectionWhere: OpenDataPlanSourcesConnectionWhere;
  OpenDataPlanSourcesNodeAggregationWhereInput: OpenDataPlanSourcesNodeAggregationWhereInput;
  OpenDataPlanSourcesRelationship: OpenDataPlanSourcesRelationship;
  OpenDataPlanWhere: OpenDataPlanWhere;
  OpenDataPlansConnection: Omit<OpenDataPlansConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpenDataPlanEdge']> };
  OwnershipFact: OwnershipFact;
  OwnershipFactAggregationWhereInput: OwnershipFactAggregationWhereInput;
  OwnershipFactSort: OwnershipFactSort;
  OwnershipFactWhere: OwnershipFactWhere;
  PageInfo: PageInfo;
  PartStatus: PartStatus;
  PathEdge: PathEdge;
  PathsResult: PathsResult;
  Provenance: Provenance;
  ProvenanceAggregationWhereInput: ProvenanceAggregationWhereInput;
  ProvenanceSort: ProvenanceSort;
  ProvenanceWhere: ProvenanceWhere;
  QualityEntry: QualityEntry;
  Query: Record<PropertyKey, never>;
  RedundantCopies: RedundantCopies;
  RedundantCopy: RedundantCopy;
  ReferenceImportResult: ReferenceImportResult;
  ReferenceKind: ReferenceKind;
  RegularTraffic: RegularTraffic;
  RegularTrafficInput: RegularTrafficInput;
  ReportedAgencyFigures: ReportedAgencyFigures;
  ReportedCatalogueSpread: ReportedCatalogueSpread;
  ReportedServiceFigures: ReportedServiceFigures;
  ResponsibilityConflict: ResponsibilityConflict;
  ResponsibilityConflicts: ResponsibilityConflicts;
  RolledUpGap: RolledUpGap;
  RuleLink: RuleLink;
  RuleLinkAggregationWhereInput: RuleLinkAggregationWhereInput;
  RuleLinkSort: RuleLinkSort;
  RuleLinkWhere: RuleLinkWhere;
  ScorePart: ScorePart;
  SearchHit: SearchHit;
  Service: Omit<Service, 'consumers' | 'consumersConnection' | 'figures' | 'figuresConnection' | 'platform' | 'platformConnection' | 'provider' | 'providerConnection'> & { consumers: Array<ResolversParentTypes['ServiceConsumer']>, consumersConnection: ResolversParentTypes['ServiceConsumersConnection'], figures: Array<ResolversParentTypes['Figure']>, figuresConnection: ResolversParentTypes['ServiceFiguresConnection'], platform: Array<ResolversParentTypes['Asset']>, platformConnection: ResolversParentTypes['ServicePlatformConnection'], provider: Array<ResolversParentTypes['Asset']>, providerConnection: ResolversParentTypes['ServiceProviderConnection'] };
  ServiceAggregate: ServiceAggregate;
  ServiceAggregateNode: ServiceAggregateNode;
  ServiceAssetPlatformAggregateSelection: ServiceAssetPlatformAggregateSelection;
  ServiceAssetPlatformEdgeAggregateSelection: ServiceAssetPlatformEdgeAggregateSelection;
  ServiceAssetPlatformNodeAggregateSelection: ServiceAssetPlatformNodeAggregateSelection;
  ServiceAssetProviderAggregateSelection: ServiceAssetProviderAggregateSelection;
  ServiceAssetProviderEdgeAggregateSelection: ServiceAssetProviderEdgeAggregateSelection;
  ServiceAssetProviderNodeAggregateSelection: ServiceAssetProviderNodeAggregateSelection;
  ServiceConsumer: ResolversUnionTypes<ResolversParentTypes>['ServiceConsumer'];
  ServiceConsumerRelationshipFilters: ServiceConsumerRelationshipFilters;
  ServiceConsumerWhere: ServiceConsumerWhere;
  ServiceConsumers: ServiceConsumers;
  ServiceConsumersAgencyConnectionWhere: ServiceConsumersAgencyConnectionWhere;
  ServiceConsumersAssetConnectionWhere: ServiceConsumersAssetConnectionWhere;
  ServiceConsumersConnection: Omit<ServiceConsumersConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceConsumersRelationship']> };
  ServiceConsumersConnectionFilters: ServiceConsumersConnectionFilters;
  ServiceConsumersConnectionSort: ServiceConsumersConnectionSort;
  ServiceConsumersConnectionWhere: ServiceConsumersConnectionWhere;
  ServiceConsumersRelationship: Omit<ServiceConsumersRelationship, 'node'> & { node: ResolversParentTypes['ServiceConsumer'] };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFigureFiguresAggregateSelection: ServiceFigureFiguresAggregateSelection;
  ServiceFigureFiguresEdgeAggregateSelection: ServiceFigureFiguresEdgeAggregateSelection;
  ServiceFigureFiguresNodeAggregateSelection: ServiceFigureFiguresNodeAggregateSelection;
  ServiceFiguresConnection: Omit<ServiceFiguresConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceFiguresRelationship']> };
  ServiceFiguresConnectionAggregateInput: ServiceFiguresConnectionAggregateInput;
  ServiceFiguresConnectionFilters: ServiceFiguresConnectionFilters;
  ServiceFiguresConnectionSort: ServiceFiguresConnectionSort;
  ServiceFiguresConnectionWhere: ServiceFiguresConnectionWhere;
  ServiceFiguresNodeAggregationWhereInput: ServiceFiguresNodeAggregationWhereInput;
  ServiceFiguresRelationship: Omit<ServiceFiguresRelationship, 'node'> & { node: ResolversParentTypes['Figure'] };
  ServicePlatformConnection: Omit<ServicePlatformConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServicePlatformRelationship']> };
  ServicePlatformConnectionAggregateInput: ServicePlatformConnectionAggregateInput;
  ServicePlatformConnectionFilters: ServicePlatformConnectionFilters;
  ServicePlatformConnectionSort: ServicePlatformConnectionSort;
  ServicePlatformConnectionWhere: ServicePlatformConnectionWhere;
  ServicePlatformNodeAggregationWhereInput: ServicePlatformNodeAggregationWhereInput;
  ServicePlatformRelationship: Omit<ServicePlatformRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  ServiceProviderConnection: Omit<ServiceProviderConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceProviderRelationship']> };
  ServiceProviderConnectionAggregateInput: ServiceProviderConnectionAggregateInput;
  ServiceProviderConnectionFilters: ServiceProviderConnectionFilters;
  ServiceProviderConnectionSort: ServiceProviderConnectionSort;
  ServiceProviderConnectionWhere: ServiceProviderConnectionWhere;
  ServiceProviderNodeAggregationWhereInput: ServiceProviderNodeAggregationWhereInput;
  ServiceProviderRelationship: Omit<ServiceProviderRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  ServiceRelationshipFilters: ServiceRelationshipFilters;
  ServiceSort: ServiceSort;
  ServiceSourceDocumentSourcesAggregateSelection: ServiceSourceDocumentSourcesAggregateSelection;
  ServiceSourceDocumentSourcesEdgeAggregateSelection: ServiceSourceDocumentSourcesEdgeAggregateSelection;
  ServiceSourceDocumentSourcesNodeAggregateSelection: ServiceSourceDocumentSourcesNodeAggregateSelection;
  ServiceSourcesConnection: ServiceSourcesConnection;
  ServiceSourcesConnectionAggregateInput: ServiceSourcesConnectionAggregateInput;
  ServiceSourcesConnectionFilters: ServiceSourcesConnectionFilters;
  ServiceSourcesConnectionSort: ServiceSourcesConnectionSort;
  ServiceSourcesConnectionWhere: ServiceSourcesConnectionWhere;
  ServiceSourcesNodeAggregationWhereInput: ServiceSourcesNodeAggregationWhereInput;
  ServiceSourcesRelationship: ServiceSourcesRelationship;
  ServiceSummary: ServiceSummary;
  ServiceUsage: ServiceUsage;
  ServiceWhere: ServiceWhere;
  ServicesConnection: Omit<ServicesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  SnapshotConnectionCount: SnapshotConnectionCount;
  SnapshotDiff: SnapshotDiff;
  SnapshotEnumScalarFilters: SnapshotEnumScalarFilters;
  SourceDocument: SourceDocument;
  SourceDocumentAggregate: SourceDocumentAggregate;
  SourceDocumentAggregateNode: SourceDocumentAggregateNode;
  SourceDocumentEdge: SourceDocumentEdge;
  SourceDocumentRelationshipFilters: SourceDocumentRelationshipFilters;
  SourceDocumentSort: SourceDocumentSort;
  SourceDocumentWhere: SourceDocumentWhere;
  SourceDocumentsConnection: SourceDocumentsConnection;
  Standard: Omit<Standard, 'governs' | 'governsConnection'> & { governs: Array<ResolversParentTypes['Asset']>, governsConnection: ResolversParentTypes['StandardGovernsConnection'] };
  StandardAggregate: StandardAggregate;
  StandardAggregateNode: StandardAggregateNode;
  StandardAssetGovernsAggregateSelection: StandardAssetGovernsAggregateSelection;
  StandardAssetGovernsEdgeAggregateSelection: StandardAssetGovernsEdgeAggregateSelection;
  StandardAssetGovernsNodeAggregateSelection: StandardAssetGovernsNodeAggregateSelection;
  StandardEdge: Omit<StandardEdge, 'node'> & { node: ResolversParentTypes['Standard'] };
  StandardGovernsConnection: Omit<StandardGovernsConnection, 'edges'> & { edges: Array<ResolversParentTypes['StandardGovernsRelationship']> };
  StandardGovernsConnectionAggregateInput: StandardGovernsConnectionAggregateInput;
  StandardGovernsConnectionFilters: StandardGovernsConnectionFilters;
  StandardGovernsConnectionSort: StandardGovernsConnectionSort;
  StandardGovernsConnectionWhere: StandardGovernsConnectionWhere;
  StandardGovernsNodeAggregationWhereInput: StandardGovernsNodeAggregationWhereInput;
  StandardGovernsRelationship: Omit<StandardGovernsRelationship, 'node'> & { node: ResolversParentTypes['Asset'] };
  StandardRelationshipFilters: StandardRelationshipFilters;
  StandardSort: StandardSort;
  StandardSourceDocumentSourcesAggregateSelection: StandardSourceDocumentSourcesAggregateSelection;
  StandardSourceDocumentSourcesEdgeAggregateSelection: StandardSourceDocumentSourcesEdgeAggregateSelection;
  StandardSourceDocumentSourcesNodeAggregateSelection: StandardSourceDocumentSourcesNodeAggregateSelection;
  StandardSourcesConnection: StandardSourcesConnection;
  StandardSourcesConnectionAggregateInput: StandardSourcesConnectionAggregateInput;
  StandardSourcesConnectionFilters: StandardSourcesConnectionFilters;
  StandardSourcesConnectionSort: StandardSourcesConnectionSort;
  StandardSourcesConnectionWhere: StandardSourcesConnectionWhere;
  StandardSourcesNodeAggregationWhereInput: StandardSourcesNodeAggregationWhereInput;
  StandardSourcesRelationship: StandardSourcesRelationship;
  StandardWhere: StandardWhere;
  StandardsConnection: Omit<StandardsConnection, 'edges'> & { edges: Array<ResolversParentTypes['StandardEdge']> };
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  Succession: Succession;
  SuccessionAggregationWhereInput: SuccessionAggregationWhereInput;
  SuccessionSort: SuccessionSort;
  SuccessionWhere: SuccessionWhere;
  Target: Omit<Target, 'measuredBy'> & { measuredBy: Array<ResolversParentTypes['AgencyList']> };
  TargetAgencyListMeasuredByAggregateSelection: TargetAgencyListMeasuredByAggregateSelection;
  TargetAgencyListMeasuredByEdgeAggregateSelection: TargetAgencyListMeasuredByEdgeAggregateSelection;
  TargetAgencyListMeasuredByNodeAggregateSelection: TargetAgencyListMeasuredByNodeAggregateSelection;
  TargetAggregate: TargetAggregate;
  TargetAggregateNode: TargetAggregateNode;
  TargetComparatorEnumScalarFilters: TargetComparatorEnumScalarFilters;
  TargetEdge: TargetEdge;
  TargetEvidence: TargetEvidence;
  TargetMeasuredByConnection: TargetMeasuredByConnection;
  TargetMeasuredByConnectionAggregateInput: TargetMeasuredByConnectionAggregateInput;
  TargetMeasuredByConnectionFilters: TargetMeasuredByConnectionFilters;
  TargetMeasuredByConnectionSort: TargetMeasuredByConnectionSort;
  TargetMeasuredByConnectionWhere: TargetMeasuredByConnectionWhere;
  TargetMeasuredByNodeAggregationWhereInput: TargetMeasuredByNodeAggregationWhereInput;
  TargetMeasuredByRelationship: Omit<TargetMeasuredByRelationship, 'node'> & { node: ResolversParentTypes['AgencyList'] };
  TargetProgress: TargetProgress;
  TargetRelationshipFilters: TargetRelationshipFilters;
  TargetSort: TargetSort;
  TargetSourceDocumentSourcesAggregateSelection: TargetSourceDocumentSourcesAggregateSelection;
  TargetSourceDocumentSourcesEdgeAggregateSelection: TargetSourceDocumentSourcesEdgeAggregateSelection;
  TargetSourceDocumentSourcesNodeAggregateSelection: TargetSourceDocumentSourcesNodeAggregateSelection;
  TargetSourcesConnection: TargetSourcesConnection;
  TargetSourcesConnectionAggregateInput: TargetSourcesConnectionAggregateInput;
  TargetSourcesConnectionFilters: TargetSourcesConnectionFilters;
  TargetSourcesConnectionSort: TargetSourcesConnectionSort;
  TargetSourcesConnectionWhere: TargetSourcesConnectionWhere;
  TargetSourcesNodeAggregationWhereInput: TargetSourcesNodeAggregationWhereInput;
  TargetSourcesRelationship: TargetSourcesRelationship;
  TargetWhere: TargetWhere;
  TargetsConnection: TargetsConnection;
  TimelineChange: TimelineChange;
  TimelineCitation: TimelineCitation;
  TimelineEntry: TimelineEntry;
  UpdateInfo: UpdateInfo;
  UpdateNotesMutationResponse: Omit<UpdateNotesMutationResponse, 'notes'> & { notes: Array<ResolversParentTypes['Note']> };
  UsageImportInfo: UsageImportInfo;
  UsageImportResult: UsageImportResult;
  UsageImports: UsageImports;
  UsageMonth: UsageMonth;
  UsagePart: UsagePart;
  UsageSourceRef: UsageSourceRef;
  UsageTotal: UsageTotal;
  UsageTotals: UsageTotals;
}>;

export type Agencies2025ConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agencies2025Connection'] = ResolversParentTypes['Agencies2025Connection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['Agency2025Aggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Agency2025Edge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgenciesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgenciesConnection'] = ResolversParentTypes['AgenciesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgenciesWithoutInventoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgenciesWithoutInventory'] = ResolversParentTypes['AgenciesWithoutInventory']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  connectedAssets?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<AgencyConnectedAssetsArgs>>;
  connectedAssetsConnection?: Resolver<ResolversTypes['AgencyConnectedAssetsConnection'], ParentType, ContextType, Partial<AgencyConnectedAssetsConnectionArgs>>;
  connectionCounts?: Resolver<Array<ResolversTypes['SnapshotConnectionCount']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType, Partial<AgencyDatasetsArgs>>;
  datasetsConnection?: Resolver<ResolversTypes['AgencyDatasetsConnection'], ParentType, ContextType, Partial<AgencyDatasetsConnectionArgs>>;
  era?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, Partial<AgencyFiguresArgs>>;
  figuresConnection?: Resolver<ResolversTypes['AgencyFiguresConnection'], ParentType, ContextType, Partial<AgencyFiguresConnectionArgs>>;
  foldedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventory?: Resolver<Array<ResolversTypes['InventoryEntry']>, ParentType, ContextType, Partial<AgencyInventoryArgs>>;
  inventoryConnection?: Resolver<ResolversTypes['AgencyInventoryConnection'], ParentType, ContextType, Partial<AgencyInventoryConnectionArgs>>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  listedIn?: Resolver<Array<ResolversTypes['AgencyList']>, ParentType, ContextType, Partial<AgencyListedInArgs>>;
  listedInConnection?: Resolver<ResolversTypes['AgencyListedInConnection'], ParentType, ContextType, Partial<AgencyListedInConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownedAssets?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<AgencyOwnedAssetsArgs>>;
  ownedAssetsConnection?: Resolver<ResolversTypes['AgencyOwnedAssetsConnection'], ParentType, ContextType, Partial<AgencyOwnedAssetsConnectionArgs>>;
  parent?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AgencyParentArgs>>;
  parentConnection?: Resolver<ResolversTypes['AgencyParentConnection'], ParentType, ContextType, Partial<AgencyParentConnectionArgs>>;
  plans?: Resolver<Array<ResolversTypes['OpenDataPlan']>, ParentType, ContextType, Partial<AgencyPlansArgs>>;
  plansConnection?: Resolver<ResolversTypes['AgencyPlansConnection'], ParentType, ContextType, Partial<AgencyPlansConnectionArgs>>;
  sortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<AgencySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['AgencySourcesConnection'], ParentType, ContextType, Partial<AgencySourcesConnectionArgs>>;
  successors?: Resolver<Array<ResolversTypes['Agency2025']>, ParentType, ContextType, Partial<AgencySuccessorsArgs>>;
  successorsConnection?: Resolver<ResolversTypes['AgencySuccessorsConnection'], ParentType, ContextType, Partial<AgencySuccessorsConnectionArgs>>;
  units?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AgencyUnitsArgs>>;
  unitsConnection?: Resolver<ResolversTypes['AgencyUnitsConnection'], ParentType, ContextType, Partial<AgencyUnitsConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Agency2025Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025'] = ResolversParentTypes['Agency2025']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<Agency2025PredecessorsArgs>>;
  predecessorsConnection?: Resolver<ResolversTypes['Agency2025PredecessorsConnection'], ParentType, ContextType, Partial<Agency2025PredecessorsConnectionArgs>>;
  sortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<Agency2025SourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['Agency2025SourcesConnection'], ParentType, ContextType, Partial<Agency2025SourcesConnectionArgs>>;
}>;

export type Agency2025AgencyPredecessorsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025AgencyPredecessorsAggregateSelection'] = ResolversParentTypes['Agency2025AgencyPredecessorsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['Agency2025AgencyPredecessorsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Agency2025AgencyPredecessorsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type Agency2025AgencyPredecessorsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025AgencyPredecessorsEdgeAggregateSelection'] = ResolversParentTypes['Agency2025AgencyPredecessorsEdgeAggregateSelection']> = ResolversObject<{
  change?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type Agency2025AgencyPredecessorsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025AgencyPredecessorsNodeAggregateSelection'] = ResolversParentTypes['Agency2025AgencyPredecessorsNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type Agency2025AggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025Aggregate'] = ResolversParentTypes['Agency2025Aggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency2025AggregateNode'], ParentType, ContextType>;
}>;

export type Agency2025AggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025AggregateNode'] = ResolversParentTypes['Agency2025AggregateNode']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type Agency2025EdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025Edge'] = ResolversParentTypes['Agency2025Edge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency2025'], ParentType, ContextType>;
}>;

export type Agency2025PredecessorsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025PredecessorsConnection'] = ResolversParentTypes['Agency2025PredecessorsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['Agency2025AgencyPredecessorsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Agency2025PredecessorsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Agency2025PredecessorsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025PredecessorsRelationship'] = ResolversParentTypes['Agency2025PredecessorsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Succession'], ParentType, ContextType>;
}>;

export type Agency2025SourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025SourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['Agency2025SourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['Agency2025SourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Agency2025SourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type Agency2025SourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025SourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['Agency2025SourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type Agency2025SourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025SourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['Agency2025SourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type Agency2025SourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025SourcesConnection'] = ResolversParentTypes['Agency2025SourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['Agency2025SourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Agency2025SourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Agency2025SourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency2025SourcesRelationship'] = ResolversParentTypes['Agency2025SourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyAgency2025SuccessorsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgency2025SuccessorsAggregateSelection'] = ResolversParentTypes['AgencyAgency2025SuccessorsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAgency2025SuccessorsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAgency2025SuccessorsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAgency2025SuccessorsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgency2025SuccessorsEdgeAggregateSelection'] = ResolversParentTypes['AgencyAgency2025SuccessorsEdgeAggregateSelection']> = ResolversObject<{
  change?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAgency2025SuccessorsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgency2025SuccessorsNodeAggregateSelection'] = ResolversParentTypes['AgencyAgency2025SuccessorsNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAgencyListListedInAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyListListedInAggregateSelection'] = ResolversParentTypes['AgencyAgencyListListedInAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAgencyListListedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAgencyListListedInNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAgencyListListedInEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyListListedInEdgeAggregateSelection'] = ResolversParentTypes['AgencyAgencyListListedInEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAgencyListListedInNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAgencyListListedInNodeAggregateSelection'] = ResolversParentTypes['AgencyAgencyListListedInNodeAggregateSelection']> = ResolversObject<{
  statedCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  statedPercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
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
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
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
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAggregate'] = ResolversParentTypes['AgencyAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyAggregateNode'], ParentType, ContextType>;
}>;

export type AgencyAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAggregateNode'] = ResolversParentTypes['AgencyAggregateNode']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAssetConnectedAssetsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetConnectedAssetsAggregateSelection'] = ResolversParentTypes['AgencyAssetConnectedAssetsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAssetConnectedAssetsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAssetConnectedAssetsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAssetConnectedAssetsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetConnectedAssetsEdgeAggregateSelection'] = ResolversParentTypes['AgencyAssetConnectedAssetsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAssetConnectedAssetsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetConnectedAssetsNodeAggregateSelection'] = ResolversParentTypes['AgencyAssetConnectedAssetsNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAssetOwnedAssetsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetOwnedAssetsAggregateSelection'] = ResolversParentTypes['AgencyAssetOwnedAssetsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyAssetOwnedAssetsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyAssetOwnedAssetsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyAssetOwnedAssetsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetOwnedAssetsEdgeAggregateSelection'] = ResolversParentTypes['AgencyAssetOwnedAssetsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyAssetOwnedAssetsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyAssetOwnedAssetsNodeAggregateSelection'] = ResolversParentTypes['AgencyAssetOwnedAssetsNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyConnectedAssetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyConnectedAssetsConnection'] = ResolversParentTypes['AgencyConnectedAssetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAssetConnectedAssetsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyConnectedAssetsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyConnectedAssetsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyConnectedAssetsRelationship'] = ResolversParentTypes['AgencyConnectedAssetsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['ConnectionFact'], ParentType, ContextType>;
}>;

export type AgencyDatasetDatasetsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyDatasetDatasetsAggregateSelection'] = ResolversParentTypes['AgencyDatasetDatasetsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyDatasetDatasetsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyDatasetDatasetsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyDatasetDatasetsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyDatasetDatasetsEdgeAggregateSelection'] = ResolversParentTypes['AgencyDatasetDatasetsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyDatasetDatasetsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyDatasetDatasetsNodeAggregateSelection'] = ResolversParentTypes['AgencyDatasetDatasetsNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  topicNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyDatasetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyDatasetsConnection'] = ResolversParentTypes['AgencyDatasetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyDatasetDatasetsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyDatasetsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyDatasetsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyDatasetsRelationship'] = ResolversParentTypes['AgencyDatasetsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyDependenciesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyDependencies'] = ResolversParentTypes['AgencyDependencies']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assets?: Resolver<Array<ResolversTypes['AssetDependency']>, ParentType, ContextType>;
  directServices?: Resolver<Array<ResolversTypes['ServiceSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
}>;

export type AgencyFigureFiguresAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyFigureFiguresAggregateSelection'] = ResolversParentTypes['AgencyFigureFiguresAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyFigureFiguresEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyFigureFiguresNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyFigureFiguresEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyFigureFiguresEdgeAggregateSelection'] = ResolversParentTypes['AgencyFigureFiguresEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyFigureFiguresNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyFigureFiguresNodeAggregateSelection'] = ResolversParentTypes['AgencyFigureFiguresNodeAggregateSelection']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyFiguresConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyFiguresConnection'] = ResolversParentTypes['AgencyFiguresConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyFigureFiguresAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyFiguresRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyFiguresRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyFiguresRelationship'] = ResolversParentTypes['AgencyFiguresRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyInventoryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyInventoryConnection'] = ResolversParentTypes['AgencyInventoryConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyInventoryEntryInventoryAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyInventoryRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyInventoryEntryInventoryAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyInventoryEntryInventoryAggregateSelection'] = ResolversParentTypes['AgencyInventoryEntryInventoryAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyInventoryEntryInventoryEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyInventoryEntryInventoryNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyInventoryEntryInventoryEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyInventoryEntryInventoryEdgeAggregateSelection'] = ResolversParentTypes['AgencyInventoryEntryInventoryEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyInventoryEntryInventoryNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyInventoryEntryInventoryNodeAggregateSelection'] = ResolversParentTypes['AgencyInventoryEntryInventoryNodeAggregateSelection']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyInventoryRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyInventoryRelationship'] = ResolversParentTypes['AgencyInventoryRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InventoryEntry'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyList'] = ResolversParentTypes['AgencyList']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyListKind'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<AgencyListMeasuresArgs>>;
  measuresConnection?: Resolver<ResolversTypes['AgencyListMeasuresConnection'], ParentType, ContextType, Partial<AgencyListMeasuresConnectionArgs>>;
  members?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AgencyListMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['AgencyListMembersConnection'], ParentType, ContextType, Partial<AgencyListMembersConnectionArgs>>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<AgencyListSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['AgencyListSourcesConnection'], ParentType, ContextType, Partial<AgencyListSourcesConnectionArgs>>;
  statedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgencyListAgencyMembersAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListAgencyMembersAggregateSelection'] = ResolversParentTypes['AgencyListAgencyMembersAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyListAgencyMembersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyListAgencyMembersNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyListAgencyMembersEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListAgencyMembersEdgeAggregateSelection'] = ResolversParentTypes['AgencyListAgencyMembersEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListAgencyMembersNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListAgencyMembersNodeAggregateSelection'] = ResolversParentTypes['AgencyListAgencyMembersNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListAggregate'] = ResolversParentTypes['AgencyListAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyListAggregateNode'], ParentType, ContextType>;
}>;

export type AgencyListAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListAggregateNode'] = ResolversParentTypes['AgencyListAggregateNode']> = ResolversObject<{
  statedCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  statedPercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListEdge'] = ResolversParentTypes['AgencyListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyList'], ParentType, ContextType>;
}>;

export type AgencyListMeasuresConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListMeasuresConnection'] = ResolversParentTypes['AgencyListMeasuresConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyListTargetMeasuresAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyListMeasuresRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyListMeasuresRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListMeasuresRelationship'] = ResolversParentTypes['AgencyListMeasuresRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type AgencyListMembersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListMembersConnection'] = ResolversParentTypes['AgencyListMembersConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyListAgencyMembersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyListMembersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyListMembersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListMembersRelationship'] = ResolversParentTypes['AgencyListMembersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['ListEntry'], ParentType, ContextType>;
}>;

export type AgencyListSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['AgencyListSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyListSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyListSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyListSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['AgencyListSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['AgencyListSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListSourcesConnection'] = ResolversParentTypes['AgencyListSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyListSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyListSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyListSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListSourcesRelationship'] = ResolversParentTypes['AgencyListSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AgencyListTargetMeasuresAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListTargetMeasuresAggregateSelection'] = ResolversParentTypes['AgencyListTargetMeasuresAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyListTargetMeasuresEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyListTargetMeasuresNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyListTargetMeasuresEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListTargetMeasuresEdgeAggregateSelection'] = ResolversParentTypes['AgencyListTargetMeasuresEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListTargetMeasuresNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListTargetMeasuresNodeAggregateSelection'] = ResolversParentTypes['AgencyListTargetMeasuresNodeAggregateSelection']> = ResolversObject<{
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  targetPercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyListedInConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListedInConnection'] = ResolversParentTypes['AgencyListedInConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAgencyListListedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyListedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyListedInRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListedInRelationship'] = ResolversParentTypes['AgencyListedInRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyList'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['ListEntry'], ParentType, ContextType>;
}>;

export type AgencyListsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyListsConnection'] = ResolversParentTypes['AgencyListsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyListAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyOpenDataPlanPlansAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyOpenDataPlanPlansAggregateSelection'] = ResolversParentTypes['AgencyOpenDataPlanPlansAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgencyOpenDataPlanPlansEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgencyOpenDataPlanPlansNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AgencyOpenDataPlanPlansEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyOpenDataPlanPlansEdgeAggregateSelection'] = ResolversParentTypes['AgencyOpenDataPlanPlansEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AgencyOpenDataPlanPlansNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyOpenDataPlanPlansNodeAggregateSelection'] = ResolversParentTypes['AgencyOpenDataPlanPlansNodeAggregateSelection']> = ResolversObject<{
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
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
  properties?: Resolver<ResolversTypes['OwnershipFact'], ParentType, ContextType>;
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

export type AgencyPlansConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyPlansConnection'] = ResolversParentTypes['AgencyPlansConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyOpenDataPlanPlansAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyPlansRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyPlansRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyPlansRelationship'] = ResolversParentTypes['AgencyPlansRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OpenDataPlan'], ParentType, ContextType>;
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
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
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

export type AgencySuccessorsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySuccessorsConnection'] = ResolversParentTypes['AgencySuccessorsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AgencyAgency2025SuccessorsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencySuccessorsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencySuccessorsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySuccessorsRelationship'] = ResolversParentTypes['AgencySuccessorsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency2025'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Succession'], ParentType, ContextType>;
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
  components?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<AssetComponentsArgs>>;
  componentsConnection?: Resolver<ResolversTypes['AssetComponentsConnection'], ParentType, ContextType, Partial<AssetComponentsConnectionArgs>>;
  connectedAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AssetConnectedAgenciesArgs>>;
  connectedAgenciesConnection?: Resolver<ResolversTypes['AssetConnectedAgenciesConnection'], ParentType, ContextType, Partial<AssetConnectedAgenciesConnectionArgs>>;
  consumes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<AssetConsumesArgs>>;
  consumesConnection?: Resolver<ResolversTypes['AssetConsumesConnection'], ParentType, ContextType, Partial<AssetConsumesConnectionArgs>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, Partial<AssetFiguresArgs>>;
  figuresConnection?: Resolver<ResolversTypes['AssetFiguresConnection'], ParentType, ContextType, Partial<AssetFiguresConnectionArgs>>;
  foldedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNational?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<AssetOwnersArgs>>;
  owners2025?: Resolver<Array<ResolversTypes['Agency2025']>, ParentType, ContextType>;
  ownersConnection?: Resolver<ResolversTypes['AssetOwnersConnection'], ParentType, ContextType, Partial<AssetOwnersConnectionArgs>>;
  partOf?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<AssetPartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['AssetPartOfConnection'], ParentType, ContextType, Partial<AssetPartOfConnectionArgs>>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<AssetServicesArgs>>;
  servicesConnection?: Resolver<ResolversTypes['AssetServicesConnection'], ParentType, ContextType, Partial<AssetServicesConnectionArgs>>;
  sortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<AssetSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['AssetSourcesConnection'], ParentType, ContextType, Partial<AssetSourcesConnectionArgs>>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType, Partial<AssetStandardsArgs>>;
  standardsConnection?: Resolver<ResolversTypes['AssetStandardsConnection'], ParentType, ContextType, Partial<AssetStandardsConnectionArgs>>;
  transitingServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<AssetTransitingServicesArgs>>;
  transitingServicesConnection?: Resolver<ResolversTypes['AssetTransitingServicesConnection'], ParentType, ContextType, Partial<AssetTransitingServicesConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AssetAgencyConnectedAgenciesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyConnectedAgenciesAggregateSelection'] = ResolversParentTypes['AssetAgencyConnectedAgenciesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetAgencyConnectedAgenciesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetAgencyConnectedAgenciesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetAgencyConnectedAgenciesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyConnectedAgenciesEdgeAggregateSelection'] = ResolversParentTypes['AssetAgencyConnectedAgenciesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAgencyConnectedAgenciesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyConnectedAgenciesNodeAggregateSelection'] = ResolversParentTypes['AssetAgencyConnectedAgenciesNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAgencyOwnersAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyOwnersAggregateSelection'] = ResolversParentTypes['AssetAgencyOwnersAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetAgencyOwnersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetAgencyOwnersNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetAgencyOwnersEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyOwnersEdgeAggregateSelection'] = ResolversParentTypes['AssetAgencyOwnersEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAgencyOwnersNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAgencyOwnersNodeAggregateSelection'] = ResolversParentTypes['AssetAgencyOwnersNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAggregate'] = ResolversParentTypes['AssetAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssetAggregateNode'], ParentType, ContextType>;
}>;

export type AssetAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAggregateNode'] = ResolversParentTypes['AssetAggregateNode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAssetComponentsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAssetComponentsAggregateSelection'] = ResolversParentTypes['AssetAssetComponentsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetAssetComponentsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetAssetComponentsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetAssetComponentsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAssetComponentsEdgeAggregateSelection'] = ResolversParentTypes['AssetAssetComponentsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAssetComponentsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAssetComponentsNodeAggregateSelection'] = ResolversParentTypes['AssetAssetComponentsNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAssetPartOfAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAssetPartOfAggregateSelection'] = ResolversParentTypes['AssetAssetPartOfAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetAssetPartOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetAssetPartOfNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetAssetPartOfEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAssetPartOfEdgeAggregateSelection'] = ResolversParentTypes['AssetAssetPartOfEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetAssetPartOfNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetAssetPartOfNodeAggregateSelection'] = ResolversParentTypes['AssetAssetPartOfNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetComponentsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetComponentsConnection'] = ResolversParentTypes['AssetComponentsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetAssetComponentsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetComponentsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetComponentsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetComponentsRelationship'] = ResolversParentTypes['AssetComponentsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AssetConnectedAgenciesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetConnectedAgenciesConnection'] = ResolversParentTypes['AssetConnectedAgenciesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetAgencyConnectedAgenciesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetConnectedAgenciesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetConnectedAgenciesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetConnectedAgenciesRelationship'] = ResolversParentTypes['AssetConnectedAgenciesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['ConnectionFact'], ParentType, ContextType>;
}>;

export type AssetConsumesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetConsumesConnection'] = ResolversParentTypes['AssetConsumesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetServiceConsumesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetConsumesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetConsumesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetConsumesRelationship'] = ResolversParentTypes['AssetConsumesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type AssetCriticalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetCriticality'] = ResolversParentTypes['AssetCriticality']> = ResolversObject<{
  agenciesCutOff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alternativeProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dependentAssets?: Resolver<Array<ResolversTypes['DependentNode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssetKind'], ParentType, ContextType>;
  monthlyExchangesLost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['ScorePart']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singlePointOfFailure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AssetDependencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetDependency'] = ResolversParentTypes['AssetDependency']> = ResolversObject<{
  facts?: Resolver<Array<ResolversTypes['ExistingLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceSummary']>, ParentType, ContextType>;
}>;

export type AssetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetEdge'] = ResolversParentTypes['AssetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
}>;

export type AssetFigureFiguresAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetFigureFiguresAggregateSelection'] = ResolversParentTypes['AssetFigureFiguresAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetFigureFiguresEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetFigureFiguresNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetFigureFiguresEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetFigureFiguresEdgeAggregateSelection'] = ResolversParentTypes['AssetFigureFiguresEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetFigureFiguresNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetFigureFiguresNodeAggregateSelection'] = ResolversParentTypes['AssetFigureFiguresNodeAggregateSelection']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetFiguresConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetFiguresConnection'] = ResolversParentTypes['AssetFiguresConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetFigureFiguresAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetFiguresRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetFiguresRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetFiguresRelationship'] = ResolversParentTypes['AssetFiguresRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AssetImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetImpact'] = ResolversParentTypes['AssetImpact']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  connectedAgencies?: Resolver<Array<ResolversTypes['ConnectedAgency']>, ParentType, ContextType, RequireFields<AssetImpactConnectedAgenciesArgs, 'offset'>>;
  connectedAgencyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['DependentNode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceSummary']>, ParentType, ContextType>;
  totalTransactions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  properties?: Resolver<ResolversTypes['OwnershipFact'], ParentType, ContextType>;
}>;

export type AssetPartOfConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetPartOfConnection'] = ResolversParentTypes['AssetPartOfConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetAssetPartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetPartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetPartOfRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetPartOfRelationship'] = ResolversParentTypes['AssetPartOfRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type AssetServiceConsumesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceConsumesAggregateSelection'] = ResolversParentTypes['AssetServiceConsumesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetServiceConsumesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetServiceConsumesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetServiceConsumesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceConsumesEdgeAggregateSelection'] = ResolversParentTypes['AssetServiceConsumesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetServiceConsumesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceConsumesNodeAggregateSelection'] = ResolversParentTypes['AssetServiceConsumesNodeAggregateSelection']> = ResolversObject<{
  errorRatePercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetServiceServicesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceServicesAggregateSelection'] = ResolversParentTypes['AssetServiceServicesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetServiceServicesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetServiceServicesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetServiceServicesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceServicesEdgeAggregateSelection'] = ResolversParentTypes['AssetServiceServicesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetServiceServicesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceServicesNodeAggregateSelection'] = ResolversParentTypes['AssetServiceServicesNodeAggregateSelection']> = ResolversObject<{
  errorRatePercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetServiceTransitingServicesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceTransitingServicesAggregateSelection'] = ResolversParentTypes['AssetServiceTransitingServicesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetServiceTransitingServicesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetServiceTransitingServicesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetServiceTransitingServicesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceTransitingServicesEdgeAggregateSelection'] = ResolversParentTypes['AssetServiceTransitingServicesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetServiceTransitingServicesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServiceTransitingServicesNodeAggregateSelection'] = ResolversParentTypes['AssetServiceTransitingServicesNodeAggregateSelection']> = ResolversObject<{
  errorRatePercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetServicesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServicesConnection'] = ResolversParentTypes['AssetServicesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetServiceServicesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetServicesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetServicesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetServicesRelationship'] = ResolversParentTypes['AssetServicesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
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
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
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

export type AssetStandardStandardsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetStandardStandardsAggregateSelection'] = ResolversParentTypes['AssetStandardStandardsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AssetStandardStandardsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AssetStandardStandardsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AssetStandardStandardsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetStandardStandardsEdgeAggregateSelection'] = ResolversParentTypes['AssetStandardStandardsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetStandardStandardsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetStandardStandardsNodeAggregateSelection'] = ResolversParentTypes['AssetStandardStandardsNodeAggregateSelection']> = ResolversObject<{
  content?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
}>;

export type AssetStandardsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetStandardsConnection'] = ResolversParentTypes['AssetStandardsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetStandardStandardsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetStandardsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetStandardsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetStandardsRelationship'] = ResolversParentTypes['AssetStandardsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type AssetTransitingServicesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetTransitingServicesConnection'] = ResolversParentTypes['AssetTransitingServicesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetServiceTransitingServicesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetTransitingServicesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssetTransitingServicesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetTransitingServicesRelationship'] = ResolversParentTypes['AssetTransitingServicesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type AssetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetsConnection'] = ResolversParentTypes['AssetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AssetAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFinding'] = ResolversParentTypes['AuditFinding']> = ResolversObject<{
  cites?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<AuditFindingCitesArgs>>;
  citesConnection?: Resolver<ResolversTypes['AuditFindingCitesConnection'], ParentType, ContextType, Partial<AuditFindingCitesConnectionArgs>>;
  computed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AuditFindingAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingAggregate'] = ResolversParentTypes['AuditFindingAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditFindingAggregateNode'], ParentType, ContextType>;
}>;

export type AuditFindingAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingAggregateNode'] = ResolversParentTypes['AuditFindingAggregateNode']> = ResolversObject<{
  computed?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type AuditFindingCitesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingCitesConnection'] = ResolversParentTypes['AuditFindingCitesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuditFindingSourceDocumentCitesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuditFindingCitesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditFindingCitesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingCitesRelationship'] = ResolversParentTypes['AuditFindingCitesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type AuditFindingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingEdge'] = ResolversParentTypes['AuditFindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditFinding'], ParentType, ContextType>;
}>;

export type AuditFindingSourceDocumentCitesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingSourceDocumentCitesAggregateSelection'] = ResolversParentTypes['AuditFindingSourceDocumentCitesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuditFindingSourceDocumentCitesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuditFindingSourceDocumentCitesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuditFindingSourceDocumentCitesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingSourceDocumentCitesEdgeAggregateSelection'] = ResolversParentTypes['AuditFindingSourceDocumentCitesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuditFindingSourceDocumentCitesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingSourceDocumentCitesNodeAggregateSelection'] = ResolversParentTypes['AuditFindingSourceDocumentCitesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuditFindingsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditFindingsConnection'] = ResolversParentTypes['AuditFindingsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuditFindingAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuditFindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CatalogueQualityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogueQuality'] = ResolversParentTypes['CatalogueQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  catalogues?: Resolver<Array<ResolversTypes['CatalogueReport']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['ReportedCatalogueSpread'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CatalogueReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogueReport'] = ResolversParentTypes['CatalogueReport']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['CatalogueSize'], ParentType, ContextType>;
  unstructured?: Resolver<Array<ResolversTypes['QualityEntry']>, ParentType, ContextType>;
  withoutFields?: Resolver<Array<ResolversTypes['QualityEntry']>, ParentType, ContextType>;
  withoutStatus?: Resolver<Array<ResolversTypes['QualityEntry']>, ParentType, ContextType>;
}>;

export type CatalogueSizeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogueSize'] = ResolversParentTypes['CatalogueSize']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ChangeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeCount'] = ResolversParentTypes['ChangeCount']> = ResolversObject<{
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecord'] = ResolversParentTypes['ChangeRecord']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ChangeRecordAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecordAggregate'] = ResolversParentTypes['ChangeRecordAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeRecordAggregateNode'], ParentType, ContextType>;
}>;

export type ChangeRecordAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecordAggregateNode'] = ResolversParentTypes['ChangeRecordAggregateNode']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ChangeRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecordEdge'] = ResolversParentTypes['ChangeRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeRecord'], ParentType, ContextType>;
}>;

export type ChangeRecordsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecordsConnection'] = ResolversParentTypes['ChangeRecordsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ChangeRecordAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ChangeRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangesBetweenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangesBetween'] = ResolversParentTypes['ChangesBetween']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ConnectionChange']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['ChangeCount']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClusterMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterMember'] = ResolversParentTypes['ClusterMember']> = ResolversObject<{
  accountable?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['LocalSourceType'], ParentType, ContextType>;
}>;

export type ConnectedAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectedAgency'] = ResolversParentTypes['ConnectedAgency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapshots?: Resolver<Array<ResolversTypes['Snapshot']>, ParentType, ContextType>;
}>;

export type ConnectionChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectionChange'] = ResolversParentTypes['ConnectionChange']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  assetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  fromParts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
  toParts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
}>;

export type ConnectionFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectionFact'] = ResolversParentTypes['ConnectionFact']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConnectionStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConnectionMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectionMatrix'] = ResolversParentTypes['ConnectionMatrix']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assets?: Resolver<Array<ResolversTypes['MatrixColumn']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['MatrixRow']>, ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsumedServicesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsumedServices'] = ResolversParentTypes['ConsumedServices']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['UsageBasis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['UsageMonth']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observed?: Resolver<ResolversTypes['UsageTotals'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['ReportedAgencyFigures'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceUsage']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['UsageSourceRef']>, ParentType, ContextType>;
  totalServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<Array<ResolversTypes['MonthCoverage']>, ParentType, ContextType>;
}>;

export type ConsumerUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsumerUsage'] = ResolversParentTypes['ConsumerUsage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['UsageMonth']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observed?: Resolver<ResolversTypes['UsageTotals'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['UsageSourceRef']>, ParentType, ContextType>;
  unattributed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CopiedItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CopiedItem'] = ResolversParentTypes['CopiedItem']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  assetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  assetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['LocalSourceType'], ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = ResolversObject<{
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageCount'] = ResolversParentTypes['CoverageCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
}>;

export type CoverageGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageGap'] = ResolversParentTypes['CoverageGap']> = ResolversObject<{
  has?: Resolver<Array<ResolversTypes['ExistingLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ndxpTransactions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CoverageGapResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageGapResult'] = ResolversParentTypes['CoverageGapResult']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  assetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageCounts?: Resolver<Array<ResolversTypes['CoverageCount']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['CoverageGap']>, ParentType, ContextType>;
  rolledUp?: Resolver<Array<ResolversTypes['RolledUpGap']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreateInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateInfo'] = ResolversParentTypes['CreateInfo']> = ResolversObject<{
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreateNotesMutationResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateNotesMutationResponse'] = ResolversParentTypes['CreateNotesMutationResponse']> = ResolversObject<{
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType>;
}>;

export type CriticalityRankingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriticalityRanking'] = ResolversParentTypes['CriticalityRanking']> = ResolversObject<{
  assets?: Resolver<Array<ResolversTypes['AssetCriticality']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['UsageBasis'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<Array<ResolversTypes['MonthCoverage']>, ParentType, ContextType>;
}>;

export type DatabaseKindResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatabaseKind'] = ResolversParentTypes['DatabaseKind']> = ResolversObject<{
  agencyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['KindBasis'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['DepartmentKind']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['KindItem']>, ParentType, ContextType, RequireFields<DatabaseKindItemsArgs, 'limit' | 'offset'>>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nationalAssetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DatabaseKindsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatabaseKinds'] = ResolversParentTypes['DatabaseKinds']> = ResolversObject<{
  kinds?: Resolver<Array<ResolversTypes['DatabaseKind']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<Array<ResolversTypes['OpenDataPlan']>, ParentType, ContextType, Partial<DatasetPlanArgs>>;
  planConnection?: Resolver<ResolversTypes['DatasetPlanConnection'], ParentType, ContextType, Partial<DatasetPlanConnectionArgs>>;
  responsible?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<DatasetResponsibleArgs>>;
  responsibleConnection?: Resolver<ResolversTypes['DatasetResponsibleConnection'], ParentType, ContextType, Partial<DatasetResponsibleConnectionArgs>>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<DatasetSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['DatasetSourcesConnection'], ParentType, ContextType, Partial<DatasetSourcesConnectionArgs>>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topicNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DatasetAgencyResponsibleAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetAgencyResponsibleAggregateSelection'] = ResolversParentTypes['DatasetAgencyResponsibleAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['DatasetAgencyResponsibleEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['DatasetAgencyResponsibleNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type DatasetAgencyResponsibleEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetAgencyResponsibleEdgeAggregateSelection'] = ResolversParentTypes['DatasetAgencyResponsibleEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetAgencyResponsibleNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetAgencyResponsibleNodeAggregateSelection'] = ResolversParentTypes['DatasetAgencyResponsibleNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetAggregate'] = ResolversParentTypes['DatasetAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DatasetAggregateNode'], ParentType, ContextType>;
}>;

export type DatasetAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetAggregateNode'] = ResolversParentTypes['DatasetAggregateNode']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  topicNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetEdge'] = ResolversParentTypes['DatasetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
}>;

export type DatasetOpenDataPlanPlanAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetOpenDataPlanPlanAggregateSelection'] = ResolversParentTypes['DatasetOpenDataPlanPlanAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['DatasetOpenDataPlanPlanEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['DatasetOpenDataPlanPlanNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type DatasetOpenDataPlanPlanEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetOpenDataPlanPlanEdgeAggregateSelection'] = ResolversParentTypes['DatasetOpenDataPlanPlanEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetOpenDataPlanPlanNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetOpenDataPlanPlanNodeAggregateSelection'] = ResolversParentTypes['DatasetOpenDataPlanPlanNodeAggregateSelection']> = ResolversObject<{
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetPlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetPlanConnection'] = ResolversParentTypes['DatasetPlanConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['DatasetOpenDataPlanPlanAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['DatasetPlanRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DatasetPlanRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetPlanRelationship'] = ResolversParentTypes['DatasetPlanRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OpenDataPlan'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type DatasetResponsibleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetResponsibleConnection'] = ResolversParentTypes['DatasetResponsibleConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['DatasetAgencyResponsibleAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['DatasetResponsibleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DatasetResponsibleRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetResponsibleRelationship'] = ResolversParentTypes['DatasetResponsibleRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type DatasetSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['DatasetSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['DatasetSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['DatasetSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type DatasetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['DatasetSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['DatasetSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type DatasetSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetSourcesConnection'] = ResolversParentTypes['DatasetSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['DatasetSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['DatasetSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DatasetSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetSourcesRelationship'] = ResolversParentTypes['DatasetSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type DatasetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetsConnection'] = ResolversParentTypes['DatasetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['DatasetAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['DatasetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateTimeAggregateSelection'] = ResolversParentTypes['DateTimeAggregateSelection']> = ResolversObject<{
  max?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type DeclaredVsObservedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclaredVsObserved'] = ResolversParentTypes['DeclaredVsObserved']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['UsageBasis'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['LinkClassCount']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['LinkComparison']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['RegularTraffic'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trafficWithoutProvider?: Resolver<ResolversTypes['UsageTotals'], ParentType, ContextType>;
  window?: Resolver<Array<ResolversTypes['MonthCoverage']>, ParentType, ContextType>;
}>;

export type DeleteInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteInfo'] = ResolversParentTypes['DeleteInfo']> = ResolversObject<{
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentKindResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentKind'] = ResolversParentTypes['DepartmentKind']> = ResolversObject<{
  keepers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DependentNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependentNode'] = ResolversParentTypes['DependentNode']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type DuplicateAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateAgency'] = ResolversParentTypes['DuplicateAgency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['AgencyKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  accountable?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  clusterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  databaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  databaseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datasetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  datasetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DuplicateEvidence']>, ParentType, ContextType>;
  itemDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DuplicateKind'], ParentType, ContextType>;
  matchedPhrases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  matchedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nationalAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nationalAssetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['LocalSourceType'], ParentType, ContextType>;
  unit2025?: Resolver<Maybe<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
}>;

export type DuplicateCandidatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidates'] = ResolversParentTypes['DuplicateCandidates']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DuplicateClusterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCluster'] = ResolversParentTypes['DuplicateCluster']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  agencyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ClusterBasis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ClusterMember']>, ParentType, ContextType, RequireFields<DuplicateClusterMembersArgs, 'limit' | 'offset'>>;
  nationalAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nationalAssetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DuplicateClustersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateClusters'] = ResolversParentTypes['DuplicateClusters']> = ResolversObject<{
  clusters?: Resolver<Array<ResolversTypes['DuplicateCluster']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DuplicateEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateEvidence'] = ResolversParentTypes['DuplicateEvidence']> = ResolversObject<{
  found?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phrase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['EvidenceVia'], ParentType, ContextType>;
  where?: Resolver<ResolversTypes['EvidenceWhere'], ParentType, ContextType>;
}>;

export type DuplicateLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateLink'] = ResolversParentTypes['DuplicateLink']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConnectionStatus'], ParentType, ContextType>;
}>;

export type DurationPercentilesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurationPercentiles'] = ResolversParentTypes['DurationPercentiles']> = ResolversObject<{
  p50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  samples?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EdgeCitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EdgeCitation'] = ResolversParentTypes['EdgeCitation']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EdgePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EdgePart'] = ResolversParentTypes['EdgePart']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['EdgeCitation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExistingLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExistingLink'] = ResolversParentTypes['ExistingLink']> = ResolversObject<{
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConnectionStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['FigureSubject']>, ParentType, ContextType, Partial<FigureAboutArgs>>;
  aboutConnection?: Resolver<ResolversTypes['FigureAboutConnection'], ParentType, ContextType, Partial<FigureAboutConnectionArgs>>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<FigureSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['FigureSourcesConnection'], ParentType, ContextType, Partial<FigureSourcesConnectionArgs>>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FigureAboutConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureAboutConnection'] = ResolversParentTypes['FigureAboutConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FigureAboutRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FigureAboutRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureAboutRelationship'] = ResolversParentTypes['FigureAboutRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FigureSubject'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type FigureAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureAggregate'] = ResolversParentTypes['FigureAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FigureAggregateNode'], ParentType, ContextType>;
}>;

export type FigureAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureAggregateNode'] = ResolversParentTypes['FigureAggregateNode']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type FigureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureEdge'] = ResolversParentTypes['FigureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type FigureSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['FigureSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['FigureSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FigureSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FigureSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['FigureSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FigureSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['FigureSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FigureSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureSourcesConnection'] = ResolversParentTypes['FigureSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FigureSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FigureSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FigureSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureSourcesRelationship'] = ResolversParentTypes['FigureSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type FigureSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureSubject'] = ResolversParentTypes['FigureSubject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agency' | 'Asset' | 'OpenDataPlan' | 'Service', ParentType, ContextType>;
}>;

export type FiguresConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FiguresConnection'] = ResolversParentTypes['FiguresConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FigureAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FigureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FloatAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FloatAggregateSelection'] = ResolversParentTypes['FloatAggregateSelection']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['EdgeCitation'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  effective?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingParts?: Resolver<Array<ResolversTypes['NodeName']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['EdgePart']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  snapshot?: Resolver<Maybe<ResolversTypes['Snapshot']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  became?: Resolver<Array<ResolversTypes['NodeName']>, ParentType, ContextType>;
  cameFrom?: Resolver<Array<ResolversTypes['NodeName']>, ParentType, ContextType>;
  era?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PathEdge']>, ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
}>;

export type HistoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['History'] = ResolversParentTypes['History']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IdentifierUseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentifierUse'] = ResolversParentTypes['IdentifierUse']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phrase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type InventoryEntriesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntriesConnection'] = ResolversParentTypes['InventoryEntriesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['InventoryEntryAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InventoryEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InventoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntry'] = ResolversParentTypes['InventoryEntry']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keptBy?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<InventoryEntryKeptByArgs>>;
  keptByConnection?: Resolver<ResolversTypes['InventoryEntryKeptByConnection'], ParentType, ContextType, Partial<InventoryEntryKeptByConnectionArgs>>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<InventoryEntrySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['InventoryEntrySourcesConnection'], ParentType, ContextType, Partial<InventoryEntrySourcesConnectionArgs>>;
  status?: Resolver<ResolversTypes['InventoryStatus'], ParentType, ContextType>;
}>;

export type InventoryEntryAgencyKeptByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryAgencyKeptByAggregateSelection'] = ResolversParentTypes['InventoryEntryAgencyKeptByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['InventoryEntryAgencyKeptByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['InventoryEntryAgencyKeptByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type InventoryEntryAgencyKeptByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryAgencyKeptByEdgeAggregateSelection'] = ResolversParentTypes['InventoryEntryAgencyKeptByEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type InventoryEntryAgencyKeptByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryAgencyKeptByNodeAggregateSelection'] = ResolversParentTypes['InventoryEntryAgencyKeptByNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type InventoryEntryAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryAggregate'] = ResolversParentTypes['InventoryEntryAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InventoryEntryAggregateNode'], ParentType, ContextType>;
}>;

export type InventoryEntryAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryAggregateNode'] = ResolversParentTypes['InventoryEntryAggregateNode']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type InventoryEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryEdge'] = ResolversParentTypes['InventoryEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InventoryEntry'], ParentType, ContextType>;
}>;

export type InventoryEntryKeptByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryKeptByConnection'] = ResolversParentTypes['InventoryEntryKeptByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['InventoryEntryAgencyKeptByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InventoryEntryKeptByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InventoryEntryKeptByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntryKeptByRelationship'] = ResolversParentTypes['InventoryEntryKeptByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type InventoryEntrySourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntrySourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['InventoryEntrySourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['InventoryEntrySourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['InventoryEntrySourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type InventoryEntrySourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntrySourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['InventoryEntrySourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type InventoryEntrySourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntrySourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['InventoryEntrySourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type InventoryEntrySourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntrySourcesConnection'] = ResolversParentTypes['InventoryEntrySourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['InventoryEntrySourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InventoryEntrySourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InventoryEntrySourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryEntrySourcesRelationship'] = ResolversParentTypes['InventoryEntrySourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type InventoryImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryImportResult'] = ResolversParentTypes['InventoryImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departmentsCreated?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['InventoryFormat'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ItemSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemSource'] = ResolversParentTypes['ItemSource']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KindHeatmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindHeatmap'] = ResolversParentTypes['KindHeatmap']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['DatabaseKind']>, ParentType, ContextType>;
  minPeerShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['KindHeatmapRow']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalKinds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KindHeatmapRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindHeatmapRow'] = ResolversParentTypes['KindHeatmapRow']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  peers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  states?: Resolver<Array<Maybe<ResolversTypes['KindState']>>, ParentType, ContextType>;
}>;

export type KindItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindItem'] = ResolversParentTypes['KindItem']> = ResolversObject<{
  accountable?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['LocalSourceType'], ParentType, ContextType>;
}>;

export type LinkClassCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkClassCount'] = ResolversParentTypes['LinkClassCount']> = ResolversObject<{
  class?: Resolver<ResolversTypes['LinkClass'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LinkComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkComparison'] = ResolversParentTypes['LinkComparison']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assetNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  class?: Resolver<ResolversTypes['LinkClass'], ParentType, ContextType>;
  declared?: Resolver<Array<ResolversTypes['ExistingLink']>, ParentType, ContextType>;
  declaredOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['UsageMonth']>, ParentType, ContextType>;
  observed?: Resolver<Maybe<ResolversTypes['UsageTotals']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regularMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedAgencyTransactions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ListEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListEntry'] = ResolversParentTypes['ListEntry']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatrixCell'] = ResolversParentTypes['MatrixCell']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
  asOfCoverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  assetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  june2023?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
  june2023Coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CellState'], ParentType, ContextType>;
  y2022?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
  y2022Coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
}>;

export type MatrixColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatrixColumn'] = ResolversParentTypes['MatrixColumn']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total2022?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalAsOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalJune2023?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatrixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatrixRow'] = ResolversParentTypes['MatrixRow']> = ResolversObject<{
  asOfStatuses?: Resolver<Array<Maybe<ResolversTypes['ConnectionStatus']>>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['MatrixCell']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['CellState']>, ParentType, ContextType>;
  total2022?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalAsOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalJune2023?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MissingDatabaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingDatabase'] = ResolversParentTypes['MissingDatabase']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['KindItem']>, ParentType, ContextType>;
  expectedDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keepingPeers?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['DatabaseKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nationalAssetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  peerShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peersKeeping?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['ReferenceKind']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['KindState'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['MissingVerdict'], ParentType, ContextType>;
}>;

export type MissingDatabasesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingDatabases'] = ResolversParentTypes['MissingDatabases']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['MissingBasis'], ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  judged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minPeerShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['MissingDatabase']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tooFewPeers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viaNational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutInventory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MissingLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingLink'] = ResolversParentTypes['MissingLink']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  copies?: Resolver<Array<ResolversTypes['CopiedItem']>, ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['IdentifierUse']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['DuplicateLink']>, ParentType, ContextType>;
  nationalAssetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalAssetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MissingLinksResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingLinks'] = ResolversParentTypes['MissingLinks']> = ResolversObject<{
  links?: Resolver<Array<ResolversTypes['MissingLink']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MissingPiecesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingPieces'] = ResolversParentTypes['MissingPieces']> = ResolversObject<{
  databasesWithoutStandard?: Resolver<Array<ResolversTypes['NamedRef']>, ParentType, ContextType>;
  withoutCatalogue?: Resolver<Array<ResolversTypes['NamedRef']>, ParentType, ContextType>;
  withoutOpenDataPlan?: Resolver<Array<ResolversTypes['NamedRef']>, ParentType, ContextType>;
}>;

export type MonthCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthCoverage'] = ResolversParentTypes['MonthCoverage']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createNotes?: Resolver<ResolversTypes['CreateNotesMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateNotesArgs, 'input'>>;
  deleteNotes?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteNotesArgs>>;
  importConnections?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportConnectionsArgs, 'csv' | 'encoding' | 'fileName'>>;
  importInventory?: Resolver<ResolversTypes['InventoryImportResult'], ParentType, ContextType, RequireFields<MutationImportInventoryArgs, 'content' | 'encoding' | 'fileName'>>;
  importReferenceCatalogue?: Resolver<ResolversTypes['ReferenceImportResult'], ParentType, ContextType, RequireFields<MutationImportReferenceCatalogueArgs, 'content' | 'encoding' | 'fileName'>>;
  importUsage?: Resolver<ResolversTypes['UsageImportResult'], ParentType, ContextType, RequireFields<MutationImportUsageArgs, 'content' | 'encoding' | 'fileName'>>;
  updateNotes?: Resolver<ResolversTypes['UpdateNotesMutationResponse'], ParentType, ContextType, Partial<MutationUpdateNotesArgs>>;
}>;

export type NamedRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NamedRef'] = ResolversParentTypes['NamedRef']> = ResolversObject<{
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingParts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NeighbourGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourGroup'] = ResolversParentTypes['NeighbourGroup']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['EdgeDirection'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neighbours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['NeighbourGroup']>, ParentType, ContextType>;
  neighbours?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NodeNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeName'] = ResolversParentTypes['NodeName']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<NoteAgenciesArgs>>;
  agenciesConnection?: Resolver<ResolversTypes['NoteAgenciesConnection'], ParentType, ContextType, Partial<NoteAgenciesConnectionArgs>>;
  assets?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<NoteAssetsArgs>>;
  assetsConnection?: Resolver<ResolversTypes['NoteAssetsConnection'], ParentType, ContextType, Partial<NoteAssetsConnectionArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NoteAgenciesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAgenciesConnection'] = ResolversParentTypes['NoteAgenciesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteAgencyAgenciesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteAgenciesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteAgenciesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAgenciesRelationship'] = ResolversParentTypes['NoteAgenciesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
}>;

export type NoteAgencyAgenciesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAgencyAgenciesAggregateSelection'] = ResolversParentTypes['NoteAgencyAgenciesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NoteAgencyAgenciesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type NoteAgencyAgenciesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAgencyAgenciesNodeAggregateSelection'] = ResolversParentTypes['NoteAgencyAgenciesNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAggregate'] = ResolversParentTypes['NoteAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NoteAggregateNode'], ParentType, ContextType>;
}>;

export type NoteAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAggregateNode'] = ResolversParentTypes['NoteAggregateNode']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lastChange?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteAssetAssetsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAssetAssetsAggregateSelection'] = ResolversParentTypes['NoteAssetAssetsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NoteAssetAssetsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type NoteAssetAssetsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAssetAssetsNodeAggregateSelection'] = ResolversParentTypes['NoteAssetAssetsNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteAssetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAssetsConnection'] = ResolversParentTypes['NoteAssetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteAssetAssetsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteAssetsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteAssetsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAssetsRelationship'] = ResolversParentTypes['NoteAssetsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
}>;

export type NoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
}>;

export type NotesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotesConnection'] = ResolversParentTypes['NotesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpenDataPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlan'] = ResolversParentTypes['OpenDataPlan']> = ResolversObject<{
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType, Partial<OpenDataPlanDatasetsArgs>>;
  datasetsConnection?: Resolver<ResolversTypes['OpenDataPlanDatasetsConnection'], ParentType, ContextType, Partial<OpenDataPlanDatasetsConnectionArgs>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, Partial<OpenDataPlanFiguresArgs>>;
  figuresConnection?: Resolver<ResolversTypes['OpenDataPlanFiguresConnection'], ParentType, ContextType, Partial<OpenDataPlanFiguresConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<OpenDataPlanIssuedByArgs>>;
  issuedByConnection?: Resolver<ResolversTypes['OpenDataPlanIssuedByConnection'], ParentType, ContextType, Partial<OpenDataPlanIssuedByConnectionArgs>>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<OpenDataPlanSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['OpenDataPlanSourcesConnection'], ParentType, ContextType, Partial<OpenDataPlanSourcesConnectionArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OpenDataPlanAgencyIssuedByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanAgencyIssuedByAggregateSelection'] = ResolversParentTypes['OpenDataPlanAgencyIssuedByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OpenDataPlanAgencyIssuedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OpenDataPlanAgencyIssuedByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OpenDataPlanAgencyIssuedByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanAgencyIssuedByEdgeAggregateSelection'] = ResolversParentTypes['OpenDataPlanAgencyIssuedByEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanAgencyIssuedByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanAgencyIssuedByNodeAggregateSelection'] = ResolversParentTypes['OpenDataPlanAgencyIssuedByNodeAggregateSelection']> = ResolversObject<{
  era?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanAggregate'] = ResolversParentTypes['OpenDataPlanAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OpenDataPlanAggregateNode'], ParentType, ContextType>;
}>;

export type OpenDataPlanAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanAggregateNode'] = ResolversParentTypes['OpenDataPlanAggregateNode']> = ResolversObject<{
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanDatasetDatasetsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanDatasetDatasetsAggregateSelection'] = ResolversParentTypes['OpenDataPlanDatasetDatasetsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OpenDataPlanDatasetDatasetsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OpenDataPlanDatasetDatasetsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OpenDataPlanDatasetDatasetsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanDatasetDatasetsEdgeAggregateSelection'] = ResolversParentTypes['OpenDataPlanDatasetDatasetsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanDatasetDatasetsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanDatasetDatasetsNodeAggregateSelection'] = ResolversParentTypes['OpenDataPlanDatasetDatasetsNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  topicNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanDatasetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanDatasetsConnection'] = ResolversParentTypes['OpenDataPlanDatasetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OpenDataPlanDatasetDatasetsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OpenDataPlanDatasetsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpenDataPlanDatasetsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanDatasetsRelationship'] = ResolversParentTypes['OpenDataPlanDatasetsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type OpenDataPlanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanEdge'] = ResolversParentTypes['OpenDataPlanEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OpenDataPlan'], ParentType, ContextType>;
}>;

export type OpenDataPlanFigureFiguresAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanFigureFiguresAggregateSelection'] = ResolversParentTypes['OpenDataPlanFigureFiguresAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OpenDataPlanFigureFiguresEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OpenDataPlanFigureFiguresNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OpenDataPlanFigureFiguresEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanFigureFiguresEdgeAggregateSelection'] = ResolversParentTypes['OpenDataPlanFigureFiguresEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanFigureFiguresNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanFigureFiguresNodeAggregateSelection'] = ResolversParentTypes['OpenDataPlanFigureFiguresNodeAggregateSelection']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanFiguresConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanFiguresConnection'] = ResolversParentTypes['OpenDataPlanFiguresConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OpenDataPlanFigureFiguresAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OpenDataPlanFiguresRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpenDataPlanFiguresRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanFiguresRelationship'] = ResolversParentTypes['OpenDataPlanFiguresRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type OpenDataPlanIssuedByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanIssuedByConnection'] = ResolversParentTypes['OpenDataPlanIssuedByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OpenDataPlanAgencyIssuedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OpenDataPlanIssuedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpenDataPlanIssuedByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanIssuedByRelationship'] = ResolversParentTypes['OpenDataPlanIssuedByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type OpenDataPlanSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['OpenDataPlanSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OpenDataPlanSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OpenDataPlanSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['OpenDataPlanSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OpenDataPlanSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanSourcesConnection'] = ResolversParentTypes['OpenDataPlanSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OpenDataPlanSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OpenDataPlanSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpenDataPlanSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlanSourcesRelationship'] = ResolversParentTypes['OpenDataPlanSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type OpenDataPlansConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenDataPlansConnection'] = ResolversParentTypes['OpenDataPlansConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OpenDataPlanAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OpenDataPlanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OwnershipFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnershipFact'] = ResolversParentTypes['OwnershipFact']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartStatus'] = ResolversParentTypes['PartStatus']> = ResolversObject<{
  has?: Resolver<Array<ResolversTypes['ExistingLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathEdge'] = ResolversParentTypes['PathEdge']> = ResolversObject<{
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PathsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathsResult'] = ResolversParentTypes['PathsResult']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  maxHops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['PathMode'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QualityEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QualityEntry'] = ResolversParentTypes['QualityEntry']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phrase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['QualityProblem'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InventoryStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<QueryAgenciesArgs>>;
  agencies2025?: Resolver<Array<ResolversTypes['Agency2025']>, ParentType, ContextType, Partial<QueryAgencies2025Args>>;
  agencies2025Connection?: Resolver<ResolversTypes['Agencies2025Connection'], ParentType, ContextType, Partial<QueryAgencies2025ConnectionArgs>>;
  agenciesConnection?: Resolver<ResolversTypes['AgenciesConnection'], ParentType, ContextType, Partial<QueryAgenciesConnectionArgs>>;
  agenciesWithoutInventory?: Resolver<ResolversTypes['AgenciesWithoutInventory'], ParentType, ContextType, RequireFields<QueryAgenciesWithoutInventoryArgs, 'era' | 'offset' | 'tier'>>;
  agencyDependencies?: Resolver<ResolversTypes['AgencyDependencies'], ParentType, ContextType, RequireFields<QueryAgencyDependenciesArgs, 'agency'>>;
  agencyLists?: Resolver<Array<ResolversTypes['AgencyList']>, ParentType, ContextType, Partial<QueryAgencyListsArgs>>;
  agencyListsConnection?: Resolver<ResolversTypes['AgencyListsConnection'], ParentType, ContextType, Partial<QueryAgencyListsConnectionArgs>>;
  assetImpact?: Resolver<ResolversTypes['AssetImpact'], ParentType, ContextType, RequireFields<QueryAssetImpactArgs, 'asset' | 'depth'>>;
  assets?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<QueryAssetsArgs>>;
  assetsConnection?: Resolver<ResolversTypes['AssetsConnection'], ParentType, ContextType, Partial<QueryAssetsConnectionArgs>>;
  auditFindings?: Resolver<Array<ResolversTypes['AuditFinding']>, ParentType, ContextType, Partial<QueryAuditFindingsArgs>>;
  auditFindingsConnection?: Resolver<ResolversTypes['AuditFindingsConnection'], ParentType, ContextType, Partial<QueryAuditFindingsConnectionArgs>>;
  catalogueQuality?: Resolver<ResolversTypes['CatalogueQuality'], ParentType, ContextType, RequireFields<QueryCatalogueQualityArgs, 'offset'>>;
  changeRecords?: Resolver<Array<ResolversTypes['ChangeRecord']>, ParentType, ContextType, Partial<QueryChangeRecordsArgs>>;
  changeRecordsConnection?: Resolver<ResolversTypes['ChangeRecordsConnection'], ParentType, ContextType, Partial<QueryChangeRecordsConnectionArgs>>;
  changesBetween?: Resolver<ResolversTypes['ChangesBetween'], ParentType, ContextType, RequireFields<QueryChangesBetweenArgs, 'from' | 'includeContinued' | 'tier' | 'to'>>;
  connectionMatrix?: Resolver<ResolversTypes['ConnectionMatrix'], ParentType, ContextType, RequireFields<QueryConnectionMatrixArgs, 'offset' | 'tier'>>;
  consumedServices?: Resolver<ResolversTypes['ConsumedServices'], ParentType, ContextType, RequireFields<QueryConsumedServicesArgs, 'agency' | 'era' | 'limit' | 'offset'>>;
  coverageGaps?: Resolver<ResolversTypes['CoverageGapResult'], ParentType, ContextType, RequireFields<QueryCoverageGapsArgs, 'asset' | 'offset' | 'status' | 'tier'>>;
  criticality?: Resolver<ResolversTypes['CriticalityRanking'], ParentType, ContextType, RequireFields<QueryCriticalityArgs, 'era' | 'limit' | 'offset'>>;
  databaseKind?: Resolver<ResolversTypes['DatabaseKind'], ParentType, ContextType, RequireFields<QueryDatabaseKindArgs, 'kind'>>;
  databaseKinds?: Resolver<ResolversTypes['DatabaseKinds'], ParentType, ContextType, RequireFields<QueryDatabaseKindsArgs, 'bases' | 'minAgencies' | 'offset'>>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType, Partial<QueryDatasetsArgs>>;
  datasetsConnection?: Resolver<ResolversTypes['DatasetsConnection'], ParentType, ContextType, Partial<QueryDatasetsConnectionArgs>>;
  declaredVsObserved?: Resolver<ResolversTypes['DeclaredVsObserved'], ParentType, ContextType, RequireFields<QueryDeclaredVsObservedArgs, 'limit' | 'offset' | 'regular' | 'tier'>>;
  duplicateCandidates?: Resolver<ResolversTypes['DuplicateCandidates'], ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'kinds' | 'minScore' | 'offset' | 'sourceTypes'>>;
  duplicateClusters?: Resolver<ResolversTypes['DuplicateClusters'], ParentType, ContextType, RequireFields<QueryDuplicateClustersArgs, 'bases' | 'era' | 'minAgencies' | 'offset'>>;
  figureSubjects?: Resolver<Array<ResolversTypes['FigureSubject']>, ParentType, ContextType, Partial<QueryFigureSubjectsArgs>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, Partial<QueryFiguresArgs>>;
  figuresConnection?: Resolver<ResolversTypes['FiguresConnection'], ParentType, ContextType, Partial<QueryFiguresConnectionArgs>>;
  history?: Resolver<ResolversTypes['History'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'node' | 'offset'>>;
  inventoryEntries?: Resolver<Array<ResolversTypes['InventoryEntry']>, ParentType, ContextType, Partial<QueryInventoryEntriesArgs>>;
  inventoryEntriesConnection?: Resolver<ResolversTypes['InventoryEntriesConnection'], ParentType, ContextType, Partial<QueryInventoryEntriesConnectionArgs>>;
  kindHeatmap?: Resolver<ResolversTypes['KindHeatmap'], ParentType, ContextType, RequireFields<QueryKindHeatmapArgs, 'limit' | 'minPeerShare' | 'offset' | 'tier'>>;
  missingDatabases?: Resolver<ResolversTypes['MissingDatabases'], ParentType, ContextType, RequireFields<QueryMissingDatabasesArgs, 'basis' | 'includeViaNational' | 'minPeerShare' | 'offset'>>;
  missingLinks?: Resolver<ResolversTypes['MissingLinks'], ParentType, ContextType, RequireFields<QueryMissingLinksArgs, 'era' | 'offset'>>;
  missingPieces?: Resolver<ResolversTypes['MissingPieces'], ParentType, ContextType, RequireFields<QueryMissingPiecesArgs, 'era' | 'tiers'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'limit' | 'node' | 'offset'>>;
  notes?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType, Partial<QueryNotesArgs>>;
  notesConnection?: Resolver<ResolversTypes['NotesConnection'], ParentType, ContextType, Partial<QueryNotesConnectionArgs>>;
  openDataPlans?: Resolver<Array<ResolversTypes['OpenDataPlan']>, ParentType, ContextType, Partial<QueryOpenDataPlansArgs>>;
  openDataPlansConnection?: Resolver<ResolversTypes['OpenDataPlansConnection'], ParentType, ContextType, Partial<QueryOpenDataPlansConnectionArgs>>;
  paths?: Resolver<ResolversTypes['PathsResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'mode' | 'offset' | 'to'>>;
  redundantCopies?: Resolver<ResolversTypes['RedundantCopies'], ParentType, ContextType, RequireFields<QueryRedundantCopiesArgs, 'era' | 'offset'>>;
  referenceKinds?: Resolver<Array<ResolversTypes['ReferenceKind']>, ParentType, ContextType, RequireFields<QueryReferenceKindsArgs, 'offset'>>;
  responsibilityConflicts?: Resolver<ResolversTypes['ResponsibilityConflicts'], ParentType, ContextType, RequireFields<QueryResponsibilityConflictsArgs, 'offset'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  serviceConsumers?: Resolver<ResolversTypes['ServiceConsumers'], ParentType, ContextType, RequireFields<QueryServiceConsumersArgs, 'era' | 'limit' | 'offset' | 'service'>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<QueryServicesArgs>>;
  servicesConnection?: Resolver<ResolversTypes['ServicesConnection'], ParentType, ContextType, Partial<QueryServicesConnectionArgs>>;
  snapshotDiff?: Resolver<ResolversTypes['SnapshotDiff'], ParentType, ContextType, RequireFields<QuerySnapshotDiffArgs, 'era' | 'from' | 'includeContinued' | 'tier' | 'to'>>;
  sourceDocuments?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<QuerySourceDocumentsArgs>>;
  sourceDocumentsConnection?: Resolver<ResolversTypes['SourceDocumentsConnection'], ParentType, ContextType, Partial<QuerySourceDocumentsConnectionArgs>>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType, Partial<QueryStandardsArgs>>;
  standardsConnection?: Resolver<ResolversTypes['StandardsConnection'], ParentType, ContextType, Partial<QueryStandardsConnectionArgs>>;
  targetProgress?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType, RequireFields<QueryTargetProgressArgs, 'era'>>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<QueryTargetsArgs>>;
  targetsConnection?: Resolver<ResolversTypes['TargetsConnection'], ParentType, ContextType, Partial<QueryTargetsConnectionArgs>>;
  usageImports?: Resolver<ResolversTypes['UsageImports'], ParentType, ContextType, RequireFields<QueryUsageImportsArgs, 'includeSuperseded' | 'limit' | 'offset'>>;
  usageTotals?: Resolver<Array<ResolversTypes['UsageTotal']>, ParentType, ContextType, RequireFields<QueryUsageTotalsArgs, 'era' | 'tier'>>;
}>;

export type RedundantCopiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedundantCopies'] = ResolversParentTypes['RedundantCopies']> = ResolversObject<{
  copies?: Resolver<Array<ResolversTypes['RedundantCopy']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RedundantCopyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedundantCopy'] = ResolversParentTypes['RedundantCopy']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['DuplicateAgency'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CopiedItem']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['DuplicateLink']>, ParentType, ContextType>;
  nationalAssetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalAssetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReferenceImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferenceImportResult'] = ResolversParentTypes['ReferenceImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['InventoryFormat'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferenceKindResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferenceKind'] = ResolversParentTypes['ReferenceKind']> = ResolversObject<{
  appliesTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appliesToDepartment?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  appliesToTier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nationalAssetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
}>;

export type RegularTrafficResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegularTraffic'] = ResolversParentTypes['RegularTraffic']> = ResolversObject<{
  minMonthShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minMonthlyExchanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportedAgencyFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportedAgencyFigures'] = ResolversParentTypes['ReportedAgencyFigures']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['UsagePart']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ReportedCatalogueSpreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportedCatalogueSpread'] = ResolversParentTypes['ReportedCatalogueSpread']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportedServiceFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportedServiceFigures'] = ResolversParentTypes['ReportedServiceFigures']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorRatePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ResponsibilityConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponsibilityConflict'] = ResolversParentTypes['ResponsibilityConflict']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
  expectedDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['KindItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DatabaseKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['DuplicateAgency']>, ParentType, ContextType>;
}>;

export type ResponsibilityConflictsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponsibilityConflicts'] = ResolversParentTypes['ResponsibilityConflicts']> = ResolversObject<{
  conflicts?: Resolver<Array<ResolversTypes['ResponsibilityConflict']>, ParentType, ContextType>;
  era?: Resolver<ResolversTypes['Era'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RolledUpGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RolledUpGap'] = ResolversParentTypes['RolledUpGap']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartStatus']>, ParentType, ContextType>;
}>;

export type RuleLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RuleLink'] = ResolversParentTypes['RuleLink']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScorePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScorePart'] = ResolversParentTypes['ScorePart']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outOf?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  becameNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cameFromNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  era?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  consumers?: Resolver<Array<ResolversTypes['ServiceConsumer']>, ParentType, ContextType, Partial<ServiceConsumersArgs>>;
  consumersConnection?: Resolver<ResolversTypes['ServiceConsumersConnection'], ParentType, ContextType, Partial<ServiceConsumersConnectionArgs>>;
  errorRatePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, Partial<ServiceFiguresArgs>>;
  figuresConnection?: Resolver<ResolversTypes['ServiceFiguresConnection'], ParentType, ContextType, Partial<ServiceFiguresConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<ServicePlatformArgs>>;
  platformConnection?: Resolver<ResolversTypes['ServicePlatformConnection'], ParentType, ContextType, Partial<ServicePlatformConnectionArgs>>;
  provider?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<ServiceProviderArgs>>;
  providerConnection?: Resolver<ResolversTypes['ServiceProviderConnection'], ParentType, ContextType, Partial<ServiceProviderConnectionArgs>>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<ServiceSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['ServiceSourcesConnection'], ParentType, ContextType, Partial<ServiceSourcesConnectionArgs>>;
  transactions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAggregate'] = ResolversParentTypes['ServiceAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceAggregateNode'], ParentType, ContextType>;
}>;

export type ServiceAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAggregateNode'] = ResolversParentTypes['ServiceAggregateNode']> = ResolversObject<{
  errorRatePercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceAssetPlatformAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAssetPlatformAggregateSelection'] = ResolversParentTypes['ServiceAssetPlatformAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ServiceAssetPlatformEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServiceAssetPlatformNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServiceAssetPlatformEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAssetPlatformEdgeAggregateSelection'] = ResolversParentTypes['ServiceAssetPlatformEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceAssetPlatformNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAssetPlatformNodeAggregateSelection'] = ResolversParentTypes['ServiceAssetPlatformNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceAssetProviderAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAssetProviderAggregateSelection'] = ResolversParentTypes['ServiceAssetProviderAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ServiceAssetProviderEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServiceAssetProviderNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServiceAssetProviderEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAssetProviderEdgeAggregateSelection'] = ResolversParentTypes['ServiceAssetProviderEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceAssetProviderNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAssetProviderNodeAggregateSelection'] = ResolversParentTypes['ServiceAssetProviderNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceConsumerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConsumer'] = ResolversParentTypes['ServiceConsumer']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agency' | 'Asset', ParentType, ContextType>;
}>;

export type ServiceConsumersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConsumers'] = ResolversParentTypes['ServiceConsumers']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['UsageBasis'], ParentType, ContextType>;
  consumers?: Resolver<Array<ResolversTypes['ConsumerUsage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['UsageMonth']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observed?: Resolver<ResolversTypes['UsageTotals'], ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  providerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['ReportedServiceFigures']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['UsageSourceRef']>, ParentType, ContextType>;
  totalConsumers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<Array<ResolversTypes['MonthCoverage']>, ParentType, ContextType>;
}>;

export type ServiceConsumersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConsumersConnection'] = ResolversParentTypes['ServiceConsumersConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceConsumersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceConsumersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConsumersRelationship'] = ResolversParentTypes['ServiceConsumersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceConsumer'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceFigureFiguresAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceFigureFiguresAggregateSelection'] = ResolversParentTypes['ServiceFigureFiguresAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ServiceFigureFiguresEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServiceFigureFiguresNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServiceFigureFiguresEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceFigureFiguresEdgeAggregateSelection'] = ResolversParentTypes['ServiceFigureFiguresEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceFigureFiguresNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceFigureFiguresNodeAggregateSelection'] = ResolversParentTypes['ServiceFigureFiguresNodeAggregateSelection']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceFiguresConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceFiguresConnection'] = ResolversParentTypes['ServiceFiguresConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceFigureFiguresAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceFiguresRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceFiguresRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceFiguresRelationship'] = ResolversParentTypes['ServiceFiguresRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type ServicePlatformConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePlatformConnection'] = ResolversParentTypes['ServicePlatformConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceAssetPlatformAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServicePlatformRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServicePlatformRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePlatformRelationship'] = ResolversParentTypes['ServicePlatformRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type ServiceProviderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProviderConnection'] = ResolversParentTypes['ServiceProviderConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceAssetProviderAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceProviderRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceProviderRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProviderRelationship'] = ResolversParentTypes['ServiceProviderRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type ServiceSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['ServiceSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ServiceSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServiceSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServiceSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['ServiceSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['ServiceSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceSourcesConnection'] = ResolversParentTypes['ServiceSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceSourcesRelationship'] = ResolversParentTypes['ServiceSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type ServiceSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceSummary'] = ResolversParentTypes['ServiceSummary']> = ResolversObject<{
  errorRatePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ServiceUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceUsage'] = ResolversParentTypes['ServiceUsage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['UsageMonth']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observed?: Resolver<ResolversTypes['UsageTotals'], ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  providerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['UsageSourceRef']>, ParentType, ContextType>;
  unattributed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ServicesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicesConnection'] = ResolversParentTypes['ServicesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SnapshotConnectionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotConnectionCount'] = ResolversParentTypes['SnapshotConnectionCount']> = ResolversObject<{
  assets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  official?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
}>;

export type SnapshotDiffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotDiff'] = ResolversParentTypes['SnapshotDiff']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ConnectionChange']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['ChangeCount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
}>;

export type SourceDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
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

export type StandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Standard'] = ResolversParentTypes['Standard']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  governs?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType, Partial<StandardGovernsArgs>>;
  governsConnection?: Resolver<ResolversTypes['StandardGovernsConnection'], ParentType, ContextType, Partial<StandardGovernsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<StandardSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['StandardSourcesConnection'], ParentType, ContextType, Partial<StandardSourcesConnectionArgs>>;
}>;

export type StandardAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardAggregate'] = ResolversParentTypes['StandardAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StandardAggregateNode'], ParentType, ContextType>;
}>;

export type StandardAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardAggregateNode'] = ResolversParentTypes['StandardAggregateNode']> = ResolversObject<{
  content?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
}>;

export type StandardAssetGovernsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardAssetGovernsAggregateSelection'] = ResolversParentTypes['StandardAssetGovernsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StandardAssetGovernsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StandardAssetGovernsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type StandardAssetGovernsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardAssetGovernsEdgeAggregateSelection'] = ResolversParentTypes['StandardAssetGovernsEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type StandardAssetGovernsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardAssetGovernsNodeAggregateSelection'] = ResolversParentTypes['StandardAssetGovernsNodeAggregateSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foldedName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type StandardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardEdge'] = ResolversParentTypes['StandardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
}>;

export type StandardGovernsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardGovernsConnection'] = ResolversParentTypes['StandardGovernsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['StandardAssetGovernsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StandardGovernsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StandardGovernsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardGovernsRelationship'] = ResolversParentTypes['StandardGovernsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type StandardSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['StandardSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StandardSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StandardSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type StandardSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['StandardSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type StandardSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['StandardSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type StandardSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardSourcesConnection'] = ResolversParentTypes['StandardSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['StandardSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StandardSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StandardSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardSourcesRelationship'] = ResolversParentTypes['StandardSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type StandardsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardsConnection'] = ResolversParentTypes['StandardsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['StandardAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StandardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StringAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = ResolversObject<{
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SuccessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Succession'] = ResolversParentTypes['Succession']> = ResolversObject<{
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = ResolversObject<{
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measuredBy?: Resolver<Array<ResolversTypes['AgencyList']>, ParentType, ContextType, Partial<TargetMeasuredByArgs>>;
  measuredByConnection?: Resolver<ResolversTypes['TargetMeasuredByConnection'], ParentType, ContextType, Partial<TargetMeasuredByConnectionArgs>>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, Partial<TargetSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['TargetSourcesConnection'], ParentType, ContextType, Partial<TargetSourcesConnectionArgs>>;
  targetPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TargetAgencyListMeasuredByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetAgencyListMeasuredByAggregateSelection'] = ResolversParentTypes['TargetAgencyListMeasuredByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TargetAgencyListMeasuredByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TargetAgencyListMeasuredByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type TargetAgencyListMeasuredByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetAgencyListMeasuredByEdgeAggregateSelection'] = ResolversParentTypes['TargetAgencyListMeasuredByEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TargetAgencyListMeasuredByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetAgencyListMeasuredByNodeAggregateSelection'] = ResolversParentTypes['TargetAgencyListMeasuredByNodeAggregateSelection']> = ResolversObject<{
  statedCount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  statedPercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TargetAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetAggregate'] = ResolversParentTypes['TargetAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TargetAggregateNode'], ParentType, ContextType>;
}>;

export type TargetAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetAggregateNode'] = ResolversParentTypes['TargetAggregateNode']> = ResolversObject<{
  number?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  targetPercent?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TargetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetEdge'] = ResolversParentTypes['TargetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
}>;

export type TargetEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetEvidence'] = ResolversParentTypes['TargetEvidence']> = ResolversObject<{
  disagrees?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TargetMeasuredByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetMeasuredByConnection'] = ResolversParentTypes['TargetMeasuredByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['TargetAgencyListMeasuredByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TargetMeasuredByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TargetMeasuredByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetMeasuredByRelationship'] = ResolversParentTypes['TargetMeasuredByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyList'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RuleLink'], ParentType, ContextType>;
}>;

export type TargetProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = ResolversObject<{
  computedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['TargetEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listedAgencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsByCoverage?: Resolver<Array<ResolversTypes['CoverageCount']>, ParentType, ContextType>;
}>;

export type TargetSourceDocumentSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetSourceDocumentSourcesAggregateSelection'] = ResolversParentTypes['TargetSourceDocumentSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TargetSourceDocumentSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TargetSourceDocumentSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type TargetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetSourceDocumentSourcesEdgeAggregateSelection'] = ResolversParentTypes['TargetSourceDocumentSourcesEdgeAggregateSelection']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TargetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetSourceDocumentSourcesNodeAggregateSelection'] = ResolversParentTypes['TargetSourceDocumentSourcesNodeAggregateSelection']> = ResolversObject<{
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TargetSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetSourcesConnection'] = ResolversParentTypes['TargetSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['TargetSourceDocumentSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TargetSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TargetSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetSourcesRelationship'] = ResolversParentTypes['TargetSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type TargetsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetsConnection'] = ResolversParentTypes['TargetsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['TargetAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TargetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineChange'] = ResolversParentTypes['TimelineChange']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TimelineCitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineCitation'] = ResolversParentTypes['TimelineCitation']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changeRecord?: Resolver<Maybe<ResolversTypes['TimelineChange']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['TimelineCitation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  otherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  otherName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outgoing?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  snapshot?: Resolver<Maybe<ResolversTypes['Snapshot']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ConnectionStatus']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UpdateInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateInfo'] = ResolversParentTypes['UpdateInfo']> = ResolversObject<{
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UpdateNotesMutationResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateNotesMutationResponse'] = ResolversParentTypes['UpdateNotesMutationResponse']> = ResolversObject<{
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType>;
}>;

export type UsageImportInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageImportInfo'] = ResolversParentTypes['UsageImportInfo']> = ResolversObject<{
  failed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['UsageFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type UsageImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageImportResult'] = ResolversParentTypes['UsageImportResult']> = ResolversObject<{
  alreadyImported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consumers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['UsageFormat'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  replaced?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skippedOtherSide?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UsageImportsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageImports'] = ResolversParentTypes['UsageImports']> = ResolversObject<{
  imports?: Resolver<Array<ResolversTypes['UsageImportInfo']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UsageMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageMonth'] = ResolversParentTypes['UsageMonth']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  durations?: Resolver<Maybe<ResolversTypes['DurationPercentiles']>, ParentType, ContextType>;
  errorRatePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UsagePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsagePart'] = ResolversParentTypes['UsagePart']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type UsageSourceRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageSourceRef'] = ResolversParentTypes['UsageSourceRef']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['UsageFormat'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UsageTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageTotal'] = ResolversParentTypes['UsageTotal']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['UsagePart']>, ParentType, ContextType>;
  transactions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type UsageTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageTotals'] = ResolversParentTypes['UsageTotals']> = ResolversObject<{
  durations?: Resolver<Maybe<ResolversTypes['DurationPercentiles']>, ParentType, ContextType>;
  errorRatePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agencies2025Connection?: Agencies2025ConnectionResolvers<ContextType>;
  AgenciesConnection?: AgenciesConnectionResolvers<ContextType>;
  AgenciesWithoutInventory?: AgenciesWithoutInventoryResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Agency2025?: Agency2025Resolvers<ContextType>;
  Agency2025AgencyPredecessorsAggregateSelection?: Agency2025AgencyPredecessorsAggregateSelectionResolvers<ContextType>;
  Agency2025AgencyPredecessorsEdgeAggregateSelection?: Agency2025AgencyPredecessorsEdgeAggregateSelectionResolvers<ContextType>;
  Agency2025AgencyPredecessorsNodeAggregateSelection?: Agency2025AgencyPredecessorsNodeAggregateSelectionResolvers<ContextType>;
  Agency2025Aggregate?: Agency2025AggregateResolvers<ContextType>;
  Agency2025AggregateNode?: Agency2025AggregateNodeResolvers<ContextType>;
  Agency2025Edge?: Agency2025EdgeResolvers<ContextType>;
  Agency2025PredecessorsConnection?: Agency2025PredecessorsConnectionResolvers<ContextType>;
  Agency2025PredecessorsRelationship?: Agency2025PredecessorsRelationshipResolvers<ContextType>;
  Agency2025SourceDocumentSourcesAggregateSelection?: Agency2025SourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  Agency2025SourceDocumentSourcesEdgeAggregateSelection?: Agency2025SourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  Agency2025SourceDocumentSourcesNodeAggregateSelection?: Agency2025SourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  Agency2025SourcesConnection?: Agency2025SourcesConnectionResolvers<ContextType>;
  Agency2025SourcesRelationship?: Agency2025SourcesRelationshipResolvers<ContextType>;
  AgencyAgency2025SuccessorsAggregateSelection?: AgencyAgency2025SuccessorsAggregateSelectionResolvers<ContextType>;
  AgencyAgency2025SuccessorsEdgeAggregateSelection?: AgencyAgency2025SuccessorsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAgency2025SuccessorsNodeAggregateSelection?: AgencyAgency2025SuccessorsNodeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyListListedInAggregateSelection?: AgencyAgencyListListedInAggregateSelectionResolvers<ContextType>;
  AgencyAgencyListListedInEdgeAggregateSelection?: AgencyAgencyListListedInEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyListListedInNodeAggregateSelection?: AgencyAgencyListListedInNodeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyParentAggregateSelection?: AgencyAgencyParentAggregateSelectionResolvers<ContextType>;
  AgencyAgencyParentEdgeAggregateSelection?: AgencyAgencyParentEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyParentNodeAggregateSelection?: AgencyAgencyParentNodeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyUnitsAggregateSelection?: AgencyAgencyUnitsAggregateSelectionResolvers<ContextType>;
  AgencyAgencyUnitsEdgeAggregateSelection?: AgencyAgencyUnitsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAgencyUnitsNodeAggregateSelection?: AgencyAgencyUnitsNodeAggregateSelectionResolvers<ContextType>;
  AgencyAggregate?: AgencyAggregateResolvers<ContextType>;
  AgencyAggregateNode?: AgencyAggregateNodeResolvers<ContextType>;
  AgencyAssetConnectedAssetsAggregateSelection?: AgencyAssetConnectedAssetsAggregateSelectionResolvers<ContextType>;
  AgencyAssetConnectedAssetsEdgeAggregateSelection?: AgencyAssetConnectedAssetsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAssetConnectedAssetsNodeAggregateSelection?: AgencyAssetConnectedAssetsNodeAggregateSelectionResolvers<ContextType>;
  AgencyAssetOwnedAssetsAggregateSelection?: AgencyAssetOwnedAssetsAggregateSelectionResolvers<ContextType>;
  AgencyAssetOwnedAssetsEdgeAggregateSelection?: AgencyAssetOwnedAssetsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyAssetOwnedAssetsNodeAggregateSelection?: AgencyAssetOwnedAssetsNodeAggregateSelectionResolvers<ContextType>;
  AgencyConnectedAssetsConnection?: AgencyConnectedAssetsConnectionResolvers<ContextType>;
  AgencyConnectedAssetsRelationship?: AgencyConnectedAssetsRelationshipResolvers<ContextType>;
  AgencyDatasetDatasetsAggregateSelection?: AgencyDatasetDatasetsAggregateSelectionResolvers<ContextType>;
  AgencyDatasetDatasetsEdgeAggregateSelection?: AgencyDatasetDatasetsEdgeAggregateSelectionResolvers<ContextType>;
  AgencyDatasetDatasetsNodeAggregateSelection?: AgencyDatasetDatasetsNodeAggregateSelectionResolvers<ContextType>;
  AgencyDatasetsConnection?: AgencyDatasetsConnectionResolvers<ContextType>;
  AgencyDatasetsRelationship?: AgencyDatasetsRelationshipResolvers<ContextType>;
  AgencyDependencies?: AgencyDependenciesResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  AgencyFigureFiguresAggregateSelection?: AgencyFigureFiguresAggregateSelectionResolvers<ContextType>;
  AgencyFigureFiguresEdgeAggregateSelection?: AgencyFigureFiguresEdgeAggregateSelectionResolvers<ContextType>;
  AgencyFigureFiguresNodeAggregateSelection?: AgencyFigureFiguresNodeAggregateSelectionResolvers<ContextType>;
  AgencyFiguresConnection?: AgencyFiguresConnectionResolvers<ContextType>;
  AgencyFiguresRelationship?: AgencyFiguresRelationshipResolvers<ContextType>;
  AgencyInventoryConnection?: AgencyInventoryConnectionResolvers<ContextType>;
  AgencyInventoryEntryInventoryAggregateSelection?: AgencyInventoryEntryInventoryAggregateSelectionResolvers<ContextType>;
  AgencyInventoryEntryInventoryEdgeAggregateSelection?: AgencyInventoryEntryInventoryEdgeAggregateSelectionResolvers<ContextType>;
  AgencyInventoryEntryInventoryNodeAggregateSelection?: AgencyInventoryEntryInventoryNodeAggregateSelectionResolvers<ContextType>;
  AgencyInventoryRelationship?: AgencyInventoryRelationshipResolvers<ContextType>;
  AgencyList?: AgencyListResolvers<ContextType>;
  AgencyListAgencyMembersAggregateSelection?: AgencyListAgencyMembersAggregateSelectionResolvers<ContextType>;
  AgencyListAgencyMembersEdgeAggregateSelection?: AgencyListAgencyMembersEdgeAggregateSelectionResolvers<ContextType>;
  AgencyListAgencyMembersNodeAggregateSelection?: AgencyListAgencyMembersNodeAggregateSelectionResolvers<ContextType>;
  AgencyListAggregate?: AgencyListAggregateResolvers<ContextType>;
  AgencyListAggregateNode?: AgencyListAggregateNodeResolvers<ContextType>;
  AgencyListEdge?: AgencyListEdgeResolvers<ContextType>;
  AgencyListMeasuresConnection?: AgencyListMeasuresConnectionResolvers<ContextType>;
  AgencyListMeasuresRelationship?: AgencyListMeasuresRelationshipResolvers<ContextType>;
  AgencyListMembersConnection?: AgencyListMembersConnectionResolvers<ContextType>;
  AgencyListMembersRelationship?: AgencyListMembersRelationshipResolvers<ContextType>;
  AgencyListSourceDocumentSourcesAggregateSelection?: AgencyListSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  AgencyListSourceDocumentSourcesEdgeAggregateSelection?: AgencyListSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  AgencyListSourceDocumentSourcesNodeAggregateSelection?: AgencyListSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  AgencyListSourcesConnection?: AgencyListSourcesConnectionResolvers<ContextType>;
  AgencyListSourcesRelationship?: AgencyListSourcesRelationshipResolvers<ContextType>;
  AgencyListTargetMeasuresAggregateSelection?: AgencyListTargetMeasuresAggregateSelectionResolvers<ContextType>;
  AgencyListTargetMeasuresEdgeAggregateSelection?: AgencyListTargetMeasuresEdgeAggregateSelectionResolvers<ContextType>;
  AgencyListTargetMeasuresNodeAggregateSelection?: AgencyListTargetMeasuresNodeAggregateSelectionResolvers<ContextType>;
  AgencyListedInConnection?: AgencyListedInConnectionResolvers<ContextType>;
  AgencyListedInRelationship?: AgencyListedInRelationshipResolvers<ContextType>;
  AgencyListsConnection?: AgencyListsConnectionResolvers<ContextType>;
  AgencyOpenDataPlanPlansAggregateSelection?: AgencyOpenDataPlanPlansAggregateSelectionResolvers<ContextType>;
  AgencyOpenDataPlanPlansEdgeAggregateSelection?: AgencyOpenDataPlanPlansEdgeAggregateSelectionResolvers<ContextType>;
  AgencyOpenDataPlanPlansNodeAggregateSelection?: AgencyOpenDataPlanPlansNodeAggregateSelectionResolvers<ContextType>;
  AgencyOwnedAssetsConnection?: AgencyOwnedAssetsConnectionResolvers<ContextType>;
  AgencyOwnedAssetsRelationship?: AgencyOwnedAssetsRelationshipResolvers<ContextType>;
  AgencyParentConnection?: AgencyParentConnectionResolvers<ContextType>;
  AgencyParentRelationship?: AgencyParentRelationshipResolvers<ContextType>;
  AgencyPlansConnection?: AgencyPlansConnectionResolvers<ContextType>;
  AgencyPlansRelationship?: AgencyPlansRelationshipResolvers<ContextType>;
  AgencySourceDocumentSourcesAggregateSelection?: AgencySourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  AgencySourceDocumentSourcesEdgeAggregateSelection?: AgencySourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  AgencySourceDocumentSourcesNodeAggregateSelection?: AgencySourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  AgencySourcesConnection?: AgencySourcesConnectionResolvers<ContextType>;
  AgencySourcesRelationship?: AgencySourcesRelationshipResolvers<ContextType>;
  AgencySuccessorsConnection?: AgencySuccessorsConnectionResolvers<ContextType>;
  AgencySuccessorsRelationship?: AgencySuccessorsRelationshipResolvers<ContextType>;
  AgencyUnitsConnection?: AgencyUnitsConnectionResolvers<ContextType>;
  AgencyUnitsRelationship?: AgencyUnitsRelationshipResolvers<ContextType>;
  Asset?: AssetResolvers<ContextType>;
  AssetAgencyConnectedAgenciesAggregateSelection?: AssetAgencyConnectedAgenciesAggregateSelectionResolvers<ContextType>;
  AssetAgencyConnectedAgenciesEdgeAggregateSelection?: AssetAgencyConnectedAgenciesEdgeAggregateSelectionResolvers<ContextType>;
  AssetAgencyConnectedAgenciesNodeAggregateSelection?: AssetAgencyConnectedAgenciesNodeAggregateSelectionResolvers<ContextType>;
  AssetAgencyOwnersAggregateSelection?: AssetAgencyOwnersAggregateSelectionResolvers<ContextType>;
  AssetAgencyOwnersEdgeAggregateSelection?: AssetAgencyOwnersEdgeAggregateSelectionResolvers<ContextType>;
  AssetAgencyOwnersNodeAggregateSelection?: AssetAgencyOwnersNodeAggregateSelectionResolvers<ContextType>;
  AssetAggregate?: AssetAggregateResolvers<ContextType>;
  AssetAggregateNode?: AssetAggregateNodeResolvers<ContextType>;
  AssetAssetComponentsAggregateSelection?: AssetAssetComponentsAggregateSelectionResolvers<ContextType>;
  AssetAssetComponentsEdgeAggregateSelection?: AssetAssetComponentsEdgeAggregateSelectionResolvers<ContextType>;
  AssetAssetComponentsNodeAggregateSelection?: AssetAssetComponentsNodeAggregateSelectionResolvers<ContextType>;
  AssetAssetPartOfAggregateSelection?: AssetAssetPartOfAggregateSelectionResolvers<ContextType>;
  AssetAssetPartOfEdgeAggregateSelection?: AssetAssetPartOfEdgeAggregateSelectionResolvers<ContextType>;
  AssetAssetPartOfNodeAggregateSelection?: AssetAssetPartOfNodeAggregateSelectionResolvers<ContextType>;
  AssetComponentsConnection?: AssetComponentsConnectionResolvers<ContextType>;
  AssetComponentsRelationship?: AssetComponentsRelationshipResolvers<ContextType>;
  AssetConnectedAgenciesConnection?: AssetConnectedAgenciesConnectionResolvers<ContextType>;
  AssetConnectedAgenciesRelationship?: AssetConnectedAgenciesRelationshipResolvers<ContextType>;
  AssetConsumesConnection?: AssetConsumesConnectionResolvers<ContextType>;
  AssetConsumesRelationship?: AssetConsumesRelationshipResolvers<ContextType>;
  AssetCriticality?: AssetCriticalityResolvers<ContextType>;
  AssetDependency?: AssetDependencyResolvers<ContextType>;
  AssetEdge?: AssetEdgeResolvers<ContextType>;
  AssetFigureFiguresAggregateSelection?: AssetFigureFiguresAggregateSelectionResolvers<ContextType>;
  AssetFigureFiguresEdgeAggregateSelection?: AssetFigureFiguresEdgeAggregateSelectionResolvers<ContextType>;
  AssetFigureFiguresNodeAggregateSelection?: AssetFigureFiguresNodeAggregateSelectionResolvers<ContextType>;
  AssetFiguresConnection?: AssetFiguresConnectionResolvers<ContextType>;
  AssetFiguresRelationship?: AssetFiguresRelationshipResolvers<ContextType>;
  AssetImpact?: AssetImpactResolvers<ContextType>;
  AssetOwnersConnection?: AssetOwnersConnectionResolvers<ContextType>;
  AssetOwnersRelationship?: AssetOwnersRelationshipResolvers<ContextType>;
  AssetPartOfConnection?: AssetPartOfConnectionResolvers<ContextType>;
  AssetPartOfRelationship?: AssetPartOfRelationshipResolvers<ContextType>;
  AssetServiceConsumesAggregateSelection?: AssetServiceConsumesAggregateSelectionResolvers<ContextType>;
  AssetServiceConsumesEdgeAggregateSelection?: AssetServiceConsumesEdgeAggregateSelectionResolvers<ContextType>;
  AssetServiceConsumesNodeAggregateSelection?: AssetServiceConsumesNodeAggregateSelectionResolvers<ContextType>;
  AssetServiceServicesAggregateSelection?: AssetServiceServicesAggregateSelectionResolvers<ContextType>;
  AssetServiceServicesEdgeAggregateSelection?: AssetServiceServicesEdgeAggregateSelectionResolvers<ContextType>;
  AssetServiceServicesNodeAggregateSelection?: AssetServiceServicesNodeAggregateSelectionResolvers<ContextType>;
  AssetServiceTransitingServicesAggregateSelection?: AssetServiceTransitingServicesAggregateSelectionResolvers<ContextType>;
  AssetServiceTransitingServicesEdgeAggregateSelection?: AssetServiceTransitingServicesEdgeAggregateSelectionResolvers<ContextType>;
  AssetServiceTransitingServicesNodeAggregateSelection?: AssetServiceTransitingServicesNodeAggregateSelectionResolvers<ContextType>;
  AssetServicesConnection?: AssetServicesConnectionResolvers<ContextType>;
  AssetServicesRelationship?: AssetServicesRelationshipResolvers<ContextType>;
  AssetSourceDocumentSourcesAggregateSelection?: AssetSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  AssetSourceDocumentSourcesEdgeAggregateSelection?: AssetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  AssetSourceDocumentSourcesNodeAggregateSelection?: AssetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  AssetSourcesConnection?: AssetSourcesConnectionResolvers<ContextType>;
  AssetSourcesRelationship?: AssetSourcesRelationshipResolvers<ContextType>;
  AssetStandardStandardsAggregateSelection?: AssetStandardStandardsAggregateSelectionResolvers<ContextType>;
  AssetStandardStandardsEdgeAggregateSelection?: AssetStandardStandardsEdgeAggregateSelectionResolvers<ContextType>;
  AssetStandardStandardsNodeAggregateSelection?: AssetStandardStandardsNodeAggregateSelectionResolvers<ContextType>;
  AssetStandardsConnection?: AssetStandardsConnectionResolvers<ContextType>;
  AssetStandardsRelationship?: AssetStandardsRelationshipResolvers<ContextType>;
  AssetTransitingServicesConnection?: AssetTransitingServicesConnectionResolvers<ContextType>;
  AssetTransitingServicesRelationship?: AssetTransitingServicesRelationshipResolvers<ContextType>;
  AssetsConnection?: AssetsConnectionResolvers<ContextType>;
  AuditFinding?: AuditFindingResolvers<ContextType>;
  AuditFindingAggregate?: AuditFindingAggregateResolvers<ContextType>;
  AuditFindingAggregateNode?: AuditFindingAggregateNodeResolvers<ContextType>;
  AuditFindingCitesConnection?: AuditFindingCitesConnectionResolvers<ContextType>;
  AuditFindingCitesRelationship?: AuditFindingCitesRelationshipResolvers<ContextType>;
  AuditFindingEdge?: AuditFindingEdgeResolvers<ContextType>;
  AuditFindingSourceDocumentCitesAggregateSelection?: AuditFindingSourceDocumentCitesAggregateSelectionResolvers<ContextType>;
  AuditFindingSourceDocumentCitesEdgeAggregateSelection?: AuditFindingSourceDocumentCitesEdgeAggregateSelectionResolvers<ContextType>;
  AuditFindingSourceDocumentCitesNodeAggregateSelection?: AuditFindingSourceDocumentCitesNodeAggregateSelectionResolvers<ContextType>;
  AuditFindingsConnection?: AuditFindingsConnectionResolvers<ContextType>;
  CatalogueQuality?: CatalogueQualityResolvers<ContextType>;
  CatalogueReport?: CatalogueReportResolvers<ContextType>;
  CatalogueSize?: CatalogueSizeResolvers<ContextType>;
  ChangeCount?: ChangeCountResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  ChangeRecordAggregate?: ChangeRecordAggregateResolvers<ContextType>;
  ChangeRecordAggregateNode?: ChangeRecordAggregateNodeResolvers<ContextType>;
  ChangeRecordEdge?: ChangeRecordEdgeResolvers<ContextType>;
  ChangeRecordsConnection?: ChangeRecordsConnectionResolvers<ContextType>;
  ChangesBetween?: ChangesBetweenResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  ClusterMember?: ClusterMemberResolvers<ContextType>;
  ConnectedAgency?: ConnectedAgencyResolvers<ContextType>;
  ConnectionChange?: ConnectionChangeResolvers<ContextType>;
  ConnectionFact?: ConnectionFactResolvers<ContextType>;
  ConnectionMatrix?: ConnectionMatrixResolvers<ContextType>;
  ConsumedServices?: ConsumedServicesResolvers<ContextType>;
  ConsumerUsage?: ConsumerUsageResolvers<ContextType>;
  CopiedItem?: CopiedItemResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  CoverageCount?: CoverageCountResolvers<ContextType>;
  CoverageGap?: CoverageGapResolvers<ContextType>;
  CoverageGapResult?: CoverageGapResultResolvers<ContextType>;
  CreateInfo?: CreateInfoResolvers<ContextType>;
  CreateNotesMutationResponse?: CreateNotesMutationResponseResolvers<ContextType>;
  CriticalityRanking?: CriticalityRankingResolvers<ContextType>;
  DatabaseKind?: DatabaseKindResolvers<ContextType>;
  DatabaseKinds?: DatabaseKindsResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetAgencyResponsibleAggregateSelection?: DatasetAgencyResponsibleAggregateSelectionResolvers<ContextType>;
  DatasetAgencyResponsibleEdgeAggregateSelection?: DatasetAgencyResponsibleEdgeAggregateSelectionResolvers<ContextType>;
  DatasetAgencyResponsibleNodeAggregateSelection?: DatasetAgencyResponsibleNodeAggregateSelectionResolvers<ContextType>;
  DatasetAggregate?: DatasetAggregateResolvers<ContextType>;
  DatasetAggregateNode?: DatasetAggregateNodeResolvers<ContextType>;
  DatasetEdge?: DatasetEdgeResolvers<ContextType>;
  DatasetOpenDataPlanPlanAggregateSelection?: DatasetOpenDataPlanPlanAggregateSelectionResolvers<ContextType>;
  DatasetOpenDataPlanPlanEdgeAggregateSelection?: DatasetOpenDataPlanPlanEdgeAggregateSelectionResolvers<ContextType>;
  DatasetOpenDataPlanPlanNodeAggregateSelection?: DatasetOpenDataPlanPlanNodeAggregateSelectionResolvers<ContextType>;
  DatasetPlanConnection?: DatasetPlanConnectionResolvers<ContextType>;
  DatasetPlanRelationship?: DatasetPlanRelationshipResolvers<ContextType>;
  DatasetResponsibleConnection?: DatasetResponsibleConnectionResolvers<ContextType>;
  DatasetResponsibleRelationship?: DatasetResponsibleRelationshipResolvers<ContextType>;
  DatasetSourceDocumentSourcesAggregateSelection?: DatasetSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  DatasetSourceDocumentSourcesEdgeAggregateSelection?: DatasetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  DatasetSourceDocumentSourcesNodeAggregateSelection?: DatasetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  DatasetSourcesConnection?: DatasetSourcesConnectionResolvers<ContextType>;
  DatasetSourcesRelationship?: DatasetSourcesRelationshipResolvers<ContextType>;
  DatasetsConnection?: DatasetsConnectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DateTimeAggregateSelection?: DateTimeAggregateSelectionResolvers<ContextType>;
  DeclaredVsObserved?: DeclaredVsObservedResolvers<ContextType>;
  DeleteInfo?: DeleteInfoResolvers<ContextType>;
  DepartmentKind?: DepartmentKindResolvers<ContextType>;
  DependentNode?: DependentNodeResolvers<ContextType>;
  DuplicateAgency?: DuplicateAgencyResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  DuplicateCandidates?: DuplicateCandidatesResolvers<ContextType>;
  DuplicateCluster?: DuplicateClusterResolvers<ContextType>;
  DuplicateClusters?: DuplicateClustersResolvers<ContextType>;
  DuplicateEvidence?: DuplicateEvidenceResolvers<ContextType>;
  DuplicateLink?: DuplicateLinkResolvers<ContextType>;
  DurationPercentiles?: DurationPercentilesResolvers<ContextType>;
  EdgeCitation?: EdgeCitationResolvers<ContextType>;
  EdgePart?: EdgePartResolvers<ContextType>;
  ExistingLink?: ExistingLinkResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureAboutConnection?: FigureAboutConnectionResolvers<ContextType>;
  FigureAboutRelationship?: FigureAboutRelationshipResolvers<ContextType>;
  FigureAggregate?: FigureAggregateResolvers<ContextType>;
  FigureAggregateNode?: FigureAggregateNodeResolvers<ContextType>;
  FigureEdge?: FigureEdgeResolvers<ContextType>;
  FigureSourceDocumentSourcesAggregateSelection?: FigureSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  FigureSourceDocumentSourcesEdgeAggregateSelection?: FigureSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  FigureSourceDocumentSourcesNodeAggregateSelection?: FigureSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  FigureSourcesConnection?: FigureSourcesConnectionResolvers<ContextType>;
  FigureSourcesRelationship?: FigureSourcesRelationshipResolvers<ContextType>;
  FigureSubject?: FigureSubjectResolvers<ContextType>;
  FiguresConnection?: FiguresConnectionResolvers<ContextType>;
  FloatAggregateSelection?: FloatAggregateSelectionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  History?: HistoryResolvers<ContextType>;
  IdentifierUse?: IdentifierUseResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  InventoryEntriesConnection?: InventoryEntriesConnectionResolvers<ContextType>;
  InventoryEntry?: InventoryEntryResolvers<ContextType>;
  InventoryEntryAgencyKeptByAggregateSelection?: InventoryEntryAgencyKeptByAggregateSelectionResolvers<ContextType>;
  InventoryEntryAgencyKeptByEdgeAggregateSelection?: InventoryEntryAgencyKeptByEdgeAggregateSelectionResolvers<ContextType>;
  InventoryEntryAgencyKeptByNodeAggregateSelection?: InventoryEntryAgencyKeptByNodeAggregateSelectionResolvers<ContextType>;
  InventoryEntryAggregate?: InventoryEntryAggregateResolvers<ContextType>;
  InventoryEntryAggregateNode?: InventoryEntryAggregateNodeResolvers<ContextType>;
  InventoryEntryEdge?: InventoryEntryEdgeResolvers<ContextType>;
  InventoryEntryKeptByConnection?: InventoryEntryKeptByConnectionResolvers<ContextType>;
  InventoryEntryKeptByRelationship?: InventoryEntryKeptByRelationshipResolvers<ContextType>;
  InventoryEntrySourceDocumentSourcesAggregateSelection?: InventoryEntrySourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  InventoryEntrySourceDocumentSourcesEdgeAggregateSelection?: InventoryEntrySourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  InventoryEntrySourceDocumentSourcesNodeAggregateSelection?: InventoryEntrySourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  InventoryEntrySourcesConnection?: InventoryEntrySourcesConnectionResolvers<ContextType>;
  InventoryEntrySourcesRelationship?: InventoryEntrySourcesRelationshipResolvers<ContextType>;
  InventoryImportResult?: InventoryImportResultResolvers<ContextType>;
  ItemSource?: ItemSourceResolvers<ContextType>;
  KindHeatmap?: KindHeatmapResolvers<ContextType>;
  KindHeatmapRow?: KindHeatmapRowResolvers<ContextType>;
  KindItem?: KindItemResolvers<ContextType>;
  LinkClassCount?: LinkClassCountResolvers<ContextType>;
  LinkComparison?: LinkComparisonResolvers<ContextType>;
  ListEntry?: ListEntryResolvers<ContextType>;
  MatrixCell?: MatrixCellResolvers<ContextType>;
  MatrixColumn?: MatrixColumnResolvers<ContextType>;
  MatrixRow?: MatrixRowResolvers<ContextType>;
  MissingDatabase?: MissingDatabaseResolvers<ContextType>;
  MissingDatabases?: MissingDatabasesResolvers<ContextType>;
  MissingLink?: MissingLinkResolvers<ContextType>;
  MissingLinks?: MissingLinksResolvers<ContextType>;
  MissingPieces?: MissingPiecesResolvers<ContextType>;
  MonthCoverage?: MonthCoverageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedRef?: NamedRefResolvers<ContextType>;
  NeighbourGroup?: NeighbourGroupResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NodeName?: NodeNameResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteAgenciesConnection?: NoteAgenciesConnectionResolvers<ContextType>;
  NoteAgenciesRelationship?: NoteAgenciesRelationshipResolvers<ContextType>;
  NoteAgencyAgenciesAggregateSelection?: NoteAgencyAgenciesAggregateSelectionResolvers<ContextType>;
  NoteAgencyAgenciesNodeAggregateSelection?: NoteAgencyAgenciesNodeAggregateSelectionResolvers<ContextType>;
  NoteAggregate?: NoteAggregateResolvers<ContextType>;
  NoteAggregateNode?: NoteAggregateNodeResolvers<ContextType>;
  NoteAssetAssetsAggregateSelection?: NoteAssetAssetsAggregateSelectionResolvers<ContextType>;
  NoteAssetAssetsNodeAggregateSelection?: NoteAssetAssetsNodeAggregateSelectionResolvers<ContextType>;
  NoteAssetsConnection?: NoteAssetsConnectionResolvers<ContextType>;
  NoteAssetsRelationship?: NoteAssetsRelationshipResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  NotesConnection?: NotesConnectionResolvers<ContextType>;
  OpenDataPlan?: OpenDataPlanResolvers<ContextType>;
  OpenDataPlanAgencyIssuedByAggregateSelection?: OpenDataPlanAgencyIssuedByAggregateSelectionResolvers<ContextType>;
  OpenDataPlanAgencyIssuedByEdgeAggregateSelection?: OpenDataPlanAgencyIssuedByEdgeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanAgencyIssuedByNodeAggregateSelection?: OpenDataPlanAgencyIssuedByNodeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanAggregate?: OpenDataPlanAggregateResolvers<ContextType>;
  OpenDataPlanAggregateNode?: OpenDataPlanAggregateNodeResolvers<ContextType>;
  OpenDataPlanDatasetDatasetsAggregateSelection?: OpenDataPlanDatasetDatasetsAggregateSelectionResolvers<ContextType>;
  OpenDataPlanDatasetDatasetsEdgeAggregateSelection?: OpenDataPlanDatasetDatasetsEdgeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanDatasetDatasetsNodeAggregateSelection?: OpenDataPlanDatasetDatasetsNodeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanDatasetsConnection?: OpenDataPlanDatasetsConnectionResolvers<ContextType>;
  OpenDataPlanDatasetsRelationship?: OpenDataPlanDatasetsRelationshipResolvers<ContextType>;
  OpenDataPlanEdge?: OpenDataPlanEdgeResolvers<ContextType>;
  OpenDataPlanFigureFiguresAggregateSelection?: OpenDataPlanFigureFiguresAggregateSelectionResolvers<ContextType>;
  OpenDataPlanFigureFiguresEdgeAggregateSelection?: OpenDataPlanFigureFiguresEdgeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanFigureFiguresNodeAggregateSelection?: OpenDataPlanFigureFiguresNodeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanFiguresConnection?: OpenDataPlanFiguresConnectionResolvers<ContextType>;
  OpenDataPlanFiguresRelationship?: OpenDataPlanFiguresRelationshipResolvers<ContextType>;
  OpenDataPlanIssuedByConnection?: OpenDataPlanIssuedByConnectionResolvers<ContextType>;
  OpenDataPlanIssuedByRelationship?: OpenDataPlanIssuedByRelationshipResolvers<ContextType>;
  OpenDataPlanSourceDocumentSourcesAggregateSelection?: OpenDataPlanSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  OpenDataPlanSourceDocumentSourcesEdgeAggregateSelection?: OpenDataPlanSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanSourceDocumentSourcesNodeAggregateSelection?: OpenDataPlanSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  OpenDataPlanSourcesConnection?: OpenDataPlanSourcesConnectionResolvers<ContextType>;
  OpenDataPlanSourcesRelationship?: OpenDataPlanSourcesRelationshipResolvers<ContextType>;
  OpenDataPlansConnection?: OpenDataPlansConnectionResolvers<ContextType>;
  OwnershipFact?: OwnershipFactResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartStatus?: PartStatusResolvers<ContextType>;
  PathEdge?: PathEdgeResolvers<ContextType>;
  PathsResult?: PathsResultResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  QualityEntry?: QualityEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedundantCopies?: RedundantCopiesResolvers<ContextType>;
  RedundantCopy?: RedundantCopyResolvers<ContextType>;
  ReferenceImportResult?: ReferenceImportResultResolvers<ContextType>;
  ReferenceKind?: ReferenceKindResolvers<ContextType>;
  RegularTraffic?: RegularTrafficResolvers<ContextType>;
  ReportedAgencyFigures?: ReportedAgencyFiguresResolvers<ContextType>;
  ReportedCatalogueSpread?: ReportedCatalogueSpreadResolvers<ContextType>;
  ReportedServiceFigures?: ReportedServiceFiguresResolvers<ContextType>;
  ResponsibilityConflict?: ResponsibilityConflictResolvers<ContextType>;
  ResponsibilityConflicts?: ResponsibilityConflictsResolvers<ContextType>;
  RolledUpGap?: RolledUpGapResolvers<ContextType>;
  RuleLink?: RuleLinkResolvers<ContextType>;
  ScorePart?: ScorePartResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceAggregate?: ServiceAggregateResolvers<ContextType>;
  ServiceAggregateNode?: ServiceAggregateNodeResolvers<ContextType>;
  ServiceAssetPlatformAggregateSelection?: ServiceAssetPlatformAggregateSelectionResolvers<ContextType>;
  ServiceAssetPlatformEdgeAggregateSelection?: ServiceAssetPlatformEdgeAggregateSelectionResolvers<ContextType>;
  ServiceAssetPlatformNodeAggregateSelection?: ServiceAssetPlatformNodeAggregateSelectionResolvers<ContextType>;
  ServiceAssetProviderAggregateSelection?: ServiceAssetProviderAggregateSelectionResolvers<ContextType>;
  ServiceAssetProviderEdgeAggregateSelection?: ServiceAssetProviderEdgeAggregateSelectionResolvers<ContextType>;
  ServiceAssetProviderNodeAggregateSelection?: ServiceAssetProviderNodeAggregateSelectionResolvers<ContextType>;
  ServiceConsumer?: ServiceConsumerResolvers<ContextType>;
  ServiceConsumers?: ServiceConsumersResolvers<ContextType>;
  ServiceConsumersConnection?: ServiceConsumersConnectionResolvers<ContextType>;
  ServiceConsumersRelationship?: ServiceConsumersRelationshipResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceFigureFiguresAggregateSelection?: ServiceFigureFiguresAggregateSelectionResolvers<ContextType>;
  ServiceFigureFiguresEdgeAggregateSelection?: ServiceFigureFiguresEdgeAggregateSelectionResolvers<ContextType>;
  ServiceFigureFiguresNodeAggregateSelection?: ServiceFigureFiguresNodeAggregateSelectionResolvers<ContextType>;
  ServiceFiguresConnection?: ServiceFiguresConnectionResolvers<ContextType>;
  ServiceFiguresRelationship?: ServiceFiguresRelationshipResolvers<ContextType>;
  ServicePlatformConnection?: ServicePlatformConnectionResolvers<ContextType>;
  ServicePlatformRelationship?: ServicePlatformRelationshipResolvers<ContextType>;
  ServiceProviderConnection?: ServiceProviderConnectionResolvers<ContextType>;
  ServiceProviderRelationship?: ServiceProviderRelationshipResolvers<ContextType>;
  ServiceSourceDocumentSourcesAggregateSelection?: ServiceSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  ServiceSourceDocumentSourcesEdgeAggregateSelection?: ServiceSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  ServiceSourceDocumentSourcesNodeAggregateSelection?: ServiceSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  ServiceSourcesConnection?: ServiceSourcesConnectionResolvers<ContextType>;
  ServiceSourcesRelationship?: ServiceSourcesRelationshipResolvers<ContextType>;
  ServiceSummary?: ServiceSummaryResolvers<ContextType>;
  ServiceUsage?: ServiceUsageResolvers<ContextType>;
  ServicesConnection?: ServicesConnectionResolvers<ContextType>;
  SnapshotConnectionCount?: SnapshotConnectionCountResolvers<ContextType>;
  SnapshotDiff?: SnapshotDiffResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  SourceDocumentAggregate?: SourceDocumentAggregateResolvers<ContextType>;
  SourceDocumentAggregateNode?: SourceDocumentAggregateNodeResolvers<ContextType>;
  SourceDocumentEdge?: SourceDocumentEdgeResolvers<ContextType>;
  SourceDocumentsConnection?: SourceDocumentsConnectionResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  StandardAggregate?: StandardAggregateResolvers<ContextType>;
  StandardAggregateNode?: StandardAggregateNodeResolvers<ContextType>;
  StandardAssetGovernsAggregateSelection?: StandardAssetGovernsAggregateSelectionResolvers<ContextType>;
  StandardAssetGovernsEdgeAggregateSelection?: StandardAssetGovernsEdgeAggregateSelectionResolvers<ContextType>;
  StandardAssetGovernsNodeAggregateSelection?: StandardAssetGovernsNodeAggregateSelectionResolvers<ContextType>;
  StandardEdge?: StandardEdgeResolvers<ContextType>;
  StandardGovernsConnection?: StandardGovernsConnectionResolvers<ContextType>;
  StandardGovernsRelationship?: StandardGovernsRelationshipResolvers<ContextType>;
  StandardSourceDocumentSourcesAggregateSelection?: StandardSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  StandardSourceDocumentSourcesEdgeAggregateSelection?: StandardSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  StandardSourceDocumentSourcesNodeAggregateSelection?: StandardSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  StandardSourcesConnection?: StandardSourcesConnectionResolvers<ContextType>;
  StandardSourcesRelationship?: StandardSourcesRelationshipResolvers<ContextType>;
  StandardsConnection?: StandardsConnectionResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  Succession?: SuccessionResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetAgencyListMeasuredByAggregateSelection?: TargetAgencyListMeasuredByAggregateSelectionResolvers<ContextType>;
  TargetAgencyListMeasuredByEdgeAggregateSelection?: TargetAgencyListMeasuredByEdgeAggregateSelectionResolvers<ContextType>;
  TargetAgencyListMeasuredByNodeAggregateSelection?: TargetAgencyListMeasuredByNodeAggregateSelectionResolvers<ContextType>;
  TargetAggregate?: TargetAggregateResolvers<ContextType>;
  TargetAggregateNode?: TargetAggregateNodeResolvers<ContextType>;
  TargetEdge?: TargetEdgeResolvers<ContextType>;
  TargetEvidence?: TargetEvidenceResolvers<ContextType>;
  TargetMeasuredByConnection?: TargetMeasuredByConnectionResolvers<ContextType>;
  TargetMeasuredByRelationship?: TargetMeasuredByRelationshipResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  TargetSourceDocumentSourcesAggregateSelection?: TargetSourceDocumentSourcesAggregateSelectionResolvers<ContextType>;
  TargetSourceDocumentSourcesEdgeAggregateSelection?: TargetSourceDocumentSourcesEdgeAggregateSelectionResolvers<ContextType>;
  TargetSourceDocumentSourcesNodeAggregateSelection?: TargetSourceDocumentSourcesNodeAggregateSelectionResolvers<ContextType>;
  TargetSourcesConnection?: TargetSourcesConnectionResolvers<ContextType>;
  TargetSourcesRelationship?: TargetSourcesRelationshipResolvers<ContextType>;
  TargetsConnection?: TargetsConnectionResolvers<ContextType>;
  TimelineChange?: TimelineChangeResolvers<ContextType>;
  TimelineCitation?: TimelineCitationResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  UpdateInfo?: UpdateInfoResolvers<ContextType>;
  UpdateNotesMutationResponse?: UpdateNotesMutationResponseResolvers<ContextType>;
  UsageImportInfo?: UsageImportInfoResolvers<ContextType>;
  UsageImportResult?: UsageImportResultResolvers<ContextType>;
  UsageImports?: UsageImportsResolvers<ContextType>;
  UsageMonth?: UsageMonthResolvers<ContextType>;
  UsagePart?: UsagePartResolvers<ContextType>;
  UsageSourceRef?: UsageSourceRefResolvers<ContextType>;
  UsageTotal?: UsageTotalResolvers<ContextType>;
  UsageTotals?: UsageTotalsResolvers<ContextType>;
}>;

