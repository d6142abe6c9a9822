// A parse worker of a usage import (parallel.ts): validates and aggregates the chunks of log lines it
// is sent, exactly as the main thread does (OpmonReader), and at the end hands back its pair
// aggregates, problems and counts for the main thread to merge. Nothing here writes anything.
import { parentPort, workerData } from "node:worker_threads";
import type { Period } from "../../../../lib/period.js";
import type { Mapping } from "./mapping.js";
import { OpmonReader } from "./opmon.js";
import { ProblemTally } from "./problems.js";
import { readLines, type ChunkMessage, type WorkerResult } from "./parse-protocol.js";

const { mapping, period } = workerData as { mapping: Mapping; period: Period };
const problems = new ProblemTally();
const reader = new OpmonReader(mapping, period, problems);

parentPort?.on("message", (m: ChunkMessage | { type: "end" }) => {
    if (m.type === "chunk") {
        const before = reader.accepted;
        readLines(reader, problems, m.first, m.text.split("\n"));
        parentPort!.postMessage({ type: "ack", accepted: reader.accepted - before });
        return;
    }
    const pairs = reader.agg.list();
    const result: WorkerResult = { type: "result", pairs, problems: problems.list(), accepted: reader.accepted, skippedOtherSide: reader.skippedOtherSide, withDuration: reader.withDuration };
    parentPort!.postMessage(result, pairs.flatMap((p) => (p.durations ? [p.durations.buffer as ArrayBuffer] : [])));
});
