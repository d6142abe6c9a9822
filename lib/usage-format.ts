// Words of the usage files and of the graph shared by the importer, the questions and the sample
// generator (seed/usage-sample): `*` in a file (or `null` in a mapping) names a party outside the graph,
// whose exchanges are kept under one of two "unattributed" nodes so platform totals stay whole without
// inventing an agency or a service.
export const UNATTRIBUTED_CONSUMER = "usage:unattributed-consumer";
export const UNATTRIBUTED_SERVICE = "usage:unattributed-service";
export const UNATTRIBUTED_CONSUMER_NAME = "Bên khai thác ngoài đồ thị (unattributed consumer)";
export const UNATTRIBUTED_SERVICE_NAME = "Dịch vụ ngoài đồ thị (unattributed service)";
export const OUTSIDE_GRAPH = "*";
