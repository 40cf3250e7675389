/** The direct structure printer gives exactly the text ts-morph's create-then-read path gives. */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type JSDocStructure,
  type OptionalKind,
  type StatementStructures,
} from 'ts-morph';
import { describe, expect, it } from 'vitest';
import {
  jsDocText,
  printStructure,
  printStructureByParsing,
  withFastLookups,
} from '../../generator/emit/client/printer.js';

const statements: StatementStructures[] = [
  {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: './core/client.js',
    namedImports: ['BaseClient', { name: 'RequestOptions', isTypeOnly: true }],
  },
  {
    kind: StructureKind.TypeAlias,
    name: 'Pet',
    isExported: true,
    docs: ['A pet. Multi-line\ndocumentation.'],
    type: '{ id: string; tags?: string[] }',
  },
  {
    kind: StructureKind.Class,
    name: 'Pets',
    isExported: true,
    methods: [
      {
        name: 'get',
        parameters: [{ name: 'id', type: 'string' }],
        returnType: 'Promise<Pet>',
        statements: (writer) => writer.writeLine("return this.request('GET', `/pets/${id}`);"),
      },
    ],
  },
  {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    declarations: [{ name: 'PATHS', initializer: "['/pets', '/pets/{id}'] as const" }],
  },
];

describe('printStructure', () => {
  it('prints a source file structure as createSourceFile would', () => {
    const text = printStructure('sdk/src/pets.ts', { statements });
    expect(text).toContain('export class Pets {');
    expect(text).toBe(printStructureByParsing('sdk/src/pets.ts', { statements }));
  });
});

describe('withFastLookups', () => {
  type Factory = Record<string, (...args: unknown[]) => unknown>;
  const factoryOf = (project: Project): Factory =>
    (project as unknown as { _context: { structurePrinterFactory: Factory } })._context
      .structurePrinterFactory;

  it("answers each printer ts-morph's memo answers, for equal arguments the same instance", () => {
    const plain = factoryOf(new Project({ useInMemoryFileSystem: true }));
    const fast = withFastLookups(factoryOf(new Project({ useInMemoryFileSystem: true })));
    const wrapped = Object.getOwnPropertyNames(fast).filter((name) => name.startsWith('for'));
    // ts-morph's memoized methods are found (the speed-up is active with the installed ts-morph).
    expect(wrapped.length).toBeGreaterThan(40);
    const calls: Array<[string, unknown[]]> = [
      ['forDecorator', []],
      ['forTypedNode', [':', true]],
      ['forTypedNode', [':', false]],
      ['forReturnTypedNode', [undefined]],
      ['forReturnTypedNode', [null]],
      ['forReturnTypedNode', []],
      ['forSourceFile', [{ isAmbient: true }]],
      ['forSourceFile', [{ isAmbient: false }]],
    ];
    const instances = new Map<unknown, unknown>();
    for (const [name, args] of calls) {
      const mine = fast[name]!.apply(fast, args);
      expect(fast[name]!.apply(fast, structuredClone(args))).toBe(mine);
      // The same sharing as ts-morph's own memo: equal answers there are the same instance here.
      const theirs = plain[name]!.apply(plain, args);
      const seen = instances.get(theirs);
      if (seen === undefined) instances.set(theirs, mine);
      else expect(mine).toBe(seen);
      expect((mine as object).constructor).toBe((theirs as object).constructor);
    }
  });
});

describe('jsDocText', () => {
  const docs: OptionalKind<JSDocStructure>[] = [
    {
      description: 'Lists pets.\n\n`GET /pets` — retried.',
      tags: [
        { tagName: 'deprecated' },
        { tagName: 'param', text: 'limit How many.' },
        { tagName: 'example', text: '\n```ts\nconst pets = await client.pets.list();\n```' },
        { tagName: 'see', text: '' },
      ],
    },
    { description: 'Ends with a line break.\n', tags: [{ tagName: 'returns', text: 'Pets.' }] },
    { tags: [{ tagName: 'returns', text: 'Tags only.\r\nOn two lines.' }] },
    { description: "Don't trip on a quote.\r\nOr on `a ' tick`." },
    {},
  ];
  const withDocs = (
    toDoc: (d: OptionalKind<JSDocStructure>) => string | OptionalKind<JSDocStructure>,
  ): StatementStructures[] => [
    ...docs.map((d, i): StatementStructures => ({
      kind: StructureKind.Function,
      name: `f${i}`,
      isExported: true,
      docs: [toDoc(d)],
      overloads: [{ docs: [toDoc(d)], parameters: [{ name: 'a', type: 'string' }] }],
      parameters: [{ name: 'a', type: 'string' }],
      statements: 'return a;',
    })),
    {
      kind: StructureKind.Class,
      name: 'Pets',
      methods: docs.map((d, i) => ({ name: `m${i}`, docs: [toDoc(d)], statements: 'return;' })),
    },
  ];

  it('prints as the structure it is made from', () => {
    const made = printStructure('sdk/src/a.ts', { statements: withDocs(jsDocText) });
    expect(made).toContain(' * @example\n * ```ts\n');
    expect(made).toBe(printStructure('sdk/src/a.ts', { statements: withDocs((d) => d) }));
    expect(docs.map((d) => typeof jsDocText(d))).toEqual(docs.map(() => 'string'));
  });
});
