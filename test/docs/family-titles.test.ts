/**
 * A family's Chinese title is shown beside its name only when it says something else: the spec
 * gives `x-title-zh: Kling` for the Kling tag, which the sidebar, breadcrumb and heading would
 * otherwise print twice ("Kling Kling").
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { buildModel } from '../../generator/emit/docs/model.js';
import { operationPageContent } from '../../generator/emit/docs/pages-html.js';

const REPO = path.resolve(import.meta.dirname, '../..');

it('drops a Chinese family title equal to the name, keeps a different one', async () => {
  const { ir } = buildIr(await loadSpec(path.join(REPO, 'spec/openapi.yaml')));
  const model = buildModel(ir);
  const family = (tag: string) => model.families.find((f) => f.displayName === tag)!;
  expect(ir.tags.find((t) => t.displayName === 'Kling')?.titleZh).toBe('Kling');
  expect(family('Kling').titleZh).toBeUndefined();
  expect(operationPageContent(family('Kling'), '')).not.toContain('class="zh"');
  expect(family('Chat').titleZh).toBe('聊天接口(Chat)');
  expect(operationPageContent(family('Chat'), '')).toContain('聊天接口(Chat)');
});
