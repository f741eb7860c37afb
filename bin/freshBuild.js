// Which code `claims` runs: the build in dist/ only while it is newer than every source file it was built from.
import fs from 'node:fs';
import path from 'node:path';

/** The newest modification time (ms) of the .ts files under `entry` (a file or a folder), 0 when there are none. */
function newestSource(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (stat.isFile()) return entry.endsWith('.ts') ? stat.mtimeMs : 0;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestSource(path.join(entry, name)));
  return newest;
}

/**
 * The compiled entry point when the build is fresh, else null (run the sources through tsx). The sources are
 * those tsconfig.build.json includes; an edit, a checkout or a new file makes them newer than the build, so a
 * development checkout never runs stale code, however long ago `npm run build` ran.
 * @param {string} root the package's folder
 * @returns {string | null}
 */
export function freshBuild(root) {
  const entry = path.join(root, 'dist', 'app', 'cli.js');
  let built;
  try {
    built = fs.statSync(entry).mtimeMs;
  } catch {
    return null;
  }
  const { include } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8'));
  const newest = Math.max(...include.map((entryName) => newestSource(path.join(root, entryName))));
  return newest <= built ? entry : null;
}
