import { build } from "esbuild";
const r = await build({ entryPoints: ["explorer/src/main.ts"], bundle: true, minify: true, write: false, metafile: true, format: "iife", target: "es2020", platform: "browser", define: { "process.env.NODE_ENV": '"production"' } });
const by: Record<string, number> = {};
for (const [f, i] of Object.entries(r.metafile!.outputs)) for (const [inp, v] of Object.entries(i.inputs)) { const k = inp.split("/").slice(0, inp.includes("node_modules") ? 2 : 2).join("/"); by[k] = (by[k] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,12));
