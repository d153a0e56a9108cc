/**
 * The seeded people of the development identity provider (`apps/identity`) — for `npm start`, the
 * demo and the tests, never for production. The same people as the demo's cast (tools/demo/cast.ts):
 * its expert pool, its lead enterprises (with a fixed USCC each, seed `directory`), plus the Bureau
 * officer, one reviewer for each district/county and park (libs/policy jurisdictions) and an
 * evaluation institution. Every USCC is generated (valid check character), not a real unit's.
 *
 * These are *identities* with the claims an issuer would vouch for (who someone is, which unit they
 * sign for). Which platform role they hold is the gateway's business (its grants), not the issuer's.
 */
export type DirectoryKind = 'officer' | 'reviewer' | 'expert' | 'evaluator' | 'enterprise';

export interface DirectoryAccount {
  username: string;
  kind: DirectoryKind;
  /** Display name (the person). */
  name: string;
  /** The unit the person works for. */
  orgName: string;
  /** Reviewer: the district/county code or platform-assigned park code they review for. */
  jurisdiction?: string;
  /** Enterprise: the USCC the legal-person login carries. */
  uscc?: string;
  /** Expert / evaluator: the employer's USCC. */
  org?: string;
  /** Expert: the key of the demo's expert pool entry (tools/demo/cast.ts EXPERTS). */
  expertKey?: string;
}

/** The one password of every seeded account (development only; the identity provider refuses production). */
export const DEV_DIRECTORY_PASSWORD = 'luzhou-dev';

const REVIEWERS: ReadonlyArray<[code: string, place: string, person: string]> = [
  ['510502', '江阳区', '陈晓红'],
  ['510503', '纳溪区', '杨光明'],
  ['510504', '龙马潭区', '黄志远'],
  ['510521', '泸县', '吴雪梅'],
  ['510522', '合江县', '徐海涛'],
  ['510524', '叙永县', '马丽娟'],
  ['510525', '古蔺县', '罗永刚'],
  ['LZ-HTZ', '泸州高新区', '宋佳'],
  ['LZ-LIQUOR', '泸州白酒产业园区', '谢明'],
  ['LZ-PORT', '泸州临港片区', '韩冰'],
  ['LZ-YEDZ', '泸州长江经济开发区', '冯涛'],
];

const EXPERTS: ReadonlyArray<[key: string, name: string, orgName: string, org: string]> = [
  ['li', '李建国', '四川大学', '125100007D9EU8370P'],
  ['wang', '王晓梅', '江南大学', '12320000KX24Y7X37P'],
  ['chen', '陈志强', '中国科学院成都生物研究所', '12510100PRGG4DM15D'],
  ['liu', '刘芳', '四川轻化工大学', '12510300XL33YYB1K6'],
  ['zhao', '赵磊', '电子科技大学', '12510000A4HJ861XAU'],
  ['sun', '孙丽', '西南交通大学', '12510000P1FUCJ0P38'],
  ['zhou', '周涛', '重庆大学', '12500000X247R71LM2'],
  ['wu', '吴敏', '四川省医学科学院', '12510000RPK400N1E3'],
  ['zheng', '郑伟', '成都信息工程大学', '12510000HA615UX0GU'],
];

/** The demo's lead enterprises; the person is the application's contact. */
const ENTERPRISES: ReadonlyArray<[key: string, person: string, orgName: string, uscc: string]> = [
  ['liquor', '罗文斌', '泸州醇源智能酿造科技有限公司', '91510502DXTA12LMMQ'],
  ['materials', '杨慧', '泸州川南新材料科技有限公司', '91510504QHUE9FUE2U'],
  ['medicine', '何静', '泸州瑞康生物医药有限公司', '91510502RY1UNKN2A7'],
  ['equipment', '邓强', '泸州临港智能装备制造有限公司', '91510504UNXMQQC5M8'],
  ['distillers', '曾伟', '泸州糟源循环科技有限公司', '91510502B3FA2UX8X3'],
  ['electronics', '谢婷', '泸州芯联电子科技有限公司', '9151050493JTY3MCJ5'],
];

export const DEV_DIRECTORY: readonly DirectoryAccount[] = Object.freeze([
  { username: 'officer', kind: 'officer', name: '张明远', orgName: '泸州市科学技术局' },
  ...REVIEWERS.map(([code, place, person]): DirectoryAccount => ({
    username: `reviewer-${code.toLowerCase()}`,
    kind: 'reviewer',
    name: person,
    orgName: `${place}科技主管部门`,
    jurisdiction: code,
  })),
  ...EXPERTS.map(([key, name, orgName, org]): DirectoryAccount => ({
    username: `expert-${key}`,
    kind: 'expert',
    name,
    orgName,
    org,
    expertKey: key,
  })),
  {
    username: 'evaluator',
    kind: 'evaluator',
    name: '林晓',
    orgName: '泸州市科技评估中心(示例)',
    org: '525105007060TX969Q',
  },
  {
    // A second institution, so that one evaluator's evaluations can be seen to be out of another's reach.
    username: 'evaluator-sc',
    kind: 'evaluator',
    name: '周宁',
    orgName: '四川省科技评估研究院(示例)',
    org: '12510000MB1C7E8K91',
  },
  ...ENTERPRISES.map(([key, person, orgName, uscc]): DirectoryAccount => ({
    username: `ent-${key}`,
    kind: 'enterprise',
    name: person,
    orgName,
    uscc,
  })),
]);

export function findDirectoryAccount(username: string): DirectoryAccount | undefined {
  return DEV_DIRECTORY.find((a) => a.username === username);
}
