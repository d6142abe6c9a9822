// Serves the explorer page (explorer/index.html + the esbuild bundle): at /explorer, and / redirects there.
import path from "node:path";
import express, { type Router } from "express";
import { PROJECT_ROOT } from "../config.js";

const DIR = path.join(PROJECT_ROOT, "explorer");

export function explorerRoutes(): Router {
    const router = express.Router();
    router.get("/", (_req, res) => res.redirect(302, "/explorer"));
    router.get("/explorer", (_req, res) => res.sendFile(path.join(DIR, "index.html")));
    router.get("/explorer/explorer.css", (_req, res) => res.sendFile(path.join(DIR, "explorer.css")));
    router.get(["/explorer/explorer.js", "/explorer/explorer.js.map"], (req, res) => {
        res.sendFile(path.join(DIR, "dist", path.basename(req.path)), (err) => {
            if (err && !res.headersSent) res.status(503).type("text/plain").send("The explorer bundle is not built yet: run npm run build:explorer");
        });
    });
    return router;
}
