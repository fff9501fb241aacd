// Finds the text keys a source file names, for used-keys.test.ts: the type checker no longer
// checks keys against en.json (typing t() with ~2,000 keys made `tsc` take 100 s and 2 GB and
// hit TS2859), so this test does, by reading the code as TypeScript's parser sees it.
import ts from 'typescript';

/** A key named in the code: a whole key, a prefix ending in a dot, or a template with holes. */
export interface KeyUse {
  /** The key as written; a template's holes as `${…}`. */
  text: string;
  /** Literal parts of a template (one part for a plain string). */
  parts: string[];
  /** 1-based line in the file, for the message. */
  line: number;
}

/** The key-shaped strings and templates of one source text whose first segment is one of `namespaces`. */
export function keyUses(fileName: string, source: string, namespaces: ReadonlySet<string>): KeyUse[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: KeyUse[] = [];
  const named = (first: string) => namespaces.has(first.split('.')[0] as string) && first.includes('.');
  const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // An import path or a module name is never a key.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !ts.isExternalModuleReference(node.parent) && /^[A-Za-z]\w*(\.[\w-]+)*\.?$/.test(node.text) && named(node.text)) {
        uses.push({ text: node.text, parts: [node.text], line: line(node) });
      }
    } else if (ts.isTemplateExpression(node) || ts.isTemplateLiteralTypeNode(node)) {
      const parts = [node.head.text, ...(ts.isTemplateExpression(node) ? node.templateSpans : node.templateSpans).map((s) => s.literal.text)];
      if (named(parts[0] as string) && /^[A-Za-z]\w*(\.[\w-]+)*\.?$/.test(parts[0] as string)) {
        uses.push({ text: parts.join('${…}'), parts, line: line(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

type Tree = { [key: string]: string | Tree };

/** Every leaf key of a locale tree, dotted. */
export function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leafKeys(v, `${prefix}${k}.`)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `use` names something in `keys` (every leaf key): a whole key; a key with i18next's
 * suffixes added at run time (`_one`/`_other` for a count, `_enrol` and the like for a context);
 * a prefix (`a.b` or `a.b.`) that some key starts with; or a template whose holes some key fills
 * (each hole one or more characters).
 */
export function resolves(use: KeyUse, keys: readonly string[]): boolean {
  const body = use.parts.map(escape).join('.+');
  const pattern = new RegExp(body.endsWith('\\.') ? `^${body}[\\w.-]+$` : `^${body}(\\.[\\w.-]+|_\\w+)?$`);
  return keys.some((k) => pattern.test(k));
}
