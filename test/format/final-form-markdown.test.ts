/**
 * final-form-markdown.ts prints a generated Markdown file (the SDK's README) as prettier would, so
 * the format stage can skip prettier's Markdown parser for it. Proof by prettier itself: for real
 * specs' READMEs and hand-written cases, the printed text equals prettier's output for the same
 * input, and prettier leaves it unchanged. Markdown outside the subset returns `undefined` (prettier
 * then runs), and the format stage gives prettier's text either way.
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../generator/emit/client/index.js';
import { printCodeInFinalForm } from '../../generator/format/final-form-code.js';
import { printMarkdownInFinalForm } from '../../generator/format/final-form-markdown.js';
import { formatStage, PRETTIER_OPTIONS } from '../../generator/format/index.js';
import { templates } from '../emit-client/generate.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS, SHARED } from './real-specs.js';

async function readmeSource(spec: string): Promise<string> {
  const { ir } = await irForTest(spec);
  const ctx = {
    templates: templates(),
    generator: { name: 'test', version: '0' },
    packageName: '@shellapi/sdk',
  };
  const readme = (await emitClient(ir, ctx)).find((f) => f.path === 'sdk/README.md');
  return readme!.contents as string;
}

const prettierMarkdown = (text: string) =>
  prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'markdown' });
const formatTypeScript = (code: string) =>
  prettier.format(code, { ...PRETTIER_OPTIONS, parser: 'babel-ts' });
const print = (text: string) => printMarkdownInFinalForm(text, formatTypeScript);

describe('README.md of real specs', () => {
  it.each(REAL_SPECS)(
    '%s: printed exactly as prettier prints it, and prettier keeps it',
    async (spec) => {
      const raw = await readmeSource(spec);
      const printed = await print(raw);
      expect(printed).toBeDefined();
      expect(printed).toBe(await prettierMarkdown(raw));
      expect(await prettierMarkdown(printed!)).toBe(printed);
    },
  );

  it.each(REAL_SPECS.filter((spec) => spec.startsWith(SHARED)))(
    '%s: every TypeScript code block printed by final-form-code.ts, no prettier',
    async (spec) => {
      const raw = await readmeSource(spec);
      const ours = async (code: string) => {
        const printed = printCodeInFinalForm(code);
        if (printed === undefined) throw new Error(`final-form-code.ts refused:\n${code}`);
        return printed;
      };
      expect(await printMarkdownInFinalForm(raw, ours)).toBe(await prettierMarkdown(raw));
    },
  );

  it('hostile fuzz specs: prettier\u2019s text or a fall back, never a different text', async () => {
    // Their titles and summaries are mostly outside the subset (NUL, entities, blank **): the
    // point is that nothing is printed differently.
    const fixtures = ['spec-106', 'spec-1066', 'spec-1124', 'spec-1043', 'spec-20261205'];
    for (const name of fixtures) {
      const raw = await readmeSource(`test/fixtures/fuzz/${name}.json`);
      const printed = await print(raw);
      if (printed !== undefined) expect(printed, name).toBe(await prettierMarkdown(raw));
    }
  });
});

/** Inputs in the subset: each printed and compared with prettier's text. */
const CASES: Record<string, string> = {
  'blocks separated by one blank line': `<!-- header -->\n# Title\nText after a heading.\n\n\n\n## Next\n\nA paragraph\nof two lines.\n\n\`\`\`sh\nnpm install x\n\`\`\`\n\n\n`,
  'tables padded to the widest cell, at least three columns wide': `| A | Long header |\n| --- | --- |\n| 1 | x |\n| wider cell here | \`code\` |\n\n| a | b |\n| --- | --- |\n|  | y |\n`,
  'inline markup kept as written': `Use **bold text**, \`code_span\`, a [link](https://example.com/a?b=c&d=e), [dev] and FLUX.1 [pro] \u2014 done\u2026\n\n| Op | Summary |\n| --- | --- |\n| \`x()\` | See [the guide](/docs/guide#part) \u2014 caf\u00e9 \u2192 na\u00efve |\n`,
  'TypeScript code blocks formatted': `\`\`\`ts\nconst result = await client.chat.create({\n  model: 'x',\n}, { signal: controller.signal });\nimport { type A, B, C } from '@scope/a-package-with-a-rather-long-name/and-a-long-subpath-too';\n\`\`\`\n`,
  'text with a pipe in a paragraph': 'Levels: `debug` | `info` | `off`.\n',
};

describe('layouts', () => {
  it.each(Object.entries(CASES))('%s', async (_name, text) => {
    const printed = await print(text);
    expect(printed).toBeDefined();
    expect(printed).toBe(await prettierMarkdown(text));
  });
});

describe('outside the subset', () => {
  const UNSUPPORTED: Record<string, string> = {
    'a list': '- one\n- two\n',
    emphasis: 'Some *emphasis* here.\n',
    'an underscore': 'snake_case words\n',
    'an escaped pipe in a cell': '| a | b |\n| --- | --- |\n| x \\| y | z |\n',
    'a wide character in a cell': '| a | b |\n| --- | --- |\n| \u4eca\u5929 | z |\n',
    'an emoji in a cell': '| a | b |\n| --- | --- |\n| \u{1f680} | z |\n',
    'an aligned column': '| a | b |\n| :-- | --: |\n| x | y |\n',
    'a link whose destination has parentheses': 'See [x](https://e.com/a_(b)).\n',
    'a bare URL (an autolink)': 'See https://example.com now.\n',
    'an entity': 'Fish &amp; chips\n',
    'a table right after a paragraph': 'Intro\n| a | b |\n| --- | --- |\n',
    'a paragraph line right after a table': '| a | b |\n| --- | --- |\n| x | y |\nmore\n',
    'a code block in a language prettier formats other than TypeScript': '```json\n{"a":1}\n```\n',
    'double spaces': 'two  spaces\n',
    'a code span with a space at its end': 'a `b ` c\n',
  };

  it.each(Object.entries(UNSUPPORTED))('%s: left to prettier', async (_name, text) => {
    expect(await print(text)).toBeUndefined();
  });

  it('a TypeScript code block that does not parse is left to prettier', async () => {
    expect(await print('```ts\nconst = ;\n```\n')).toBeUndefined();
  });

  it('the format stage gives prettier\u2019s text for a Markdown file it cannot print', async () => {
    const text = '# T\n* one\n* two\n\nSome *emphasis*.\n';
    const { files } = await formatStage(
      [{ path: 'sdk/README.md', contents: text, format: 'markdown' }],
      { cache: new Map() },
    );
    expect(files[0]!.contents).toBe(await prettierMarkdown(text));
  });

  it('the format stage prints a Markdown file in the subset itself, with the same text', async () => {
    const text = '# T\nA **b** c.\n\n| a | b |\n| --- | --- |\n| long cell | y |\n';
    const { files, stats } = await formatStage(
      [{ path: 'sdk/README.md', contents: text, format: 'markdown' }],
      { cache: new Map() },
    );
    expect(stats.formatted).toBe(1);
    expect(files[0]!.contents).toBe(await print(text));
    expect(files[0]!.contents).toBe(await prettierMarkdown(text));
  });
});
