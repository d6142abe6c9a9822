// Signs test tokens with a secret made up per test run (never a fixed secret in the repo).
import { randomBytes } from "node:crypto";
import { SignJWT } from "jose";

export const TEST_SECRET = randomBytes(32).toString("hex");

export async function token(sub: string, roles: string[], secret = TEST_SECRET, expiresIn = "5m", issuer?: string): Promise<string> {
    const jwt = new SignJWT({ roles }).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn);
    if (issuer) jwt.setIssuer(issuer);
    return jwt.sign(new TextEncoder().encode(secret));
}
