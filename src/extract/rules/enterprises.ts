// 科技型中小企业 and 创新型(试点)企业.
import type { Rule } from './rule.ts';

const TSME = '科技型中小(?:微)?企业';
const INNOVATIVE = '创新型(?:\\(试点\\)|试点|领军|培育)?企业';

export const rules: Rule[] = [
  {
    id: 'tsme.named_then_count',
    indicator: 'tsme',
    pattern: `(?<=(?<scope>国家|省级|省|市级)?)${TSME}~{F}`,
    examples: [
      { text: '新增科技型中小企业95家,总数达295家。', rows: [{ value: 95 }, { value: 295, period: 'CUM' }] },
      { text: '备案科技型中小企业318家。', rows: [{ value: 318 }] },
      { text: '目前累计入库科技型中小企业61家。', rows: [{ value: 61, period: 'CUM' }] },
      { text: '新增省科技型中小企业2213家。', rows: [{ value: 2213, scope: true }] },
      { text: '全市科技型中小微企业总数突破1万家。', rows: [{ value: 10000, period: 'CUM' }] },
      { text: '认定科技型中小企业X家。', rows: [{ value: null }] },
      { text: '累计培育高新技术企业532家,科技型中小企业1680家。', rows: [{ value: 1680, period: 'CUM' }] },
    ],
  },
  {
    id: 'tsme.count_then_named',
    indicator: 'tsme',
    pattern: `{F}(?<scope>国家|省级|省|市级)?${TSME}|{F}企业通过(评价|入库|备案)`,
    when: TSME,
    examples: [
      { text: '培育入库95家科技型中小企业。', rows: [{ value: 95 }] },
      { text: '组织国家科技型中小企业评价工作,我区共有家企业通过评价。', rows: [{ value: null }] },
    ],
  },
  {
    id: 'innovative_enterprises.named_then_count',
    indicator: 'innovative_enterprises',
    pattern: `(?<=(?<scope>国家级|省级|市级|省|市)?)${INNOVATIVE}~{F}`,
    examples: [
      { text: '使我市省级创新型试点企业达到12家。', rows: [{ value: 12, period: 'CUM', scope: true }] },
      { text: '国家级创新型(试点)企业7家、省级创新型(试点)企业186家。', rows: [{ value: 7, scope: true }, { value: 186, scope: true }] },
      { text: '认定创新型领军企业18家。', rows: [{ value: 18 }] },
      { text: '培育创新型初创企业30家。', rows: [] },
    ],
  },
  {
    id: 'innovative_enterprises.count_then_named',
    indicator: 'innovative_enterprises',
    pattern: `{F}~(企业|公司)~~~(?<scope>国家级|省级|市级|省|市)${INNOVATIVE}`,
    examples: [
      { text: '5家科技型企业经过市科技局的积极培育,已通过四家认定的省级创新型试点企业。', rows: [{ value: 5, scope: true }] },
      { text: '1 家企业(阳光机械)申报省创新型(试点)企业。', rows: [{ value: 1, scope: true }] },
    ],
  },
];
