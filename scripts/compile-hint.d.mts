/** The first line of every file of the drop-in: Chrome's hint to compile the whole file as it loads. */
export declare const COMPILE_HINT: string;
