/**
 * The platform's formal rules for a create request, as 400 details (`"path: problem"`). Covers
 * what Meta rejects outright: name format and length, category, language, one BODY of at most
 * 1024 characters, sequential positional variables with examples.
 */
export function validateCreateRequest(body: unknown): string[] {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return ['body: must be a JSON object'];
  const request = body as Record<string, unknown>;
  const issues: string[] = [];
  const name = request.name;
  if (typeof name !== 'string' || name.length === 0) issues.push('name: field required');
  else if (!/^[a-z0-9_]+$/.test(name))
    issues.push('name: use only lower-case letters, digits and underscores');
  else if (name.length > 512) issues.push('name: at most 512 characters');
  if (typeof request.language !== 'string' || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(request.language)) {
    issues.push('language: must be a Meta language code such as en_US');
  }
  const category = typeof request.category === 'string' ? request.category.toUpperCase() : '';
  if (!['MARKETING', 'UTILITY', 'AUTHENTICATION'].includes(category)) {
    issues.push('category: must be MARKETING, UTILITY or AUTHENTICATION');
  }
  const components = request.components;
  if (!Array.isArray(components)) return [...issues, 'components: field required'];
  const bodies = components
    .map((c, i) => ({ c: c as Record<string, unknown>, i }))
    .filter(({ c }) => c && typeof c === 'object' && String(c.type).toUpperCase() === 'BODY');
  if (bodies.length !== 1) issues.push('components: exactly one BODY component is required');
  for (const { c, i } of bodies) {
    if (category === 'AUTHENTICATION' && c.text === undefined) continue;
    const text = c.text;
    if (typeof text !== 'string' || text.trim() === '') {
      issues.push(`components.${i}.text: field required`);
      continue;
    }
    if (text.length > 1024) issues.push(`components.${i}.text: at most 1024 characters`);
    const numbers = [...text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((m) => Number(m[1]));
    const distinct = [...new Set(numbers)].sort((a, b) => a - b);
    if (distinct.some((n, k) => n !== k + 1))
      issues.push(`components.${i}.text: variables must be {{1}}, {{2}}, … without gaps`);
    const examples = (c.example as { body_text?: unknown[][] } | undefined)?.body_text?.[0];
    if (distinct.length > 0 && (!Array.isArray(examples) || examples.length !== distinct.length)) {
      issues.push(`components.${i}.example.body_text: one example value per variable is required`);
    }
  }
  return issues;
}
