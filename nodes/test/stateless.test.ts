import ts from 'typescript';
import type { IDataObject } from 'n8n-workflow';
import { describe, expect, it, vi } from 'vitest';
import { CONTRACT } from '../../test/fixtures/price-file';
import { context, type Param } from './context';

/** The package's own tsconfig: its `include` is exactly the code that is packed (nodes, credentials). */
const CONFIG = ts.findConfigFile(ts.sys.getCurrentDirectory(), ts.sys.fileExists, 'tsconfig.json')!;
const ROOT = CONFIG.slice(0, -'/tsconfig.json'.length);
const relative = (file: string) => file.slice(ROOT.length + 1);

const MUTATORS = new Set([
  'set',
  'add',
  'delete',
  'clear',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
]);

/**
 * Everything in the packaged code that could carry state from one execution to the next: a
 * module-level `let` or `var`, a `g`/`y` regular expression (it keeps `lastIndex`), and any write
 * to a module-level binding (assignment, `++`, `delete`, `Object.assign`, a mutating method
 * such as `set` or `push`), found through the type checker so a local of the same name is not
 * taken for it.
 */
function moduleState(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const files = config.fileNames.filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(10);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const topLevel = new Set<ts.Declaration>();
  const at = (node: ts.Node) => {
    const sf = node.getSourceFile();
    return `${relative(sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  const mine = program.getSourceFiles().filter((sf) => files.includes(sf.fileName));
  for (const sf of mine) {
    for (const statement of sf.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const flags = statement.declarationList.flags;
      if (!(flags & ts.NodeFlags.Const)) found.push(`${at(statement)}: module-level let/var`);
      for (const d of statement.declarationList.declarations) topLevel.add(d);
    }
  }
  /** The module-level declaration an expression's root identifier refers to, if any. */
  const rootDeclaration = (e: ts.Expression): ts.Declaration | undefined => {
    let root: ts.Expression = e;
    while (
      ts.isPropertyAccessExpression(root) ||
      ts.isElementAccessExpression(root) ||
      ts.isParenthesizedExpression(root) ||
      ts.isNonNullExpression(root)
    )
      root = root.expression;
    if (!ts.isIdentifier(root)) return undefined;
    let symbol = checker.getSymbolAtLocation(root);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.find((d) => topLevel.has(d));
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isRegularExpressionLiteral(node) &&
      /\/[a-z]*[gy][a-z]*$/.test(node.text) &&
      node.parent &&
      ts.isVariableDeclaration(node.parent) &&
      topLevel.has(node.parent)
    )
      found.push(`${at(node)}: module-level regular expression with lastIndex`);
    const written =
      (ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        node.left) ||
      ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
        (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) &&
        node.operand) ||
      (ts.isDeleteExpression(node) && node.expression) ||
      (ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        MUTATORS.has(node.expression.name.text) &&
        node.expression.expression) ||
      (ts.isCallExpression(node) && node.expression.getText() === 'Object.assign' && node.arguments[0]);
    if (written && rootDeclaration(written as ts.Expression))
      found.push(`${at(node)}: writes module-level \`${(written as ts.Expression).getText()}\``);
    ts.forEachChild(node, visit);
  };
  for (const sf of mine) ts.forEachChild(sf, visit);
  return found;
}

// the type checker reads the whole package: slow on a busy machine
describe('the nodes keep no state between executions', { timeout: 60_000 }, () => {
  it('nothing at module level is written, or could be', () => {
    const state = moduleState();
    expect(state).toEqual([]);
  });

  it('the scan finds state where there is some', () => {
    // the check must be able to fail: a cache at module level is what it exists to catch
    const probe = `${ROOT}/nodes/shared/estimate.ts`;
    const text = ts.sys.readFile(probe)!;
    const original = ts.sys.readFile;
    const spy = vi
      .spyOn(ts.sys, 'readFile')
      .mockImplementation((path, encoding) =>
        path === probe
          ? `${text}\nconst seen = new Map<string, number>();\nexport const remember = (k: string) => seen.set(k, 1);\nlet runs = 0;\n`
          : original(path, encoding),
      );
    try {
      const state = moduleState();
      expect(state.some((s) => s.includes('writes module-level `seen`'))).toBe(true);
      expect(state.some((s) => s.includes('module-level let/var'))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('an execution gives what it gives in a freshly loaded package, whatever ran before it', async () => {
    const veo = {
      provider: 'runway',
      model: 'gen4.5',
      jobAttributes: { mappingMode: 'defineBelow', value: { runs: 10, seconds: 5 } },
      simplify: true,
    };
    const execute = async (mod: typeof import('../nodes/GenSpend/GenSpend.node'), params: Record<string, Param>) =>
      (await new mod.GenSpend().execute.call(context({ params: { options: {}, ...params }, version: 2 }).ctx))[0]!.map(
        (i) => i.json.genspend as IDataObject,
      );
    vi.resetModules();
    const fresh = await import('../nodes/GenSpend/GenSpend.node');
    const alone = await execute(fresh, veo);
    vi.resetModules();
    const used = await import('../nodes/GenSpend/GenSpend.node');
    // a price file and a total first, then the same job as before without them
    await execute(used, { ...veo, options: { prices: CONTRACT, total: true } });
    await execute(used, { ...veo, options: { prices: CONTRACT } });
    expect(await execute(used, veo)).toEqual(alone);
    expect(alone[0]!.costUsdExact).toBe('6');
  });
});
