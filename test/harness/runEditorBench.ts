/** `npm run bench` part two: the editor benchmarks inside VS Code (see bench/editorBench.ts). */
import * as path from 'node:path';
import { REPO_ROOT } from './codeServer';
import { exitWith, runSuite } from './runIntegration';

exitWith(() => runSuite('bench', path.join(REPO_ROOT, 'out', 'bench', 'editorBench')));
