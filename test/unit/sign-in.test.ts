// Where the roles are in a token (JWT_ROLES_CLAIM), which one edits (JWT_EDITOR_ROLE), and the
// configurations refused before the server starts. The tokens' verification itself is tested against
// a real JWKS endpoint (test/integration/identity-providers.int.test.ts).
import { describe, expect, it } from "vitest";
import { authConfigFromEnv } from "../../src/http/auth.js";
import { claimPath, grantRoles, requireEditor, rolesAt } from "../../src/kernel/roles.js";
import { sealReadOnlyTypes } from "../../src/schema.js";

const keycloak = {
    sub: "f1c2",
    realm_access: { roles: ["offline_access", "editor"] },
    resource_access: { "state-graph": { roles: ["graph-editor"] }, account: { roles: ["manage-account"] } },
    "https://example.org/roles": ["ns-editor"],
    "a.b": { c: ["dotted-key"] },
    "x/y": ["slashed-key"],
    groups: ["staff"],
    scope: "openid  profile graph:write",
    roles: "not-a-list-of-roles-but-a-string",
};

describe("where the roles are", () => {
    it("a dotted path, a JSON pointer or a namespaced claim names the place", () => {
        expect(claimPath("roles")).toEqual(["roles"]);
        expect(claimPath("realm_access.roles")).toEqual(["realm_access", "roles"]);
        expect(claimPath("resource_access.state-graph.roles")).toEqual(["resource_access", "state-graph", "roles"]);
        expect(claimPath("/resource_access/state-graph/roles")).toEqual(["resource_access", "state-graph", "roles"]);
        expect(claimPath("https://example.org/roles")).toEqual(["https://example.org/roles"]);
        expect(claimPath("/a.b/c")).toEqual(["a.b", "c"]);
        expect(claimPath("/x~1y")).toEqual(["x/y"]);
        expect(() => claimPath("realm_access..roles")).toThrow(/empty step/);
        expect(() => claimPath(" ")).toThrow(/must not be empty/);
    });

    it("an array's strings or a space-separated string's words are the roles; anything else is none", () => {
        const at = (spec: string) => rolesAt(keycloak, claimPath(spec));
        expect(at("realm_access.roles")).toEqual(["offline_access", "editor"]);
        expect(at("resource_access.state-graph.roles")).toEqual(["graph-editor"]);
        expect(at("https://example.org/roles")).toEqual(["ns-editor"]);
        expect(at("/a.b/c")).toEqual(["dotted-key"]);
        expect(at("/x~1y")).toEqual(["slashed-key"]);
        expect(at("scope")).toEqual(["openid", "profile", "graph:write"]);
        expect(at("groups")).toEqual(["staff"]);
        expect(at("realm_access")).toEqual([]);
        expect(at("resource_access.nothing.roles")).toEqual([]);
        expect(at("realm_access.roles.length")).toEqual([]);
        expect(rolesAt({ roles: ["editor", 7, null, { r: 1 }] }, ["roles"])).toEqual(["editor"]);
        expect(rolesAt({}, ["constructor"])).toEqual([]);
    });

    it("the token is handed on with the roles granted here, so every reader sees the same", () => {
        const granted = grantRoles(keycloak, { claim: "resource_access.state-graph.roles", editorRole: "graph-editor" });
        expect(granted.roles).toEqual(["editor"]);
        expect(granted.sub).toBe("f1c2");
        expect(requireEditor(granted)).toBe("f1c2");
        // The role's name elsewhere in the token, or another role at the place, grants nothing.
        const none = grantRoles(keycloak, { claim: "realm_access.roles", editorRole: "graph-editor" });
        expect(none.roles).toEqual([]);
        expect(() => requireEditor(none)).toThrow(/role is required/);
        expect(() => requireEditor(undefined)).toThrow(/sign in/);
    });
});

describe("configuration refused at start-up", () => {
    const jwks = { JWKS_URL: "https://idp.example.org/realms/x/protocol/openid-connect/certs" };
    it("a JWKS needs an issuer and an audience unless allowed explicitly, and says why", () => {
        expect(() => authConfigFromEnv(jwks)).toThrow(/JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE: .*another application/);
        expect(() => authConfigFromEnv({ ...jwks, JWT_AUDIENCE: "state-graph" })).toThrow(/JWKS_URL needs JWT_ISSUER:/);
        expect(authConfigFromEnv({ ...jwks, JWT_ALLOW_ANY_ISSUER_AUDIENCE: "true" }).jwksUrl).toBe(jwks.JWKS_URL);
        expect(() => authConfigFromEnv({ ...jwks, JWT_ALLOW_ANY_ISSUER_AUDIENCE: "yes" })).toThrow(/true or false/);
        const ok = authConfigFromEnv({ ...jwks, JWT_ISSUER: "https://idp.example.org/realms/x", JWT_AUDIENCE: "state-graph", JWT_ROLES_CLAIM: "realm_access.roles", JWKS_CACHE_MAX_AGE_MS: "300000" });
        expect(ok).toMatchObject({ roles: { claim: "realm_access.roles", editorRole: "editor" }, jwksCacheMaxAgeMs: 300000 });
    });

    it("bad values are named", () => {
        expect(() => authConfigFromEnv({ JWT_SECRET: "short" })).toThrow(/at least 32 characters/);
        expect(() => authConfigFromEnv({ JWT_SECRET: "x".repeat(32), JWT_ROLES_CLAIM: "a..b" })).toThrow(/JWT_ROLES_CLAIM "a..b"/);
        expect(() => authConfigFromEnv({ JWT_SECRET: "x".repeat(32), ...jwks, JWT_ISSUER: "i", JWT_AUDIENCE: "a" })).toThrow(/not both/);
        expect(() => authConfigFromEnv({ JWKS_URL: "file:///etc/keys", JWT_ISSUER: "i", JWT_AUDIENCE: "a" })).toThrow(/http\(s\) URL/);
        expect(() => authConfigFromEnv({ ...jwks, JWT_ISSUER: "i", JWT_AUDIENCE: "a", JWKS_COOLDOWN_MS: "-1" })).toThrow(/JWKS_COOLDOWN_MS/);
    });
});

describe("read-only types are written through no relationship", () => {
    const sdl = (nested: string) => [
        `type Agency @node @mutation(operations: []) { id: ID! assets: [Asset!]! @relationship(type: "OWNS", direction: OUT) }`,
        `type Asset @node @mutation(operations: []) { id: ID! }`,
        `type Note @node { id: ID! agencies: [Agency!]! @relationship(type: "NOTE_ABOUT", direction: OUT${nested}) }`,
    ];
    it("a read-only type's relationships write nothing; a writable type's relationship to one must say it only connects", () => {
        const [agency] = sealReadOnlyTypes(sdl(", nestedOperations: [CONNECT, DISCONNECT]"));
        const def = agency!.definitions[0] as any;
        const rel = def.fields[1].directives[0];
        expect(rel.arguments.find((a: any) => a.name.value === "nestedOperations").value.values).toEqual([]);
        expect(() => sealReadOnlyTypes(sdl(""))).toThrow(/Note\.agencies points at read-only Agency: give it nestedOperations: \[CONNECT, DISCONNECT\]/);
        expect(() => sealReadOnlyTypes(sdl(", nestedOperations: [CONNECT, CREATE]"))).toThrow(/it has CONNECT, CREATE/);
    });
});
