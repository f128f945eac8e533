// 科技创新平台: laboratories, research centres, incubators … built, certified or in total.
// The scope of a platform row is always the kind the report names.
import type { Rule } from './rule.ts';

const BUILT = '(?:新增|新建|建成|组建|获批|认定|新认定|引进|建设|打造|创成|成功申报|筹建|获评|创建|培育)';

export const rules: Rule[] = [
  {
    id: 'platforms.count_passed',
    indicator: 'platforms',
    pattern: `{F}(?<scope>~{KIND})~通过|{F}为(?<scope2>~{KIND})`,
    examples: [
      { text: '华润金蟾药业等3家省重点实验室通过专家评审。', rows: [{ value: 3, scope: true }] },
      { text: '超星水产加工研发中心1家为省级工程中心。', rows: [{ value: 1, scope: true }] },
    ],
  },
  {
    // firms counted for the platform each of them built: "全市62家企业设立了研发机构"
    id: 'platforms.firms_that_built',
    indicator: 'platforms',
    pattern: `{F}(?:规模以上工业企业|规上工业企业|规上企业|企业)~(?:建立|设立|建成|组建|新建|建设|认定为|评为|确定为|获批|通过|升级为|晋升为)了?(?<scope>~{KIND})`,
    examples: [
      // …or the platform each of them was certified as
      { text: '今年全区有4家企业被省科技厅认定为省级企业研发中心。', rows: [{ value: 4, scope: true }] },
      { text: '区内2家企业获批省级企校联合创新中心,另有3家企业通过省级重点实验室认定。', rows: [{ value: 2, scope: true }, { value: 3, scope: true }] },
      { text: '扶持12家企业建立市级研发中心。', rows: [{ value: 12, scope: true }] },
      { text: '今年有4家企业获批建设省级院士工作站。', rows: [{ value: 4, scope: true }] },
      { text: '全县9户企业新建了企业技术中心。', rows: [{ value: 9, scope: true }] },
      // …or the platform each one's was raised to
      { text: '2家企业的研发中心成功升级为省级工程技术研究中心。', rows: [{ value: 2, scope: true }] },
      { text: '组织8家企业申报省级研发中心。', rows: [] },
    ],
  },
  {
    // firms counted for the platform each of them has: "建有研发机构的规上企业共2426家"
    id: 'platforms.firms_that_have',
    indicator: 'platforms',
    // (…or with the firms first: "规上企业建有研发机构的58家", "规模以上工业企业建立研发机构的达到143家")
    pattern: `(?:建有|拥有|建立|设立)(?:各类)?(?<scope>~{KIND})的(?:规模以上工业企业|规上工业企业|规上企业|工业企业|企业)(?:数)?(?:共|达到|达|为|有)?{F}` +
      `|(?:规模以上工业企业|规上工业企业|规上企业|工业企业)(?:中)?(?:建有|拥有|建立|设立)(?<scope2>~{KIND})的(?:企业)?(?:数)?(?:共|达到|达|为|有)?{F}`,
    period: 'CUM',
    examples: [
      { text: '累计受理并审核备案建有研发机构的规上企业共2426家。', rows: [{ value: 2426, period: 'CUM', scope: true }] },
      { text: '全市建有省级以上研发机构的企业达到318家。', rows: [{ value: 318, period: 'CUM', scope: true }] },
      { text: '全县规上企业建有研发机构的58家;目前拥有各类研发机构的规上企业84家。', rows: [{ value: 58, period: 'CUM', scope: true }, { value: 84, period: 'CUM', scope: true }] },
      { text: '全县规模以上工业企业建立研发机构的达到143家,规上工业企业中建立研发中心的企业达到29家。', rows: [{ value: 143, period: 'CUM', scope: true }, { value: 29, period: 'CUM', scope: true }] },
    ],
  },
  {
    id: 'platforms.listed',
    indicator: 'platforms',
    pattern: '(?<=(?<scope>{NAME}))(?<scope2>{KIND})(累计)?(达到|达|有)?{F}',
    when: `${BUILT}|累计|总数|拥有|现有|共有|达到`,
    // a platform only applied for is none yet ("组织申报南通市级众创空间3家,认定2家"); 成功申报 is won
    unlessNear: '(?<!成功)申报|推荐',
    examples: [
      { text: '全市拥有国家级科技企业孵化器5家、省级众创空间23家。', rows: [{ value: 5, period: 'CUM', scope: true }, { value: 23, period: 'CUM', scope: true }] },
      { text: '新增省级工程技术研究中心8家,市级企业研发中心15家。', rows: [{ value: 8, scope: true }, { value: 15, scope: true }] },
      { text: '研发中心面积5000平方米。', rows: [] },
      // an item listed after a running total is one too
      { text: '2023年全县共有省级星创天地3家、市级星创天地5家。', rows: [{ value: 3, period: 'CUM', scope: true }, { value: 5, period: 'CUM', scope: true }] },
      { text: '年内新建一批创新平台,组织申报省级众创空间4家。', rows: [] },
      // platforms of every kind are the whole
      { text: '我市新增2个国家级科技创新平台(总数46家),各级各类创新平台1183个。', rows: [{ value: 2, scope: true }, { value: 46, period: 'CUM', scope: true }, { value: 1183, period: 'CUM', scope: false }] },
      // what 其中 counts of a running total is one too
      { text: '全市共建成国家级科创平台68家,其中国家企业技术中心7家。', rows: [{ value: 68, period: 'CUM', scope: true }, { value: 7, period: 'CUM', scope: true }] },
      { text: '新建院士专家工作站3家、博士后科研工作站2家。', rows: [{ value: 3, scope: true }, { value: 2, scope: true }] },
    ],
  },
];
