// The arguments every missing-database question shares, validated once: the agency (any spelling, in
// the era asked; its tier when none is given), the tier, the era (or the map in force on `asOf`), the
// time (asOf, knownAt), the share of peers and a kind named by id or label — each refused with a
// sentence and, for names, the closest matches.
import { editDistance, fold } from "../../../../lib/text.js";
import type { Db } from "../../../db/run.js";
import { ERA, type Era } from "../../../kernel/era.js";
import { badUserInput } from "../../../kernel/errors.js";
import { resolveRef } from "../../../kernel/names.js";
import { requireEra2025Tier, TIER_KINDS, type Tier } from "../../../kernel/tier.js";
import { eraOn, readTime, type TimeArgs } from "../../../kernel/time.js";
import type { Analysis } from "../duplicates/analysis.js";
import { missingAnalysis, type MissingInputs } from "./inputs.js";
import { buildKinds, type Kind, type KindIndex } from "./kinds.js";

export interface Asked {
    tier: Tier;
    era: Era;
    time: TimeArgs;
    /** The agency asked for, in the era's units (a 2023 agency asked on the 2025 map: its 2025 unit). */
    agencyId: string | null;
    agencyKind: string | null;
    /** The unit of the tier it counts for: itself, or a department's province (E2025: that province's unit). */
    unitId: string | null;
}

/** The tier an agency of a kind is compared in. */
const TIER_OF_KIND: Record<string, Tier> = {
    PROVINCE: "PROVINCE", DEPARTMENT: "DEPARTMENT", MINISTRY: "MINISTRY_OR_AGENCY", GOVERNMENT_AGENCY: "MINISTRY_OR_AGENCY",
    DISTRICT: "DISTRICT", COMMUNE: "COMMUNE", ENTERPRISE: "ENTERPRISE",
};

type AskArgs = { agency?: string | null; tier?: Tier | null; era?: Era | null; asOf?: unknown; knownAt?: unknown };

/** The time asked (readTime), the analysis as of it with its inputs, and the other arguments read against them. */
export async function ask(db: Db, args: AskArgs): Promise<{ a: Analysis; inputs: MissingInputs; asked: Asked }> {
    const time = await readTime(db, args);
    const { a, inputs } = await missingAnalysis(db, time);
    return { a, inputs, asked: await readAsked(db, inputs, args, time) };
}

export async function readAsked(db: Db, inputs: MissingInputs, args: AskArgs, time: TimeArgs): Promise<Asked> {
    let agencyId: string | null = null;
    let agencyKind: string | null = null;
    let unitId: string | null = null;
    if (args.agency != null) {
        const asked = args.era ? ERA[args.era] : 2023;
        const ref = await resolveRef(db, "Agency", args.agency, "agency", asked);
        const row = inputs.agencies.get(ref.id);
        agencyId = ref.id;
        agencyKind = row?.kind ?? null;
    }
    const tier: Tier = args.tier ?? (agencyKind ? TIER_OF_KIND[agencyKind] : undefined) ?? "PROVINCE";
    const era = await eraOn(db, time.asOf, tier, args.era);
    requireEra2025Tier(era, tier);
    if (agencyId) {
        const row = inputs.agencies.get(agencyId);
        // On the 2025 map a 2023 agency stands for the unit it became.
        if (era === "E2025" && row?.era === 2023 && row.unitId) {
            agencyId = row.unitId;
            agencyKind = row.unitKind ?? agencyKind;
        }
        const kinds: string[] = TIER_KINDS[tier];
        const fits = agencyKind !== null && (kinds.includes(agencyKind) || (tier === "PROVINCE" && agencyKind === "DEPARTMENT"));
        if (!fits) throw badUserInput(`${row?.name ?? args.agency} is ${agencyKind ?? "an agency"} and not of tier ${tier}: omit tier to ask in its own`, "agency");
        unitId = agencyId;
        if (tier === "PROVINCE" && agencyKind === "DEPARTMENT") {
            const province = row?.parentId ? inputs.agencies.get(row.parentId) : undefined;
            unitId = era === "E2025" ? (province?.unitId ?? province?.id ?? null) : (province?.id ?? null);
        }
    }
    return { tier, era, time, agencyId, agencyKind, unitId };
}

export function readShare(minPeerShare: number): number {
    if (!(minPeerShare >= 0.3 && minPeerShare <= 1)) throw badUserInput("minPeerShare must be between 0.3 and 1 (kinds kept by fewer than a quarter of the peers are rare, never missing)", "minPeerShare");
    return minPeerShare;
}

/** The kinds of the analysis (built once per analysis and kept with it). */
export const kindsOf = (a: Analysis, inputs: MissingInputs): KindIndex => a.memo("missing:kinds", () => buildKinds(a, inputs));

/** A kind named by its id or label (diacritics and case ignored); else a refusal with the closest labels. */
export function resolveKind(k: KindIndex, text: string, argumentName = "kind"): Kind {
    const t = text.normalize("NFC").trim();
    if (!t) throw badUserInput(`${argumentName} must not be empty`, argumentName);
    const byId = k.byId.get(t);
    if (byId) return byId;
    const key = fold(t);
    const exact = k.kinds.filter((x) => fold(x.label) === key);
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) throw badUserInput(`"${t}" is the label of ${exact.length} kinds; pass one of their ids`, argumentName, { candidates: exact.map((x) => ({ id: x.id, label: x.label })) });
    const closest = k.kinds
        .map((x) => ({ x, d: fold(x.label).includes(key) ? 0 : editDistance(key, fold(x.label)) }))
        .sort((p, q) => p.d - q.d || q.x.agencyCount - p.x.agencyCount)
        .slice(0, 5)
        .map(({ x }) => ({ id: x.id, label: x.label }));
    throw badUserInput(`no kind of database is named "${t}"`, argumentName, { closestMatches: closest });
}
