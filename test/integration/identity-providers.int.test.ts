// Sign-in as deployments do it: RS256 tokens verified against a real JWKS endpoint (keys generated
// here, served over HTTP), with the roles wherever the identity provider puts them (JWT_ROLES_CLAIM,
// JWT_EDITOR_ROLE). Each provider's editor writes a note through @neo4j/graphql's @authorization rule
// and the write guard; the same role in a place not configured gives nothing. Bad tokens get 401,
// rotated keys are followed without a restart, an unreachable JWKS is a 503, and a JWKS without issuer
// and audience is refused at start-up. Writes run in a rolled-back transaction.
import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import { createServer, type RunningServer } from "../../src/server.js";
import type { AuthConfig } from "../../src/http/auth.js";
import type { RolesConfig } from "../../src/kernel/roles.js";
import { openRollbackScope, postGraphQL, testDriver, type RollbackScope } from "../helpers/neo4j.js";
import { AUDIENCE, ISSUER, sign, signingKey, startJwksServer, type JwksServer, type SigningKey } from "../helpers/jwks.js";

let driver: Driver;
let key: SigningKey;
let idp: JwksServer;
beforeAll(async () => {
    driver = testDriver();
    key = await signingKey("key-1");
    idp = await startJwksServer([key]);
});
afterAll(async () => {
    await idp?.close();
    await driver?.close();
});

let scope: RollbackScope;
const servers: RunningServer[] = [];
beforeEach(async () => {
    scope = await openRollbackScope(driver);
    // Begin it now: building a server's schema next keeps the event loop busy for seconds, past the
    // driver's connection timeout, and a transaction whose connection timed out is rolled back.
    await scope.tx.run("RETURN 1");
});
afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await scope.rollback();
});

/** An API verifying tokens against `jwksUrl` (default: the test's identity provider), writing into the test's transaction. */
async function serve(auth: Partial<AuthConfig> = {}): Promise<string> {
    const server = await (await createServer({ driver, executor: scope.tx, auth: { jwksUrl: idp.url, issuer: ISSUER, audience: AUDIENCE, ...auth } })).listen(0);
    servers.push(server);
    return server.url;
}

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const CREATE_NOTE = `mutation AddNote($text: String!) { createNotes(input: [{ text: $text }]) { notes { text createdBy updatedBy } } }`;
const PROBE = "mutation Probe { __typename }";
const READ = '{ search(text: "da nang") { id } }';

interface Provider {
    name: string;
    roles?: RolesConfig;
    /** Claims of an editor's token from this provider. */
    editor: Record<string, unknown>;
    /** Claims of a token with no editor role where this deployment looks (the role may sit elsewhere). */
    viewer: Record<string, unknown>;
}

const PROVIDERS: Provider[] = [
    { name: "top-level roles (the default)", editor: { roles: ["editor"] }, viewer: { roles: ["viewer"], realm_access: { roles: ["editor"] } } },
    {
        name: "Keycloak realm roles (realm_access.roles)",
        roles: { claim: "realm_access.roles", editorRole: "editor" },
        editor: { realm_access: { roles: ["offline_access", "uma_authorization", "editor"] }, scope: "openid profile email" },
        viewer: { realm_access: { roles: ["offline_access"] }, roles: ["editor"] },
    },
    {
        name: "Keycloak client roles (resource_access.state-graph.roles)",
        roles: { claim: "resource_access.state-graph.roles", editorRole: "editor" },
        editor: { resource_access: { "state-graph": { roles: ["editor"] }, account: { roles: ["manage-account"] } } },
        viewer: { resource_access: { account: { roles: ["editor"] } }, realm_access: { roles: ["editor"] } },
    },
    {
        name: "Keycloak client roles as a JSON pointer (/resource_access/state-graph/roles)",
        roles: { claim: "/resource_access/state-graph/roles", editorRole: "graph-editor" },
        editor: { resource_access: { "state-graph": { roles: ["graph-editor"] } } },
        viewer: { resource_access: { "state-graph": { roles: ["editor"] } } },
    },
    {
        name: "a namespaced claim (https://example.org/roles)",
        roles: { claim: "https://example.org/roles", editorRole: "graph-editor" },
        editor: { "https://example.org/roles": ["graph-editor"] },
        viewer: { "https://example.org/roles": ["graph-viewer"], roles: ["graph-editor", "editor"], "https://example": { "org/roles": ["graph-editor"] } },
    },
    {
        name: "groups",
        roles: { claim: "groups", editorRole: "state-graph-editors" },
        editor: { groups: ["staff", "state-graph-editors"] },
        viewer: { groups: ["staff"], roles: ["state-graph-editors"] },
    },
    {
        name: "a space-separated scope string",
        roles: { claim: "scope", editorRole: "graph:write" },
        editor: { scope: "openid profile graph:write" },
        viewer: { scope: "openid graph:read graph:writer" },
    },
];

