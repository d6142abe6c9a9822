// The import's progress line: records read, records per second, bytes read of the stored file and,
// when the size is known, the ETA. On a terminal one line is redrawn in place (at most 5 times a
// second); otherwise (a pipe, CI, a log file) a plain line is written every `everyMs`.
export interface ProgressState {
    records: number;
    bytesRead: number;
    totalBytes: number;
}

export function formatBytes(n: number): string {
    if (n < 1024) return `${n} B`;
    const units = ["KiB", "MiB", "GiB", "TiB"];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

export function formatDuration(s: number): string {
    if (!Number.isFinite(s)) return "?";
    if (s < 60) return `${Math.ceil(s)} s`;
    const m = Math.floor(s / 60);
    return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function progressLine(label: string, p: ProgressState, elapsedMs: number): string {
    const rate = elapsedMs > 0 ? (p.records * 1000) / elapsedMs : 0;
    const bytes = p.totalBytes > 0 ? `${formatBytes(p.bytesRead)} / ${formatBytes(p.totalBytes)} (${((100 * p.bytesRead) / p.totalBytes).toFixed(0)} %)` : formatBytes(p.bytesRead);
    const eta = p.totalBytes > 0 && p.bytesRead > 0 ? ` · ETA ${formatDuration(((p.totalBytes - p.bytesRead) * elapsedMs) / p.bytesRead / 1000)}` : "";
    return `${label}: ${p.records.toLocaleString("en-US")} records · ${Math.round(rate).toLocaleString("en-US")} records/s · ${bytes}${eta}`;
}

export class Progress {
    private readonly started = Date.now();
    private last = 0;

    constructor(
        private readonly label: string,
        private readonly out: NodeJS.WriteStream = process.stderr,
        private readonly tty = !!process.stderr.isTTY,
        private readonly everyMs = 5_000,
    ) {}

    update(p: ProgressState): void {
        const now = Date.now();
        if (now - this.last < (this.tty ? 200 : this.everyMs)) return;
        this.last = now;
        const line = progressLine(this.label, p, now - this.started);
        if (this.tty) this.out.write(`\r\x1b[2K${line}`);
        else this.out.write(`${line}\n`);
    }

    /** Ends the redrawn line (TTY) before other output. */
    done(p: ProgressState): void {
        const line = progressLine(this.label, p, Date.now() - this.started);
        this.out.write(this.tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
    }

    get elapsedMs(): number {
        return Date.now() - this.started;
    }
}
