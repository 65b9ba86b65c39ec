import { parse, type ParserPlugin } from '@babel/parser';
import { DYN, lit, member, Scope, shownSource, type FoundCall, type Step, type Val } from './value.js';
import { HOLE } from './urls.js';

// Babel's node types are wide; the walk reads them as plain records
type Node = { type: string; start?: number | null; loc?: { start: { line: number; column: number } } | null } & Record<string, unknown>;

/** How a name in the file gets its value. */
type Binding = (
  | { kind: 'init'; node: Node }
  | { kind: 'member'; of: Node; key: string; dflt?: Node }
  | { kind: 'import'; module: string; name: string }
  | { kind: 'default'; node: Node }
  | { kind: 'unknown' }
) & { scope: JsScope };
type JsScope = Scope<Binding | 'declared'>;
const FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

export interface ParsedJs {
  readonly calls: FoundCall[];
  /** String values that may be URLs (templates with HOLE for their computed parts), with their place. */
  readonly strings: { text: string; line: number; column: number; statementLine: number }[];
  /** Directive comments by line: `genspend: name` or `genspend-ignore`. */
  readonly comments: Map<number, string>;
}

function plugins(file: string): ParserPlugin[] {
  if (/\.[cm]?tsx$/i.test(file)) return ['typescript', 'jsx'];
  if (/\.[cm]?ts$/i.test(file)) return ['typescript'];
  return ['jsx'];
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** Reads one JavaScript or TypeScript file: its calls to imported modules, its strings and its comments. */
export function readJavaScript(file: string, text: string): ParsedJs {
  const ast = parse(text, {
    sourceType: 'unambiguous',
    plugins: plugins(file),
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
  }) as unknown as Node & { comments?: Node[] };
  const top: JsScope = new Scope();
  type Unscoped = Binding extends infer B ? (B extends unknown ? Omit<B, 'scope'> : never) : never;
  let scope: JsScope = top;
  const bind = (name: string, b: Unscoped) => scope.bind(name, { ...b, scope } as Binding);
  const comments = new Map<number, string>();
  for (const c of ast.comments ?? []) {
    const value = String(c.value).trim();
    const line = c.loc!.start.line;
    comments.set(line, value);
  }

  // pass 1: what each name is bound to, anywhere in the file
  const bindPattern = (pattern: Node, of: Node | undefined, key?: string) => {
    if (pattern.type === 'Identifier') {
      if (of && key !== undefined) bind(String(pattern.name), { kind: 'member', of, key });
      else if (of) bind(String(pattern.name), { kind: 'init', node: of });
      else bind(String(pattern.name), { kind: 'unknown' });
    } else if (pattern.type === 'AssignmentPattern') {
      const left = pattern.left as Node;
      const right = pattern.right as Node;
      if (left.type === 'Identifier') {
        if (of && key !== undefined) bind(String(left.name), { kind: 'member', of, key, dflt: right });
        else bind(String(left.name), { kind: 'default', node: right });
      } else bindPattern(left, undefined);
    } else if (pattern.type === 'ObjectPattern') {
      for (const p of pattern.properties as Node[]) {
        if (p.type === 'ObjectProperty') {
          const k = propertyKey(p);
          const inner = of && k !== undefined ? (key !== undefined ? undefined : of) : undefined;
          bindPattern(p.value as Node, inner, inner ? k : undefined);
        } else if (p.type === 'RestElement') bindPattern(p.argument as Node, undefined);
      }
    } else if (pattern.type === 'ArrayPattern') {
      for (const e of pattern.elements as (Node | null)[]) if (e) bindPattern(e, undefined);
    } else if (pattern.type === 'RestElement') bindPattern(pattern.argument as Node, undefined);
    else if (pattern.type === 'TSParameterProperty') bindPattern(pattern.parameter as Node, undefined);
  };
  const visitBindings = (node: Node) => {
    switch (node.type) {
      case 'ImportDeclaration': {
        const module = String((node.source as Node).value);
        for (const s of node.specifiers as Node[]) {
          const local = String((s.local as Node).name);
          if (s.type === 'ImportDefaultSpecifier') bind(local, { kind: 'import', module, name: 'default' });
          else if (s.type === 'ImportNamespaceSpecifier') bind(local, { kind: 'import', module, name: '*' });
          else bind(local, { kind: 'import', module, name: propertyKey({ type: 'x', key: s.imported } as Node) ?? local });
        }
        break;
      }
      case 'VariableDeclarator':
        if (node.init) bindPattern(node.id as Node, node.init as Node);
        else if (isNode(node.id) && node.id.type === 'Identifier') scope.bind(String(node.id.name), 'declared');
        break;
      case 'AssignmentExpression':
        if (node.operator === '=') {
          const left = node.left as Node;
          const key = thisKey(left);
          if (key) top.bind(key, { kind: 'init', node: node.right as Node, scope });
          else if (left.type === 'Identifier') {
            // bound where the name is declared (`let client;` above a function that sets it)
            const name = String(left.name);
            (scope.find(name) ?? top).bind(name, { kind: 'init', node: node.right as Node, scope });
          }
        }
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ObjectMethod':
      case 'ClassMethod':
      case 'ClassPrivateMethod':
        for (const p of node.params as Node[]) bindPattern(p, undefined);
        break;
      case 'ClassProperty':
        if (node.value && !node.computed && isNode(node.key) && node.key.type === 'Identifier')
          top.bind(`this.${String(node.key.name)}`, { kind: 'init', node: node.value as Node, scope });
        break;
      case 'CatchClause':
        if (node.param) bindPattern(node.param as Node, undefined);
        break;
      case 'ForOfStatement':
      case 'ForInStatement': {
        const left = node.left as Node;
        if (left.type === 'VariableDeclaration') for (const d of left.declarations as Node[]) bindPattern(d.id as Node, undefined);
        break;
      }
    }
  };

  // one walk collects bindings, calls and strings; calls are read after it, when every binding is known
  const callNodes: { node: Node; statementLine: number; scope: JsScope }[] = [];
  const stringNodes: { node: Node; statementLine: number; scope: JsScope }[] = [];
  const stack: { node: Node; statementLine: number; scope: JsScope }[] = [{ node: ast, statementLine: 1, scope: top }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { node, statementLine: outer } = entry;
    const statementLine = /Statement$|Declaration$/.test(node.type) && node.loc ? node.loc.start.line : outer;
    scope = FUNCTIONS.has(node.type) ? new Scope(entry.scope) : entry.scope;
    visitBindings(node);
    if (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'OptionalCallExpression')
      callNodes.push({ node, statementLine, scope });
    else if (
      node.type === 'StringLiteral' ||
      node.type === 'TemplateLiteral' ||
      (node.type === 'BinaryExpression' && node.operator === '+')
    )
      stringNodes.push({ node, statementLine, scope });
    for (const key in node) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key === 'comments' || key.endsWith('Comments')) continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) if (isNode(child[i])) stack.push({ node: child[i] as Node, statementLine, scope });
      } else if (isNode(child)) stack.push({ node: child, statementLine, scope });
    }
  }

  const resolving = new Set<Binding>();
  const resolveName = (name: string, at: JsScope): Val => {
    const home = at.find(name);
    if (!home) return DYN;
    const known = home.resolved.get(name);
    if (known) return known;
    const list = home.names.get(name)!.filter((b): b is Binding => b !== 'declared');
    const b = list[0];
    if (!b || list.length !== 1 || resolving.has(b)) return DYN;
    resolving.add(b);
    try {
      const v = resolveBinding(b);
      home.resolved.set(name, v);
      return v;
    } finally {
      resolving.delete(b);
    }
  };
  const resolveBinding = (b: Binding): Val => {
    switch (b.kind) {
      case 'import':
        return { k: 'ref', ref: { module: b.module, steps: b.name === '*' ? [] : [{ name: b.name }] } };
      case 'init':
      case 'default':
        return evaluate(b.node, b.scope);
      case 'member': {
        const v = member(evaluate(b.of, b.scope), b.key);
        if (v && v.k !== 'dyn') return v;
        return b.dflt ? evaluate(b.dflt, b.scope) : (v ?? DYN);
      }
      default:
        return DYN;
    }
  };

  const evaluate = (node: Node, at: JsScope): Val => {
    switch (node.type) {
      case 'StringLiteral':
        return lit(String(node.value));
      case 'NumericLiteral':
        return lit(Number(node.value));
      case 'BooleanLiteral':
        return lit(Boolean(node.value));
      case 'NullLiteral':
        return lit(null);
      case 'TemplateLiteral': {
        const text = templateText(node, at);
        return text.includes(HOLE) ? DYN : lit(text);
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return DYN;
        const text = concatText(node, at);
        return text.includes(HOLE) ? DYN : lit(text);
      }
      case 'UnaryExpression':
        if (node.operator === '-' && isNode(node.argument) && node.argument.type === 'NumericLiteral')
          return lit(-Number(node.argument.value));
        return DYN;
      case 'Identifier':
        return node.name === 'undefined' ? DYN : resolveName(String(node.name), at);
      case 'ThisExpression':
        return DYN;
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ParenthesizedExpression':
      case 'AwaitExpression':
        return evaluate((node.expression ?? node.argument) as Node, at);
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const key = thisKey(node);
        if (key) return resolveName(key, at);
        const prop = node.computed ? evaluate(node.property as Node, at) : lit(String((node.property as Node).name));
        if (prop.k !== 'lit' || typeof prop.v !== 'string') return DYN;
        return member(evaluate(node.object as Node, at), prop.v) ?? DYN;
      }
      case 'ObjectExpression': {
        const props = new Map<string, Val>();
        let open = false;
        for (const p of node.properties as Node[]) {
          if (p.type === 'SpreadElement') {
            const spread = evaluate(p.argument as Node, at);
            if (spread.k === 'obj') {
              for (const [k, v] of spread.props) props.set(k, v);
              open ||= spread.open;
            } else open = true;
            continue;
          }
          const key = p.computed ? stringKey(evaluate(p.key as Node, at)) : propertyKey(p);
          if (key === undefined) {
            open = true;
            continue;
          }
          props.set(key, p.type === 'ObjectProperty' ? evaluate(p.value as Node, at) : DYN);
        }
        return { k: 'obj', props, open };
      }
      case 'ArrayExpression':
        return {
          k: 'arr',
          items: (node.elements as (Node | null)[]).map((e) => (e && e.type !== 'SpreadElement' ? evaluate(e, at) : DYN)),
        };
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression': {
        const callee = evaluate(node.callee as Node, at);
        if (callee.k !== 'ref') {
          // require('@fal-ai/client')
          const c = node.callee as Node;
          const first = (node.arguments as Node[])[0];
          if (c.type === 'Identifier' && c.name === 'require' && first?.type === 'StringLiteral')
            return { k: 'ref', ref: { module: String(first.value), steps: [] } };
          return DYN;
        }
        return { k: 'ref', ref: { module: callee.ref.module, steps: [...callee.ref.steps, callStep(node, at)] } };
      }
      default:
        return DYN;
    }
  };
  const callStep = (node: Node, at: JsScope): Step => ({
    args: (node.arguments as Node[]).map((a) => (a.type === 'SpreadElement' ? DYN : evaluate(a, at))),
    kwargs: new Map(),
  });
  const templateText = (node: Node, at: JsScope): string => {
    const quasis = node.quasis as Node[];
    const exprs = node.expressions as Node[];
    let out = '';
    quasis.forEach((q, i) => {
      out += String((q.value as { cooked?: string | null; raw: string }).cooked ?? (q.value as { raw: string }).raw);
      const e = exprs[i];
      if (e) {
        const v = evaluate(e, at);
        out += v.k === 'lit' && v.v !== null ? String(v.v) : HOLE;
      }
    });
    return out;
  };

  const concatText = (node: Node, at: JsScope): string => {
    if (node.type === 'BinaryExpression' && node.operator === '+')
      return concatText(node.left as Node, at) + concatText(node.right as Node, at);
    if (node.type === 'TemplateLiteral') return templateText(node, at);
    const v = evaluate(node, at);
    return v.k === 'lit' && v.v !== null ? String(v.v) : HOLE;
  };

  const calls: FoundCall[] = [];
  for (const { node, statementLine, scope: at } of callNodes) {
    const callee = evaluate(node.callee as Node, at);
    if (callee.k !== 'ref' || !node.loc) continue;
    const step = callStep(node, at);
    calls.push({
      ref: callee.ref,
      callee: shownSource(text.slice(Number((node.callee as Node).start), Number((node.callee as Node).end))),
      args: 'args' in step ? step.args : [],
      kwargs: new Map(),
      line: node.loc.start.line,
      column: node.loc.start.column + 1,
      statementLine,
    });
  }
  const strings = stringNodes.flatMap(({ node, statementLine, scope: at }) => {
    if (!node.loc) return [];
    const text =
      node.type === 'StringLiteral' ? String(node.value) : node.type === 'TemplateLiteral' ? templateText(node, at) : concatText(node, at);
    if (!/^(https?|wss?):\/\//i.test(text)) return [];
    return [{ text, line: node.loc.start.line, column: node.loc.start.column + 1, statementLine }];
  });
  return { calls, strings, comments };
}

function propertyKey(p: Node): string | undefined {
  const key = p.key as Node | undefined;
  if (!key || p.computed) return undefined;
  if (key.type === 'Identifier') return String(key.name);
  if (key.type === 'StringLiteral') return String(key.value);
  if (key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}
const stringKey = (v: Val) => (v.k === 'lit' && (typeof v.v === 'string' || typeof v.v === 'number') ? String(v.v) : undefined);

/** `this.client` as one name, so a client kept on an object is followed like a variable. */
function thisKey(node: Node): string | undefined {
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed) {
    const object = node.object as Node;
    const property = node.property as Node;
    if (object.type === 'ThisExpression' && property.type === 'Identifier') return `this.${String(property.name)}`;
  }
  return undefined;
}
