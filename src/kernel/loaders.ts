// Per-request DataLoaders, made on first use by the domain that needs one: a field that resolves per
// parent batches its keys into one named query (one per request however many parents). The context
// holds the registry, so it knows no domain; each domain names its loaders `<domain>/<what>`.
import type { Db } from "../db/run.js";

export class Loaders {
    private readonly made = new Map<string, unknown>();

    constructor(private readonly db: Db) {}

    /** The request's loader for `key`, made with `make(db)` the first time it is asked for. */
    get<L>(key: string, make: (db: Db) => L): L {
        let l = this.made.get(key) as L | undefined;
        if (l === undefined) {
            l = make(this.db);
            this.made.set(key, l);
        }
        return l;
    }
}
