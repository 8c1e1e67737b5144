/**
 * The diagram's pure element modules, in one place for the components and tests that import them:
 * the stack layout and step routes (layout.ts), the React Flow nodes and edges with stable identity
 * (flow-mapping.ts) and keyboard navigation (keyboard-nav.ts).
 */
export * from './layout';
export * from './flow-mapping';
export * from './keyboard-nav';
