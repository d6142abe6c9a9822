// What the main thread and a parse worker (parallel.ts, parse-worker.ts) send each other, and the one
// way both read a chunk of log lines.
import type { PairAggregate } from "./aggregate.js";
import type { OpmonReader } from "./opmon.js";
import type { Problem, ProblemTally } from "./problems.js";

/** The longest line accepted (a longer one is refused as MALFORMED_LINE). */
export const MAX_LINE = 1 << 20;

export interface ChunkMessage {
    type: "chunk";
    /** Line number of the first line. */
    first: number;
    /** The lines, joined with "\n". */
    text: string;
}

export interface WorkerResult {
    type: "result";
    pairs: PairAggregate[];
    problems: Problem[];
    accepted: number;
    skippedOtherSide: number;
    withDuration: number;
}

/** Lines numbered from `first`, as the main thread's loop takes them (import.ts): too long, blank, or a record. */
export function readLines(r: OpmonReader, tally: ProblemTally, first: number, lines: readonly string[]): void {
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i]!;
        if (text.length > MAX_LINE) tally.add("MALFORMED_LINE", first + i, `a line longer than ${MAX_LINE} characters`);
        else if (text.trim() !== "") r.line(text, first + i);
    }
}
