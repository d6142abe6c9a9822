// The backup and restore commands take one file and a few flags: anything else is refused with the usage
// line and exit code 2, as the other commands do.

/** The one file named on the command line and the flags given; exits with `usage` on anything else. */
export function oneFileArgs(flags: readonly string[], usage: string): { file: string; has: (flag: string) => boolean } {
    const args = process.argv.slice(2);
    const files = args.filter((a) => !a.startsWith("--"));
    const unknown = args.filter((a) => a.startsWith("--") && !flags.includes(a));
    if (files.length !== 1 || unknown.length > 0) {
        console.error(unknown.length ? `error: unknown option ${unknown[0]}\n${usage}` : usage);
        process.exit(2);
    }
    return { file: files[0]!, has: (flag) => args.includes(flag) };
}
