// The first duplicate-candidate rule (v1, replaced by national.ts; kept to measure against): a local dataset repeats a national database when the dataset's name
// contains the database's subject — its name without "cơ sở dữ liệu", "quốc gia", "về", "hệ thống"
// and the owner in parentheses. Words are compared lower-cased WITH their diacritics (folding would
// make "giá" (price) equal "gia" in "quốc gia" and "giả" in "tác giả").
//   score = share of the subject's adjacent word pairs found in the dataset name;
//   a candidate needs score ≥ 0.6 and at least 2 matched pairs, or every pair when the subject has one.
// One-word subjects (e.g. "giá") are too ambiguous ("đánh giá") and are not matched.
// Pure function: its clear positives and negatives are unit-tested.

export interface DatasetInput {
    id: string;
    name: string;
    topic: string;
    departmentId: string;
    departmentName: string;
}
export interface DatabaseInput {
    id: string;
    name: string;
    parentName: string | null;
    ownerName: string | null;
}
export interface DuplicateCandidate {
    datasetId: string;
    datasetName: string;
    departmentId: string;
    departmentName: string;
    databaseId: string;
    databaseName: string;
    score: number;
    matchedPhrases: string[];
    reason: string;
}

export const DUPLICATE_RULE =
    "word pairs of the national database's subject (name without 'cơ sở dữ liệu', 'quốc gia', 'về', owner) found in the dataset name, diacritics kept; score = share of pairs; kept at ≥ 0.6 with ≥ 2 pairs, or all pairs of a one-pair subject";

const words = (s: string): string[] =>
    s.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(/\s+/).filter(Boolean);

const GENERIC = ["cơ sở dữ liệu", "quốc gia", "hệ thống thông tin", "hệ thống", "về", "của", "phân hệ tập trung tại"];

export function subjectWords(databaseName: string): string[] {
    let text = ` ${words(databaseName.replace(/\s*\([^)]*\)\s*$/, "")).join(" ")} `;
    for (const g of GENERIC) text = text.replaceAll(` ${g} `, " ");
    return text.trim().split(/\s+/).filter(Boolean);
}

const pairs = (ws: string[]): string[] => ws.slice(1).map((w, i) => `${ws[i]} ${w}`);

export function duplicateCandidates(datasets: DatasetInput[], databases: DatabaseInput[]): DuplicateCandidate[] {
    const out: DuplicateCandidate[] = [];
    for (const d of datasets) {
        const have = new Set(pairs(words(d.name)));
        for (const db of databases) {
            const subject = pairs(subjectWords(db.name));
            if (subject.length === 0) continue;
            const matched = subject.filter((p) => have.has(p));
            const score = matched.length / subject.length;
            const kept = subject.length === 1 ? score === 1 : score >= 0.6 && matched.length >= 2;
            if (!kept) continue;
            const where = db.parentName ? `, a component of ${db.parentName}` : db.ownerName ? ` (owner: ${db.ownerName})` : "";
            out.push({
                datasetId: d.id, datasetName: d.name, departmentId: d.departmentId, departmentName: d.departmentName,
                databaseId: db.id, databaseName: db.name, score: Math.round(score * 100) / 100, matchedPhrases: matched,
                reason: `"${d.name}" (${d.departmentName}) contains ${matched.map((w) => `"${w}"`).join(", ")}: ${matched.length} of ${subject.length} word pairs naming ${db.name}${where}`,
            });
        }
    }
    return out.sort((a, b) => b.score - a.score || a.datasetId.localeCompare(b.datasetId, "en", { numeric: true }));
}
