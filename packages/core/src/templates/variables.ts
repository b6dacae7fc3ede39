import type { BodyExample, CaseInsensitive, HeaderExample, ParameterFormat } from './types.js';

/**
 * One `{{…}}` placeholder found in a text. `kind` is `positional` for `{{1}}`, `named` for
 * `{{first_name}}` and `invalid` for anything else between double braces (`{{First Name}}`).
 */
export interface TemplateVariable {
  readonly kind: 'positional' | 'named' | 'invalid';
  /** What is between the braces, e.g. `1` or `first_name`. */
  readonly name: string;
  /** Offset of the first `{` in the text (UTF-16 units, as `String#slice` takes them). */
  readonly start: number;
  /** Offset just after the last `}`. */
  readonly end: number;
}

/** Braces that do not form a placeholder: `{{1}`, `{1}}`, `{{{1}}}`, a lone `}}`. */
export interface MalformedPlaceholder {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

/** The result of {@link scanVariables}. */
export interface VariableScan {
  readonly variables: TemplateVariable[];
  readonly malformed: MalformedPlaceholder[];
}

/** Sample values keyed by variable name: `'1'` for `{{1}}`, `'first_name'` for `{{first_name}}`. */
export type SampleValues = Readonly<Record<string, string>>;

const POSITIONAL = /^[0-9]+$/;
// Meta documents lowercase letters and underscores; digits are unverified so they are let through
// here and flagged as a warning by the validator.
const NAMED = /^[a-z0-9_]+$/;

function classify(name: string): TemplateVariable['kind'] {
  if (POSITIONAL.test(name)) return 'positional';
  return NAMED.test(name) ? 'named' : 'invalid';
}

function runLength(text: string, from: number, char: string): number {
  let end = from;
  while (text[end] === char) end++;
  return end - from;
}

/**
 * Finds every placeholder and every malformed brace pair in one linear pass. A placeholder never
 * spans a line break, so an unclosed `{{` ends at the line's end.
 *
 * @example
 * ```ts
 * scanVariables('Hi {{1}}, code {{2}').malformed; // [{ start: 15, end: 18, raw: '{{2' }]
 * ```
 */
export function scanVariables(text: string): VariableScan {
  const variables: TemplateVariable[] = [];
  const malformed: MalformedPlaceholder[] = [];
  const bad = (start: number, end: number): void => {
    malformed.push({ start, end, raw: text.slice(start, end) });
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '}') {
      const run = runLength(text, i, '}');
      if (run >= 2) bad(i, i + run);
      i += run;
      continue;
    }
    if (char !== '{') {
      i++;
      continue;
    }
    const opening = runLength(text, i, '{');
    if (opening === 1) {
      i++;
      continue;
    }
    const contentStart = i + opening;
    let j = contentStart;
    while (j < text.length && text[j] !== '{' && text[j] !== '}' && text[j] !== '\n') j++;
    if (text[j] !== '}') {
      bad(i, contentStart);
      i = j;
      continue;
    }
    const closing = runLength(text, j, '}');
    const end = j + closing;
    if (opening === 2 && closing === 2) {
      const name = text.slice(contentStart, j);
      variables.push({ kind: classify(name), name, start: i, end });
    } else {
      bad(i, end);
    }
    i = end;
  }
  return { variables, malformed };
}

/**
 * The placeholders of a text, in the order they appear (invalid ones included, so an editor can
 * highlight them).
 *
 * @example
 * ```ts
 * extractVariables('Hi {{first_name}}').map((v) => v.name); // ['first_name']
 * ```
 */
export function extractVariables(text: string): TemplateVariable[] {
  return scanVariables(text).variables;
}

/** The result of {@link checkVariableNumbering}. */
export interface NumberingCheck {
  /** True when the numbers are exactly 1…n (Meta's documented rule). */
  readonly valid: boolean;
  /** How many different numbers the text uses. */
  readonly count: number;
  /** The smallest number missing below the highest one used; `0` when `{{0}}` is used. */
  readonly firstMissing: number | undefined;
  /** Numbers written more than once (allowed or not is unverified). */
  readonly repeated: number[];
  /** Numbers that appear after a higher one (allowed or not is unverified). */
  readonly outOfOrder: number[];
}

/**
 * Checks that positional variables are numbered 1, 2, 3… without gaps, and reports the repeats and
 * the out-of-order uses that Meta neither documents as allowed nor as forbidden.
 *
 * @example
 * ```ts
 * checkVariableNumbering('{{1}} and {{3}}').firstMissing; // 2
 * ```
 */
export function checkVariableNumbering(text: string): NumberingCheck {
  const seen = new Set<number>();
  const repeated = new Set<number>();
  const outOfOrder = new Set<number>();
  let highest = 0;
  for (const variable of extractVariables(text)) {
    if (variable.kind !== 'positional') continue;
    const n = Number(variable.name);
    if (seen.has(n)) repeated.add(n);
    else if (n < highest) outOfOrder.add(n);
    seen.add(n);
    highest = Math.max(highest, n);
  }
  let firstMissing: number | undefined = seen.has(0) ? 0 : undefined;
  if (firstMissing === undefined && seen.size < highest) {
    firstMissing = 1;
    while (seen.has(firstMissing)) firstMissing++;
  }
  return {
    valid: firstMissing === undefined,
    count: seen.size,
    firstMissing,
    repeated: [...repeated],
    outOfOrder: [...outOfOrder],
  };
}

