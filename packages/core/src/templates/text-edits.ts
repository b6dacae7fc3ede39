import type { TemplateDraft } from './draft.js';
import { extractVariables } from './variables.js';

/** A text edit: the new text and where the selection should be. */
export interface TextEdit {
  readonly text: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

/**
 * Wraps the selection in a WhatsApp marker (`*`, `_`, `~`, ` ``` `), or inserts an empty pair at
 * the caret with the caret inside it.
 *
 * @example
 * ```ts
 * wrapSelection('Hi Ana', 3, 6, '*').text; // 'Hi *Ana*'
 * ```
 */
export function wrapSelection(text: string, start: number, end: number, marker: string): TextEdit {
  const selected = text.slice(start, end);
  return {
    text: text.slice(0, start) + marker + selected + marker + text.slice(end),
    selectionStart: start + marker.length,
    selectionEnd: end + marker.length,
  };
}

/**
 * The next variable to add to `text`: one more than the highest `{{n}}` used for positional
 * templates, or `variable_<n>` (not yet used) for named ones.
 *
 * @example
 * ```ts
 * nextVariableName('Hi {{1}}, {{2}}', 'POSITIONAL'); // '3'
 * ```
 */
export function nextVariableName(text: string, format: 'POSITIONAL' | 'NAMED' = 'POSITIONAL') {
  const variables = extractVariables(text);
  if (format === 'NAMED') {
    const used = new Set(variables.map((v) => v.name));
    let n = 1;
    while (used.has(`variable_${n}`)) n++;
    return `variable_${n}`;
  }
  const highest = variables
    .filter((v) => v.kind === 'positional')
    .reduce((max, v) => Math.max(max, Number(v.name)), 0);
  return String(highest + 1);
}

/**
 * Inserts `{{name}}` at the caret (replacing any selection) and puts the caret after it.
 *
 * @example
 * ```ts
 * insertVariable('Hi ', 3, 3, '1').text; // 'Hi {{1}}'
 * ```
 */
export function insertVariable(text: string, start: number, end: number, name: string): TextEdit {
  const placeholder = `{{${name}}}`;
  const caret = start + placeholder.length;
  return {
    text: text.slice(0, start) + placeholder + text.slice(end),
    selectionStart: caret,
    selectionEnd: caret,
  };
}

/**
 * The variables of `text` in order of first appearance, without repeats: the rows of a sample
 * values table.
 *
 * @example
 * ```ts
 * variableNames('{{1}} and {{2}} and {{1}}'); // ['1', '2']
 * ```
 */
export function variableNames(text: string): string[] {
  return [
    ...new Set(
      extractVariables(text)
        .filter((v) => v.kind !== 'invalid')
        .map((v) => v.name),
    ),
  ];
}

/**
 * Preview values that show a variable without a sample as written (`{{1}}`) instead of as empty
 * text, so the preview never hides a variable the user has not given a sample for yet.
 *
 * @example
 * ```ts
 * previewTemplate(draftToRequest(draft), unsampledVariables(draft));
 * ```
 */
export function unsampledVariables(draft: TemplateDraft): {
  header: Record<string, string>;
  body: Record<string, string>;
} {
  const placeholders = (text: string, samples: Readonly<Record<string, string>>) => {
    const values: Record<string, string> = {};
    for (const name of variableNames(text)) {
      if (!samples[name]) values[name] = `{{${name}}}`;
    }
    return values;
  };
  const header = draft.header?.format === 'TEXT' ? draft.header : undefined;
  return {
    header: header ? placeholders(header.text, header.samples) : {},
    body: placeholders(draft.body.text, draft.body.samples),
  };
}
