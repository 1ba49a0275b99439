/** Hand-written extract expectations for the corpus reports other than the Pingtan HTML trio. */
import { N3, N7, T19_1, T19_5, T19_8, T19_9, T21_1, T21_5, T21_8, Z3, Z5, Z7, none, period, review, row, table3, type Expected } from './expected.js';

/** Table 二 of a 2021-template excerpt whose values are all 0 (normative row label as given). */
const zeros2021 = (normativeLabel: string) => [
  { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', normativeLabel, Z3)] },
  { item: 5, header: T21_5, rows: [row('license', '行政许可', [0])] },
  { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [0]), row('enforcement', '行政强制', [0])] },
];

/** Items (五), (六), (八) of a 2019 trial table whose values are all 0. */
const zeros2019 = [
  { item: 5, header: T19_5, rows: [row('license', '行政许可', Z3), row('other_services', '其他对外管理服务事项', Z3)] },
  { item: 6, header: T19_5, rows: [row('penalty', '行政处罚', Z3), row('enforcement', '行政强制', Z3)] },
  { item: 8, header: T19_8, rows: [row('fees', '行政事业性收费', [0, 0])] },
];

export const CORPUS: Expected[] = [
  {
    file: 'fixtures/corpus/r005.md',
    info: { title: '沐阳县人民政府 2025 年 政府信息公开工作年度报告', agency: '沐阳县人民政府', year: 2025, template: '2021', period: period(2025), published: '2026-01-23' },
    tables: {
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', [6, 1, 32])] },
        { item: 5, header: T21_5, rows: [row('license', '行政许可', [517645])] },
        { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [693957]), row('enforcement', '行政强制', [2154])] },
        { item: 8, header: T21_8, rows: [row('fees', '行政事业性收费', [4068.208])] },
      ],
      applications: table3('2021', Z7, {
        new: [705, 3, 0, 0, 5, 0, 713],
        carried_over: [36, 0, 0, 0, 0, 0, 36],
        granted: [290, 1, 0, 0, 3, 0, 294],
        partial: [99, 0, 0, 0, 2, 0, 101],
        deny_3: [2, 0, 0, 0, 0, 0, 2],
        deny_4: [2, 0, 0, 0, 0, 0, 2],
        deny_5: [13, 0, 0, 0, 0, 0, 13],
        deny_6: [2, 0, 0, 0, 0, 0, 2],
        deny_7: [4, 0, 0, 0, 0, 0, 4],
        deny_8: [9, 0, 0, 0, 0, 0, 9],
        unable_1: [111, 0, 0, 0, 0, 0, 111],
        unable_2: [2, 0, 0, 0, 0, 0, 2],
        reject_1: [12, 0, 0, 0, 0, 0, 12],
        reject_2: [6, 1, 0, 0, 0, 0, 7],
        other_1: [9, 0, 0, 0, 0, 0, 9],
        other_2: [7, 0, 0, 0, 0, 0, 7],
        other_3: [142, 1, 0, 0, 0, 0, 143],
        total: [710, 3, 0, 0, 5, 0, 718],
        carried_forward: [31, 0, 0, 0, 0, 0, 31],
      }),
      review: review([27, 10, 9, 15, 61], [3, 0, 0, 0, 3], [8, 0, 1, 1, 10]),
      legacy: null,
    },
  },
  {
    file: 'fixtures/corpus/r013.txt',
    info: { title: '平潭综合实验区2016年度政府信息公开工作年度报告', agency: '平潭综合实验区', year: 2016, template: 'pre2019', period: period(2016), published: '2017-01-18' },
    tables: {
      ...none,
      legacy: [
        { label: '主动公开文件数', unit: '条', cells: [3460, 85376] },
        { label: '其中：1、政府网站公开数', unit: '条', cells: [3460, 85376] },
        { label: '2、政府公报公开数', unit: '条', cells: [0, 0] },
        { label: '受理依申请公开信息总数', unit: '条', cells: [0, 0] },
        { label: '其中：1、当面申请数', unit: '条', cells: [0, 0] },
        { label: '2、网上申请数', unit: '条', cells: [0, 0] },
        { label: '3、信函、传真申请数', unit: '条', cells: [0, 0] },
        { label: '对申请的答复总数', unit: '条', cells: [0, 0] },
        { label: '其中：1、同意公开答复数', unit: '条', cells: [0, 0] },
        { label: '2、同意部分公开答复数', unit: '条', cells: [0, 0] },
        { label: '3、不予公开答复数', unit: '条', cells: [0, 0] },
        { label: '4、其他类型答复数', unit: '条', cells: [0, 0] },
        { label: '政府信息公开收费减免金额', unit: '元', cells: [0, 0] },
        { label: '接受行政诉讼、举报数', unit: '件', cells: [0, 0] },
        { label: '行政复议数', unit: '件', cells: [0, 0] },
        { label: '行政诉讼数', unit: '件', cells: [0, 0] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r023.txt',
    info: { title: '中村乡2020年政府信息公开工作年度报告', agency: '中村乡', year: 2020, template: '2019', period: null, published: null },
    tables: {
      ...none,
      active: [
        { item: 1, header: T19_1, rows: [row('rules', '规章', Z3), row('normative', '规范性文件', [5, 5, 5])] },
        ...zeros2019,
        { item: 9, header: T19_9, rows: [row('procurement', '政府集中采购', [1, 8040])] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r025.txt',
    info: { title: null, agency: null, year: 2019, template: '2019', period: null, published: null },
    tables: {
      ...none,
      active: [
        { item: 1, header: T19_1, rows: [row('rules', '规章', [0, null, null]), row('normative', '规范性文件', N3)] },
        { item: 5, header: T19_5, rows: [row('license', '行政许可', N3), row('other_services', '其他对外管理服务事项', N3)] },
        { item: 6, header: [], rows: [row('penalty', '行政处罚', []), row('enforcement', '行政强制', [])] },
        { item: 8, header: [], rows: [row('fees', '行政事业性收费', [])] },
        { item: 9, header: T19_9, rows: [row('procurement', '政府集中采购', [null, null])] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r026.txt',
    info: { title: '重庆市九龙坡区二郎街道办事处2022年政府信息公开工作年度报告', agency: '重庆市九龙坡区二郎街道办事处', year: 2022, template: '2021', period: period(2022), published: null },
    tables: {
      ...none,
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', [4, 0, 4])] },
        { item: 5, header: T21_5, rows: [row('license', '行政许可', [0])] },
        { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [0]), row('enforcement', '行政强制', [0])] },
        // The excerpt stops inside the header cell.
        { item: 8, header: ['本年收费金额(单'], rows: [] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r027.txt',
    info: { title: null, agency: null, year: 2019, template: '2019', period: null, published: null },
    tables: {
      ...none,
      active: [
        { item: 1, header: T19_1, rows: [row('rules', '规章', Z3), row('normative', '规范性文件', [30, 30, 30])] },
        ...zeros2019,
        { item: 9, header: T19_9, rows: [row('procurement', '政府集中采购', [8, '160.5964万元'])] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r028.txt',
    info: { title: '桦川县卫生健康局2021年政府信息公开工作年度报告', agency: '桦川县卫生健康局', year: 2021, template: '2021', period: null, published: '2022-01-27' },
    tables: {
      ...none,
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', [0, 0, 4])] },
        { item: 5, header: T21_5, rows: [row('license', '行政许可', [16])] },
        { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [0]), row('enforcement', '行政强制', [0])] },
        { item: 8, header: T21_8, rows: [row('fees', '行政事业性收费', [null])] },
      ],
      // The excerpt ends after （二）部分公开 with six of its seven values.
      applications: table3('2021', N7, {
        new: [1, 0, 0, 0, 0, 0, 1],
        carried_over: Z7,
        granted: [1, 0, 0, 0, 0, 0, 1],
        partial: [0, 0, 0, 0, 0, 0, null],
      }),
    },
  },
  {
    file: 'fixtures/corpus/r029.txt',
    info: { title: null, agency: null, year: 2020, template: '2019', period: period(2020), published: null },
    tables: {
      ...none,
      active: [
        { item: 1, header: ['本年新', '本年新', '对外公开总数量'], rows: [row('rules', '规章', Z3), row('normative', '规范性文件', Z3)] },
        ...zeros2019,
        { item: 9, header: T19_9, rows: [row('procurement', '政府集中采购', [0, 0])] },
      ],
      applications: table3('2019', N7, { new: Z7, carried_over: Z7 }),
    },
  },
  {
    file: 'fixtures/corpus/r030.txt',
    info: { title: '河包镇2020年政府信息公开工作年度报告', agency: '河包镇', year: 2020, template: '2019', period: period(2020), published: '2021-01-29' },
    tables: {
      ...none,
      active: [
        { item: 1, header: T19_1, rows: [row('rules', '规章', Z3), row('normative', '规范性文件', Z3)] },
        ...zeros2019,
        { item: 9, header: [], rows: [] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r032.txt',
    info: { title: '2023年高新区(新市区)司法局政府信息公开工作年度报告', agency: '高新区(新市区)司法局', year: 2023, template: '2021', period: null, published: null },
    tables: { ...none, active: [...zeros2021('行政规范性文件'), { item: 8, header: ['本年收费金额(单位:0万元)'], rows: [] }] },
  },
  {
    file: 'fixtures/corpus/r033.txt',
    info: { title: null, agency: null, year: 2022, template: '2021', period: null, published: null },
    tables: { ...none, active: zeros2021('行政规范性文件') },
  },
  {
    file: 'fixtures/corpus/r034.txt',
    info: { title: '大五里镇2020年政府信息公开工作年度报告', agency: '大五里镇', year: 2020, template: '2019', period: null, published: '2021-01-29' },
    tables: {
      ...none,
      active: [
        { item: 1, header: T19_1, rows: [row('rules', '规章', Z3), row('normative', '规范性文件', Z3)] },
        ...zeros2019,
        { item: 9, header: T19_9, rows: [row('procurement', '政府集中采购', [0, 0])] },
      ],
      applications: table3('2019', N7, { new: Z7, carried_over: Z7, granted: Z7, partial: Z7, deny_1: Z7 }),
    },
  },
  {
    file: 'fixtures/corpus/r035.txt',
    info: { title: '海城市西四镇2025年政府信息公开工作年度报告', agency: '海城市西四镇', year: 2025, template: '2021', period: period(2025), published: '2026-01-26' },
    tables: {
      ...none,
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', Z3)] },
        // The excerpt ends at "信息" (信息内容 cut short).
        { item: 5, header: [], rows: [] },
      ],
    },
  },
  {
    file: 'fixtures/corpus/r040.txt',
    info: { title: null, agency: null, year: 2022, template: '2021', period: null, published: null },
    tables: { ...none, active: [...zeros2021('规范性文件'), { item: 8, header: T21_8, rows: [row('fees', '行政事业性收费', [0])] }] },
  },
];