describe("roles from any identity provider", () => {
    for (const p of PROVIDERS) {
        it(`${p.name}: the editor writes (as its subject, recorded with its issuer); the role elsewhere in the token gives nothing`, async () => {
            const url = await serve({ roles: p.roles });
            const sub = `user-${p.name.length}`;
            const text = `note from ${p.name}`;
            const res = await postGraphQL(url, CREATE_NOTE, { text }, bearer(await sign(key, p.editor, { sub })));
            expect(res.errors).toBeUndefined();
            expect(res.data?.createNotes.notes).toEqual([{ text, createdBy: sub, updatedBy: sub }]);
            const trail = await postGraphQL(url, `query T($id: ID!) { changeRecords(where: { id: { eq: $id } }) { actor issuer operation } }`, { id: res.extensions?.changeRecord });
            expect(trail.data?.changeRecords).toEqual([{ actor: sub, issuer: ISSUER, operation: "AddNote" }]);

            const viewer = bearer(await sign(key, p.viewer, { sub: "viewer" }));
            const refused = await postGraphQL(url, CREATE_NOTE, { text: "not allowed" }, viewer);
            expect(refused.status).toBe(403);
            expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
            // A valid token without the role still reads.
            expect((await postGraphQL(url, READ, undefined, viewer)).errors).toBeUndefined();
            const kept = await scope.tx.run("MATCH (n:Note) WHERE n.text IN [$text, 'not allowed'] RETURN n.text AS text", { text });
            expect(kept.records.map((r) => r.get("text"))).toEqual([text]);
        });
    }
});

