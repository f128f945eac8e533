// 科技型中小企业 and 创新型(试点)企业.
import type { Rule } from './rule.ts';

const TSME = '科技型中小(?:微)?企业';
const INNOVATIVE = '创新型(?:\\(试点\\)|试点|领军|培育)?企业';

export const rules: Rule[] = [
  {
    id: 'tsme.count_then_named',
    indicator: 'tsme',
    pattern: `{F}(?<scope>国家|省级|省|市级)?${TSME}|{F}企业通过(评价|入库|备案)`,
    when: TSME,
    // (firms picked from among them for the pool of 高新技术企业 to be are that pool's)
    unlessNear: '(?:高新技术企业|高企)(?:后备|培育)+(?:企业)?库',
    examples: [
      { text: '组织国家科技型中小企业评价工作,我区共有家企业通过评价。', rows: [{ value: null }] },
      { text: '筛选112家科技型中小企业纳入高新技术企业培育库。', rows: [] },
    ],
  },
  {
    id: 'innovative_enterprises.count_then_named',
    indicator: 'innovative_enterprises',
    pattern: `{F}~(企业|公司)~~~(?<scope>国家级|省级|市级|省|市)${INNOVATIVE}`,
    examples: [
      { text: '5家科技型企业经过市科技局的积极培育,已通过四家认定的省级创新型试点企业。', rows: [{ value: 5, scope: true }] },
    ],
  },
];
