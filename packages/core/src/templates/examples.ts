import { isRecord } from './rules/context.js';
import type { SampleValues } from './variables.js';

/**
 * Reads the example values of a header or body into a name → value map, accepting every shape
 * the platform's pages show (nested, flat, a single string, named pairs). Never throws; entries it
 * cannot read are skipped, since the validator is what reports them.
 */
export function readExampleValues(
  component: Record<string, unknown>,
  positionalKey: string,
  namedKey: string,
): SampleValues {
  const example = isRecord(component.example) ? component.example : {};
  const values: Record<string, string> = {};
  const named = example[namedKey];
  if (Array.isArray(named)) {
    for (const entry of named) {
      if (isRecord(entry) && typeof entry.param_name === 'string') {
        values[entry.param_name] = typeof entry.example === 'string' ? entry.example : '';
      }
    }
  }
  let positional = example[positionalKey];
  if (typeof positional === 'string') positional = [positional];
  if (Array.isArray(positional)) {
    const list: unknown[] = Array.isArray(positional[0]) ? positional[0] : positional;
    list.forEach((value, index) => {
      values[String(index + 1)] = typeof value === 'string' ? value : '';
    });
  }
  return values;
}
