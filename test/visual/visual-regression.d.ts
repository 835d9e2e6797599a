// The package's own index.d.ts re-exports a .mjs file whose types TypeScript 7 cannot find; this states the one
// browser command the visual tests use.
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
