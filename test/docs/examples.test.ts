/**
 * The documentation's examples are code: every `@example` in src/ and every TypeScript block of
 * the README and the guides compiles against the public API, runs, and prints what the guide
 * says it prints. And every export is documented, with an example.
 */
import { resolve } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { outputMatches } from './support/blocks.js'
import {
  collectChains,
  examplePrograms,
  ROOT,
  type RunResult,
  runChains,
  typeCheck,
  writeChains,
} from './support/workspace.js'

const written = writeChains(collectChains())
const programs = examplePrograms()
let checked: ReturnType<typeof typeCheck>
let runs: Map<string, RunResult>

beforeAll(async () => {
  const running = runChains(written)
  checked = typeCheck(written, programs)
  runs = await running
}, 120_000)

describe('the documentation examples', () => {
  it('are found in the sources, the README and the guides', () => {
    const files = new Set(written.map((each) => each.chain.blocks[0]!.file))
    expect(written.length).toBeGreaterThan(150)
    expect(files).toContain('README.md')
    expect(files).toContain('docs/getting-started.md')
    expect(files).toContain('src/log/timeline.ts')
  })

  it.each(written.map((each) => [each.chain.label, each] as const))('%s compiles', (_, each) => {
    expect(checked.errors.get(resolve(each.path))).toEqual([])
  })

  it.each(written.filter((each) => each.run).map((each) => [each.chain.label, each] as const))('%s runs', (_, each) => {
    const result = runs.get(each.path)
    expect(result, 'the runner did not reach it').toBeDefined()
    expect(result!.error).toBeUndefined()
    each.chain.blocks.forEach((block, i) => {
      if (block.expected === undefined) return
      const printed = result!.outputs[i] ?? ''
      if (!outputMatches(printed, block.expected))
        expect(`${block.file}:${block.line} printed:\n${printed}`).toBe(
          `${block.file}:${block.line} printed:\n${block.expected}`,
        )
    })
  })

  it.each(programs)('%s compiles', (program) => {
    expect(checked.errors.get(resolve(ROOT, program))).toEqual([])
  })
})

/** The declarations of every export of the package's entry points. */
function exports(): { name: string; declaration: ts.Declaration }[] {
  const checker = checked.program.getTypeChecker()
  return ['src/index.ts', 'src/node.ts', 'src/import/index.ts', 'src/postgres/index.ts'].flatMap((entry) => {
    const module = checker.getSymbolAtLocation(checked.program.getSourceFile(resolve(ROOT, entry))!)!
    return checker.getExportsOfModule(module).flatMap((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      return (symbol.declarations ?? []).map((declaration) => ({ name: exported.name, declaration }))
    })
  })
}

const tags = (node: ts.Node): string[] => ts.getJSDocTags(node).map((tag) => tag.tagName.text)
const documented = (node: ts.Node): boolean => ts.getJSDocCommentsAndTags(node).length > 0
const hasExample = (node: ts.Node): boolean =>
  ts
    .getJSDocTags(node)
    .some((tag) => tag.tagName.text === 'example' && /```ts\b/.test(ts.getTextOfJSDocComment(tag.comment) ?? ''))
const isPublic = (member: ts.ClassElement | ts.TypeElement): boolean =>
  !(member.name !== undefined && ts.isPrivateIdentifier(member.name)) &&
  !(
    ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)
  ) &&
  !tags(member).includes('internal')

/** The properties of a type literal or interface, with their nested type literals, as `a.b.c`. */
function properties(prefix: string, members: readonly ts.TypeElement[]): { path: string; node: ts.TypeElement }[] {
  return members.filter(isPublic).flatMap((member) => {
    if (!ts.isPropertySignature(member) && !ts.isMethodSignature(member)) return []
    const path = `${prefix}.${member.name.getText()}`
    let type = ts.isPropertySignature(member) ? member.type : undefined
    while (
      type !== undefined &&
      (ts.isTypeOperatorNode(type) || ts.isArrayTypeNode(type) || ts.isParenthesizedTypeNode(type))
    ) {
      type = ts.isArrayTypeNode(type) ? type.elementType : type.type
    }
    const nested = type !== undefined && ts.isTypeLiteralNode(type) ? properties(path, type.members) : []
    return [{ path, node: member }, ...nested]
  })
}

describe('the API reference', () => {
  it('has a sentence and a ts @example for every export', () => {
    const missing = exports()
      .filter(({ declaration }) => !documented(declaration) || !hasExample(declaration))
      .map(({ name, declaration }) => `${name} (${declaration.getSourceFile().fileName.slice(ROOT.length + 1)})`)
    expect(missing).toEqual([])
  })

  it('has @param for every parameter and @returns for every exported function', () => {
    const missing = exports().flatMap(({ name, declaration }) => {
      if (!ts.isFunctionDeclaration(declaration)) return []
      const params = declaration.parameters
        .filter((p) => ts.getJSDocParameterTags(p).length === 0)
        .map((p) => `${name}: @param ${p.name.getText()}`)
      return tags(declaration).includes('returns') ? params : [...params, `${name}: @returns`]
    })
    expect(missing).toEqual([])
  })

  it('has a comment and an example for every public method and accessor of an exported class', () => {
    const missing = exports().flatMap(({ name, declaration }) => {
      if (!ts.isClassDeclaration(declaration)) return []
      return (
        declaration.members
          .filter(
            (member) => (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) && isPublic(member),
          )
          // The implementation of an overloaded method is not part of the API: its overloads are.
          .filter((member) => !(ts.isMethodDeclaration(member) && member.body !== undefined && isOverloaded(member)))
          .filter((member) => !documented(member) || !hasExample(member))
          .map((member) => `${name}.${member.name!.getText()}`)
      )
    })
    expect(missing).toEqual([])
  })

  it('has a @defaultValue for every optional field of an options interface', () => {
    const missing = exports().flatMap(({ name, declaration }) => {
      if (!ts.isInterfaceDeclaration(declaration) || !/Options$|^ReadLimits$|^ProjectionDefinition$/.test(name))
        return []
      return declaration.members
        .filter(
          (member) =>
            ts.isPropertySignature(member) &&
            member.questionToken !== undefined &&
            !tags(member).includes('defaultValue'),
        )
        .map((member) => `${name}.${member.name!.getText()}`)
    })
    expect(missing).toEqual([])
  })

  it('has a comment for every property of an exported interface', () => {
    const missing = exports().flatMap(({ name, declaration }) => {
      if (!ts.isInterfaceDeclaration(declaration)) return []
      return properties(name, declaration.members)
        .filter(({ node }) => !documented(node))
        .map(({ path }) => path)
    })
    expect(missing).toEqual([])
  })
})

/** Whether a method has overload signatures beside it. */
function isOverloaded(method: ts.MethodDeclaration): boolean {
  const name = method.name.getText()
  const siblings: readonly ts.Node[] = ts.isClassLike(method.parent) ? method.parent.members : []
  return siblings.some((other) => other !== method && ts.isMethodDeclaration(other) && other.name.getText() === name)
}
