/**
 * Entry point of the Restricted Mode suite: the runner opens the workspace without trusting it.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'restricted', 'restrictedMode.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} Restricted Mode test(s) failed`)) : resolve()));
  });
}
