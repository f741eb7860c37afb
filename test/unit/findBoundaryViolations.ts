import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The folders of the product, and `root` for the shared modules at the top (errors.ts). */
type Layer = 'app' | 'jobs' | 'store' | 'dedupe' | 'extract' | 'ingest' | 'root';

const LAYERS: readonly Layer[] = ['app', 'jobs', 'store', 'dedupe', 'extract', 'ingest'];
const STAGES: readonly Layer[] = ['ingest', 'extract', 'dedupe'];

/** One import of one product file: `to` is the resolved path, or the specifier when it names a package. */
export interface Import {
  from: string;
  to: string;
  specifier: string;
  typeOnly: boolean;
  line: number;
}

export interface Violation {
  rule: 'cycle' | 'door' | 'layer' | 'sql';
  message: string;
}

/**
 * What a layer may import besides itself and the root modules: `value` for anything, `type` for types only.
 * The table of ../shared/DESIGN.md, read from the importer's side. Root modules import only root modules,
 * since every layer imports them. Only the doors and tests import app/; only the doors, tests and jobs/ itself
 * import jobs/.
 */
const ALLOWED: Record<Layer, Partial<Record<Layer, 'value' | 'type'>>> = {
  root: {},
  ingest: {},
  extract: {},
  dedupe: { extract: 'type' },
  store: { ingest: 'type', extract: 'type', dedupe: 'type' },
  jobs: { store: 'value', ingest: 'value', extract: 'value', dedupe: 'value' },
  app: { jobs: 'value', store: 'value' },
};

/** The keywords that open SQL statements; case-sensitive, so prose ("select a feed") does not match. */
const SQL = /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|ALTER TABLE)\b/;

const layerOf = (file: string): Layer => {
  const top = file.split('/')[0] as Layer;
  return LAYERS.includes(top) ? top : 'root';
};

/** Reads the product's .ts files (each layer folder, and the .ts files at the top), as repository-relative paths. */
export function readProductFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && dir !== '') walk(rel);
      else if (entry.isDirectory() && LAYERS.includes(entry.name as Layer)) walk(rel);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        files.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
      }
    }
  };
  walk('');
  return files;
}

const lineOf = (source: ts.SourceFile, node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

/**
 * Only `import type` and `export type` are erased: under verbatimModuleSyntax, `import { type A } from 'x'`
 * still loads x (as `import {} from 'x'`), so it counts as a value import.
 */
const isTypeOnly = (node: ts.ImportDeclaration | ts.ExportDeclaration) =>
  ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;

/**
 * Resolves a relative specifier against the importing file, to a product file when one matches as TypeScript
 * would (`x.ts`, `x.js` for `x.ts`, `x` for `x.ts` or `x/index.ts`); a package name is kept as it is.
 */
function resolve(from: string, specifier: string, files: ReadonlyMap<string, string>): string {
  if (!specifier.startsWith('.')) return specifier;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, `${target}/index.ts`];
  return candidates.find((c) => files.has(c)) ?? target;
}

/**
 * The imports of one file (`import ... from`, `export ... from`, `import('...')`, `typeof import('...')`)
 * and its string and template literals.
 */
export function scanFile(
  file: string,
  text: string,
  files: ReadonlyMap<string, string> = new Map(),
): { imports: Import[]; literals: { text: string; line: number }[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: Import[] = [];
  const literals: { text: string; line: number }[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    imports.push({ from: file, to: resolve(file, specifier.text, files), specifier: specifier.text, typeOnly, line: lineOf(source, node) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node, node.moduleSpecifier, isTypeOnly(node));
    else if (ts.isExportDeclaration(node)) add(node, node.moduleSpecifier, isTypeOnly(node));
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal, true);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      literals.push({ text: node.text, line: lineOf(source, node) });
    } else if (ts.isTemplateExpression(node)) {
      literals.push({ text: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${}'), line: lineOf(source, node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, literals };
}

const where = (i: Import) => `${i.from}:${i.line} imports '${i.specifier}'`;

/** Why one import breaks the layering, or null when it is allowed. */
function layerRule(i: Import, files: ReadonlyMap<string, string>): Violation | null {
  if (!files.has(i.to)) return null; // a package, or a file outside the product (a test fixture)
  const from = layerOf(i.from);
  const to = layerOf(i.to);
  if (from === to || to === 'root') return null;
  const allowed = ALLOWED[from][to];
  if (allowed === 'value' || (allowed === 'type' && i.typeOnly)) return null;
  if (from === 'app' && STAGES.includes(to)) {
    return { rule: 'door', message: `${where(i)}: the doors (app/) use ${to}/ only through jobs/ or store/` };
  }
  const may = Object.entries(ALLOWED[from]).map(([layer, how]) => (how === 'type' ? `${layer}/ types` : `${layer}/`));
  const table = may.length > 0 ? `only ${may.join(', ')} and the root modules` : 'nothing outside its folder but the root modules';
  return {
    rule: 'layer',
    message: `${where(i)}: ${from === 'root' ? 'a root module' : `${from}/`} may import ${table}` +
      `${allowed === 'type' ? ' (this import brings values: use `import type`)' : ''}`,
  };
}

/** The strongly connected groups of files (Tarjan): each group of two or more, or a file importing itself, holds a cycle. */
function cyclicGroups(edges: ReadonlyMap<string, readonly string[]>, files: readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (edges.get(v) ?? []).includes(v)) groups.push(group.sort());
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return groups;
}

/** The shortest import path from the group's first file back to itself, through the group only. */
function cycleThrough(group: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const start = group[0]!;
  const inGroup = new Set(group);
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const v = queue[i]!;
    for (const w of edges.get(v) ?? []) {
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (inGroup.has(w) && !previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...group, start]; // unreachable: every file of a group reaches every other
}

/** Every import cycle among the files, each as a path that ends where it starts. */
function findCycles(imports: readonly Import[], files: ReadonlyMap<string, string>): string[][] {
  const edges = new Map<string, string[]>();
  for (const i of imports) if (files.has(i.to)) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
  return cyclicGroups(edges, [...files.keys()].sort()).map((group) => cycleThrough(group, edges));
}

/**
 * The boundary rules of the layout, checked over a set of product files (repository-relative path -> source):
 * no import cycle (type-only imports included), the doors reach the stages only through jobs/ and store/, each
 * layer imports only what the table allows, and SQL statements appear only in store/.
 */
export function findBoundaryViolations(
  files: ReadonlyMap<string, string>,
): Violation[] {
  const violations: Violation[] = [];
  const imports: Import[] = [];
  for (const [file, text] of files) {
    const scanned = scanFile(file, text, files);
    imports.push(...scanned.imports);
    if (layerOf(file) === 'store') continue;
    for (const literal of scanned.literals) {
      const match = SQL.exec(literal.text);
      if (match) violations.push({ rule: 'sql', message: `${file}:${literal.line} holds SQL ('${match[0]}...'): SQL lives in store/ only` });
    }
  }
  for (const i of imports) {
    const violation = layerRule(i, files);
    if (violation) violations.push(violation);
  }
  for (const cycle of findCycles(imports, files)) {
    violations.push({ rule: 'cycle', message: `import cycle: ${cycle.join(' -> ')}` });
  }
  return violations;
}
