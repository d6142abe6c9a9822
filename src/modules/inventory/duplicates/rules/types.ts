// Inputs and outputs of the duplicate matcher: local items (inventory entries and open-data datasets)
// compared with the national assets and with each other. Plain data, so the matcher stays pure.

export type LocalSourceType = "INVENTORY_ENTRY" | "DATASET";

/** Where a local item was read: the document (report or imported file) and the row. */
export interface ItemCitation {
    documentId: string;
    file: string;
    locator: string;
}

export interface LocalItem {
    id: string;
    sourceType: LocalSourceType;
    name: string;
    description: string | null;
    fields: string[];
    legalBasis: string | null;
    status: string | null;
    /** The agency that keeps the item (a department for Điện Biên's datasets). */
    agencyId: string;
    agencyName: string;
    /** The agency answerable for it: the province for a department, else the agency itself. */
    accountableId: string;
    accountableName: string;
    citation: ItemCitation;
}

export interface NationalAsset {
    id: string;
    name: string;
    number: number | null;
    kind: string;
    /** The asset this one is a component of (000 §1d land components), or null. */
    parentId: string | null;
    ownerIds: string[];
    purpose: string | null;
    /** Names of the Phụ lục 3 services the asset provides. */
    services: string[];
    /** 000 standards governing it: data cell, content cell, legal instrument. */
    standards: { data: string; content: string; instrument: string }[];
}

export type Where = "NAME" | "DESCRIPTION" | "LEGAL_BASIS";
export type EvidenceVia = "PHRASE" | "SYNONYM" | "WHOLE_SUBJECT" | "STANDARD";

/** One reason a local item was linked to an asset. */
export interface Evidence {
    phrase: string;
    where: Where;
    via: EvidenceVia;
    /** The spelling found in the item, for synonyms ("nhân khẩu" standing for "dân cư"). */
    found: string;
}

export type NationalKind = "COPY" | "OWN_LISTING";

export interface NationalCandidate {
    itemId: string;
    assetId: string;
    /** The top-level national asset (a land component rolls up to the land database). */
    nationalAssetId: string;
    kind: NationalKind;
    /** 0–1; 0.6 is the rule's threshold (BM25 s maps to s / (s + k) with k fixed by the threshold). */
    score: number;
    bm25: number;
    matchedTerms: string[];
    evidence: Evidence[];
    reason: string;
}

export interface Cluster {
    id: string;
    /** NATIONAL: all copy the same national asset; LOCAL: the same kind of local database, no national one. */
    basis: "NATIONAL" | "LOCAL";
    nationalAssetId: string | null;
    label: string;
    itemIds: string[];
    accountableIds: string[];
    sharedTerms: string[];
    /** Per member: its national score (NATIONAL) or its best link similarity to another member (LOCAL), 0–1. */
    scores: Record<string, number>;
    reason: string;
}
