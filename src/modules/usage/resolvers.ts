// The usage module's resolvers: observed consumption, declared vs observed, criticality, imports.
import type { Resolvers } from "../../__generated__/resolvers-types.js";
import { consumedServices, serviceConsumers } from "./consumers.js";
import { criticality } from "./criticality.js";
import { declaredVsObserved } from "./declared.js";
import { importUsage, usageImports } from "./imports.js";

export const usageResolvers: Resolvers = {
    Query: { serviceConsumers, consumedServices, declaredVsObserved, criticality, usageImports },
    Mutation: { importUsage },
};
