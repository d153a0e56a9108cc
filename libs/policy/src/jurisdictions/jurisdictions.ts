import { deepFreeze } from '../shared/deep-freeze';

/**
 * Jurisdictions that do the preliminary review (区县、园区初审, docs/SPEC.md §3.3), as data.
 * Districts/counties carry their national administrative division code (GB/T 2260).
 * Parks have no national code: the `LZ-*` codes are PLATFORM-ASSIGNED by this system, stable but
 * local to it — never print them as official codes.
 */
export type JurisdictionKind = 'DISTRICT' | 'PARK';

export interface Jurisdiction {
  code: string;
  kind: JurisdictionKind;
  nameZh: string;
  nameEn: string;
  /** For a park: the district it mainly lies in (informational). */
  parentDistrictCode?: string;
  /** True when the code is assigned by this platform rather than by GB/T 2260. */
  platformAssigned: boolean;
}

export const LUZHOU_DISTRICTS = deepFreeze([
  {
    code: '510502',
    kind: 'DISTRICT',
    nameZh: '江阳区',
    nameEn: 'Jiangyang District',
    platformAssigned: false,
  },
  { code: '510503', kind: 'DISTRICT', nameZh: '纳溪区', nameEn: 'Naxi District', platformAssigned: false },
  {
    code: '510504',
    kind: 'DISTRICT',
    nameZh: '龙马潭区',
    nameEn: 'Longmatan District',
    platformAssigned: false,
  },
  { code: '510521', kind: 'DISTRICT', nameZh: '泸县', nameEn: 'Lu County', platformAssigned: false },
  { code: '510522', kind: 'DISTRICT', nameZh: '合江县', nameEn: 'Hejiang County', platformAssigned: false },
  { code: '510524', kind: 'DISTRICT', nameZh: '叙永县', nameEn: 'Xuyong County', platformAssigned: false },
  { code: '510525', kind: 'DISTRICT', nameZh: '古蔺县', nameEn: 'Gulin County', platformAssigned: false },
] as const satisfies readonly Jurisdiction[]);

export const LUZHOU_PARKS = deepFreeze([
  {
    code: 'LZ-HTZ',
    kind: 'PARK',
    nameZh: '泸州高新技术产业开发区',
    nameEn: 'Luzhou National High-tech Industrial Development Zone',
    parentDistrictCode: '510502',
    platformAssigned: true,
  },
  {
    code: 'LZ-LIQUOR',
    kind: 'PARK',
    nameZh: '泸州白酒产业园区',
    nameEn: 'Luzhou Liquor Industrial Park',
    parentDistrictCode: '510504',
    platformAssigned: true,
  },
  {
    code: 'LZ-PORT',
    kind: 'PARK',
    nameZh: '中国(四川)自由贸易试验区川南临港片区(泸州临港产业物流园区)',
    nameEn: 'Sichuan FTZ South Sichuan Port Area (Luzhou Port Industry & Logistics Park)',
    parentDistrictCode: '510504',
    platformAssigned: true,
  },
  {
    code: 'LZ-YEDZ',
    kind: 'PARK',
    nameZh: '泸州长江经济开发区',
    nameEn: 'Luzhou Yangtze River Economic Development Zone',
    parentDistrictCode: '510504',
    platformAssigned: true,
  },
] as const satisfies readonly Jurisdiction[]);

export type LuzhouDistrictCode = (typeof LUZHOU_DISTRICTS)[number]['code'];
export type LuzhouParkCode = (typeof LUZHOU_PARKS)[number]['code'];
export type JurisdictionCode = LuzhouDistrictCode | LuzhouParkCode;

export const JURISDICTIONS: readonly Jurisdiction[] = deepFreeze([...LUZHOU_DISTRICTS, ...LUZHOU_PARKS]);

export const LUZHOU_DISTRICT_CODES = LUZHOU_DISTRICTS.map((d) => d.code) as readonly LuzhouDistrictCode[];
export const JURISDICTION_CODES = JURISDICTIONS.map((j) => j.code) as readonly JurisdictionCode[];

/** One of the seven Luzhou districts/counties (docs/SPEC.md 2.1a). Parks are not registration districts. */
export function isLuzhouDistrict(code: unknown): code is LuzhouDistrictCode {
  return typeof code === 'string' && (LUZHOU_DISTRICT_CODES as readonly string[]).includes(code);
}

export function isJurisdictionCode(code: unknown): code is JurisdictionCode {
  return typeof code === 'string' && (JURISDICTION_CODES as readonly string[]).includes(code);
}

/** A stored code as a JurisdictionCode (e.g. for an event's data); throws for one that is not. */
export function toJurisdictionCode(code: string): JurisdictionCode {
  if (!isJurisdictionCode(code)) throw new Error(`"${code}" is not a Luzhou jurisdiction code`);
  return code;
}

export function getJurisdiction(code: string): Jurisdiction | undefined {
  return JURISDICTIONS.find((j) => j.code === code);
}
