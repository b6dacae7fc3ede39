declare global {
  interface HubEventMap {
    /** A CSV file of what the element shows was handed to the browser to save. */
    'hub-csv-downloaded': { fileName: string };
  }
}

/** How long the file's object URL lives: long enough for a slow browser to start the download. */
const KEEP_URL_MS = 40_000;

/**
 * A piece of a file name from data (a client ID, a day): anything but letters, digits, `_` and `-`
 * becomes `_`, so no value can add a directory, an extension or a character a system refuses.
 */
export function fileNamePart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]+/g, '_') || '_';
}

/**
 * Saves `text` as the CSV file `fileName`: a Blob behind an object URL, followed through a
 * temporary `<a download>` in `root` (an element's shadow root), which is removed at once. Nothing
 * is parsed as HTML and the page does not navigate.
 */
export function downloadCsv(root: Node, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  }
}
