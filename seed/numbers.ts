// Vietnamese number formats as printed in the reports. Pure functions.

/** "261.578.283" → 261578283 (dot = thousands separator in the reports). */
export function parseCount(raw: string): number {
    const digits = raw.replace(/[.\s]/g, "");
    if (!/^\d+$/.test(digits)) throw new Error(`not a count: "${raw}"`);
    return Number(digits);
}

/** "2,92%" → 2.92; "83,895" → 83.895 (comma = decimal separator). */
export function parseDecimal(raw: string): number {
    const t = raw.replace(/%/g, "").replace(/\s/g, "").replace(",", ".");
    if (!/^\d+(\.\d+)?$/.test(t)) throw new Error(`not a decimal: "${raw}"`);
    return Number(t);
}
