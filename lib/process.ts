// Whether a process is still running, by its pid (signal 0 checks without signalling): for the markers
// and locks a process leaves behind (src/neo4j/running.ts, the tests' shared sample files).
export function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        // EPERM: it exists, owned by another user.
        return (e as NodeJS.ErrnoException).code === "EPERM";
    }
}
