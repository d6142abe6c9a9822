// The page's language (Vietnamese unless the URL says lang=en), the one lookup for its words, and
// number and date formats of that language.
import { en } from "./en.js";
import { vi, type StringKey } from "./vi.js";

export type Lang = "vi" | "en";
const TABLES: Record<Lang, Record<StringKey, string>> = { vi, en };
let lang: Lang = "vi";

export function setLang(l: Lang): void {
    lang = l;
    document.documentElement.lang = l;
}
export const currentLang = (): Lang => lang;

/** The word for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
    return TABLES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** A code from the API in words (the code itself stays in the tooltip); unknown codes are shown as they are. */
export function word(code: string | null | undefined): string {
    if (!code) return "";
    const key = `code.${code}` as StringKey;
    return key in vi ? t(key) : code;
}

export function has(key: string): key is StringKey {
    return key in vi;
}

const locale = (): string => (lang === "vi" ? "vi-VN" : "en-GB");

export function fmtNumber(n: number | null | undefined, digits?: number): string {
    if (n === null || n === undefined) return "—";
    return n.toLocaleString(locale(), digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtPercent(n: number | null | undefined): string {
    return n === null || n === undefined ? "—" : `${fmtNumber(n, n < 1 && n > 0 ? 2 : 1)} %`;
}

/** An ISO date or month (2023-06-07, 2023-06) in the language's own format. */
export function fmtDate(iso: string | null | undefined): string {
    if (!iso) return "—";
    // A date-time (an import's timestamp) is shown by its date; anything else unrecognised as it is.
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
    if (!match) return iso;
    const [y, m, d] = [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
    const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
    const opts: Intl.DateTimeFormatOptions = d ? { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" } : { month: "numeric", year: "numeric", timeZone: "UTC" };
    return new Intl.DateTimeFormat(locale(), lang === "en" && d ? { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } : opts).format(date);
}

/** A relationship type seen from one end, in words ("Dịch vụ cung cấp"); unknown types as they are. */
export function relWord(type: string, direction: "OUT" | "IN" = "OUT"): string {
    const key = `rel.${type}.${direction}`;
    return has(key) ? t(key) : type;
}
