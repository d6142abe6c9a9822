// Who may write. Identity providers put a user's roles in different places — a top-level `roles`
// claim, Keycloak's `realm_access.roles` or `resource_access.<client>.roles`, a namespaced claim
// (`https://example.org/roles`), `groups`, or a space-separated `scope` string — and name them their
// own way. JWT_ROLES_CLAIM says where they are and JWT_EDITOR_ROLE which one means "may edit".
//
// The verified token (src/http/auth.ts) is handed on with its `roles` claim replaced by the roles
// this application grants (only `editor`, when the token carries the configured role at the
// configured place), so every reader — requireEditor below, @neo4j/graphql's @authorization rules
// (schema/editorial.graphql `type JWT @jwt { roles }`), the response cache key — sees the same thing,
// whatever the identity provider.
import type { JWTPayload } from "jose";
import { AuthError } from "./errors.js";

/** The one role of this application: may write (the SDL's @authorization rules name it too). */
export const EDITOR_ROLE = "editor";
export type AppRole = typeof EDITOR_ROLE;

/** Where the token carries the caller's roles, and which of them means "editor". */
export interface RolesConfig {
    /** A dotted path (`realm_access.roles`), a JSON pointer (`/resource_access/state-graph/roles`) or a namespaced claim (`https://example.org/roles`). */
    claim: string;
    /** The identity provider's name for the editor role. */
    editorRole: string;
}

export const DEFAULT_ROLES: RolesConfig = { claim: "roles", editorRole: EDITOR_ROLE };

/** The verified claims as the rest of the server sees them: `roles` holds the roles granted here. */
export type VerifiedToken = JWTPayload & { roles: AppRole[] };

/**
 * The keys leading to the roles. A leading `/` makes a JSON pointer (RFC 6901: `~1` is `/`, `~0` is
 * `~`), for keys holding dots; a `scheme://…` claim name is one key (its dots are part of the name);
 * anything else is split on dots.
 */
export function claimPath(spec: string): string[] {
    const s = spec.trim();
    if (!s) throw new Error("JWT_ROLES_CLAIM must not be empty");
    if (s.startsWith("/")) return s.slice(1).split("/").map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return [s];
    const keys = s.split(".");
    if (keys.some((k) => k === "")) throw new Error(`JWT_ROLES_CLAIM "${spec}" has an empty step; use a JSON pointer (/a/b) for keys with dots`);
    return keys;
}

/** The roles a verified payload carries at `path`: an array's strings, or a space-separated string's words (`scope`). */
export function rolesAt(payload: JWTPayload, path: readonly string[]): string[] {
    let v: unknown = payload;
    for (const k of path) {
        if (v === null || typeof v !== "object" || Array.isArray(v) || !Object.hasOwn(v, k)) return [];
        v = (v as Record<string, unknown>)[k];
    }
    if (typeof v === "string") return v.split(/\s+/).filter(Boolean);
    if (Array.isArray(v)) return v.filter((r): r is string => typeof r === "string");
    return [];
}

/** The verified payload with `roles` replaced by the roles this application grants it. */
export function grantRoles(payload: JWTPayload, cfg: RolesConfig = DEFAULT_ROLES, path: readonly string[] = claimPath(cfg.claim)): VerifiedToken {
    const granted: AppRole[] = rolesAt(payload, path).includes(cfg.editorRole) ? [EDITOR_ROLE] : [];
    return { ...payload, roles: granted };
}

/** The roles a verified token was granted (none for no token). */
export function grantedRoles(jwt: JWTPayload | undefined): string[] {
    return Array.isArray(jwt?.roles) ? (jwt.roles as unknown[]).filter((r): r is string => typeof r === "string") : [];
}

/** Throws unless the caller's verified token was granted the editor role. Returns the actor (sub). */
export function requireEditor(jwt: JWTPayload | undefined): string {
    if (!jwt) throw new AuthError("UNAUTHENTICATED", "sign in: this operation needs a bearer token with the editor role");
    if (!grantedRoles(jwt).includes(EDITOR_ROLE)) throw new AuthError("FORBIDDEN", `the ${EDITOR_ROLE} role is required (the token must carry JWT_EDITOR_ROLE where JWT_ROLES_CLAIM says)`);
    return String(jwt.sub ?? "unknown");
}
