/**
 * A run of text inside a line. Bold, italic and strikethrough nest; monospace and inline code
 * keep their content raw, exactly as WhatsApp shows it.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: Inline[] }
  | { type: 'mono' | 'code'; text: string };

/**
 * One line of formatted text. `marker` is the line-start marker as written (`'* '`, `'- '`,
 * `'> '`, `'1. '`), kept so that {@link serializeWhatsAppText} gives back the exact input.
 */
export type FormattedLine =
  | { type: 'line' | 'bullet' | 'quote'; children: Inline[]; marker?: string }
  | { type: 'numbered'; n: number; children: Inline[]; marker?: string };

type Span = 'bold' | 'italic' | 'strike' | 'mono' | 'code';

const SPAN_OF: Readonly<Record<string, Span>> = { '*': 'bold', _: 'italic', '~': 'strike' };
const MARKER_OF: Readonly<Record<Span, string>> = {
  bold: '*',
  italic: '_',
  strike: '~',
  mono: '```',
  code: '`',
};

const NUMBERED = /^(\d+)\. /;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

// Reads the whole code point so that a letter outside the BMP still counts as part of a word.
function codePointAt(text: string, index: number): string | undefined {
  if (index < 0 || index >= text.length) return undefined;
  const unit = text.charCodeAt(index);
  if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 1, index + 1);
  }
  const point = text.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

function isWord(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return WORD.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/**
 * Parses one line's inline formatting in linear time. A marker opens only where a word starts
 * (nothing word-like before it, something visible after it) and closes only where a word ends;
 * each opener takes the nearest closer of its kind, and a pair never leaves the span it sits in,
 * so pairs cannot cross. Because closers are taken in increasing order, one forward-moving cursor
 * per marker kind finds them all: no backtracking, whatever the input.
 */
class LineParser {
  private readonly closers: Record<Span, number[]>;
  private readonly cursor: Record<Span, number> = {
    bold: 0,
    italic: 0,
    strike: 0,
    mono: 0,
    code: 0,
  };

  constructor(private readonly text: string) {
    this.closers = { bold: [], italic: [], strike: [], mono: [], code: [] };
    for (let j = 0; j < text.length; j++) {
      const span = this.spanAt(j);
      if (span && this.canClose(j, span)) this.closers[span].push(j);
    }
  }

  private spanAt(index: number): Span | undefined {
    const char = this.text[index];
    if (char === '`') return this.text.startsWith('```', index) ? 'mono' : 'code';
    return char === undefined ? undefined : SPAN_OF[char];
  }

  // The outermost marker of a run is the one that counts: `**x**` is bold `*x*`.
  private canOpen(index: number, span: Span): boolean {
    const marker = MARKER_OF[span];
    const before = codePointAt(this.text, index - 1);
    if (isWord(before) || before === marker[0]) return false;
    const after = this.text[index + marker.length];
    return after !== undefined && !isSpace(after);
  }

  private canClose(index: number, span: Span): boolean {
    const marker = MARKER_OF[span];
    if (index === 0 || isSpace(this.text[index - 1])) return false;
    const after = codePointAt(this.text, index + marker.length);
    return !isWord(after) && after !== marker[0];
  }

  private nearestCloser(span: Span, from: number): number | undefined {
    const list = this.closers[span];
    let at = this.cursor[span];
    while (at < list.length && list[at]! < from) at++;
    this.cursor[span] = at;
    return list[at];
  }

  parse(from: number, to: number, open: ReadonlySet<Span>): Inline[] {
    const out: Inline[] = [];
    const { text } = this;
    let plainFrom = from;
    let i = from;
    while (i < to) {
      const span = this.spanAt(i);
      if (!span) {
        i++;
        continue;
      }
      const width = MARKER_OF[span].length;
      if (!open.has(span) && this.canOpen(i, span)) {
        const close = this.nearestCloser(span, i + width + 1);
        if (close !== undefined && close + width <= to) {
          if (plainFrom < i) out.push({ type: 'text', text: text.slice(plainFrom, i) });
          const inner = i + width;
          if (span === 'mono' || span === 'code') {
            out.push({ type: span, text: text.slice(inner, close) });
          } else {
            out.push({ type: span, children: this.parse(inner, close, new Set([...open, span])) });
          }
          i = close + width;
          plainFrom = i;
          continue;
        }
      }
      i += width;
    }
    if (plainFrom < to) out.push({ type: 'text', text: text.slice(plainFrom, to) });
    return out;
  }
}

function parseLine(line: string): FormattedLine {
  let marker = '';
  let result: FormattedLine;
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    marker = numbered[0];
    result = { type: 'numbered', n: Number(numbered[1]), marker, children: [] };
  } else if (line.startsWith('* ') || line.startsWith('- ')) {
    marker = line.slice(0, 2);
    result = { type: 'bullet', marker, children: [] };
  } else if (line.startsWith('> ')) {
    marker = '> ';
    result = { type: 'quote', marker, children: [] };
  } else {
    result = { type: 'line', children: [] };
  }
  result.children = new LineParser(line).parse(marker.length, line.length, new Set());
  return result;
}

/**
 * Parses WhatsApp's text formatting into a tree with one entry per line (`\n`). Unpaired or
 * misplaced markers stay literal text; nothing is ever turned into HTML, so the result is safe to
 * render with text nodes. Never throws; runs in linear time.
 *
 * @example
 * ```ts
 * parseWhatsAppText('*Hi* _there_\n- item');
 * // [ { type: 'line', children: [ { type: 'bold', children: [{ type: 'text', text: 'Hi' }] },
 * //     { type: 'text', text: ' ' }, { type: 'italic', children: [{ type: 'text', text: 'there' }] } ] },
 * //   { type: 'bullet', marker: '- ', children: [{ type: 'text', text: 'item' }] } ]
 * ```
 */
export function parseWhatsAppText(text: string): FormattedLine[] {
  return (typeof text === 'string' ? text : '').split('\n').map(parseLine);
}

function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else {
      const marker = MARKER_OF[node.type];
      out += marker + ('text' in node ? node.text : inlineText(node.children)) + marker;
    }
  }
  return out;
}

function lineMarker(line: FormattedLine): string {
  if (line.marker !== undefined) return line.marker;
  if (line.type === 'numbered') return `${line.n}. `;
  if (line.type === 'bullet') return '* ';
  return line.type === 'quote' ? '> ' : '';
}

/**
 * Writes a tree from {@link parseWhatsAppText} back to text with its markers; for a parsed tree
 * the result is exactly the parsed input. Lines built by hand without `marker` get `* `, `> ` or
 * `n. `.
 *
 * @example
 * ```ts
 * serializeWhatsAppText(parseWhatsAppText(text)) === text; // true for every string
 * ```
 */
export function serializeWhatsAppText(lines: readonly FormattedLine[]): string {
  return lines.map((line) => lineMarker(line) + inlineText(line.children)).join('\n');
}

/**
 * The text a reader sees, without any marker: useful for screen-reader labels and for search.
 *
 * @example
 * ```ts
 * plainWhatsAppText(parseWhatsAppText('*Hi* there')); // 'Hi there'
 * ```
 */
export function plainWhatsAppText(lines: readonly FormattedLine[]): string {
  const plain = (nodes: readonly Inline[]): string =>
    nodes.map((node) => ('text' in node ? node.text : plain(node.children))).join('');
  return lines.map((line) => plain(line.children)).join('\n');
}
