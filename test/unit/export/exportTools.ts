/** Helpers of the picture export tests: PNG header reading, external tools, and the sample maps as views. */
import { spawnSync } from 'node:child_process';
import type { JourneyView } from '../../../src/shared/viewModel';
import type { SampleMap } from './sampleMaps';

/** Width and height from a PNG's IHDR chunk (throws when the bytes are not a PNG). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Whether a command-line tool runs (e.g. `rsvg-convert --version`). */
export function hasTool(command: string, args = ['--version']): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * Fails with what to install when a Debian tool is missing (`npm test` installs them first, through
 * scripts/setupVscodeServer.mjs), so a check can never pass by being skipped.
 */
export function requireTool(command: string, debianPackage: string, args?: string[]): void {
  if (hasTool(command, args)) return;
  throw new Error(`${command} is missing: run \`node scripts/setupVscodeServer.mjs\` (as root) or \`sudo apt-get install -y ${debianPackage}\``);
}

/** A sample map as the view the exports take. */
export function viewOf(sample: SampleMap): JourneyView {
  const id = sample.name.replace(/\W+/g, '-');
  return { mapId: id, fileName: `${id}.cjm.yaml`, map: sample.map };
}

/** Every stage and touchpoint name of a map. */
export function mapNames(map: JourneyView['map']): string[] {
  return map.stages.flatMap((s) => [s.name, ...(s.touchpoints ?? []).map((t) => t.name)]);
}
