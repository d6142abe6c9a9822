// The shapes of a timeline: the rows cypher/history/node-history.cypher returns, and how a relationship
// type reads as an entry's kind.
export interface HistoryRow {
    node: { id: string; name: string; labels: string[]; kind: string | null; era: number | null; recordedAt: string | null; createdAt: string | null; updatedAt: string | null } | null;
    facts: {
        relationship: string;
        outgoing: boolean;
        other: { id: string; name: string; labels: string[] };
        validFrom: string | null;
        validTo: string | null;
        recordedAt: string | null;
        snapshot: string | null;
        status: string | null;
        change: string | null;
        documentId: string | null;
        section: string | null;
        locator: string | null;
        text: string | null;
    }[];
    changes: { id: string; actor: string; at: string; operation: string; fields: string[]; changedIds: string[] }[];
}

const KIND: Record<string, string> = {
    CONNECTED_TO: "CONNECTION",
    REPORTED_IN: "SNAPSHOT_COVERAGE",
    SUCCEEDED_BY: "SUCCESSION",
    OBSERVED_USE: "USAGE",
    KEEPS: "INVENTORY",
};

export const kindOf = (relationship: string): string => KIND[relationship] ?? "RELATIONSHIP";

/** Labels that only mark a node (era, seeding, imported), never its type. */
const MARKERS = new Set(["Seeded", "Era2023", "Era2025", "Imported"]);

export const typeOf = (labels: string[]): string => labels.find((l) => !MARKERS.has(l)) ?? labels[0] ?? "Node";
