import type { IssuePart, TemplateIssueCode } from '../codes.js';
import { countCharacters } from '../count.js';
import { TEMPLATE_LIMITS } from '../limits.js';
import { scanVariables, substituteVariables } from '../variables.js';
import type { TemplateVariable } from '../variables.js';
import { fieldLabel, isRecord } from './context.js';
import type { Path, RuleContext } from './context.js';

/** How the text of one component is checked. */
export interface TextRules {
  /** Which text it is, the `part` param of its issues. */
  readonly part: IssuePart;
  readonly max: number;
  readonly tooLong: TemplateIssueCode;
  /** Whether example values count against `max` as an error (limited-time offers) or a warning. */
  readonly examplesCountAsError: boolean;
  /** Body-only rules of Meta's review: no variable first or last, enough words per variable. */
  readonly bodyRules: boolean;
  readonly maxVariables?: number;
  /** The `example` keys for this component: `header_text`, `body_text`, … */
  readonly positionalKey: string;
  readonly namedKey: string;
}

const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]+$/u;
const BLANK = /^\s*$/;

/**
 * Applies the placeholder rules of reference §5.3 to a text and returns the distinct variable
 * names that are valid for the template's parameter format, in order of appearance.
 */
export function checkVariables(
  ctx: RuleContext,
  text: string,
  path: Path,
  bodyRules: boolean,
): { names: string[]; occurrences: number } {
  const { variables, malformed } = scanVariables(text);
  for (const bad of malformed) ctx.report('variable.malformed', path, { token: bad.raw });
  const named = ctx.format === 'NAMED';
  const names: string[] = [];
  const seen = new Set<string>();
  let highest = 0;
  for (const variable of variables) {
    const token = text.slice(variable.start, variable.end);
    if (variable.kind === 'invalid') {
      ctx.report('variable.invalid_name', path, { token, format: ctx.format });
      continue;
    }
    if ((variable.kind === 'named') !== named) {
      ctx.report('variable.format_mismatch', path, { token, format: ctx.format });
      continue;
    }
    if (seen.has(variable.name)) {
      ctx.report('variable.repeated', path, { token });
      continue;
    }
    seen.add(variable.name);
    names.push(variable.name);
    if (named) {
      if (/[0-9]/.test(variable.name)) ctx.report('variable.name_digits', path, { token });
      continue;
    }
    const number = Number(variable.name);
    if (variable.name.length > 1 && variable.name.startsWith('0')) {
      ctx.report('variable.leading_zero', path, { token });
    }
    if (number < highest) ctx.report('variable.out_of_order', path, { number });
    highest = Math.max(highest, number);
  }
  if (!named) checkSequence(ctx, names, path);
  checkAdjacent(ctx, text, variables, path);
  if (bodyRules && variables.length > 0) checkPlacement(ctx, text, variables, path);
  return { names, occurrences: variables.length };
}

function checkSequence(ctx: RuleContext, names: readonly string[], path: Path): void {
  const numbers = new Set(names.map(Number));
  if (numbers.has(0)) {
    ctx.report('variable.sequence', path, { missing: '0' });
    return;
  }
  for (let n = 1; n <= numbers.size; n++) {
    if (!numbers.has(n)) {
      ctx.report('variable.sequence', path, { missing: String(n) });
      return;
    }
  }
}

function checkAdjacent(
  ctx: RuleContext,
  text: string,
  variables: readonly TemplateVariable[],
  path: Path,
): void {
  for (let i = 1; i < variables.length; i++) {
    const gap = text.slice(variables[i - 1]!.end, variables[i]!.start);
    if (BLANK.test(gap)) {
      ctx.report('variable.adjacent', path);
      return;
    }
  }
}

function checkPlacement(
  ctx: RuleContext,
  text: string,
  variables: readonly TemplateVariable[],
  path: Path,
): void {
  if (BLANK.test(text.slice(0, variables[0]!.start))) {
    ctx.report('variable.dangling', path, { where: 'start' });
  }
  const tail = text.slice(variables[variables.length - 1]!.end);
  if (BLANK.test(tail)) ctx.report('variable.dangling', path, { where: 'end' });
  else if (PUNCTUATION_ONLY.test(tail)) ctx.report('variable.ends_with_punctuation', path);
  let rest = '';
  let last = 0;
  for (const variable of variables) {
    rest += text.slice(last, variable.start) + ' ';
    last = variable.end;
  }
  rest += text.slice(last);
  const words = rest.split(/\s+/).filter((word) => word !== '').length;
  const needed = TEMPLATE_LIMITS.wordsPerVariable * variables.length + 1;
  if (words < needed) {
    ctx.report('variable.too_many_for_length', path, {
      variables: variables.length,
      needed,
      words,
    });
  }
}

