// Who may write: the editor role in the caller's verified token (src/http/auth.ts verifies it).
import type { JWTPayload } from "jose";
import { AuthError } from "./errors.js";

export const EDITOR_ROLE = "editor";

/** Throws unless the caller's verified JWT carries the editor role. Returns the actor (sub). */
export function requireEditor(jwt: JWTPayload | undefined): string {
    if (!jwt) throw new AuthError("UNAUTHENTICATED", "sign in: this operation needs a bearer token with the editor role");
    const roles = Array.isArray(jwt.roles) ? (jwt.roles as unknown[]) : [];
    if (!roles.includes(EDITOR_ROLE)) throw new AuthError("FORBIDDEN", `the "${EDITOR_ROLE}" role is required`);
    return String(jwt.sub ?? "unknown");
}
