// 高新技术产业: output and value added, and their growth.
// Growth stated right after the figure ("…349亿元,同比增长19%") is linked by the engine.
import type { Rule } from './rule.ts';

const HITECH = '高新(?:技术)?(?:产业|产品|企业)?';

export const rules: Rule[] = [
  {
    id: 'hitech_value_added_growth.growth',
    indicator: 'hitech_value_added_growth',
    pattern: `${HITECH}增加值~(增速|增长|增幅)(为|达)?{F}|${HITECH}增加值(增速|增长)~~~增速(为|达)?{F}`,
    examples: [
      { text: '紧盯全市高新技术产业增加值增速,1-5月份增速86%。', rows: [{ value: 86, period: 'YTD' }] },
    ],
  },
];
