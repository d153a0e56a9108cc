import { jurisdictionSchema } from './jurisdiction.schema';
import { getJurisdiction, isLuzhouDistrict, LUZHOU_PARKS } from './jurisdictions';

describe('jurisdictions', () => {
  it('knows the seven Luzhou districts and counties', () => {
    expect(
      ['510502', '510503', '510504', '510521', '510522', '510524', '510525'].every(isLuzhouDistrict),
    ).toBe(true);
    expect(isLuzhouDistrict('510523')).toBe(false);
    expect(isLuzhouDistrict('LZ-HTZ')).toBe(false);
    expect(getJurisdiction('510504')?.nameZh).toBe('龙马潭区');
  });

  it('marks park codes as platform-assigned', () => {
    expect(LUZHOU_PARKS.every((p) => p.platformAssigned && p.code.startsWith('LZ-'))).toBe(true);
    expect(new Set(LUZHOU_PARKS.map((p) => p.code)).size).toBe(LUZHOU_PARKS.length);
  });

  it('jurisdictionSchema accepts districts and parks only', () => {
    expect(jurisdictionSchema.safeParse('510502').success).toBe(true);
    expect(jurisdictionSchema.safeParse('LZ-HTZ').success).toBe(true);
    expect(jurisdictionSchema.safeParse('510101').success).toBe(false);
  });
});
