// How many bytes of memory a value really holds, for the memory budget (memory-budget.ts): V8's
// layout on 64-bit Node (8-byte pointers, no pointer compression in Node's builds), not characters of
// JSON. A string of Vietnamese text is stored two bytes a character (any character above U+00FF makes
// the whole string two-byte), ASCII one; an object costs its header and a slot per property; a Map a
// hash-table slot set per entry; a Buffer its bytes outside the heap. Shared values are counted once.
// Checked against the heap itself (test/unit/heap-size.test.ts: within a factor of 1.5 of what
// `process.memoryUsage()` sees after a full GC, for the shapes the caches keep).

const WORD = 8;
const OBJECT_HEADER = 3 * WORD; // map, properties, elements
const ARRAY_HEADER = 4 * WORD + 2 * WORD; // JSArray (map, properties, elements, length) + FixedArray (map, length)
const STRING_HEADER = 2 * WORD; // map, hash + length
const HEAP_NUMBER = 2 * WORD;
const MAP_HEADER = 10 * WORD; // JSMap + OrderedHashMap header and buckets
const MAP_ENTRY = 4 * WORD; // key, value, chain link and bucket share, at OrderedHashMap's load factor
const BUFFER_OVERHEAD = 12 * WORD; // the JSUint8Array and its backing-store record

const align = (n: number): number => Math.ceil(n / WORD) * WORD;

/** Bytes a string holds on the V8 heap (flat, sequential representation). */
export function stringBytes(s: string): number {
    // eslint-disable-next-line no-control-regex
    const twoByte = /[^\u0000-\u00ff]/.test(s);
    return align(STRING_HEADER + s.length * (twoByte ? 2 : 1));
}

/** The objects already counted: a Set for one estimate, a WeakSet for an entry that grows (analysis.ts). */
export type Counted = { has(o: object): boolean; add(o: object): unknown };

/** Estimated bytes held by `value` and everything it references (each referenced object once). */
export function estimateHeapBytes(value: unknown, seen: Counted = new Set()): number {
    switch (typeof value) {
        case "string":
            return stringBytes(value);
        case "number":
            // Small integers live inside the pointer (Smi); other numbers are boxed.
            return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 0 : HEAP_NUMBER;
        case "bigint":
            return align(2 * WORD + 8);
        case "object": {
            if (value === null || seen.has(value)) return 0;
            seen.add(value);
            if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return BUFFER_OVERHEAD + value.byteLength;
            if (Array.isArray(value)) {
                let n = ARRAY_HEADER + value.length * WORD;
                for (const x of value) n += estimateHeapBytes(x, seen);
                return n;
            }
            if (value instanceof Map) {
                let n = MAP_HEADER + value.size * MAP_ENTRY;
                for (const [k, v] of value) n += estimateHeapBytes(k, seen) + estimateHeapBytes(v, seen);
                return n;
            }
            if (value instanceof Set) {
                let n = MAP_HEADER + value.size * (MAP_ENTRY - WORD);
                for (const k of value) n += estimateHeapBytes(k, seen);
                return n;
            }
            const keys = Object.keys(value);
            // Property names of object literals are internalised and shared between objects of one
            // shape: they are not counted per object, only the slots holding the values.
            let n = OBJECT_HEADER + keys.length * WORD;
            for (const k of keys) n += estimateHeapBytes((value as Record<string, unknown>)[k], seen);
            return n;
        }
        default:
            return 0; // booleans, undefined, null, functions (code is not cache data)
    }
}
