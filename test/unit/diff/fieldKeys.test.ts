import { strict as assert } from 'node:assert';
import * as keys from '../../../src/core/diff/fieldKeys';
import {
  channelSchema, laneSchema, mapSchema, metricSchema, personaSchema, stageSchema, touchpointSchema,
} from '../../../src/core/schema';

/** The schema's keys in order, without those that hold child elements. */
function fields(schema: { shape: object }, children: string[]): string[] {
  return Object.keys(schema.shape).filter((key) => !children.includes(key));
}

describe('diff field keys', () => {
  it('are every key of the schema but ids and child elements, in the schema order', () => {
    assert.deepEqual(keys.MAP_KEYS, fields(mapSchema, ['cjm', 'personas', 'channels', 'lanes', 'stages']));
    assert.deepEqual(keys.STAGE_KEYS, fields(stageSchema, ['id', 'metrics', 'touchpoints']));
    assert.deepEqual(keys.TOUCHPOINT_KEYS, fields(touchpointSchema, ['id', 'metrics']));
    assert.deepEqual(keys.PERSONA_KEYS, fields(personaSchema, ['id']));
    assert.deepEqual(keys.CHANNEL_KEYS, fields(channelSchema, ['id']));
    assert.deepEqual(keys.LANE_KEYS, fields(laneSchema, ['id']));
    assert.deepEqual(keys.METRIC_KEYS, fields(metricSchema, ['id']));
  });
});
