// The usage domain's resolvers: observed consumption, declared vs observed, criticality, the reports'
// per-agency totals, what has been imported, and (ingest) the import mutation.
import type { Resolvers } from "../../__generated__/resolvers-types.js";
import { consumedServices, serviceConsumers } from "./consumers.js";
import { criticality } from "./criticality.js";
import { declaredVsObserved } from "./declared.js";
import { usageImports } from "./imports.js";
import { usageTotals } from "./totals.js";
import { importUsage } from "./ingest/mutations.js";

export const usageResolvers: Resolvers = {
    Query: { serviceConsumers, consumedServices, declaredVsObserved, criticality, usageImports, usageTotals },
    Mutation: { importUsage },
};
