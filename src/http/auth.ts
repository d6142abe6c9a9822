// Verifies the bearer token of a request. Reads are open; writes need a JWT whose `roles` include
// "editor". Keys come from the environment only: JWT_SECRET (HS256, ≥ 32 characters) or JWKS_URL.
// Without either, no token can be valid, so the API is read-only.
import { randomBytes } from "node:crypto";
import { forbidden, unauthenticated } from "./errors.js";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

export interface AuthConfig {
    secret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
}

export { EDITOR_ROLE } from "../kernel/roles.js";

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
    const secret = env.JWT_SECRET || undefined;
    if (secret && secret.length < 32) throw new Error("JWT_SECRET must be at least 32 characters");
    return { secret, jwksUrl: env.JWKS_URL || undefined, issuer: env.JWT_ISSUER || undefined, audience: env.JWT_AUDIENCE || undefined };
}

export { forbidden, unauthenticated };

/** The key @neo4j/graphql is configured with; a random one when no secret is set. */
export function authorizationKey(cfg: AuthConfig): string {
    return cfg.secret ?? randomBytes(48).toString("hex");
}

export function createVerifier(cfg: AuthConfig) {
    const jwks = cfg.jwksUrl ? createRemoteJWKSet(new URL(cfg.jwksUrl)) : undefined;
    const secret = cfg.secret ? new TextEncoder().encode(cfg.secret) : undefined;
    return async (token: string | undefined): Promise<JWTPayload | undefined> => {
        if (!token) return undefined;
        if (!secret && !jwks) throw unauthenticated("this server accepts no tokens (set JWT_SECRET or JWKS_URL to enable editing)");
        try {
            const options = { issuer: cfg.issuer, audience: cfg.audience, algorithms: jwks ? undefined : ["HS256"] };
            const { payload } = jwks ? await jwtVerify(token, jwks, options) : await jwtVerify(token, secret!, options);
            return payload;
        } catch {
            throw unauthenticated("invalid or expired token");
        }
    };
}
