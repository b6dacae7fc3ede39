// Types for scripts/minify-templates.mjs, which the benches import from TypeScript.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type MagicString from 'magic-string';
import type { Plugin as RollupPlugin } from 'rollup';

export declare function minifyTemplates(
  code: string,
  options?: { keepLines?: boolean },
): MagicString | undefined;
export declare function rollupMinifyTemplates(): RollupPlugin;
export declare function esbuildMinifyTemplates(tsconfig: string): EsbuildPlugin;
export declare function devServerMinifyTemplates(): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
