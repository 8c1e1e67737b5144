/**
 * Asks for the diagram's chunk (React Flow) as early as the page can: main.tsx imports this module
 * first, so the request goes out before the rest of the entry evaluates, and the chunk is there
 * when the first render wants it (issue 12). The diagram's own `import()` of the same chunk gets
 * this request's result; a failure is left to the diagram's error boundary.
 */
import('@/components/diagram/StackDiagram').catch(() => undefined);
