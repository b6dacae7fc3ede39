import type { BuildResult, Metafile, OutputFile } from 'esbuild';

/** What a page downloads when it loads the bundled entry: its chunk and its static imports. */
export declare function downloadedBytes(
  result: BuildResult & { metafile: Metafile; outputFiles: OutputFile[] },
): Buffer;
