// An offline GraphiQL page: React, ReactDOM and GraphiQL are served from node_modules, no CDN.
import { createRequire } from "node:module";
import path from "node:path";
import express, { type Router } from "express";

const require = createRequire(import.meta.url);
const pkgDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

/** Files the page needs, keyed by the URL path under /graphiql/assets/. */
const ASSETS: Record<string, string> = {
    "react.js": path.join(pkgDir("react"), "umd/react.production.min.js"),
    "react-dom.js": path.join(pkgDir("react-dom"), "umd/react-dom.production.min.js"),
    "graphiql.js": path.join(pkgDir("graphiql"), "graphiql.min.js"),
    "graphiql.css": path.join(pkgDir("graphiql"), "graphiql.min.css"),
};

export const GRAPHIQL_ASSET_PREFIX = "/graphiql/assets";

export function graphiqlAssets(): Router {
    const router = express.Router();
    for (const [name, file] of Object.entries(ASSETS)) {
        router.get(`${GRAPHIQL_ASSET_PREFIX}/${name}`, (_req, res) => {
            res.setHeader("Cache-Control", "public, max-age=86400");
            res.sendFile(file);
        });
    }
    return router;
}

const DEFAULT_QUERY = `# State-data dependency graph. Try:
{
  agencies(where: { kind: { eq: PROVINCE } }, sort: [{ sortName: ASC }], limit: 5) {
    id
    name
    aliases
  }
}
`;

export function graphiqlHtml(endpoint: string): string {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>State-data graph · GraphiQL</title>
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PREFIX}/graphiql.css" />
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${GRAPHIQL_ASSET_PREFIX}/react.js"></script>
<script src="${GRAPHIQL_ASSET_PREFIX}/react-dom.js"></script>
<script src="${GRAPHIQL_ASSET_PREFIX}/graphiql.js"></script>
<script>
  // Links like /graphql?query=…&variables=…&operationName=… open with that query; edits keep the URL
  // in step, so the address bar is always a shareable link to what is on screen.
  const params = new URLSearchParams(location.search);
  const keep = (key, value) => {
    if (value) params.set(key, value); else params.delete(key);
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : ""));
  };
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      query: params.get("query") ?? undefined,
      variables: params.get("variables") ?? undefined,
      operationName: params.get("operationName") ?? undefined,
      onEditQuery: (q) => keep("query", q),
      onEditVariables: (v) => keep("variables", v),
    })
  );
</script>
</body>
</html>`;
}
