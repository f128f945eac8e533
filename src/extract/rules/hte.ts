// 高新技术企业: applied, newly certified, in total, in the reserve pool.
import type { Rule } from './rule.ts';

const HTE = '(?:高新技术企业|高企)';

export const rules: Rule[] = [
  {
    id: 'hte_certified.count_passed',
    indicator: 'hte_certified',
    pattern: '{F}~(企业|公司)~通过(了)?(国家)?(?<scope>~)(高新技术企业)?(认定|公示|复审)',
    when: HTE,
    // (a first review passed and the papers sent on is still an application)
    unlessNear: '初审|报送|上报',
    examples: [
      { text: '推荐7家企业申报高新技术企业认定,其中:制氧机有限公司等4家企业通过了公示。', rows: [{ value: 4 }] },
      { text: '4家企业通过了公示。', rows: [] },
      { text: '共有87家企业的认定申请材料通过市级初审并报送省高新技术企业认定管理机构。', rows: [] },
    ],
  },
  {
    id: 'hte_certified.count_became',
    indicator: 'hte_certified',
    pattern: `{F}~(为|认定为|被认定为|通过国家认定为)(?<scope>国家级|省级|市级)?${HTE}`,
    examples: [
      { text: '乐惠食品设备制造公司1家为国家级高新技术企业。', rows: [{ value: 1, scope: true }] },
    ],
  },
  {
    id: 'hte_certified.review',
    indicator: 'hte_certified',
    pattern: '(?<scope>复评|复审)~{F}',
    when: HTE,
    unless: '其中',
    examples: [
      { text: '高新技术企业通过新增 2 家,复评 1 家。', rows: [{ value: 2 }, { value: 1, scope: true }] },
    ],
  },
  {
    id: 'hte_total.whole_area',
    indicator: 'hte_total',
    pattern: `全(市|县|区){F}${HTE}`,
    period: 'CUM',
    examples: [
      { text: '全市619家高新技术企业实现高新技术产值1596.82亿元。', rows: [{ value: 619, period: 'CUM' }] },
    ],
  },
  {
    id: 'hte_reserve.pool',
    indicator: 'hte_reserve',
    // (firms readied for a stock market's listing are no reserve of 高新技术企业: "上市后备企业")
    pattern: `((?<!上市)后备|培育库|入库)~企业~{F}|${HTE}(?<scope>~)培育~{F}|(?<scope2>省|市)${HTE}培育~{F}|培育库(?:扩大|增加|增至|达到)到?{F}`,
    when: `${HTE}|后备企业|培育库`,
    // (科技型中小企业 入库 are no reserve of 高新技术企业, whatever else the sentence says of those; nor a local list's pool)
    unlessNear: '科技型中小企业|科小|科技型企业',
    examples: [
      { text: '推进高新技术企业后备库建设,截止目前,全县已经入库后备企业64家。', rows: [{ value: 64, period: 'CUM' }] },
      { text: '截至5月底,全县已入库科技型中小企业73家,提交高新技术企业申报材料19家。', rows: [] },
      { text: '新增高新技术企业12家,新增县级科技型企业培育库企业30家。', rows: [] },
      // the pool grown to a number, the firms not named again
      { text: '明年我们计划将培育库扩大到120家,力争新认定高新技术企业30家。', rows: [{ value: 120, period: 'CUM', status: 'target' }] },
    ],
  },
  {
    id: 'hte_reserve.count_entered',
    indicator: 'hte_reserve',
    pattern: `{F}~~${HTE}~~入库|培育企业认定~~~{F}企业获得认定`,
    examples: [
      { text: '开展市第二批高新技术培育企业认定,经审核13家企业获得认定。', rows: [{ value: 13 }] },
    ],
  },
];
