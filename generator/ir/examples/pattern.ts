/**
 * A string matching a JSON Schema `pattern`, for the common shapes specs write (`^sk-[A-Za-z0-9]{20}$`,
 * `^(asc|desc)$`, `^\d{4}-\d{2}$`): literals, escapes, classes, groups with alternation and the
 * usual quantifiers, each taken at its minimum (at least one repeat for `+`/`{n,}`). Deterministic,
 * no dependency: randexp and its peers draw random strings. Lookarounds and backreferences are not
 * understood; the caller checks the result with `RegExp.test` and reports a located warning when
 * it does not match.
 */

type Node =
  | { kind: 'chars'; pick: string }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number };

const CLASS_PICKS: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

/** First character a bracket class admits (`[A-Z0-9_]` → `A`, `[^a-z]` → `0`). */
function pickFromClass(body: string): string {
  if (body.startsWith('^')) {
    const banned = body.slice(1);
    for (const c of 'a0A_-x') if (!new RegExp(`[${banned}]`, 'u').test(c)) return c;
    return '~';
  }
  if (body.startsWith('\\')) return CLASS_PICKS[body[1]!] ?? body[1]!;
  return body[0]!;
}

function parse(pattern: string): Node[][] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < pattern.length && pattern[i] !== ')') {
      const c = pattern[i]!;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const seq = alts[alts.length - 1]!;
      let node: Node | undefined;
      if (c === '^' || c === '$') {
        i++;
        continue;
      } else if (c === '(') {
        i++;
        if (pattern[i] === '?')
          i +=
            pattern[i + 1] === '<' && pattern[i + 2] !== '=' && pattern[i + 2] !== '!'
              ? pattern.indexOf('>', i) + 1 - i
              : 2;
        node = { kind: 'group', alternatives: alternatives() };
        i++; // ')'
      } else if (c === '[') {
        let j = i + 1;
        if (pattern[j] === '^') j++;
        if (pattern[j] === ']') j++;
        while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
        node = { kind: 'chars', pick: pickFromClass(pattern.slice(i + 1, j)) };
        i = j + 1;
      } else if (c === '\\') {
        const e = pattern[i + 1] ?? '';
        node = {
          kind: 'chars',
          pick: CLASS_PICKS[e] ?? ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e,
        };
        i += 2;
        if (e === 'u' && /^[0-9a-fA-F]{4}/.test(pattern.slice(i))) {
          node = {
            kind: 'chars',
            pick: String.fromCharCode(parseInt(pattern.slice(i, i + 4), 16)),
          };
          i += 4;
        }
      } else if (c === '.') {
        node = { kind: 'chars', pick: 'a' };
        i++;
      } else {
        node = { kind: 'chars', pick: c };
        i++;
      }
      const q = pattern[i];
      if (q === '*' || q === '?') {
        node = { kind: 'repeat', node, min: 0 };
        i++;
      } else if (q === '+') {
        node = { kind: 'repeat', node, min: 1 };
        i++;
      } else if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (m) {
          // `{n,}` and `{n,m}` with n = 0 still show one repeat when they can: a readable sample.
          const min = Number(m[1]);
          const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
          node = { kind: 'repeat', node, min: min === 0 && max >= 1 ? 1 : min };
          i += m[0].length;
        }
      }
      if (pattern[i] === '?') i++; // lazy quantifier
      seq.push(node);
    }
    return alts;
  };
  return alternatives();
}

function render(seq: Node[]): string {
  return seq.map(renderNode).join('');
}

function renderNode(node: Node): string {
  switch (node.kind) {
    case 'chars':
      return node.pick;
    case 'group':
      return render(node.alternatives[0] ?? []);
    case 'repeat':
      return renderNode(node.node).repeat(node.min);
  }
}

/**
 * Candidates in order of preference: each top-level alternative, then with optional parts left out.
 * The caller takes the first that matches the pattern (and the length bounds).
 */
export function stringsForPattern(pattern: string): string[] {
  let tree: Node[][];
  try {
    tree = parse(pattern);
  } catch {
    return [];
  }
  const out = tree.map(render);
  const bare = (seq: Node[]): Node[] => seq.filter((n) => !(n.kind === 'repeat' && n.min === 0));
  out.push(...tree.map((seq) => render(bare(seq))));
  return [...new Set(out)];
}

/** Answers by pattern and bounds (a pure function, asked once per generated string). */
const found = new Map<string, string | null>();

/** A string for `pattern` within the length bounds, or undefined when none of the candidates fits. */
export function stringForPattern(
  pattern: string,
  minLength = 0,
  maxLength = Infinity,
): string | undefined {
  const key = `${minLength}\u0000${maxLength}\u0000${pattern}`;
  let answer = found.get(key);
  if (answer === undefined) {
    // Bounded: a watch session keeps the module, and its specs' patterns, for its whole life.
    if (found.size >= 4096) found.clear();
    found.set(key, (answer = findForPattern(pattern, minLength, maxLength) ?? null));
  }
  return answer ?? undefined;
}

function findForPattern(pattern: string, minLength: number, maxLength: number): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  for (const candidate of stringsForPattern(pattern)) {
    let s = candidate;
    if (s.length < minLength) s = s + s.slice(-1).repeat(minLength - s.length);
    if (s.length >= minLength && s.length <= maxLength && re.test(s)) return s;
  }
  return undefined;
}
