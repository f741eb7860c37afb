// A child of lockDataDir.test.ts: waits for "go" on stdin, tries to lock the folder, prints "won" or
// "locked", and keeps a won lock until stdin closes (so the others meet a live holder).
import { lockDataDir } from '../../../store/lockDataDir.ts';

const dir = process.argv[2] ?? '';
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  try {
    const release = lockDataDir(dir);
    process.stdout.write('won\n');
    process.stdin.once('end', () => {
      release();
      process.exit(0);
    });
  } catch (error) {
    process.stdout.write(`locked ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(0);
  }
});
