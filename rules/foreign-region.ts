import {
  agencyLevel, defineRule, matchText, matchTextOf, proseNodes, selfReferences, t, type Level, type MessageRef, type ProseNode, type RuleContext,
  type SelfReference, type Text,
} from '../src/rule-kit.js';

/** Body sentences that name the reporter of this report: "特向社会公布海林市人民政府2020年…", "二郎街道现面向社会公开…". */
const NAME_BEFORE_YEAR = /(?:特向社会公布|现向社会公布|现将|现予公布)([\u4e00-\u9fff()（）]{2,24}?)(?=(?:19|20)\d{2}\s*年)/g;
const NAME_AFTER_YEAR = /(?:现将|特向社会公布)(?:19|20)\d{2}\s*年度?([\u4e00-\u9fff()（）]{2,20}?)(?:人民政府|政府)?信息公开/g;
const NAME_BEFORE_VERB = /([\u4e00-\u9fff()（）]{2,20})(?=现(?:面向社会公开|向社会公布))/g;
/** A captured name must end like the name of a body. */
const AGENCY_END = /(?:街道|镇|乡|县|区|市|省|局|委|办|政府|办事处|办公室|中心|管委会|委员会)$/;
const NAME_COMPILER = /由([\u4e00-\u9fff()（）]{2,24}?)(?:负责)?编制/g;

