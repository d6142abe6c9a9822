// The asset picker's options (Phụ lục 1 order), asked once per page load.
import { ExplorerAssetsDocument } from "../../src/__generated__/operations.js";
import { query } from "./api.js";

let cache: { id: string; number?: number | null; name: string }[] = [];
export async function assetOptions() {
    if (!cache.length) cache = (await query(ExplorerAssetsDocument, {}).catch(() => ({ assets: [] }))).assets;
    return cache;
}
