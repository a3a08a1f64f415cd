import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';

let cached: Promise<string> | undefined;

/** Who tags: git's `user.name` where git knows it, else the name of the account. */
export function currentAuthor(folder?: string): Promise<string> {
  cached ??= new Promise((resolve) => {
    const fallback = (): void => {
      try {
        resolve(userInfo().username || 'unknown');
      } catch {
        resolve('unknown');
      }
    };
    try {
      execFile('git', ['config', 'user.name'], { cwd: folder, timeout: 2000, windowsHide: true }, (error, stdout) => {
        const name = String(stdout ?? '').trim();
        if (error || !name) fallback();
        else resolve(name);
      });
    } catch {
      fallback();
    }
  });
  return cached;
}
