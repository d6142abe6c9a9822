// A table of distinct strings, each string's position its index: the usage working sets hold indexes
// (in typed arrays) instead of a string per fact, so each value is held once.
export interface Interner {
    /** The values, in the order first seen. */
    readonly table: string[];
    /** The value's index (added when new); -1 for null. */
    of(s: string | null): number;
}

export function interner(): Interner {
    const table: string[] = [];
    const at = new Map<string, number>();
    return {
        table,
        of: (s) => {
            if (s === null || s === undefined) return -1;
            let i = at.get(s);
            if (i === undefined) at.set(s, (i = table.push(s) - 1));
            return i;
        },
    };
}

/** A growable column of 32-bit integers (doubling), read back as an Int32Array of its length. */
export class IntColumn {
    private data = new Int32Array(1024);
    length = 0;

    push(v: number): number {
        if (this.length === this.data.length) {
            const more = new Int32Array(this.data.length * 2);
            more.set(this.data);
            this.data = more;
        }
        this.data[this.length] = v;
        return this.length++;
    }

    at(i: number): number {
        return this.data[i]!;
    }

    toArray(): Int32Array {
        return this.data.slice(0, this.length);
    }
}
