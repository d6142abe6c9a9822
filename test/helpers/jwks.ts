// A local identity provider for tests: RS256 keys generated per run, their public halves served as a
// JWKS by a node:http server on a free port (what JWKS_URL points at), and tokens signed with them.
// What it publishes can change while it runs (key rotation), and it counts the fetches.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from "jose";

export const ISSUER = "https://idp.test/realms/state-graph";
export const AUDIENCE = "state-graph";

export interface SigningKey {
    kid: string;
    privateKey: CryptoKey;
    jwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

export interface TokenOptions {
    sub?: string;
    issuer?: string;
    audience?: string;
    /** jose time span, e.g. "5m"; "-1m" makes an expired token. */
    expiresIn?: string;
    /** The kid put in the header (default: the key's own). */
    kid?: string;
}

/** A token signed by `key` with these claims, the test issuer and audience unless told otherwise. */
export async function sign(key: SigningKey, claims: JWTPayload, o: TokenOptions = {}): Promise<string> {
    return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: o.kid ?? key.kid })
        .setSubject(o.sub ?? "someone")
        .setIssuer(o.issuer ?? ISSUER)
        .setAudience(o.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(o.expiresIn ?? "5m")
        .sign(key.privateKey);
}

export interface JwksServer {
    url: string;
    /** Replaces the published keys. */
    publish(keys: SigningKey[]): void;
    /** How many times the key set was fetched. */
    readonly fetches: number;
    close(): Promise<void>;
}

export async function startJwksServer(keys: SigningKey[]): Promise<JwksServer> {
    let published = keys;
    let fetches = 0;
    const server = http.createServer((req, res) => {
        if (req.url !== "/certs") {
            res.writeHead(404).end();
            return;
        }
        fetches++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/certs`,
        publish(next) {
            published = next;
        },
        get fetches() {
            return fetches;
        },
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}
