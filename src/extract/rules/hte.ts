// 高新技术企业: applied, newly certified, in total, in the reserve pool.
import type { Rule } from './rule.ts';

const HTE = '(?:高新技术企业|高企)';

export const rules: Rule[] = [
  {
    id: 'hte_applied.apply_then_count',
    indicator: 'hte_applied',
    pattern: `申报~~${HTE}~{F}`,
    examples: [
      { text: '全市共组织申报国家重点扶持的高新技术企业112家。', rows: [{ value: 112 }] },
      { text: '组织申报国家级高新技术企业 4家。', rows: [{ value: 4, scope: false }] },
      { text: '第一批组织申报高新技术企业xx家。', rows: [{ value: null }] },
      { text: '申报高企**家,其中新认定**家。', rows: [{ value: null }, { value: null, scope: true }] },
    ],
  },
  {
    id: 'hte_applied.count_then_apply',
    indicator: 'hte_applied',
    pattern: `{F}~企业~申报~~${HTE}`,
    examples: [
      { text: '共组织25家企业申报了20XX年度第一批高新技术企业。', rows: [{ value: 25 }] },
      { text: '推荐江西制氧机有限公司等7家企业申报省年度第一批高新技术企业认定。', rows: [{ value: 7 }] },
      { text: '组织3家企业申报高新技术产品。', rows: [] },
    ],
  },
  {
    id: 'hte_applied.pool_then_count',
    indicator: 'hte_applied',
    pattern: `${HTE}~(申报|推荐)~{F}`,
    examples: [{ text: '第一批高企申报推荐了37家(其中首次申报22家)。', rows: [{ value: 37 }, { value: 22, scope: true }] }],
  },
  {
    id: 'hte_certified.certified',
    indicator: 'hte_certified',
    pattern: `(认定|新认定|新增|净增|通过认定|培育认定|获批)~~(?<scope>市级|省级|县级|区级)?${HTE}~{F}`,
    unlessNear: '培育库|后备',
    examples: [
      { text: '全市认定高新技术企业393家。', rows: [{ value: 393 }] },
      { text: '新增高新技术企业28家,总数达132家。', rows: [{ value: 28 }] },
      { text: '全年净增高新技术企业691家。', rows: [{ value: 691 }] },
      { text: '今年新增合力机械、兴华化工等市级高新技术企业4家。', rows: [{ value: 4, scope: true }] },
      { text: '新增高新技术企业x家。', rows: [{ value: null }] },
      { text: '全年新认定国家高新技术企业56家,累计达到312家。', rows: [{ value: 56, period: 'FY' }] },
      { text: '全县共有高新技术企业28家,其中今年新认定6家。', rows: [{ value: 6, scope: false }] },
    ],
  },
  {
    id: 'hte_certified.passed',
    indicator: 'hte_certified',
    pattern: '(认定通过|通过认定|通过新增|获得认定)~{F}',
    when: HTE,
    unless: '培育企业',
    examples: [{ text: '高新技术企业认定通过(含公示)112家,目前全市累计达913家。', rows: [{ value: 112 }] }],
  },
  {
    id: 'hte_certified.count_passed',
    indicator: 'hte_certified',
    pattern: '{F}~(企业|公司)~通过(了)?(国家)?(?<scope>~)(高新技术企业)?(认定|公示|复审)',
    when: HTE,
    examples: [
      { text: '推荐7家企业申报高新技术企业认定,其中:制氧机有限公司等4家企业通过了公示。', rows: [{ value: 4 }] },
      { text: '全市又有43家企业通过国家火炬计划高新技术企业认定和复审。', rows: [{ value: 43, scope: true }] },
      { text: '4家企业通过了公示。', rows: [] },
    ],
  },
  {
    id: 'hte_certified.count_became',
    indicator: 'hte_certified',
    pattern: `{F}~(为|认定为|被认定为|通过国家认定为)(?<scope>国家级|省级|市级)?${HTE}`,
    examples: [
      { text: '乐惠食品设备制造公司1家为国家级高新技术企业。', rows: [{ value: 1, scope: true }] },
      { text: '**等*家公司已经通过国家认定为高新技术企业。', rows: [{ value: null }] },
    ],
  },
  {
    id: 'hte_certified.net_new',
    indicator: 'hte_certified',
    pattern: '(净增|新增|新认定|当年认定)(了)?{F}',
    when: HTE,
    fallback: true,
    examples: [
      { text: '全市高新技术企业达到1256家,净增218家。', rows: [{ value: 218 }] },
      { text: '目前新增3家申请高新技术企业资料入库培育的企业。', rows: [] },
    ],
  },
  {
    id: 'hte_certified.review',
    indicator: 'hte_certified',
    pattern: '(?<scope>复评|复审)~{F}',
    when: HTE,
    unless: '其中',
    examples: [{ text: '高新技术企业通过新增 2 家,复评 1 家。', rows: [{ value: 2 }, { value: 1, scope: true }] }],
  },
  {
    id: 'hte_total.stock',
    indicator: 'hte_total',
    pattern: `(${HTE}~(总数|总量|累计|数量|达到|达)|(累计|现有|拥有|共有|有效期内)~~${HTE}~)~{F}`,
    period: 'CUM',
    examples: [
      { text: '高新技术企业总数达到913家。', rows: [{ value: 913, period: 'CUM' }] },
      { text: '全县共有高新技术企业28家,其中今年新认定6家。', rows: [{ value: 28, period: 'CUM' }] },
      { text: '累计培育国家高新技术企业58家。', rows: [{ value: 58, period: 'CUM' }] },
      { text: '全市有效期内高新技术企业1200家。', rows: [{ value: 1200, period: 'CUM' }] },
    ],
  },
  {
    id: 'hte_total.whole_area',
    indicator: 'hte_total',
    pattern: `全(市|县|区){F}${HTE}`,
    period: 'CUM',
    examples: [{ text: '全市619家高新技术企业实现高新技术产值1596.82亿元。', rows: [{ value: 619, period: 'CUM' }] }],
  },
  {
    id: 'hte_reserve.pool',
    indicator: 'hte_reserve',
    pattern: `(后备|培育库|入库)~企业~{F}|${HTE}(?<scope>~)培育~{F}|(?<scope2>省|市)${HTE}培育~{F}`,
    when: `${HTE}|后备企业|培育库`,
    examples: [
      { text: '加强高新技术企业后备库建设,截止目前,全市已经入库后备企业93家。', rows: [{ value: 93, period: 'CUM' }] },
      { text: '组织申报省高新技术企业培育 4 家。', rows: [{ value: 4 }] },
    ],
  },
  {
    id: 'hte_reserve.count_entered',
    indicator: 'hte_reserve',
    pattern: `{F}~~${HTE}~~入库|培育企业认定~~~{F}企业获得认定`,
    examples: [
      { text: '目前新增3家申请高新技术企业资料入库培育的企业。', rows: [{ value: 3 }] },
      { text: '开展市第二批高新技术培育企业认定,经审核13家企业获得认定。', rows: [{ value: 13 }] },
    ],
  },
];