/** Reads positional example values: `[["a","b"]]`, `["a","b"]` or, for one variable, `"a"`. */
function positionalValues(ctx: RuleContext, value: unknown, path: Path): string[] | undefined {
  if (typeof value === 'string') return [value];
  const wrong = (at: Path, expected: string): undefined => {
    ctx.report('field.wrong_type', at, { field: fieldLabel(path), expected });
    return undefined;
  };
  if (!Array.isArray(value)) return wrong(path, 'a list of example values');
  let list: unknown[] = value;
  let at = path;
  if (Array.isArray(value[0])) {
    if (value.length !== 1) return wrong(path, 'one list of example values');
    list = value[0] as unknown[];
    at = [...path, 0];
  }
  const values: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'string') return wrong([...at, i], 'text');
    if (BLANK.test(item)) ctx.report('example.empty', [...at, i]);
    values.push(item);
  }
  return values;
}

/** Reads `[{ param_name, example }]` into a name → value map, reporting bad entries. */
function namedValues(
  ctx: RuleContext,
  value: unknown,
  path: Path,
  names: ReadonlySet<string>,
): Map<string, string> | undefined {
  if (!Array.isArray(value)) {
    ctx.report('field.wrong_type', path, {
      field: fieldLabel(path),
      expected: 'a list of { param_name, example }',
    });
    return undefined;
  }
  const values = new Map<string, string>();
  value.forEach((entry: unknown, i) => {
    const at = [...path, i];
    if (
      !isRecord(entry) ||
      typeof entry.param_name !== 'string' ||
      typeof entry.example !== 'string'
    ) {
      ctx.report('field.wrong_type', at, {
        field: 'Each example',
        expected: '{ param_name, example } with text values',
      });
      return;
    }
    const name = entry.param_name;
    if (values.has(name)) ctx.report('example.duplicate_name', [...at, 'param_name'], { name });
    else if (!names.has(name)) ctx.report('example.unknown_name', [...at, 'param_name'], { name });
    if (BLANK.test(entry.example)) ctx.report('example.empty', [...at, 'example']);
    values.set(name, entry.example);
  });
  return values;
}

/**
 * Checks a component's text: length, variables, and the example values those variables need
 * (reference §5.2, §5.3 rule 7).
 */
export function checkText(
  ctx: RuleContext,
  text: string,
  component: Record<string, unknown>,
  path: Path,
  rules: TextRules,
): void {
  const textPath = [...path, 'text'];
  const length = countCharacters(text);
  if (length > rules.max) {
    ctx.report(rules.tooLong, textPath, { part: rules.part, max: rules.max, length });
  }
  const { names, occurrences } = checkVariables(ctx, text, textPath, rules.bodyRules);
  if (rules.maxVariables !== undefined && occurrences > rules.maxVariables) {
    ctx.report('header.too_many_variables', textPath, { max: rules.maxVariables });
  }

  const examplePath = [...path, 'example'];
  const example = component.example;
  if (example !== undefined && !isRecord(example)) {
    ctx.report('field.wrong_type', examplePath, {
      field: fieldLabel(examplePath),
      expected: 'an object',
    });
    return;
  }
  const named = ctx.format === 'NAMED';
  const ownKey = named ? rules.namedKey : rules.positionalKey;
  const otherKey = named ? rules.positionalKey : rules.namedKey;
  if (example?.[otherKey] !== undefined) ctx.report('example.unused', [...examplePath, otherKey]);

  const raw = example?.[ownKey];
  const valuesPath = [...examplePath, ownKey];
  if (raw === undefined) {
    if (names.length > 0) ctx.report('example.missing', valuesPath);
    return;
  }
  let byName: Map<string, string> | undefined;
  if (named) {
    byName = namedValues(ctx, raw, valuesPath, new Set(names));
    if (byName) {
      for (const name of names) {
        if (!byName.has(name)) ctx.report('example.missing', valuesPath, { name });
      }
    }
  } else {
    const values = positionalValues(ctx, raw, valuesPath);
    if (values) {
      if (values.length !== names.length) {
        ctx.report('example.count_mismatch', valuesPath, {
          variables: names.length,
          examples: values.length,
        });
      }
      const ordered = [...names].sort((a, b) => Number(a) - Number(b));
      byName = new Map(ordered.map((name, i) => [name, values[i] ?? '']));
    }
  }
  if (!byName || byName.size === 0) return;
  const filled = countCharacters(substituteVariables(text, (name) => byName.get(name)));
  if (filled <= rules.max || length > rules.max) return;
  if (rules.examplesCountAsError) {
    ctx.report(rules.tooLong, textPath, {
      part: rules.part,
      max: rules.max,
      length: filled,
      withExamples: 1,
    });
  } else {
    ctx.report('text.too_long_with_examples', textPath, {
      part: rules.part,
      max: rules.max,
      length: filled,
    });
  }
}
