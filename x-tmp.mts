import { prepareUsage } from "./src/modules/usage/ingest/import.js";
import { fileLines } from "./src/modules/usage/ingest/lines.js";
import { createDb } from "./src/db/run.js";
import { loadQueries } from "./src/db/queries.js";
import { createDriver } from "./src/db/driver.js";
