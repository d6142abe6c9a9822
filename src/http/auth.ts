// Verifies the bearer token of a request. Reads are open; writes need a token granting the editor
// role (src/kernel/roles.ts: JWT_ROLES_CLAIM says where the roles are, JWT_EDITOR_ROLE which one
// edits). Keys come from the environment only: JWT_SECRET (HS256, ≥ 32 characters) or JWKS_URL.
// Without either, no token can be valid, so the API is read-only.
//
// With JWKS_URL the key set is fetched on the first token and kept (jose's createRemoteJWKSet):
//   - a token signed with a key id (kid) not in the kept set makes it refetch at once, unless it was
//     fetched less than JWKS_COOLDOWN_MS ago (default 30 s): a new signing key is accepted without a
//     restart, at most that long after the last fetch;
//   - the kept set is refetched when it is older than JWKS_CACHE_MAX_AGE_MS (default 10 min), so a
//     key removed from the JWKS stops being accepted at most that long after its removal.
// A JWKS usually belongs to an identity provider that signs tokens for many applications (every
// client of a Keycloak realm, every tenant of a cloud provider), so JWT_ISSUER and JWT_AUDIENCE are
// required with it: without them a token minted for another application would be accepted here.
import { randomBytes } from "node:crypto";
import { createRemoteJWKSet, customFetch, jwtVerify, errors as joseErrors } from "jose";
import { ConfigError } from "../config.js";
import { claimPath, DEFAULT_ROLES, grantRoles, type RolesConfig, type VerifiedToken } from "../kernel/roles.js";
import { forbidden, KeysUnavailableError, unauthenticated } from "./errors.js";

export interface AuthConfig {
    secret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    /** Where the roles are and which one edits (default: `roles`, `editor`). */
    roles?: RolesConfig;
    /** How long a fetched JWKS is kept before it is fetched again (ms; default 600 000). */
    jwksCacheMaxAgeMs?: number;
    /** Least time between two fetches caused by an unknown key id (ms; default 30 000). */
    jwksCooldownMs?: number;
    /** Accept a JWKS_URL without JWT_ISSUER and JWT_AUDIENCE (JWT_ALLOW_ANY_ISSUER_AUDIENCE=true). */
    allowAnyIssuerAudience?: boolean;
}

export const JWKS_DEFAULTS = { cacheMaxAgeMs: 600_000, cooldownMs: 30_000 } as const;

export { EDITOR_ROLE } from "../kernel/roles.js";

function ms(env: NodeJS.ProcessEnv, name: string): number | undefined {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number of milliseconds, got "${raw}"`);
    return n;
}

/** Reads and checks the JWT_* / JWKS_* variables; throws a ConfigError naming what is wrong. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
    const secret = env.JWT_SECRET || undefined;
    if (secret && secret.length < 32) throw new ConfigError("JWT_SECRET must be at least 32 characters");
    const allow = env.JWT_ALLOW_ANY_ISSUER_AUDIENCE;
    if (allow && allow !== "true" && allow !== "false") throw new ConfigError(`JWT_ALLOW_ANY_ISSUER_AUDIENCE must be true or false, got "${allow}"`);
    const cfg: AuthConfig = {
        secret,
        jwksUrl: env.JWKS_URL || undefined,
        issuer: env.JWT_ISSUER || undefined,
        audience: env.JWT_AUDIENCE || undefined,
        roles: { claim: env.JWT_ROLES_CLAIM || DEFAULT_ROLES.claim, editorRole: env.JWT_EDITOR_ROLE || DEFAULT_ROLES.editorRole },
        jwksCacheMaxAgeMs: ms(env, "JWKS_CACHE_MAX_AGE_MS"),
        jwksCooldownMs: ms(env, "JWKS_COOLDOWN_MS"),
        allowAnyIssuerAudience: allow === "true",
    };
    checkAuthConfig(cfg);
    return cfg;
}

/** Refuses a configuration that would accept tokens it should not. */
export function checkAuthConfig(cfg: AuthConfig): void {
    if (cfg.secret && cfg.jwksUrl) throw new ConfigError("set JWT_SECRET or JWKS_URL, not both");
    if (cfg.jwksUrl) {
        let url: URL;
        try {
            url = new URL(cfg.jwksUrl);
        } catch {
            throw new ConfigError(`JWKS_URL "${cfg.jwksUrl}" is not a URL`);
        }
        if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigError(`JWKS_URL must be an http(s) URL, got "${cfg.jwksUrl}"`);
        const missing = [!cfg.issuer && "JWT_ISSUER", !cfg.audience && "JWT_AUDIENCE"].filter(Boolean);
        if (missing.length && !cfg.allowAnyIssuerAudience) {
            throw new ConfigError(
                `JWKS_URL needs ${missing.join(" and ")}: an identity provider's keys sign tokens for all its applications and users, so without ${missing.length > 1 ? "them" : "it"} a token issued for another application would be accepted here (set JWT_ALLOW_ANY_ISSUER_AUDIENCE=true to accept that)`,
            );
        }
    }
    if (cfg.roles) {
        try {
            claimPath(cfg.roles.claim);
        } catch (e) {
            throw new ConfigError((e as Error).message);
        }
        if (!cfg.roles.editorRole.trim()) throw new ConfigError("JWT_EDITOR_ROLE must not be empty");
    }
}

