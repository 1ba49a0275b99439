import {
  defineRule, normalizeLabel, STANDARD_SECTIONS, t, TABLE_NAMES, tableKind, toChineseNumeral, type Position, type RuleContext, type Section,
} from '../src/rule-kit.js';

/** An empty span at the end of the last section (or of the text). */
function endOf(context: RuleContext): Position {
  const last = context.model.topSections[context.model.topSections.length - 1];
  const end = (last ?? context.root).position.end;
  return { start: end, end };
}

/**
 * The six sections of the 2019 trial and 2021 templates: present, in order,
 * and numbered 一 to 六. Known wording variants are accepted.
 */
export default defineRule({
  meta: {
    id: 'required-sections',
    title: t('缺少必备章节', 'Required sections'),
    severity: 'error',
    description: t(
      '2019 年试行格式和 2021 年格式的报告必须依次包含六个部分：一、总体情况 至 六、其他需要报告的事项，编号正确。',
      'Reports on the 2019 trial and 2021 templates contain the six sections 一 总体情况 … 六 其他需要报告的事项, in order and correctly numbered.',
    ),
    fixable: false,
    messages: {
      outOfOrder: t('“{{heading}}”的位置不对：应为第{{number}}部分', '“{{heading}}” is out of order: it should be section {{number}}'),
      misnumbered: t('“{{title}}”的编号为“{{found}}”，应为“{{numeral}}”', '“{{title}}” is numbered {{found}}; it should be {{numeral}}'),
      missing: t('缺少{{sections}}', 'Missing section(s): {{sections}}'),
      missingAtEnd: t('缺少{{sections}}（全文到此结束）', 'Missing section(s): {{sections}} (the text ends here)'),
      truncatedInTable: t('文本在{{table}}中途结束，报告可能不完整', 'The text ends part-way through {{table}}; the report may be incomplete'),
      truncatedInSection: t('文本在“{{heading}}”部分中途结束，报告可能不完整', 'The text ends part-way through “{{heading}}”; the report may be incomplete'),
    },
  },
  check(context) {
    const gen = context.model.generation;
    if (gen !== '2019' && gen !== '2021') return;
    const top = context.model.topSections;
    let lastIndex = -1;
    // Missing sections are reported where they should have stood: before the next section present.
    const missing = new Map<Section | null, string[]>();
    for (const def of STANDARD_SECTIONS) {
      const found = context.model.sections[def.key];
      const expected = `${toChineseNumeral(def.number)}、${def.title}`;
      if (!found) {
        const next = top.find((s) => (s.ordinal ?? 0) > def.number) ?? null;
        missing.set(next, [...(missing.get(next) ?? []), expected]);
        continue;
      }
      const index = top.indexOf(found);
      if (index < lastIndex) {
        context.report({
          node: found.heading,
          messageId: 'outOfOrder',
          data: { heading: normalizeLabel(found.heading.value), number: t(toChineseNumeral(def.number), String(def.number)) },
        });
      } else if (found.ordinal !== def.number) {
        context.report({
          node: found.heading,
          index: 0,
          length: found.heading.marker.length,
          messageId: 'misnumbered',
          data: { title: found.title, found: String(found.number), numeral: toChineseNumeral(def.number) },
        });
      }
      lastIndex = Math.max(lastIndex, index);
    }
    // A text that stops part-way is said once, where it stops; what its lost part held is not listed.
    const truncated = context.model.truncated;
    if (truncated) {
      const tail = new Set(STANDARD_SECTIONS.filter((d) => truncated.missing.includes(d.key)).map((d) => `${toChineseNumeral(d.number)}、${d.title}`));
      for (const [next, names] of missing) missing.set(next, names.filter((n) => !tail.has(n)));
      const heading = truncated.heading ?? (truncated.section ? normalizeLabel(truncated.section.heading.value) : '');
      context.report({
        position: endOf(context),
        ...(truncated.table
          ? { messageId: 'truncatedInTable', data: { table: TABLE_NAMES[tableKind(context.model, truncated.table)] } }
          : heading
            ? { messageId: 'truncatedInSection', data: { heading } }
            : { messageId: 'truncatedInTable', data: { table: t('正文', 'the text') } }),
        severity: 'warning',
      });
    }
    for (const [next, names] of missing) {
      if (names.length === 0) continue;
      context.report({
        ...(next ? { node: next.heading } : { position: endOf(context) }),
        messageId: next ? 'missing' : 'missingAtEnd',
        data: { sections: t(names.map((n) => `“${n}”`).join('、'), names.map((n) => `“${n}”`).join(', ')) },
      });
    }
  },
});
