// Reads /metrics as Prometheus would: every line is a comment (# HELP / # TYPE) or a sample of the text
// exposition format, each sample belongs to a declared family, and the families parse
// (parse-prometheus-text-format, which reads HELP/TYPE and plain samples).
import { expect } from "vitest";
import parse from "parse-prometheus-text-format";

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:\\.|[^"\\])*",?)*)\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|NaN|\+Inf|-Inf))( \d+)?$/i;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:\\.|[^"\\])*)"/g;

export interface Sample {
    name: string;
    labels: Record<string, string>;
    value: number;
}

export function parseMetrics(text: string): Sample[] {
    const bad = text.split("\n").filter((l) => l !== "" && !l.startsWith("# HELP ") && !l.startsWith("# TYPE ") && !SAMPLE.test(l));
    expect(bad).toEqual([]);
    const families = parse(text);
    expect(families.length).toBeGreaterThan(0);
    const declared = new Set(families.map((f) => f.name));
    const samples = text
        .split("\n")
        .map((l) => SAMPLE.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ name: m[1]!, labels: Object.fromEntries([...(m[3] ?? "").matchAll(LABEL)].map((x) => [x[1]!, x[2]!])), value: Number(m[4]) }));
    const orphans = samples.filter((s) => !declared.has(s.name) && !declared.has(s.name.replace(/_(bucket|sum|count)$/, "")));
    expect(orphans).toEqual([]);
    return samples;
}

/** The value of the sample with exactly these labels (0 when absent). */
export function sample(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
    const key = JSON.stringify(Object.entries(labels).sort());
    return samples.find((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === key)?.value ?? 0;
}

/** A histogram's count for these labels (0 when absent). */
export const histogramCount = (samples: Sample[], name: string, labels: Record<string, string>): number => sample(samples, `${name}_count`, labels);

/** Whether any sample of the family exists. */
export const has = (samples: Sample[], name: string): boolean => samples.some((s) => s.name === name || s.name.startsWith(`${name}_`));