describe("tokens the API refuses", () => {
    it("a wrong issuer, a wrong audience, an expired token, a forged key and an unknown key id each get 401, and write nothing", async () => {
        const url = await serve();
        const editor = { roles: ["editor"] };
        const forger = await signingKey("key-1"); // claims the published key's id, signed with another key
        const stranger = await signingKey("key-unpublished");
        const bad: Record<string, string> = {
            "wrong issuer": await sign(key, editor, { issuer: "https://evil.test/realms/state-graph" }),
            "wrong audience": await sign(key, editor, { audience: "another-app" }),
            expired: await sign(key, editor, { expiresIn: "-1m" }),
            "forged key": await sign(forger, editor),
            "unknown key id": await sign(stranger, editor),
        };
        for (const [what, t] of Object.entries(bad)) {
            for (const q of [READ, CREATE_NOTE]) {
                const res = await postGraphQL(url, q, { text: `bad token: ${what}` }, bearer(t));
                expect(res.status, what).toBe(401);
                expect(res.errors?.[0]?.extensions?.code, what).toBe("UNAUTHENTICATED");
            }
        }
        const written = await scope.tx.run("MATCH (n:Note) WHERE n.text STARTS WITH 'bad token' RETURN count(n) AS c");
        expect(written.records[0]!.get("c").toNumber()).toBe(0);
        // The same claims, properly signed, pass: the refusals were the token's faults.
        expect((await postGraphQL(url, PROBE, undefined, bearer(await sign(key, editor)))).errors).toBeUndefined();
    });

    it("an unreachable or failing JWKS endpoint is a 503 (no token can be checked now), not a bad token", async () => {
        const closed = http.createServer();
        await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
        const port = (closed.address() as AddressInfo).port;
        await new Promise<void>((resolve) => closed.close(() => resolve()));
        const failing = http.createServer((_req, res) => res.writeHead(500).end());
        await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
        try {
            for (const jwksUrl of [`http://127.0.0.1:${port}/certs`, `http://127.0.0.1:${(failing.address() as AddressInfo).port}/certs`]) {
                const res = await postGraphQL(await serve({ jwksUrl }), READ, undefined, bearer(await sign(key, { roles: ["editor"] })));
                expect(res.status, jwksUrl).toBe(503);
                expect(res.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
                expect(res.errors?.[0]?.message).toMatch(/key set \(JWKS_URL\) could not be fetched/);
            }
        } finally {
            await new Promise<void>((resolve) => failing.close(() => resolve()));
        }
    });
});

describe("key rotation", () => {
    it("a new key id is accepted without a restart; a removed key's tokens are refused once the key set is refetched", async () => {
        const MAX_AGE = 1000;
        const COOLDOWN = 100;
        const a = await signingKey("rotation-a");
        const b = await signingKey("rotation-b");
        const rotating = await startJwksServer([a]);
        try {
            const url = await serve({ jwksUrl: rotating.url, jwksCacheMaxAgeMs: MAX_AGE, jwksCooldownMs: COOLDOWN });
            const write = async (k: SigningKey) => postGraphQL(url, PROBE, undefined, bearer(await sign(k, { roles: ["editor"] })));
            expect((await write(a)).errors).toBeUndefined();
            expect(rotating.fetches).toBe(1);

            // The provider publishes a second key and starts signing with it.
            rotating.publish([a, b]);
            await new Promise((r) => setTimeout(r, COOLDOWN + 50));
            const withB = await write(b);
            expect(withB.errors).toBeUndefined();
            expect(rotating.fetches).toBe(2); // the unknown kid made it refetch at once

            // The old key is withdrawn: once the kept set is older than the max age, it is refetched and the old key's tokens fail.
            rotating.publish([b]);
            await new Promise((r) => setTimeout(r, MAX_AGE + 100));
            const withA = await write(a);
            expect(withA.status).toBe(401);
            expect(withA.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
            expect(rotating.fetches).toBeGreaterThanOrEqual(3);
            expect((await write(b)).errors).toBeUndefined();
        } finally {
            await rotating.close();
        }
    });
});

describe("configuration refused at start-up", () => {
    it("JWKS_URL without JWT_ISSUER and JWT_AUDIENCE stops `npm start` before anything starts, saying why; allowing it explicitly passes that check", () => {
        const run = (env: Record<string, string>) => {
            const r = spawnSync(process.execPath, ["--import", "tsx", "src/index.ts"], {
                cwd: PROJECT_ROOT,
                // A Neo4j nobody listens on: a start that got past the check fails there instead.
                env: { HOME: os.homedir(), PATH: process.env.PATH ?? "", PORT: "0", NEO4J_URI: "bolt://127.0.0.1:1", JWKS_URL: idp.url, ...env },
                encoding: "utf8",
                timeout: 60_000,
            });
            return { status: r.status, error: r.stderr.trim().split("\n").at(-1) ?? "" };
        };
        const none = run({});
        expect(none.status).toBe(1);
        expect(none.error).toMatch(/^error: JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE: .*a token issued for another application would be accepted here/);
        expect(run({ JWT_ISSUER: ISSUER }).error).toMatch(/^error: JWKS_URL needs JWT_AUDIENCE:/);
        expect(run({ JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_ROLES_CLAIM: "realm_access..roles" }).error).toMatch(/^error: JWT_ROLES_CLAIM "realm_access\.\.roles" has an empty step/);
        const allowed = run({ JWT_ALLOW_ANY_ISSUER_AUDIENCE: "true" });
        expect(allowed.status).toBe(1);
        expect(allowed.error).toMatch(/^error: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    });

    it("a server given such a configuration refuses to be created", async () => {
        await expect(createServer({ driver, auth: { jwksUrl: idp.url, issuer: ISSUER } })).rejects.toThrow(/JWKS_URL needs JWT_AUDIENCE/);
        await expect(createServer({ driver, auth: { jwksUrl: idp.url, issuer: ISSUER, audience: AUDIENCE, roles: { claim: "", editorRole: "editor" } } })).rejects.toThrow(/JWT_ROLES_CLAIM must not be empty/);
    });
});
