import { describe, expect, it } from 'vitest';
import { RESTRICTED_ZIP3, STATES, stateOfName, stateOfPostal, stateOfZip } from './us-states.js';

describe('US state data', () => {
  it.each([
    ['45410', 'Ohio'], ['59263', 'Montana'], ['60623', 'Illinois'], ['10001', 'New York'], ['02139', 'Massachusetts'],
    ['02903', 'Rhode Island'], ['90210', 'California'], ['99501', 'Alaska'], ['88510', 'Texas'], ['89101', 'Nevada'],
    ['20500', 'District of Columbia'], ['00901', 'Puerto Rico'], ['96813', 'Hawaii'], ['83702', 'Idaho'],
  ])('ZIP %s is in %s', (zip, state) => {
    expect(stateOfZip(zip)).toBe(state);
  });

  it('has no state for military and unassigned prefixes', () => {
    expect(stateOfZip('09001')).toBeUndefined();
    expect(stateOfZip('96201')).toBeUndefined();
  });

  it('maps postal codes and names both ways', () => {
    expect(STATES).toHaveLength(54);
    for (const [name, postal] of STATES) {
      expect(stateOfPostal(postal)).toBe(name);
      expect(stateOfName(name.toUpperCase())).toBe(name);
    }
  });

  it('holds the 17 restricted ZIP3 prefixes of the HHS guidance', () => {
    expect(RESTRICTED_ZIP3.size).toBe(17);
    expect(RESTRICTED_ZIP3.has('036')).toBe(true);
    expect(RESTRICTED_ZIP3.has('606')).toBe(false);
  });
});
