/** Agencies of generated reports: counties, districts, cities, their departments, towns and street offices. */
import type { Rng } from '../prng.js';
import type { Agency, AgencyLevel } from './types.js';

const COUNTIES = ['青田县', '安吉县', '德清县', '长兴县', '浦江县', '武义县', '龙游县', '泰顺县', '宁化县', '永泰县', '清流县', '建宁县', '上杭县', '平和县', '龙门县', '新丰县', '蒙山县', '凌云县', '永新县', '遂川县', '宜章县', '汝城县', '桑植县', '沅陵县', '芦溪县', '乐平市', '瑞金市', '浏阳市', '醴陵市', '邵武市'];
const DISTRICTS = ['西湖区', '鼓楼区', '天心区', '雨花区', '江北区', '渝中区', '思明区', '集美区', '仓山区', '荔城区', '城厢区', '金安区', '蜀山区', '瑶海区', '东湖区', '青山湖区', '岳麓区', '芙蓉区', '开福区', '洪山区'];
const TOWNS = ['城关镇', '大五里镇', '河包镇', '白沙镇', '石门镇', '龙潭镇', '新华镇', '南塘镇', '桥头镇', '马渡镇', '高桥镇', '花溪镇', '青石镇', '东坝镇', '双河镇', '清水镇', '黄坪乡', '中村乡', '柳溪乡', '杨林乡'];
const STREETS = ['二郎街道', '东城街道', '西城街道', '南湖街道', '北门街道', '滨江街道', '新华街道', '解放街道'];
const DEPARTMENTS = ['财政局', '教育局', '卫生健康局', '司法局', '生态环境局', '自然资源局', '住房和城乡建设局', '交通运输局', '农业农村局', '市场监督管理局', '民政局', '人力资源和社会保障局', '商务局', '文化和旅游局', '应急管理局', '统计局'];

/** A romanised site name for the portal address (www.<name>.gov.cn). */
const SITES = ['qingtian', 'anji', 'deqing', 'changxing', 'pujiang', 'wuyi', 'longyou', 'taishun', 'ninghua', 'yongtai', 'xihu', 'gulou', 'tianxin', 'yuhua', 'jiangbei', 'yuzhong', 'siming', 'jimei', 'cangshan', 'licheng'];

export type AgencyDraw = Agency;

export function drawAgency(rng: Rng): AgencyDraw {
  const level: AgencyLevel = rng.weighted([['government', 3], ['department', 3], ['town', 3], ['street', 1]] as const);
  const county = rng.chance(0.5) ? rng.pick(COUNTIES) : rng.pick(DISTRICTS);
  const unit = county.slice(-1);
  const site = `www.${rng.pick(SITES)}.gov.cn`;
  switch (level) {
    case 'government':
      return { name: `${county}人民政府`, self: `我${unit}`, level, unit, parent: county, site, office: `${county}人民政府办公室` };
    case 'department': {
      const dept = rng.pick(DEPARTMENTS);
      return { name: `${county}${dept}`, self: '我局', level, unit: '局', parent: county, site, office: `${county}${dept}办公室` };
    }
    case 'town': {
      const town = rng.pick(TOWNS);
      const u = town.slice(-1);
      return { name: `${town}人民政府`, self: `我${u}`, level, unit: u, parent: county, site, office: `${town}党政综合办公室` };
    }
    case 'street': {
      const street = rng.pick(STREETS);
      return { name: `${county}${street}办事处`, self: '我街道', level, unit: '街道', parent: county, site, office: `${street}党政办公室` };
    }
  }
}
