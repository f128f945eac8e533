// 高新技术产业: output and value added, and their growth.
// Growth stated right after the figure ("…349亿元,同比增长19%") is linked by the engine.
import type { Rule } from './rule.ts';

const HITECH = '高新(?:技术)?(?:产业|产品|企业)?';

export const rules: Rule[] = [
  {
    id: 'hitech_output.output',
    indicator: 'hitech_output',
    pattern: `${HITECH}(总)?产值~{F}|${HITECH}~实现(总)?产值~{F}`,
    examples: [
      { text: '一季度,全市实现高新技术产值349亿元,同比增长19%。', rows: [{ value: 349, period: 'Q1' }] },
      { text: '规模以上高新技术产品产值达到3305亿元,同比增长25.9%。', rows: [{ value: 3305 }] },
      { text: '规模以上高新技术产业实现产值345.43亿元。', rows: [{ value: 345.43 }] },
      { text: '实现高技术产业产值500亿元。', rows: [] },
      { text: '高新技术产业产值完成560亿元,增长15.3%。', rows: [{ value: 560 }] },
      { text: '全年完成高新技术产业投资85亿元。', rows: [] },
    ],
  },
  {
    id: 'hitech_value_added.value_added',
    indicator: 'hitech_value_added',
    pattern: `${HITECH}增加值~{F}|${HITECH}~实现增加值~{F}`,
    examples: [
      { text: '全市实现高新技术产业增加值630.4亿元,增长7.7%。', rows: [{ value: 630.4 }] },
      { text: '高新技术产业增加值亿元,同比分别增长19%和%。', rows: [{ value: null }] },
      { text: '我区高新产业增加值9.7亿元。', rows: [{ value: 9.7 }] },
    ],
  },
  {
    id: 'hitech_value_added_growth.growth',
    indicator: 'hitech_value_added_growth',
    pattern: `${HITECH}增加值~(增速|增长|增幅)(为|达)?{F}|${HITECH}增加值(增速|增长)~~~增速(为|达)?{F}`,
    examples: [
      { text: 'xx高新技术产业增加值累计增速为12.2%。', rows: [{ value: 12.2, period: 'YTD' }] },
      { text: '紧盯全市高新技术产业增加值增速,1-5月份增速86%。', rows: [{ value: 86, period: 'YTD' }] },
    ],
  },
  {
    id: 'hitech_output_growth.growth',
    indicator: 'hitech_output_growth',
    pattern: `${HITECH}产值~(增速|增长|增幅)(为|达)?{F}`,
    examples: [
      { text: '高新技术产业产值增长15.2%。', rows: [{ value: 15.2 }] },
      { text: '高新技术产业产值完成560亿元,增长15.3%。', rows: [{ value: 15.3 }] },
      { text: '高新技术产业增加值占规模以上工业增加值比重达到45.2%,比上年提高2个百分点。', rows: [] },
    ],
  },
];