/** The result of {@link renumberVariables} and {@link removeVariable}. */
export interface Renumbered {
  readonly text: string;
  /** Old name → new name for every positional variable that is still in the text. */
  readonly mapping: Readonly<Record<string, string>>;
}

function rewrite(
  text: string,
  replace: (variable: TemplateVariable) => string | undefined,
): string {
  let out = '';
  let last = 0;
  for (const variable of extractVariables(text)) {
    const replacement = replace(variable);
    if (replacement === undefined) continue;
    out += text.slice(last, variable.start) + replacement;
    last = variable.end;
  }
  return out + text.slice(last);
}

/**
 * Closes the gaps in positional numbering, keeping the numeric order: `{{1}} {{3}} {{4}}` becomes
 * `{{1}} {{2}} {{3}}`. Use `mapping` to move the sample values along.
 *
 * @example
 * ```ts
 * renumberVariables('{{1}} {{3}}'); // { text: '{{1}} {{2}}', mapping: { '1': '1', '3': '2' } }
 * ```
 */
export function renumberVariables(text: string): Renumbered {
  const numbers = new Set<number>();
  for (const variable of extractVariables(text)) {
    if (variable.kind === 'positional') numbers.add(Number(variable.name));
  }
  const mapping: Record<string, string> = {};
  const renamed = new Map<number, string>();
  [...numbers]
    .sort((a, b) => a - b)
    .forEach((n, index) => {
      renamed.set(n, String(index + 1));
      mapping[String(n)] = String(index + 1);
    });
  const result = rewrite(text, (variable) =>
    variable.kind === 'positional' ? `{{${renamed.get(Number(variable.name))}}}` : undefined,
  );
  return { text: result, mapping };
}

/**
 * Deletes every `{{name}}` from the text and renumbers the positional variables after it, which is
 * what an editor does when the user removes a variable.
 *
 * @example
 * ```ts
 * removeVariable('Hi {{1}}, your code is {{2}}.', '1').text; // 'Hi , your code is {{1}}.'
 * ```
 */
export function removeVariable(text: string, name: string): Renumbered {
  return renumberVariables(rewrite(text, (variable) => (variable.name === name ? '' : undefined)));
}

/**
 * Replaces each placeholder with `value(name)`; a placeholder whose value is `undefined` is kept
 * as written.
 *
 * @example
 * ```ts
 * substituteVariables('Hi {{1}}', (name) => ({ '1': 'Ana' })[name]); // 'Hi Ana'
 * ```
 */
export function substituteVariables(
  text: string,
  value: (name: string) => string | undefined,
): string {
  return rewrite(text, (variable) =>
    variable.kind === 'invalid' ? undefined : value(variable.name),
  );
}

function isNamed(format: CaseInsensitive<ParameterFormat> | undefined): boolean {
  return format?.toUpperCase() === 'NAMED';
}

/**
 * The distinct variable names of a text in the order their examples are written: ascending
 * numbers for positional variables; for named ones the order of `samples` first (so a request
 * read into a draft is written back unchanged), then the order of first appearance.
 */
function exampleOrder(text: string, samples: SampleValues, named: boolean): string[] {
  const names = new Set<string>();
  for (const variable of extractVariables(text)) {
    if (variable.kind === (named ? 'named' : 'positional')) names.add(variable.name);
  }
  if (!named) return [...names].sort((a, b) => Number(a) - Number(b));
  const ordered = Object.keys(samples).filter((name) => names.has(name));
  const placed = new Set(ordered);
  for (const name of names) if (!placed.has(name)) ordered.push(name);
  return ordered;
}

/**
 * Builds a text header's `example` from sample values, or `undefined` when the header has no
 * variable. A missing sample is written as an empty string, which the validator then reports.
 *
 * @example
 * ```ts
 * buildHeaderExample('Order {{1}}', { '1': '#123' }); // { header_text: ['#123'] }
 * ```
 */
export function buildHeaderExample(
  text: string,
  samples: SampleValues,
  format?: CaseInsensitive<ParameterFormat>,
): HeaderExample | undefined {
  const named = isNamed(format);
  const names = exampleOrder(text, samples, named);
  if (names.length === 0) return undefined;
  return named
    ? {
        header_text_named_params: names.map((name) => ({
          param_name: name,
          example: samples[name] ?? '',
        })),
      }
    : { header_text: names.map((name) => samples[name] ?? '') };
}

/**
 * Builds a body's `example` from sample values (positional values in the nested form Meta's
 * examples use), or `undefined` when the body has no variable.
 *
 * @example
 * ```ts
 * buildBodyExample('Hi {{1}}, order {{2}} shipped.', { '1': 'Ana', '2': '#9' });
 * // { body_text: [['Ana', '#9']] }
 * ```
 */
export function buildBodyExample(
  text: string,
  samples: SampleValues,
  format?: CaseInsensitive<ParameterFormat>,
): BodyExample | undefined {
  const named = isNamed(format);
  const names = exampleOrder(text, samples, named);
  if (names.length === 0) return undefined;
  return named
    ? {
        body_text_named_params: names.map((name) => ({
          param_name: name,
          example: samples[name] ?? '',
        })),
      }
    : { body_text: [names.map((name) => samples[name] ?? '')] };
}
