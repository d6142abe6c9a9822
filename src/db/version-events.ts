// Committed graph versions, told within the process: the write scope announces each version it
// commits, with the driver it wrote through (versions are per database). Subscribers: the local
// server's announcer (src/neo4j/connect.ts), which tells other processes on the same data directory.
type Listener = (source: object, version: number) => void;

const listeners = new Set<Listener>();

/** Subscribes to committed versions; returns the unsubscribe function. */
export function onVersionCommitted(fn: Listener): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
}

export function versionCommitted(source: object, version: number): void {
    for (const fn of listeners) {
        try {
            fn(source, version);
        } catch {
            // A listener's failure is its own; the write has committed.
        }
    }
}
