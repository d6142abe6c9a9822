// Cross-origin access for frontends on other origins (dashboards, notebooks): CORS_ORIGINS is an
// allowlist of exact origins ("https://dash.example.org,http://localhost:5173"); `*` is accepted only
// by a read-only deployment (no JWT_SECRET/JWKS_URL), since a wildcard must never reach a server that
// can write. Preflights are answered here, before Apollo (whose CSRF check would refuse an OPTIONS);
// Apollo's CSRF prevention stays on for everything else: a cross-origin request must still be a
// preflighted one (JSON body or an Apollo header), and only allowed origins pass the preflight.
import cors from "cors";
import type { RequestHandler } from "express";
import { ConfigError } from "../config.js";

export type CorsOrigins = "*" | string[];

const ORIGIN = /^https?:\/\/[^\s/?#]+$/i;

export function parseCorsOrigins(raw: string | undefined, writesEnabled: boolean): CorsOrigins {
    const list = (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    if (list.length === 1 && list[0] === "*") {
        if (writesEnabled) throw new ConfigError("CORS_ORIGINS=* is only allowed on a read-only deployment (no JWT_SECRET/JWKS_URL): list the exact origins instead");
        return "*";
    }
    for (const o of list) {
        if (o === "*") throw new ConfigError("CORS_ORIGINS: `*` cannot be combined with other origins");
        if (!ORIGIN.test(o)) throw new ConfigError(`CORS_ORIGINS: "${o}" is not an origin (scheme://host[:port], no path)`);
    }
    return list.map((o) => o.replace(/\/$/, "").toLowerCase());
}

export function corsMiddleware(origins: CorsOrigins): RequestHandler {
    const allowed = origins === "*" ? "*" : new Set(origins);
    return cors({
        origin: allowed === "*" ? "*" : (origin, cb) => cb(null, !!origin && allowed.has(origin.toLowerCase())),
        methods: ["GET", "POST"],
        allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "accept", "x-request-id"],
        // A page on another origin may read the request id its answer carries (src/http/request-observer.ts).
        exposedHeaders: ["x-request-id"],
        maxAge: 600,
        credentials: false,
        optionsSuccessStatus: 204,
    });
}
