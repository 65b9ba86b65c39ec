import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { DYN, lineIndex, lit, member, Scope, shownSource, type FoundCall, type Step, type Val } from './value.js';
import { HOLE } from './urls.js';

type Binding = ({ kind: 'init'; node: SyntaxNode } | { kind: 'import'; module: string; name: string } | { kind: 'unknown' }) & {
  scope: PyScope;
};
type PyScope = Scope<Binding>;

export interface ParsedPy {
  readonly calls: FoundCall[];
  readonly strings: { text: string; line: number; column: number; statementLine: number }[];
  readonly comments: Map<number, string>;
}

const children = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};
const STATEMENT = /Statement$|Definition$/;

/** Reads one Python file with the Lezer grammar: its calls to imported modules, its strings and its comments. */
export function readPython(text: string): ParsedPy {
  const tree = parser.parse(text);
  const pos = lineIndex(text);
  const src = (n: SyntaxNode) => text.slice(n.from, n.to);
  const top: PyScope = new Scope();
  let scope: PyScope = top;
  type Unscoped = Binding extends infer B ? (B extends unknown ? Omit<B, 'scope'> : never) : never;
  const bind = (name: string, b: Unscoped) => (name.startsWith('self.') ? top : scope).bind(name, { ...b, scope } as Binding);
  const comments = new Map<number, string>();
  const callNodes: { node: SyntaxNode; statementLine: number; scope: PyScope }[] = [];
  const stringNodes: { node: SyntaxNode; statementLine: number; scope: PyScope }[] = [];

  const targetName = (n: SyntaxNode): string | undefined => {
    if (n.name === 'VariableName') return src(n);
    if (n.name === 'MemberExpression') {
      const [object, , property] = children(n);
      if (object?.name === 'VariableName' && src(object) === 'self' && property?.name === 'PropertyName') return `self.${src(property)}`;
    }
    return undefined;
  };

  const stack: { node: SyntaxNode; statementLine: number; scope: PyScope }[] = [{ node: tree.topNode, statementLine: 1, scope: top }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { node, statementLine: outer } = entry;
    const statementLine = STATEMENT.test(node.name) ? pos(node.from).line : outer;
    scope = node.name === 'FunctionDefinition' || node.name === 'LambdaExpression' ? new Scope(entry.scope) : entry.scope;
    switch (node.name) {
      case 'Comment':
        comments.set(pos(node.from).line, src(node).replace(/^#/, '').trim());
        break;
      case 'ImportStatement':
        readImport(node);
        break;
      case 'AssignStatement': {
        const parts = children(node);
        const ops = parts.filter((p) => p.name === 'AssignOp');
        const value = parts[parts.length - 1]!;
        // `a = value` and `a = b = value`; tuple targets are unknown
        for (let i = 0; i < parts.length - 1; i++) {
          const p = parts[i]!;
          if (p.name === 'AssignOp' || p.name === ',' || p.name === 'TypeDef') continue;
          const name = targetName(p);
          if (name) bind(name, ops.length && parts[i + 1]?.name === 'AssignOp' ? { kind: 'init', node: value } : { kind: 'unknown' });
          else if (p.name === 'VariableName') bind(src(p), { kind: 'unknown' });
        }
        break;
      }
      case 'ParamList': {
        const parts = children(node);
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i]!;
          if (p.name !== 'VariableName') continue;
          if (parts[i + 1]?.name === 'AssignOp' && parts[i + 2]) bind(src(p), { kind: 'init', node: parts[i + 2]! });
          else bind(src(p), { kind: 'unknown' });
        }
        break;
      }
      case 'ForStatement':
      case 'WithStatement':
      case 'TryStatement':
        // names bound by `for x in`, `with ... as x`, `except E as x`: unknown values
        for (const c of children(node)) if (c.name === 'VariableName' && c.prevSibling?.name !== 'in') bind(src(c), { kind: 'unknown' });
        break;
      case 'CallExpression':
        callNodes.push({ node, statementLine, scope });
        break;
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        stringNodes.push({ node, statementLine, scope });
        continue; // its parts are not strings of their own
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, statementLine, scope });
  }

  function readImport(node: SyntaxNode) {
    const parts = children(node);
    if (parts[0]?.name === 'from') {
      // from a.b import c as d, e
      const importAt = parts.findIndex((p) => p.name === 'import');
      const module = parts.slice(1, importAt).map(src).join('').replace(/\s+/g, '');
      for (let i = importAt + 1; i < parts.length; i++) {
        const p = parts[i]!;
        if (p.name !== 'VariableName') continue;
        const alias = parts[i + 1]?.name === 'as' ? parts[i + 2] : undefined;
        bind(src(alias ?? p), { kind: 'import', module, name: src(p) });
        if (alias) i += 2;
      }
      return;
    }
    // import a.b as c, d
    let i = 1;
    while (i < parts.length) {
      const start = i;
      while (i < parts.length && parts[i]!.name !== ',' && parts[i]!.name !== 'as') i++;
      const dotted = parts.slice(start, i).map(src).join('').replace(/\s+/g, '');
      if (parts[i]?.name === 'as') {
        bind(src(parts[i + 1]!), { kind: 'import', module: dotted, name: '*' });
        i += 2;
      } else if (dotted) bind(dotted.split('.')[0]!, { kind: 'import', module: dotted.split('.')[0]!, name: '*' });
      i++;
    }
  }

  const resolving = new Set<Binding>();
  const resolveName = (name: string, at: PyScope): Val => {
    const home = at.find(name);
    if (!home) return DYN;
    const known = home.resolved.get(name);
    if (known) return known;
    const list = home.names.get(name)!;
    const b = list[0];
    if (!b || list.length !== 1 || resolving.has(b)) return DYN;
    resolving.add(b);
    try {
      const v: Val =
        b.kind === 'import'
          ? { k: 'ref', ref: { module: b.module, steps: b.name === '*' ? [] : [{ name: b.name }] } }
          : b.kind === 'init'
            ? evaluate(b.node, b.scope)
            : DYN;
      home.resolved.set(name, v);
      return v;
    } finally {
      resolving.delete(b);
    }
  };

  const argList = (node: SyntaxNode, at: PyScope): Step => {
    const args: Val[] = [];
    const kwargs = new Map<string, Val>();
    const parts = children(node).filter((p) => p.name !== '(' && p.name !== ')' && p.name !== ',');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp' && parts[i + 2]) {
        kwargs.set(src(p), evaluate(parts[i + 2]!, at));
        i += 2;
      } else if (p.name === '*' || p.name === '**' || src(p) === '*' || src(p) === '**') {
        kwargs.set('...', DYN);
        i += 1;
      } else args.push(evaluate(p, at));
    }
    return { args, kwargs };
  };

  const evaluate = (node: SyntaxNode, at: PyScope): Val => {
    switch (node.name) {
      case 'String':
      case 'FormatString':
      case 'ContinuedString': {
        const s = stringText(node);
        return s.includes(HOLE) ? DYN : lit(s);
      }
      case 'Number': {
        const n = Number(src(node).replace(/_/g, ''));
        return Number.isFinite(n) ? lit(n) : DYN;
      }
      case 'Boolean':
        return lit(src(node) === 'True');
      case 'None':
        return lit(null);
      case 'UnaryExpression': {
        const [op, arg] = children(node);
        if (op && src(op) === '-' && arg?.name === 'Number') return lit(-Number(src(arg).replace(/_/g, '')));
        return DYN;
      }
      case 'VariableName':
        return resolveName(src(node), at);
      case 'ParenthesizedExpression':
      case 'AwaitExpression': {
        const inner = children(node).find((c) => c.name !== '(' && c.name !== ')' && c.name !== 'await');
        return inner ? evaluate(inner, at) : DYN;
      }
      case 'MemberExpression': {
        const parts = children(node);
        const object = parts[0];
        if (!object) return DYN;
        if (object.name === 'VariableName' && src(object) === 'self' && parts[2]?.name === 'PropertyName')
          return resolveName(`self.${src(parts[2])}`, at);
        if (parts[1]?.name === '.' && parts[2]) return member(evaluate(object, at), src(parts[2])) ?? DYN;
        if (parts[1]?.name === '[' && parts[2]) {
          const key = evaluate(parts[2], at);
          return key.k === 'lit' && (typeof key.v === 'string' || typeof key.v === 'number')
            ? (member(evaluate(object, at), String(key.v)) ?? DYN)
            : DYN;
        }
        return DYN;
      }
      case 'DictionaryExpression': {
        const props = new Map<string, Val>();
        let open = false;
        const parts = children(node).filter((p) => p.name !== '{' && p.name !== '}' && p.name !== ',');
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i]!;
          if (src(p) === '**') {
            const spread = parts[i + 1] ? evaluate(parts[i + 1]!, at) : DYN;
            if (spread.k === 'obj') {
              for (const [k, v] of spread.props) props.set(k, v);
              open ||= spread.open;
            } else open = true;
            i += 1;
            continue;
          }
          if (parts[i + 1]?.name === ':' && parts[i + 2]) {
            const key = evaluate(p, at);
            if (key.k === 'lit' && (typeof key.v === 'string' || typeof key.v === 'number'))
              props.set(String(key.v), evaluate(parts[i + 2]!, at));
            else open = true;
            i += 2;
          } else open = true;
        }
        return { k: 'obj', props, open };
      }
      case 'ArrayExpression':
      case 'TupleExpression':
        return {
          k: 'arr',
          items: children(node)
            .filter((p) => !['[', ']', '(', ')', ','].includes(p.name))
            .map((p) => evaluate(p, at)),
        };
      case 'CallExpression': {
        const [callee, args] = children(node);
        if (!callee || args?.name !== 'ArgList') return DYN;
        // dict(a=1) is an object
        if (callee.name === 'VariableName' && src(callee) === 'dict' && !at.find('dict')) {
          const step = argList(args, at) as Extract<Step, { args: unknown }>;
          return {
            k: 'obj',
            props: new Map([...step.kwargs].filter(([k]) => k !== '...')),
            open: step.args.length > 0 || step.kwargs.has('...'),
          };
        }
        const fn = evaluate(callee, at);
        if (fn.k !== 'ref') return DYN;
        return { k: 'ref', ref: { module: fn.ref.module, steps: [...fn.ref.steps, argList(args, at)] } };
      }
      default:
        return DYN;
    }
  };

  /** A string node's value; an f-string's `{...}` parts are HOLE. */
  const stringText = (node: SyntaxNode): string => {
    if (node.name === 'ContinuedString') return children(node).map(stringText).join('');
    const raw = src(node);
    const m = /^([rRbBuUfF]*)('''|"""|'|")/.exec(raw);
    if (!m) return HOLE;
    const prefix = m[1]!.toLowerCase();
    const quote = m[2]!;
    let body = raw.slice(m[0].length, raw.length - quote.length);
    if (prefix.includes('f')) body = body.replace(/\{\{|\}\}|\{[^{}]*\}/g, (s) => (s === '{{' ? '{' : s === '}}' ? '}' : HOLE));
    return prefix.includes('r') ? body : unescape(body);
  };

  const calls: FoundCall[] = [];
  for (const { node, statementLine, scope: at } of callNodes) {
    const [callee, args] = children(node);
    if (!callee || args?.name !== 'ArgList') continue;
    const fn = evaluate(callee, at);
    if (fn.k !== 'ref') continue;
    const step = argList(args, at) as Extract<Step, { args: unknown }>;
    const { line, column } = pos(node.from);
    calls.push({ ref: fn.ref, callee: shownSource(src(callee)), args: step.args, kwargs: step.kwargs, line, column, statementLine });
  }
  const strings = stringNodes.flatMap(({ node, statementLine }) => {
    const text = stringText(node);
    if (!/^(https?|wss?):\/\//i.test(text)) return [];
    const { line, column } = pos(node.from);
    return [{ text, line, column, statementLine }];
  });
  return { calls, strings, comments };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', '\n': '' };
function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.|\n)/g, (s, e: string) => {
    if (e.length > 1 && /^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? s;
  });
}
