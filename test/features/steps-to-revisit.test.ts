// Which answered steps a change on the first step sends the person through again (the check
// page's Change, step-dependencies.ts): another scheme asks its own questions, and another region's
// rules may ask other ones (who paid the employee cover, exempt groups, tiers, newborn rules).
import { describe, expect, it } from 'vitest';
import { stepsToRevisit } from '../../src/features/wizard/step-dependencies';

describe('stepsToRevisit', () => {
  it('the same scheme and region: nothing', () => {
    expect(stepsToRevisit({ scheme: 'flexible', region: 'shandong-qingdao' }, { scheme: 'flexible', region: 'shandong-qingdao' })).toEqual([]);
  });

  it('another region, same scheme: the history and circumstances steps (青岛 to 山东省: who paid the cover is asked there)', () => {
    expect(stepsToRevisit({ scheme: 'flexible', region: 'shandong-qingdao' }, { scheme: 'flexible', region: 'shandong' })).toEqual(['history', 'circumstances']);
    expect(stepsToRevisit({ scheme: 'resident', region: 'national' }, { scheme: 'resident', region: 'hubei-wuhan' })).toEqual(['history', 'circumstances']);
  });

  it('another scheme: its own steps, whatever the region', () => {
    expect(stepsToRevisit({ scheme: 'resident', region: 'hubei' }, { scheme: 'flexible', region: 'hubei' })).toEqual(['history', 'payment', 'circumstances']);
    expect(stepsToRevisit({ scheme: 'employee', region: 'hubei' }, { scheme: 'flexible', region: 'hubei' })).toEqual(['history']);
    // Both changed: the new region's questions on the circumstances step too.
    expect(stepsToRevisit({ scheme: 'employee', region: 'hubei' }, { scheme: 'flexible', region: 'beijing' })).toEqual(['history', 'circumstances']);
  });

  it('a region not given on either side says nothing (the where step before a region is chosen)', () => {
    expect(stepsToRevisit({ scheme: 'resident' }, { scheme: 'resident', region: 'hubei' })).toEqual([]);
  });
});
