import { readdirSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from './minify-templates.mjs';

/** The strings each tag receives, once the module has run (lit reads the cooked strings). */
function cookedTemplates(code, names = ['css', 'html', 'svg']) {
  const seen = [];
  const tag = (name) => (strings) => seen.push({ name, strings: [...strings] });
  const body = code.replace(/^import .*$/gm, '');
  new Function(...names, body)(...names.map(tag));
  return seen;
}

const minified = (code, options) => minifyTemplates(code, options)?.toString() ?? code;

describe('minifyTemplates', () => {
  it('drops css comments and needless whitespace, and keeps strings as written', () => {
    const code = `import { css } from 'lit';
css\`
  :host {
    /* why, not what */
    display: block;
    font-family: "Noto  Sans", sans-serif;
    margin: 0 auto;
  }
  .a > .b:hover,
  .c {
    inline-size: calc(100% - \${8}px);
  }
\`;`;
    expect(cookedTemplates(minified(code))[0].strings).toEqual([
      ':host{display:block;font-family:"Noto  Sans",sans-serif;margin:0 auto;}.a > .b:hover,.c{inline-size:calc(100% - ',
      'px);}',
    ]);
  });

  it('drops line breaks next to block-level tags and keeps a space between inline ones', () => {
    const code = `import { html } from 'lit';
html\`<section>
  <p class="total">
    <span>\${1}</span>
    <span>Nov 6</span>
  </p>
  <label>
    <span>Period</span>
    <select>\${2}</select>
  </label>
</section>\`;`;
    expect(cookedTemplates(minified(code))[0].strings).toEqual([
      '<section><p class="total"><span>',
      '</span> <span>Nov 6</span></p><label> <span>Period</span> <select>',
      '</select> </label></section>',
    ]);
  });

  it('leaves the whitespace of <pre> and <textarea>, and runs without a line break', () => {
    const code = `import { html } from 'lit';
html\`<div>
  <pre>
  a   b
</pre>
  <textarea>
 keep
</textarea>
  <b>one</b>  <i>two</i>
</div>\`;`;
    expect(cookedTemplates(minified(code))[0].strings).toEqual([
      '<div><pre>\n  a   b\n</pre> <textarea>\n keep\n</textarea> <b>one</b>  <i>two</i></div>',
    ]);
  });

  it('keeps what is content: no-break spaces, attribute values, line continuations', () => {
    const code = `import { css, html } from 'lit';
html\`<p>
  Total:\u00a0
  <b title="Line one
    line two">5</b>
  <span>a</span>\\
<span>b</span>
</p>\`;
css\`
  .a\u00a0
  .b { --empty: ; }
  .c/**/.d::before { content: "/* not a comment */"; }
  /* "a quote" in a comment */
  .e\\
.f {}
\`;`;
    expect(cookedTemplates(minified(code)).map((t) => t.strings[0])).toEqual([
      '<p>Total:\u00a0 <b title="Line one\n    line two">5</b> <span>a</span><span>b</span></p>',
      '.a\u00a0 .b{--empty: ;}.c.d::before{content:"/* not a comment */";}.e.f{}',
    ]);
  });

  it("touches only lit's tags, under whatever local name", () => {
    const code = `import { html as h } from 'lit';
import { html } from './elsewhere.js';
h\`<div>
  x
</div>\`;
html\`<div>
  x
</div>\`;
other\`<div>
  x
</div>\`;`;
    expect(
      cookedTemplates(minified(code), ['h', 'html', 'other']).map((t) => t.strings[0]),
    ).toEqual(['<div>x</div>', '<div>\n  x\n</div>', '<div>\n  x\n</div>']);
    expect(minifyTemplates('const a = `<div>\n  x\n</div>`;')).toBeUndefined();
  });

  it('with keepLines keeps every line and gives the templates the same strings', () => {
    const code = `import { css, html, svg } from 'lit';
css\`
  :host {
    /* a comment
       over two lines */
    color: red;
  }
\`;
html\`<ul>
  <li>
    \${1}
  </li>
</ul>\`;
svg\`<g>
  <path d="M0 0"></path>
</g>\`;`;
    const kept = minified(code, { keepLines: true });
    expect(kept.split('\n').length).toBe(code.split('\n').length);
    expect(cookedTemplates(kept)).toEqual(cookedTemplates(minified(code)));
  });

  it("changes nothing but whitespace and comments in the elements' own templates", async () => {
    const root = new URL('../packages/elements/src/', import.meta.url);
    const modules = readdirSync(root, { recursive: true }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'),
    );
    let templates = 0;
    for (const file of modules) {
      const source = readFileSync(new URL(file, root), 'utf8');
      const { code } = await transform(source, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
      });
      const out = minifyTemplates(code);
      if (!out) continue;
      // Outside whitespace and comments, the module is the same, character for character.
      const squeeze = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
      expect(squeeze(out.toString()), file).toBe(squeeze(code));
      templates += 1;
    }
    expect(templates).toBeGreaterThan(50);
  });
});