export { forbidden, unauthenticated };

/** The key @neo4j/graphql is configured with; a random one when no secret is set. */
export function authorizationKey(cfg: AuthConfig): string {
    return cfg.secret ?? randomBytes(48).toString("hex");
}

/** The JWKS endpoint did not answer, or not with 200. */
class KeySetUnreachable extends Error {}

/** fetch for jose that marks an unreachable or failing JWKS endpoint, so it is told from a bad token. */
const fetchKeySet = async (url: string, init: RequestInit): Promise<Response> => {
    const res = await fetch(url, init).catch((e: unknown) => {
        throw (e as Error).name === "TimeoutError" ? e : new KeySetUnreachable(String(e), { cause: e });
    });
    if (res.status !== 200) throw new KeySetUnreachable(`JWKS_URL answered ${res.status}`);
    return res;
};

// Only the key set's fetch throws these (a malformed or badly signed token throws other errors).
const isFetchFailure = (e: unknown): boolean =>
    e instanceof KeySetUnreachable || e instanceof joseErrors.JWKSTimeout || e instanceof joseErrors.JWKSInvalid || (e instanceof joseErrors.JOSEError && e.code === "ERR_JOSE_GENERIC");

/** A verifier: the token's claims with the roles granted here, undefined without a token; 401 for a bad one. */
export function createVerifier(cfg: AuthConfig) {
    checkAuthConfig(cfg);
    const roles = cfg.roles ?? DEFAULT_ROLES;
    const path = claimPath(roles.claim);
    const jwks = cfg.jwksUrl
        ? createRemoteJWKSet(new URL(cfg.jwksUrl), {
              cacheMaxAge: cfg.jwksCacheMaxAgeMs ?? JWKS_DEFAULTS.cacheMaxAgeMs,
              cooldownDuration: cfg.jwksCooldownMs ?? JWKS_DEFAULTS.cooldownMs,
              [customFetch]: fetchKeySet,
          })
        : undefined;
    const secret = cfg.secret ? new TextEncoder().encode(cfg.secret) : undefined;
    const options = { issuer: cfg.issuer, audience: cfg.audience, algorithms: jwks ? undefined : ["HS256"] };
    return async (token: string | undefined): Promise<VerifiedToken | undefined> => {
        if (!token) return undefined;
        if (!secret && !jwks) throw unauthenticated("this server accepts no tokens (set JWT_SECRET or JWKS_URL to enable editing)");
        try {
            const { payload } = jwks ? await jwtVerify(token, jwks, options) : await jwtVerify(token, secret!, options);
            return grantRoles(payload, roles, path);
        } catch (e) {
            if (jwks && isFetchFailure(e)) throw new KeysUnavailableError();
            throw unauthenticated("invalid or expired token");
        }
    };
}
