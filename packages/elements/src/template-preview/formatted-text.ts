import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormattedLine, Inline } from '@hub/core';

function inline(node: Inline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'bold':
      return html`<strong>${node.children.map(inline)}</strong>`;
    case 'italic':
      return html`<em>${node.children.map(inline)}</em>`;
    case 'strike':
      return html`<s>${node.children.map(inline)}</s>`;
    case 'mono':
      return html`<code class="mono">${node.text}</code>`;
    case 'code':
      return html`<code class="code">${node.text}</code>`;
  }
}

const content = (line: FormattedLine) =>
  line.children.length > 0 ? line.children.map(inline) : html`<br />`;

type Block =
  | { kind: 'bullet'; lines: FormattedLine[] }
  | { kind: 'numbered'; lines: FormattedLine[] }
  | { kind: 'single'; line: FormattedLine };

// Consecutive list lines become one list, so screen readers announce "list, 3 items".
function blocks(lines: readonly FormattedLine[]): Block[] {
  const out: Block[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if ((line.type === 'bullet' || line.type === 'numbered') && last?.kind === line.type) {
      last.lines.push(line);
    } else if (line.type === 'bullet' || line.type === 'numbered') {
      out.push({ kind: line.type, lines: [line] });
    } else {
      out.push({ kind: 'single', line });
    }
  }
  return out;
}

/**
 * Renders WhatsApp-formatted text from the parsed tree with lit templates only, so markup in the
 * text stays text.
 */
export function formattedText(lines: readonly FormattedLine[]): TemplateResult {
  return html`${blocks(lines).map((block) => {
    if (block.kind === 'bullet') {
      return html`<ul>
        ${block.lines.map((line) => html`<li>${content(line)}</li>`)}
      </ul>`;
    }
    if (block.kind === 'numbered') {
      const first = block.lines[0];
      return html`<ol start=${first?.type === 'numbered' ? first.n : nothing}>
        ${block.lines.map(
          (line) =>
            html`<li value=${ifDefined(line.type === 'numbered' ? String(line.n) : undefined)}>
              ${content(line)}
            </li>`,
        )}
      </ol>`;
    }
    const { line } = block;
    return line.type === 'quote'
      ? html`<blockquote>${content(line)}</blockquote>`
      : html`<p>${content(line)}</p>`;
  })}`;
}
