// Chrome's explicit compile hint (Chrome 136+, https://v8.dev/blog/explicit-compile-hints): a file
// whose first line is this comment has all its functions compiled as it loads, on a background
// thread while it streams in, instead of one by one on the main thread the first time each runs.
// An element's code runs almost whole at its first render, so without the hint that render pays
// for compiling it (3–7 ms of a cold number list or chart, in the benches). The drop-in's files
// carry it (rollup.config.mjs); the benches give it to the code they measure as the drop-in ships
// it.
// Other browsers read it as a comment.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
