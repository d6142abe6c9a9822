// connectionMatrix: agencies of a tier × assets, the status per snapshot and totals (a heatmap). A
// page reads only its rows (cypher/coverage/connection-matrix.cypher); the columns' totals over the
// whole tier are kept per graph version (ctx.memos), so a page need not read the tier.
import { badUserInput } from "../../kernel/errors.js";
import { page, slicePage } from "../../kernel/paging.js";
import { resolveRef } from "../../kernel/names.js";
import { loadUnits } from "../../kernel/rollup.js";
import { TIER_KINDS, requireEra2025Tier } from "../../kernel/tier.js";
import { eraOn, readTime } from "../../kernel/time.js";
import type { CellState, ConnectionStatus, Coverage, MatrixColumn, MatrixRow, QueryResolvers } from "../../__generated__/resolvers-types.js";

export const connectionMatrix: QueryResolvers["connectionMatrix"] = async (_p, args, ctx) => {
    const { tier, assets, limit, offset } = args;
    if (assets && assets.length > 50) throw badUserInput("at most 50 assets per matrix", "assets");
    const p = page({ limit, offset });
    const time = await readTime(ctx.db, args);
    const era = await eraOn(ctx.db, time.asOf, tier, args.era);
    requireEra2025Tier(era, tier);
    const assetIds = assets ? await Promise.all(assets.map(async (a) => (await resolveRef(ctx.db, "Asset", a, "assets", null, ctx.refCache)).id)) : [];
    // The columns and their totals over every row of the tier: kept per graph version when the API
    // has a memo (src/cache/version-memo.ts), so a page reads only its own rows.
    const kinds = TIER_KINDS[tier];
    const readColumns = async () => (await ctx.db.run<MatrixColumn[]>("coverage/connection-matrix-columns", { kinds, assetIds, ...time }))[0] ?? [];
    const columns = ctx.memos ? await ctx.memos.of<MatrixColumn[]>("coverage/matrix-columns").get(JSON.stringify([kinds, assetIds, time]), readColumns) : await readColumns();
    // The 2023 map pages in Cypher; the 2025 map rolls the 2023 rows up into units first, so it needs them all.
    const pagedInCypher = era !== "E2025";
    const [grid] = await ctx.db.run<{ totalRows: number; rows: MatrixFacts[] }>("coverage/connection-matrix", {
        kinds,
        assetIds,
        offset: pagedInCypher ? p.offset : 0,
        limit: pagedInCypher ? p.limit : null,
        ...time,
    });
    const columnIds = columns.map((c) => c.id);
    const matrixRows = (grid?.rows ?? []).map((r) => matrixRow(r, columnIds));
    const head = { asOf: time.asOf, era };
    if (pagedInCypher) return { ...head, assets: columns, totalRows: grid?.totalRows ?? 0, rows: matrixRows };
    const finalRows = rollUpMatrix(matrixRows, await loadUnits(ctx.db, kinds), columnIds);
    return {
        ...head,
        assets: columns.map((c, i) => ({
            ...c,
            total2022: finalRows.filter((r) => r.cells[i]!.y2022).length,
            totalJune2023: finalRows.filter((r) => r.cells[i]!.june2023).length,
            totalAsOf: finalRows.filter((r) => r.cells[i]!.asOf).length,
        })),
        totalRows: finalRows.length,
        // Paged after the totals, which count every unit.
        rows: slicePage(finalRows, p),
    };
};

type MatrixFacts = { id: string; name: string; facts: [assetId: string, column: "Y2022" | "JUNE_2023" | "AS_OF", status: ConnectionStatus][] };

const COLUMN = { Y2022: 0, JUNE_2023: 1, AS_OF: 2 } as const;
/** The strongest of several statuses (a 2025 unit's parts'). */
const RANK: Record<ConnectionStatus, number> = { OFFICIAL: 3, OFFICIAL_OR_TECHNICAL: 2, TECHNICAL: 1 };
const best = (xs: (ConnectionStatus | null | undefined)[]): ConnectionStatus | null =>
    xs.reduce<ConnectionStatus | null>((b, x) => (x && (!b || RANK[x] > RANK[b]) ? x : b), null);

