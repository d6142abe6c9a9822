// Run with `node --expose-gc --import tsx`: builds many copies of each shape the caches keep and
// prints, per shape, the bytes the heap (and external memory, for Buffers) really grew by after a
// full GC beside what estimateHeapBytes says. Used by test/unit/heap-size.test.ts.
import { estimateHeapBytes } from "../../src/kernel/cache/heap-size.js";

const gc = (globalThis as { gc?: () => void }).gc!;
const N = 2000;
const vi = (i: number) => `Sở Tài nguyên và Môi trường tỉnh Đắk Lắk số ${i}`;
const shapes: Record<string, (i: number) => unknown> = {
    "resolved name": (i) => ({ id: `agency:department:dak-lak:${i}`, name: vi(i), era: 2023 }),
    "matrix columns": (i) => Array.from({ length: 24 }, (_x, j) => ({ id: `asset:001:${i}:${j}`, number: j, code: j % 3 ? null : `code${i}-${j}`, name: `Cơ sở dữ liệu quốc gia về dân cư ${i}-${j}`, total2022: j * 3, totalJune2023: j * 4 })),
    "analysis-like": (i) => {
        const rows = JSON.parse(JSON.stringify(Array.from({ length: 20 }, (_x, j) => ({ id: `item:${i}:${j}`, name: vi(j), fields: ["họ và tên", "ngày sinh", `số định danh ${j}`], score: 0.5 + j / 100 })))) as { id: string }[];
        const items = new Map(rows.map((r) => [r.id, r]));
        return { items, ids: new Set(items.keys()), list: [...items.values()] };
    },
    "answer body": (i) => Buffer.from(JSON.stringify({ data: { name: vi(i), rows: Array.from({ length: 50 }, (_x, j) => ({ id: j, n: vi(j) })) } }), "utf8"),
};

const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
};
const out: Record<string, { measured: number; estimated: number }> = {};
for (const [name, make] of Object.entries(shapes)) {
    gc();
    gc();
    const before = used();
    // Cached values come out of JSON.parse (answers from Neo4j as one JSON string) or are built from
    // such values: flat strings, objects of JSON.parse's shapes. Buffers and Maps stay as they are.
    const kept = Array.from({ length: N }, (_x, i) => {
        const v = make(i);
        return Buffer.isBuffer(v) || name === "analysis-like" ? v : JSON.parse(JSON.stringify(v));
    });
    gc();
    gc();
    const measured = (used() - before) / N;
    const estimated = kept.reduce((n: number, v) => n + estimateHeapBytes(v), 0) / N;
    out[name] = { measured, estimated };
    kept.length = 0;
}
console.log(JSON.stringify(out));
