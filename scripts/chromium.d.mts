import type { Browser, Page } from 'puppeteer-core';

/** Flags for headless Chromium in containers and on a machine with no outside network. */
export declare const chromiumArgs: string[];
/** The path of a Chromium: $CHROME_PATH, a system Chromium, or the one inside @sparticuz/chromium. */
export declare function findChromium(): Promise<string>;
/** Headless Chromium through puppeteer-core, with {@link chromiumArgs}. */
export declare function launchChromium(): Promise<Browser>;
/** Records console errors, uncaught errors, HTTP ≥ 400 and CSP violations on `page`. */
export declare function recordProblems(page: Page): Promise<string[]>;