const cellState = (y2022: unknown, june2023: unknown): CellState => (y2022 && june2023 ? "BOTH" : y2022 ? "OFFICIAL_2022_ONLY" : june2023 ? "JUNE_2023_ONLY" : "NONE");

/**
 * A 2023 row from its sparse facts. The states and totals are computed at once; the cells (an object
 * per column: 4,480 for a national page of 20 rows) only when read, once — a grid asking for `states`
 * does not pay for them.
 */
function matrixRow(r: MatrixFacts, columnIds: string[]): MatrixRow {
    const byAsset = new Map<string, [y2022: ConnectionStatus | null, june2023: ConnectionStatus | null, asOf: ConnectionStatus | null]>();
    for (const [assetId, column, status] of r.facts) {
        const triple = byAsset.get(assetId) ?? [null, null, null];
        triple[COLUMN[column]] = column === "AS_OF" ? best([triple[2], status]) : status;
        byAsset.set(assetId, triple);
    }
    const asOfStatuses = columnIds.map((id) => byAsset.get(id)?.[2] ?? null);
    const states = columnIds.map((id) => {
        const pair = byAsset.get(id);
        return pair ? cellState(pair[0], pair[1]) : "NONE";
    });
    let cells: MatrixRow["cells"] | undefined;
    return {
        id: r.id,
        name: r.name,
        parts: [],
        states,
        total2022: columnIds.filter((id) => byAsset.get(id)?.[0]).length,
        totalJune2023: columnIds.filter((id) => byAsset.get(id)?.[1]).length,
        asOfStatuses,
        totalAsOf: asOfStatuses.filter(Boolean).length,
        get cells() {
            cells ??= columnIds.map((assetId, i) => {
                const [y2022 = null, june2023 = null, asOf = null] = byAsset.get(assetId) ?? [];
                return { assetId, y2022, june2023, asOf, state: states[i]! };
            });
            return cells;
        },
    };
}

/** Rows of 2025 units: a snapshot's status is the best of the parts', with how many parts had it. */
function rollUpMatrix(rows: MatrixRow[], units: Awaited<ReturnType<typeof loadUnits>>, columnIds: string[]): MatrixRow[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return units.map((u) => {
        const parts = u.parts.map((p) => byId.get(p.id)).filter((r): r is MatrixRow => !!r);
        // Cells follow the columns, not a part's row: a unit none of whose parts is a row still has every column.
        const cells = columnIds.map((assetId, i) => {
            const partCells = parts.map((p) => p.cells[i]!);
            const y2022 = partCells.find((c) => c.y2022)?.y2022 ?? null;
            const june2023 = partCells.find((c) => c.june2023)?.june2023 ?? null;
            const state = cellState(y2022, june2023);
            const cov = (pick: (c: (typeof partCells)[number]) => unknown): Coverage => {
                const n = partCells.filter(pick).length;
                return n > 0 && n === partCells.length ? "FULL" : n > 0 ? "PARTIAL" : "NONE"; // no part among the rows is NONE, not FULL
            };
            const asOf = best(partCells.map((c) => c.asOf));
            return { assetId, y2022, june2023, asOf, state, y2022Coverage: cov((c) => c.y2022), june2023Coverage: cov((c) => c.june2023), asOfCoverage: cov((c) => c.asOf) };
        });
        const asOfStatuses = cells.map((c) => c.asOf);
        return {
            id: u.id, name: u.name, parts: u.parts.map((p) => p.name), cells, states: cells.map((c) => c.state),
            total2022: cells.filter((c) => c.y2022).length, totalJune2023: cells.filter((c) => c.june2023).length,
            asOfStatuses, totalAsOf: asOfStatuses.filter(Boolean).length,
        };
    });
}
