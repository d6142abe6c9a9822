// Where the project lives on disk; imported by code that reads its own files (cypher/, schema/, examples/).
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
