/** Builds the throwaway workspace the tests open: our samples plus the reference seed. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLES_DIR, SEED_PATH } from '../fixtures/seed';

export const SEED_FILE_NAME = 'sco-secretary-general-meets-le-yucheng-2019-11-12.press';

export function createTestWorkspace(options: { empty?: boolean } = {}): { folder: string; dispose(): void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-workspace-'));
  if (options.empty) return { folder, dispose: () => fs.rmSync(folder, { recursive: true, force: true }) };
  for (const file of fs.readdirSync(SAMPLES_DIR)) {
    if (/\.(press|readout)$/.test(file)) fs.copyFileSync(path.join(SAMPLES_DIR, file), path.join(folder, file));
  }
  fs.copyFileSync(SEED_PATH, path.join(folder, SEED_FILE_NAME));
  return { folder, dispose: () => fs.rmSync(folder, { recursive: true, force: true }) };
}
