// A sweep with a few requests in flight: every item checked, failures collected and reported together.
import { expect } from "vitest";

/** Runs `check` over `items` with six requests in flight; returns the failures (at most ten shown). */
export async function pool<T>(items: T[], check: (x: T) => Promise<void>, label: (x: T) => string): Promise<void> {
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const x = items[next++]!;
            try {
                await check(x);
            } catch (e) {
                failures.push(`${label(x)}: ${(e as Error).message.split("\n")[0]}`);
            }
        }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(failures.slice(0, 10), `${failures.length} of ${items.length}`).toEqual([]);
}
