// The reviewed sector vocabulary (reviewed-kinds.json): phrases of one kind of data written in different
// words ("cơ sở y tế", "khám chữa bệnh", "y tế cơ sở") mapped to one kind. An entry belongs to the kind of
// the phrase that comes first in its name (the longest at that place): "CSDL an toàn thực phẩm tại các
// cơ sở y tế" is food safety. Also the readable label of a cluster no phrase names: its commonest entry
// name without places. Pure: names in, kinds and labels out.
import raw from "./reviewed-kinds.json" with { type: "json" };
import { viSortKey } from "../../../../lib/collation.js";
import { fold, slug } from "../../../../lib/text.js";
import { PhraseIndex, wordsOf } from "../duplicates/rules/text.js";
import { foldText } from "../duplicates/rules/vocabulary.js";

export interface SectorKind {
    /** `kind:local:sector:co-so-y-te-kham-chua-benh`. */
    id: string;
    label: string;
    department: string;
    reason: string;
}

export interface SectorHit {
    kind: SectorKind;
    /** The reviewed phrase, as written in the vocabulary. */
    phrase: string;
}

interface RawKinds {
    departmentNames: { phrases: string[]; reason: string };
    kinds: { kind: string; department: string; phrases: string[]; reason: string }[];
}

export const SECTOR_KINDS: SectorKind[] = (raw as RawKinds).kinds.map((k) => ({ id: `kind:local:sector:${slug(k.kind)}`, label: k.kind, department: k.department, reason: k.reason }));
// Departments' names are skipped (value null): "Sở Văn hóa, Thể thao và Du lịch" says who keeps an entry, not what it holds.
const index = new PhraseIndex<SectorHit | null>([
    ...(raw as RawKinds).kinds.flatMap((k, n) => k.phrases.map((p) => ({ words: wordsOf(foldText(p)), value: { kind: SECTOR_KINDS[n]!, phrase: p } as SectorHit | null }))),
    ...(raw as RawKinds).departmentNames.phrases.map((p) => ({ words: wordsOf(foldText(p)), value: null })),
]);

export const SECTOR_RULE =
    "Entries with no national counterpart are grouped by a reviewed sector vocabulary (reviewed-kinds.json): phrases of one kind of data written in different words " +
    "(cơ sở y tế, khám chữa bệnh, y tế cơ sở; trồng trọt, chăn nuôi, cây trồng; di tích, di sản) name one kind; an entry belongs to the kind of the phrase that comes first in its name " +
    "(the longest there; departments' names skipped; text folded, abbreviations spelled out, whole words). Alike but different kinds are different entries of the vocabulary (cơ sở y tế vs an toàn thực phẩm, giá đất vs giá hàng hóa). " +
    "A LOCAL cluster most of whose entries one kind names joins that kind; the others keep their cluster, labelled with their commonest entry name.";

/** The sector kind an entry's name says, if any: the earliest phrase, outside parentheses first. */
export function sectorOf(name: string): SectorHit | null {
    const outside = name.replace(/\([^)]*\)/g, " ");
    for (const text of outside === name ? [name] : [outside, name]) {
        const words = wordsOf(foldText(text));
        for (let at = 0; at < words.length; ) {
            const hit = index.longestAt(words, at);
            if (hit?.value) return hit.value;
            at += hit ? hit.length : 1;
        }
    }
    return null;
}

/**
 * A readable label for a group of entries: the commonest of their names once places ("tỉnh Lào Cai",
 * "trên địa bàn thành phố") and parentheses are left out; ties go to the shortest, then Vietnamese order.
 */
export function commonName(names: string[], places: string[]): string {
    const placeWords = places.map((p) => fold(p)).filter(Boolean).sort((a, b) => b.length - a.length);
    const counts = new Map<string, { shown: string; n: number }>();
    for (const name of names) {
        const shown = withoutPlaces(name, placeWords);
        if (!shown) continue;
        const key = fold(shown);
        const e = counts.get(key) ?? { shown, n: 0 };
        e.n += 1;
        counts.set(key, e);
    }
    const best = [...counts.values()].sort((x, y) => y.n - x.n || x.shown.length - y.shown.length || (viSortKey(x.shown) < viSortKey(y.shown) ? -1 : 1))[0];
    return best?.shown ?? names[0] ?? "";
}

const INTRO = ["tren dia ban", "dia ban", "thanh pho", "tinh", "tp", "cua", "tai"].map((w) => w.split(" "));

function withoutPlaces(name: string, placeWords: string[]): string {
    const words = name.normalize("NFC").replace(/\([^)]*\)/g, " ").split(/\s+/).filter(Boolean);
    const folded = words.map((w) => fold(w));
    const keep = words.map(() => true);
    for (const p of placeWords) {
        const pw = p.split(" ");
        for (let i = 0; i + pw.length <= folded.length; i++) {
            if (!pw.every((w, k) => folded[i + k] === w)) continue;
            for (let k = 0; k < pw.length; k++) keep[i + k] = false;
            // The words that introduce a place go with it: "tỉnh", "thành phố", "TP.", "trên địa bàn".
            for (let j = i; ; ) {
                const intro = INTRO.find((w) => w.length <= j && w.every((x, k) => folded[j - w.length + k] === x));
                if (!intro) break;
                for (let k = 1; k <= intro.length; k++) keep[j - k] = false;
                j -= intro.length;
            }
        }
    }
    const out = words.filter((_, i) => keep[i]).join(" ").replace(/[\s,;:–-]+$/u, "").trim();
    return out ? out[0]!.toLocaleUpperCase("vi") + out.slice(1) : "";
}
