/** The compiled entry point (dist/app/cli.js) when it is newer than every source it was built from, else null. */
export function freshBuild(root: string): string | null;
