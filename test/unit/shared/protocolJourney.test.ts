import * as assert from 'node:assert/strict';
import { checkWebviewMessage, MAX_JOURNEY_LINK_LENGTH, parseWebviewMessage } from '../../../src/shared/protocol';

describe('protocol: openJourney', () => {
  it('accepts a map link and a stage link unchanged, up to the length bound', () => {
    const messages = [
      { type: 'openJourney', link: 'journey-support' },
      { type: 'openJourney', link: 'journey-support/call' },
      { type: 'openJourney', link: 'x'.repeat(MAX_JOURNEY_LINK_LENGTH) },
    ];
    for (const message of messages) assert.deepEqual(parseWebviewMessage(message), message);
  });

  it('refuses an empty, over-long or non-text link, a missing link and extra keys', () => {
    const bad = [
      { type: 'openJourney', link: '' },
      { type: 'openJourney', link: 'x'.repeat(MAX_JOURNEY_LINK_LENGTH + 1) },
      { type: 'openJourney', link: 42 },
      { type: 'openJourney' },
      { type: 'openJourney', link: 'journey-support', column: 2 },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), null, JSON.stringify(message).slice(0, 80));
  });

  it('says where an over-long link is wrong', () => {
    const checked = checkWebviewMessage({ type: 'openJourney', link: 'x'.repeat(MAX_JOURNEY_LINK_LENGTH + 1) });
    assert.ok('error' in checked && checked.error.startsWith('not a message the map editor sends at link:'), JSON.stringify(checked));
  });
});
