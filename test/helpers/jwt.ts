// Signs test tokens with a secret made up per test run (never a fixed secret in the repo).
import { randomBytes } from "node:crypto";
import { SignJWT } from "jose";

export const TEST_SECRET = randomBytes(32).toString("hex");

export async function token(sub: string, roles: string[], secret = TEST_SECRET, expiresIn = "5m"): Promise<string> {
    return new SignJWT({ roles }).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}
