import { describe, expect, it } from 'vitest'
import { parseChunkImports, resolveSpecifier } from './imports'

describe('parseChunkImports', () => {
  it('reads the static imports of a minified chunk', () => {
    const code =
      'import{t as p}from"./chunks/theme.B.js";import{R as s,a2 as i}from"./chunks/framework.U.js";import"./side.js";' +
      'import d from"./d.js";import e,{f}from"./e.js";import*as g from"./g.js";export{h as k}from"./h.js";export*from"./i.js";'
    expect(parseChunkImports(code).static.sort()).toEqual(
      ['./chunks/framework.U.js', './chunks/theme.B.js', './d.js', './e.js', './g.js', './h.js', './i.js', './side.js'].sort(),
    )
    expect(parseChunkImports(code).dynamic).toEqual([])
  })

  it("reads Vite's lazy imports, without counting __vite__mapDeps as imports", () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/chunks/VPLocalSearchBox.Q.js","assets/chunks/framework.U.js"])))=>i.map(i=>d[i]);\n' +
      'import{d as p}from"./framework.U.js";const t=Ge(()=>Ue(()=>import("./VPLocalSearchBox.Q.js"),__vite__mapDeps([0,1])));'
    expect(parseChunkImports(code)).toEqual({ static: ['./framework.U.js'], dynamic: ['./VPLocalSearchBox.Q.js'] })
  })

  it('does not take a property or a method named import for an import', () => {
    expect(parseChunkImports('a.import("./x.js");b.import"./y.js";myimport("./z.js")')).toEqual({ static: [], dynamic: [] })
  })

  it('reads several imports of one file once', () => {
    expect(parseChunkImports('import{a}from"./x.js";import("./y.js");import("./y.js")')).toEqual({ static: ['./x.js'], dynamic: ['./y.js'] })
  })
})

describe('resolveSpecifier', () => {
  it('resolves relative specifiers against the importing file', () => {
    expect(resolveSpecifier('assets/app.x.js', './chunks/theme.y.js')).toBe('assets/chunks/theme.y.js')
    expect(resolveSpecifier('assets/chunks/a.js', '../b.js')).toBe('assets/b.js')
    expect(resolveSpecifier('assets/chunks/a.js', './c.js?v=1')).toBe('assets/chunks/c.js')
  })

  it('gives null for bare, absolute and escaping specifiers', () => {
    expect(resolveSpecifier('assets/a.js', 'vue')).toBeNull()
    expect(resolveSpecifier('assets/a.js', 'https://x/y.js')).toBeNull()
    expect(resolveSpecifier('a.js', '../../etc/passwd')).toBeNull()
  })
})
