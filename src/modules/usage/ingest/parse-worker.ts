// A parse worker of a usage import (parallel.ts): validates and aggregates the chunks of log lines it
// is sent, exactly as the main thread does for one file (OpmonReader), and at the end hands back its
// pair aggregates, problems and counts for the main thread to merge. Nothing here writes anything.
import { parentPort, workerData } from "node:worker_threads";
import type { Period } from "../../../../lib/period.js";
import type { Mapping } from "./mapping.js";
import { OpmonReader } from "./opmon.js";
import { ProblemTally } from "./problems.js";
import { MAX_LINE, type ChunkMessage, type WorkerResult } from "./parallel.js";

const { mapping, period } = workerData as { mapping: Mapping; period: Period };
const problems = new ProblemTally();
const reader = new OpmonReader(mapping, period, problems);

parentPort!.on("message", (m: ChunkMessage | { type: "end" }) => {
    if (m.type === "chunk") {
        const before = reader.accepted;
        const lines = m.text.split("\n");
        for (let i = 0; i < lines.length; i++) {
            const text = lines[i]!;
            if (text.length > MAX_LINE) problems.add("MALFORMED_LINE", m.first + i, `a line longer than ${MAX_LINE} characters`);
            else if (text.trim() !== "") reader.line(text, m.first + i);
        }
        parentPort!.postMessage({ type: "ack", accepted: reader.accepted - before });
        return;
    }
    const pairs = reader.agg.list();
    const result: WorkerResult = { type: "result", pairs, problems: problems.list(), accepted: reader.accepted, skippedOtherSide: reader.skippedOtherSide, withDuration: reader.withDuration };
    parentPort!.postMessage(result, pairs.flatMap((p) => (p.durations ? [p.durations.buffer as ArrayBuffer] : [])));
});