const messages = {
  otherLevel: t(
    '“{{found}}”是{{level}}级单位的说法，与报告单位的级别不符：{{who}}，正文其余处自称“{{own}}”{{count}}次，疑从其他单位的报告复制',
    '"{{found}}" speaks as {{level}}, which is not the reporter\'s level: {{who}}, and the body says "{{own}}" {{count}} times elsewhere; probably copied from another agency\'s report',
  ),
  titleNames: t('标题单位为“{{title}}”（{{level}}）', 'the title names {{title}} ({{level}})'),
  noTitle: t('报告没有标题，按正文判断为{{level}}', 'the report has no title and reads as {{level}}'),
  otherAgency: t(
    '正文所称单位“{{name}}”与标题单位“{{title}}”不同，疑从其他单位的报告复制',
    'The body names "{{name}}" as the reporter, but the title says "{{title}}"; probably copied from another agency\'s report',
  ),
  title: t('标题', 'title'),
  otherPortal: t(
    '“{{portal}}”是{{place}}的网站，而报告单位是“{{title}}”（{{own}}），疑从其他地方的报告复制',
    '"{{portal}}" is the website of {{place}}, but the report is {{title}}\'s (of {{own}}); probably copied from another area\'s report',
  ),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;
type Phrase = MessageRef<keyof typeof messages>;

const GENERIC = /^(?:人民政府|政府|办事处|办公室|党政办公室|管委会|管理委员会)+|(?:人民政府|政府|办事处|办公室|党政办公室|管委会|管理委员会)+$/g;
const LEVEL_NAME: Record<Level, Text> = {
  省: t('省', 'a province'), 市: t('市', 'a city'), 区: t('区', 'a district'), 县: t('县', 'a county'),
  乡: t('乡', 'a township'), 镇: t('镇', 'a town'), 街道: t('街道', 'a street office'), 部门: t('部门', 'a department'),
};

/**
 * Text pasted from another place or agency: a self-reference of another level
 * (我县 in a town's report that says 我镇 everywhere else, 市本级 in a district's
 * report) and a body that names a different agency than the title.
 */
export default defineRule({
  meta: {
    id: 'foreign-region',
    title: t('外地或其他单位内容', 'Another place or agency pasted in'),
    severity: 'warning',
    description: t(
      '报告中出现其他地方或单位的名称：与报告单位级别不同的自称（镇的报告里偶见“我县”），或正文所称单位与标题不同。',
      'Names of another place or agency pasted in: a self-reference of another level (我县 once in a town’s report), or a body naming a different agency than the title.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const nodes = proseNodes(context.root);
    const titleName = titleAgency(context);
    checkSelfReferences(context, nodes, titleName);
    if (titleName) {
      checkNamedAgency(context, nodes, titleName);
      checkPortals(context, nodes, titleName);
    }
  },
});

/** The agency of the title: the detected agency, else the words before the title's year on its line, else those after it. */
function titleAgency(context: Context): string | undefined {
  const { agency, title } = context.root.data;
  if (agency) return agency.value.trim();
  if (!title) return undefined;
  const line = context.source.line(title.position.start.line).slice(0, title.position.start.column - 1);
  const before = matchText(line).replace(/^.*[:>]/, '').replace(/[^\u4e00-\u9fff()（）]/g, '');
  if (before.length >= 2) return before;
  return /^(?:19|20)\d{2}\s?年度?\s?([\u4e00-\u9fff()（）]{2,30}?)(?:政府)?(?:信息|政务)公开/.exec(matchTextOf(title))?.[1];
}

function checkSelfReferences(context: Context, nodes: ProseNode[], titleName: string | undefined): void {
  const titleLevel = titleName ? agencyLevel(titleName) : null;
  if (titleLevel === '部门') {
    checkDepartment(context, nodes, titleName!);
    return;
  }
  const refs: { node: ProseNode; ref: SelfReference }[] = [];
  for (const node of nodes) {
    for (const ref of selfReferences(context.matchText(node))) if (ref.level !== '部门') refs.push({ node, ref });
  }
  const count = new Map<Level, number>();
  for (const { ref } of refs) count.set(ref.level, (count.get(ref.level) ?? 0) + 1);
  // The reporter's level: from the title, else the self-reference used most.
  const dominant = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = titleLevel ?? dominant;
  if (!own) return;
  const ownCount = count.get(own) ?? 0;
  if (ownCount < 3) return;
  const ownRef = refs.find((r) => r.ref.level === own && r.ref.kind === 'strong')?.ref.text ?? refs.find((r) => r.ref.level === own)!.ref.text;
  const ownRefCount = refs.filter((r) => r.ref.text === ownRef).length;
  const who: Phrase = titleName
    ? { messageId: 'titleNames', data: { title: titleName, level: LEVEL_NAME[own] } }
    : { messageId: 'noTitle', data: { level: LEVEL_NAME[own] } };
  for (const { node, ref } of refs) {
    if (ref.level === own) continue;
    const n = count.get(ref.level)!;
    if (n * 3 > ownCount) continue;
    context.report({
      node, index: ref.index, length: ref.length,
      messageId: 'otherLevel',
      data: { found: node.value.slice(ref.index, ref.index + ref.length), level: LEVEL_NAME[ref.level], who, own: ownRef, count: ownRefCount },
    });
  }
}

/**
 * The level of the government a department belongs to, from its name: "桦川县卫生健康局" 县, "某市某区教育局" 区,
 * "某市市场监督管理局" 市.
 */
const DEPARTMENT_PLACE = /^(?:[\u4e00-\u9fff]{2,6}?(?:省|市))?[\u4e00-\u9fff]{2,6}?(县|区|市)(?!场|政|容|民|直)/;

/** Self-references a department's report may use of its own government ("我县" for a county's bureau). */
const SIBLING: Partial<Record<Level, Level[]>> = { 县: ['区', '镇', '乡', '街道'], 区: ['县', '镇', '乡', '街道'], 市: ['镇', '乡', '街道'] };

/**
 * A department says 我局/我委 of itself and 我县 (我区, 我市) of its own government; a town's 我镇, or a
 * county's 我县 in a district department's report, comes from another agency's report.
 */
function checkDepartment(context: Context, nodes: ProseNode[], titleName: string): void {
  const place = DEPARTMENT_PLACE.exec(matchText(titleName).replace(/[()（）\s]/g, ''))?.[1] as Level | undefined;
  const foreign = place ? SIBLING[place] : undefined;
  if (!place || !foreign) return;
  const refs: { node: ProseNode; ref: SelfReference }[] = [];
  for (const node of nodes) for (const ref of selfReferences(context.matchText(node))) refs.push({ node, ref });
  const ownRefs = refs.filter((r) => r.ref.level === '部门' || r.ref.level === place);
  const strangers = refs.filter((r) => r.ref.kind === 'strong' && foreign.includes(r.ref.level));
  // A department is never a town: two self-references of its own are enough against one of a town.
  if (ownRefs.length < 2 || strangers.length * 2 > ownRefs.length) return;
  const texts = new Map<string, number>();
  for (const r of ownRefs) if (r.ref.level === '部门') texts.set(r.ref.text, (texts.get(r.ref.text) ?? 0) + 1);
  const [ownRef, ownCount] = [...texts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!ownRef) return;
  const who: Phrase = { messageId: 'titleNames', data: { title: titleName, level: LEVEL_NAME['部门'] } };
  for (const { node, ref } of strangers) {
    context.report({
      node, index: ref.index, length: ref.length,
      messageId: 'otherLevel',
      data: { found: node.value.slice(ref.index, ref.index + ref.length), level: LEVEL_NAME[ref.level], who, own: ownRef, count: ownCount! },
    });
  }
}

/** The places of an agency's name, one per level: "某某县白沙镇人民政府" 县 某某县, 镇 白沙镇. */
function placesOf(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of matchText(name).replace(/[()（）\s]/g, '').matchAll(/[\u4e00-\u9fff]{1,6}?(省|市(?!场)|县|区|镇|乡|街道)/g)) out.set(m[1]!, m[0]);
  return out;
}

/** The website of a county, district, town or street office, named after a word that ends the phrase before it. */
const PORTAL =
  /(?:在|于|通过|依托|利用|登录|访问|、|,|\(|和|及|与|或)([\u4e00-\u9fff]{2,5}?(县|区|镇|乡|街道))(?:人民政府|政府|办事处)?(?:门户网站|门户网|政务网|政府网|网站)/g;

/**
 * The website of another place of the reporter's own level: a county's report that publishes on another
 * county's portal. A place of a level the title does not name (the city above, a town below) is not compared.
 */
function checkPortals(context: Context, nodes: ProseNode[], titleName: string): void {
  const own = placesOf(titleName);
  for (const node of nodes) {
    const text = context.matchText(node);
    for (const m of text.matchAll(PORTAL)) {
      // The place name only: after the last verb of the phrase ("及时更新区政府网站" names no place).
      const place = m[1]!.replace(/^(?:在|于|和|及|与|或)+/, '').replace(/^.*(?:在|同时|通过|依托|利用|登录|访问|更新|及时|全年|发布|上传|公开|转载|进行|开设|建设|优化|加强|完善)/, '');
      const mine = own.get(m[2]!);
      if (place.length < m[2]!.length + 2 || !mine || sameAgency(mine.slice(0, -m[2]!.length), place.slice(0, -m[2]!.length))) continue;
      const at = m.index + m[0].lastIndexOf(place, m[0].length - 2);
      const end = m.index + m[0].length;
      context.report({
        node, index: at, length: end - at,
        messageId: 'otherPortal',
        data: { portal: node.value.slice(at, end), place: node.value.slice(at, at + place.length), title: titleName, own: mine },
      });
    }
  }
}

/** The agency named in the body as the reporter must be the title's agency. */
function checkNamedAgency(context: Context, nodes: ProseNode[], titleName: string): void {
  const titleCore = core(matchText(titleName));
  if (titleCore.length < 2) return;
  for (const node of nodes) {
    const text = context.matchText(node);
    for (const re of [NAME_BEFORE_YEAR, NAME_AFTER_YEAR, NAME_BEFORE_VERB, NAME_COMPILER]) {
      for (const m of text.matchAll(re)) {
        const name = m[1]!;
        const at = m.index + m[0].indexOf(name);
        const bodyCore = core(name);
        if (/^[我本该全各]/.test(name) || !AGENCY_END.test(name) || bodyCore.length < 2 || sameAgency(titleCore, bodyCore)) continue;
        context.report({
          node, index: at, length: name.length,
          messageId: 'otherAgency',
          data: { name: node.value.slice(at, at + name.length), title: titleName },
          related: context.root.data.title ? [{ position: context.root.data.title.position, messageId: 'title' }] : [],
        });
      }
    }
  }
}

function core(name: string): string {
  return name.replace(/[()（）\s]/g, '').replace(GENERIC, '');
}

/** Same agency when one name contains the other or they share a two-character place word. */
function sameAgency(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= a.length; i++) grams.add(a.slice(i, i + 2));
  for (let i = 0; i + 2 <= b.length; i++) {
    const g = b.slice(i, i + 2);
    if (grams.has(g) && !/^[省市区县乡镇局委办]{2}$/.test(g)) return true;
  }
  return false;
}
