// Line access to a report with 1-based line numbers, so every record can cite its line.
import { ParseError } from "./types.js";

export interface Line {
    no: number;
    text: string;
}

export class Lines {
    readonly all: Line[];
    constructor(
        readonly documentId: string,
        text: string,
    ) {
        this.all = text.normalize("NFC").split("\n").map((t, i) => ({ no: i + 1, text: t.replace(/\r$/, "") }));
    }

    /** Index of the first line at or after `from` matching `re`; throws when the structure is missing. */
    find(re: RegExp, from = 0, what = re.source): number {
        for (let i = from; i < this.all.length; i++) if (re.test(this.all[i]!.text)) return i;
        throw new ParseError(this.documentId, `after line ${from + 1}`, `expected ${what} but the document ends`);
    }

    tryFind(re: RegExp, from = 0): number {
        for (let i = from; i < this.all.length; i++) if (re.test(this.all[i]!.text)) return i;
        return -1;
    }

    slice(from: number, to: number): Line[] {
        return this.all.slice(from, to);
    }

    text(): string {
        return this.all.map((l) => l.text).join("\n");
    }
}

/** Splits a tab-separated row into trimmed cells with HTML tags and bold marks removed. */
export function cells(line: string): string[] {
    return line.split("\t").map((c) => c.replace(/<[^>]+>/g, " ").replace(/\*+/g, "").replace(/\s+/g, " ").trim());
}
