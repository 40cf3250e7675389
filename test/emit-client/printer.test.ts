/** The direct structure printer gives exactly the text ts-morph's create-then-read path gives. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { printStructure, printStructureByParsing } from '../../generator/emit/client/printer.js';

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
