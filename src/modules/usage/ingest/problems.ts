// Bad input found while streaming: a count per kind with the first line numbers of each, so a refusal
// says what is wrong and where to look without holding every bad line in memory.

export type ProblemKind =
    | "MALFORMED_LINE"
    | "INVALID_FIELD"
    | "UNKNOWN_CONSUMER"
    | "UNKNOWN_SERVICE"
    | "OUT_OF_PERIOD"
    | "NEGATIVE_COUNT"
    | "DUPLICATE_ROW"
    | "BAD_HEADER"
    | "MISSING_PERIOD"
    | "EMPTY_FILE"
    | "MAPPING_INVALID"
    | "OVERLAPPING_PERIOD"
    | "SUPERSEDED_FILE"
    | "BAD_REPLACE"
    | "UNREADABLE_FILE";

export interface Problem {
    kind: ProblemKind;
    count: number;
    /** Line numbers (1-based) of the first occurrences; 0 = the file as a whole. */
    firstLines: number[];
    /** What the first occurrence was, in words. */
    example: string;
}

export const FIRST_LINES = 5;

export class ProblemTally {
    private readonly byKind = new Map<ProblemKind, Problem>();

    add(kind: ProblemKind, line: number, message: string): void {
        const p = this.byKind.get(kind);
        if (!p) this.byKind.set(kind, { kind, count: 1, firstLines: [line], example: message });
        else {
            p.count += 1;
            if (p.firstLines.length < FIRST_LINES) p.firstLines.push(line);
        }
    }

    get size(): number {
        return this.byKind.size;
    }

    list(): Problem[] {
        return [...this.byKind.values()];
    }
}

/** An import refused: nothing was written. Carries every kind of problem with its count and first lines. */
export class UsageImportError extends Error {
    constructor(
        readonly file: string,
        readonly problems: Problem[],
    ) {
        super(`${file}: refused, nothing imported:\n${problems.map(describeProblem).join("\n")}`);
        this.name = "UsageImportError";
    }
}

export function describeProblem(p: Problem): string {
    const where = p.firstLines.some((l) => l > 0) ? ` (first at line${p.firstLines.length > 1 ? "s" : ""} ${p.firstLines.join(", ")})` : "";
    return `  ${p.kind}: ${p.count.toLocaleString("en-US")}${where}: ${p.example}`;
}

/** A refusal with one file-level problem. */
export function refuse(file: string, kind: ProblemKind, message: string, line = 0): UsageImportError {
    return new UsageImportError(file, [{ kind, count: 1, firstLines: [line], example: message }]);
}
