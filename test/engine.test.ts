import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { defineRule, t } from '../src/engine/define.js';
import placeholder from '../rules/placeholder.js';

const broken = defineRule({
  meta: {
    id: 'broken',
    title: t('坏规则', 'Broken'),
    description: t('总是出错', 'Always throws'),
    severity: 'error',
    fixable: false,
    messages: { early: t('抛出前报告的问题', 'reported before throwing') },
  },
  check(context) {
    context.report({ node: context.root, messageId: 'early' });
    throw new Error('boom');
  },
});

describe('a rule that throws', () => {
  const text = '全年共 件申请。\n';
  const rules = { placeholder, broken };

  it('costs its own findings only (even those reported before it threw): one error of the tool names it, the other rules stand', () => {
    const result = lintText({ filePath: 'x.txt', text }, { rules });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message])).toEqual([
      [null, 1, 1, 2, '规则 broken 运行出错，本文件缺少它的检查结果：boom'],
      ['placeholder', 1, 3, 2, '缺少数字：“共 件”中量词前的数量是空白'],
    ]);
    expect(result.errorCount).toBe(2);
    expect(result.crashes).toEqual([{ ruleId: 'broken', message: 'boom' }]);
  });

  it('is named in English with --locale en', () => {
    const result = lintText({ filePath: 'x.txt', text }, { rules, locale: 'en' });
    expect(result.messages[0]!.message).toBe('Rule broken failed, so this file lacks its findings: boom');
  });

  it('leaves no crash list on a clean run', () => {
    expect(lintText({ filePath: 'x.txt', text }, { rules: { placeholder } }).crashes).toBeUndefined();
  });
});
