// Typed records the parsers emit and the loader writes. Every record carries its citation.

export type DocumentId = "000" | "001" | "002" | "003" | "004" | "ref-provinces" | "ref-ministries";

/** Where a fact was read. `text` is the raw cell or line, NFC. */
export interface Citation {
    documentId: DocumentId;
    section: string;
    locator: string;
    text: string;
}

export type AgencyKind = "MINISTRY" | "GOVERNMENT_AGENCY" | "PROVINCE" | "DISTRICT" | "COMMUNE" | "DEPARTMENT" | "ENTERPRISE" | "OTHER";
export type AssetKind = "DATABASE" | "SYSTEM" | "PLATFORM";
export type Snapshot = "Y2022" | "JUNE_2023";
export type ConnectionStatus = "OFFICIAL" | "OFFICIAL_OR_TECHNICAL";

export interface DocumentRecord {
    id: DocumentId;
    /** Folder under seed/: `reports` for the five reports, `reference` for the 2025 successor tables. */
    dir: "reports" | "reference";
    file: string;
    title: string;
    publisher: string;
    issued: string;
    number: string | null;
    sha256: string;
}

/** An agency defined by a table that lists agencies as its subject (or by the reviewed list). */
export interface AgencyRecord {
    id: string;
    /** The administrative era the unit belongs to: 2023 (the reports) or 2025 (after the mergers). */
    era?: 2023 | 2025;
    name: string;
    kind: AgencyKind;
    parentId: string | null;
    citation: Citation;
}

/** A spelling of an agency's name seen somewhere; resolved to an agency id by seed/resolve.ts. */
export interface MentionRecord {
    agencyId: string;
    spelling: string;
    citation: Citation;
}

export interface AssetRecord {
    id: string;
    name: string;
    kind: AssetKind;
    number: number | null;
    code: string | null;
    purpose: string | null;
    isNational: boolean;
    parentId: string | null;
    citation: Citation;
}

export interface OwnershipRecord {
    agencyId: string;
    assetId: string;
    rule: string;
    citation: Citation;
}

export interface ServiceRecord {
    id: string;
    number: number;
    name: string;
    transactions: number;
    errorRatePercent: number;
    period: string;
    citation: Citation;
}

/**
 * Service → asset (PROVIDED_BY), service → asset/agency (CONSUMED_BY), or service → the platform it
 * transits (TRANSITS: every Phụ lục 3 service is a service "trên NDXP"), with the rule used.
 */
export interface ServiceLinkRecord {
    serviceId: string;
    targetId: string;
    role: "PROVIDER" | "CONSUMER" | "PLATFORM";
    rule: string;
    score: number;
    citation: Citation;
}

export interface ConnectionRecord {
    agencyId: string;
    assetId: string;
    snapshot: Snapshot;
    status: ConnectionStatus;
    /** The day the snapshot's column states it was true (valid time, ISO date). */
    validFrom: string;
    citation: Citation;
}

/** A snapshot's column covers an agency (a row of the table): on that day, a link it does not list is not there. */
export interface SnapshotCoverageRecord {
    agencyId: string;
    snapshot: Snapshot;
    validFrom: string;
    citation: Citation;
}

/** A reported number: a size, a total, a count, a transaction figure, a rank. Stored as printed. */
export interface FigureRecord {
    id: string;
    subjectId: string | null;
    metric: string;
    value: number;
    unit: string;
    rank: number | null;
    period: string | null;
    asOf: string | null;
    citation: Citation;
}

/** A list of agencies printed in a report with (usually) a stated count beside it. */
export interface AgencyListRecord {
    id: string;
    title: string;
    kind: "CATALOGUE_PUBLISHED" | "OPEN_DATA_PLAN" | "OPEN_DATA_PROVIDER" | "TARGET_PROGRESS";
    statedCount: number | null;
    statedPercent: number | null;
    citation: Citation;
}

export interface ListMemberRecord {
    listId: string;
    agencyId: string;
    position: number;
    citation: Citation;
}

export interface StandardRecord {
    id: string;
    number: number;
    data: string;
    instrument: string;
    content: string;
    governsAssetIds: string[];
    rule: string;
    citation: Citation;
}

export interface TargetRecord {
    id: string;
    number: number;
    text: string;
    targetPercent: number;
    comparator: "AT_LEAST" | "MORE_THAN";
    citation: Citation;
}

export interface TargetLinkRecord {
    targetId: string;
    listId: string;
    rule: string;
    score: number;
    citation: Citation;
}

export interface OpenDataPlanRecord {
    id: string;
    agencyId: string;
    title: string;
    period: string;
    citation: Citation;
}

export interface DatasetRecord {
    id: string;
    planId: string;
    topicNumber: string;
    topic: string;
    number: number;
    name: string;
    departmentId: string;
    citation: Citation;
}

/** A 2023 unit and the 2025 unit it became, with the legal source of the change. */
export interface SuccessionRecord {
    fromId: string;
    toId: string;
    effective: string;
    change: string;
    legalSource: string;
    citation: Citation;
}

export interface ParsedSource {
    document: DocumentRecord;
    agencies: AgencyRecord[];
    mentions: MentionRecord[];
    assets: AssetRecord[];
    ownerships: OwnershipRecord[];
    services: ServiceRecord[];
    serviceLinks: ServiceLinkRecord[];
    connections: ConnectionRecord[];
    coverage: SnapshotCoverageRecord[];
    figures: FigureRecord[];
    lists: AgencyListRecord[];
    listMembers: ListMemberRecord[];
    standards: StandardRecord[];
    targets: TargetRecord[];
    targetLinks: TargetLinkRecord[];
    plans: OpenDataPlanRecord[];
    datasets: DatasetRecord[];
    successions: SuccessionRecord[];
    /** Oddities the parser noticed (numbering gaps, …); the audit reports them. */
    notes: ParseNote[];
}

export interface ParseNote {
    kind: "NUMBERING_GAP" | "LAYOUT_REPAIR";
    message: string;
    citation: Citation;
}

export class ParseError extends Error {
    constructor(
        readonly documentId: string,
        readonly locator: string,
        message: string,
    ) {
        super(`${documentId} ${locator}: ${message}`);
        this.name = "ParseError";
    }
}

export function emptySource(document: DocumentRecord): ParsedSource {
    return {
        document, agencies: [], mentions: [], assets: [], ownerships: [], services: [], serviceLinks: [], connections: [], coverage: [],
        figures: [], lists: [], listMembers: [], standards: [], targets: [], targetLinks: [], plans: [], datasets: [], successions: [], notes: [],
    };
}
