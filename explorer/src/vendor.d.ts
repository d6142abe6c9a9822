// The Cytoscape extensions ship no types: each is a function handed to cytoscape.use().
declare module "cytoscape-fcose" {
    const ext: (cy: typeof import("cytoscape")) => void;
    export default ext;
}
declare module "cytoscape-svg" {
    const ext: (cy: typeof import("cytoscape")) => void;
    export default ext;
}
