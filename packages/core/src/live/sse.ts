/** One message of a `text/event-stream`, as the HTML standard's parser dispatches it. */
export interface SseMessage {
  /** The `event:` field; `message` when the message has none. */
  event: string;
  /** The `data:` lines joined by `\n`. */
  data: string;
  /** The last event ID of the stream so far (it persists across messages), or `''`. */
  lastEventId: string;
}

/** What {@link createSseParser} reports besides messages. */
export interface SseParserCallbacks {
  /** A complete message. */
  message(message: SseMessage): void;
  /** A `retry:` field: the server's reconnection delay in ms. */
  retry?(ms: number): void;
}

/**
 * A streaming parser of `text/event-stream` after the HTML standard (§9.2.6): lines end in
 * CRLF, LF or CR (a CR at the end of one chunk and an LF at the start of the next are one line
 * end), a leading BOM is dropped, `:` lines are comments, a field's value loses one leading space,
 * `data` lines join with `\n`, an `id` with a NUL is ignored, and a message is dispatched at a
 * blank line only when it has data. Feed it decoded text as it arrives. `lastEventId` starts as
 * given (the ID a reconnection resumes from) and is the ID to send when reconnecting.
 */
export function createSseParser(
  callbacks: SseParserCallbacks,
  lastEventId = '',
): { feed(text: string): void; readonly lastEventId: string } {
  let buffer = '';
  let started = false;
  let afterCr = false;
  let event = '';
  let data: string[] = [];
  let idBuffer = lastEventId;

  function line(text: string): void {
    if (text === '') {
      // The ID takes effect at the blank line, even for a block without data.
      lastEventId = idBuffer;
      if (data.length > 0) {
        callbacks.message({ event: event || 'message', data: data.join('\n'), lastEventId });
      }
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') {
      if (!value.includes('\0')) idBuffer = value;
    } else if (field === 'retry' && /^\d+$/.test(value)) callbacks.retry?.(Number(value));
  }

  return {
    get lastEventId() {
      return lastEventId;
    },
    feed(text) {
      if (!started && text.length > 0) {
        started = true;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      // The LF of a CRLF split across chunks ends no second line.
      if (afterCr && text.startsWith('\n')) text = text.slice(1);
      afterCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\r' && char !== '\n') continue;
        line(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 === buffer.length) afterCr = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
  };
}
