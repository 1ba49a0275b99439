/**
 * The kind of body that publishes a report — a 乡镇/街道, a 县级以上地方人民政府
 * (or a government-level 管委会), or a government department — which decides
 * its legal deadline (domain-spec §1.3) and whether it can make 规章 (§2.7 T-5).
 * Read from the agency named in the title, else from how the text refers to
 * its own body (我镇 / 我局 / 我县).
 */
import type { Root } from '../ast/types.js';
import { matchText } from '../text/normalize.js';
import { matchTextOf } from '../text/node-text.js';
import { proseNodes, selfReferences } from '../text/prose.js';

export type AgencyKind = 'township' | 'government' | 'department';

export interface Agency {
  kind: AgencyKind;
  /** The name it was read from (title), or the self-reference used most (body). */
  name: string;
  source: 'title' | 'body';
}

const TOWNSHIP = /(?:乡|镇|街道|苏木)(?:人民政府|政府)?(?:办事处|党政办公室|党政办|党委|便民服务中心)?$/;
const GOVERNMENT = /(?:省|市|区|县|旗|州|盟)(?:人民政府|政府)?$|(?:管委会|管理委员会)$/;
const DEPARTMENT = /(?:局|委|委员会|厅|办|办公室|中心|署|所|院|馆|站|队|处|部|会|公司|集团|研究室)$/;

/** The kind of an agency name: "大五里镇" township, "海林市" government, "桦川县卫生健康局" department. */
export function classifyAgency(name: string): AgencyKind | null {
  const core = matchText(name).replace(/\([^()]*\)/g, '').replace(/[^\u4e00-\u9fff]/g, '');
  if (core.length < 2) return null;
  if (TOWNSHIP.test(core)) return 'township';
  if (GOVERNMENT.test(core)) return 'government';
  if (DEPARTMENT.test(core)) return 'department';
  return null;
}

/** The agency named in the title: before its year (detected by the model) or right after it ("2023年XX司法局政府信息公开…"). */
export function titleAgencyName(root: Root): string | undefined {
  const { agency, title } = root.data;
  if (agency && agency.value.trim()) return agency.value.trim();
  if (!title) return undefined;
  const m = /^(?:19|20)\d{2}\s*年度?\s*([\u4e00-\u9fff()（）]{2,30}?)(?:政府)?(?:信息|政务)公开/.exec(matchTextOf(title));
  const name = m?.[1];
  return name && !/^(?:人民)?政府$/.test(name) ? name : undefined;
}

/** The publishing agency's kind, from the title, else from the body's self-references; null when neither tells. */
export function agencyOf(root: Root): Agency | null {
  const name = titleAgencyName(root);
  const kind = name ? classifyAgency(name) : null;
  if (name && kind) return { kind, name, source: 'title' };
  const counts: Record<AgencyKind, Map<string, number>> = { township: new Map(), government: new Map(), department: new Map() };
  for (const node of proseNodes(root)) {
    for (const ref of selfReferences(matchTextOf(node))) {
      if (ref.kind !== 'strong') continue;
      const k: AgencyKind = ref.level === '部门' ? 'department' : ref.level === '乡' || ref.level === '镇' || ref.level === '街道' ? 'township' : 'government';
      counts[k].set(ref.text, (counts[k].get(ref.text) ?? 0) + 1);
    }
  }
  const total = (k: AgencyKind) => [...counts[k].values()].reduce((a, b) => a + b, 0);
  const top = (k: AgencyKind) => [...counts[k]].sort((a, b) => b[1] - a[1])[0]![0];
  // A department also speaks of 我县/我市 (its government); a town of 我县 now and then.
  if (total('township') >= 2 && total('township') >= total('department')) return { kind: 'township', name: top('township'), source: 'body' };
  if (total('department') >= 2) return { kind: 'department', name: top('department'), source: 'body' };
  if (total('government') >= 2) return { kind: 'government', name: top('government'), source: 'body' };
  return null;
}
