/**
 * The console drawings draw a radio button (round) only where DingTalk offers one choice, and a
 * check box (`is-box`) where several can be ticked: a group of radios has at most one selected
 * (issue 25: the robot's 安全设置, where several can be ticked, showed two selected radios).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const docs = join(__dirname, '../../docs')
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.md') ? [path] : []
  })

const checkedRadios = (html: string) => (html.match(/class="mock-option(?![^"]*\bis-box\b)[^"]*\bis-checked\b/g) ?? []).length

describe('console drawings: radio buttons', () => {
  const figures = pages(docs).flatMap((file) => (readFileSync(file, 'utf8').match(/<figure[\s\S]*?<\/figure>/g) ?? []).map((html) => ({ file: relative(docs, file), html })))
  it('finds the drawings', () => expect(figures.length).toBeGreaterThan(5))
  it('select at most one radio per group (options outside a group count as one group)', () => {
    const wrong: string[] = []
    for (const { file, html } of figures) {
      const groups = html.match(/<span class="mock-options">[\s\S]*?<\/span><\/span>/g) ?? []
      for (const g of groups) if (checkedRadios(g) > 1) wrong.push(`${file}: ${g.slice(0, 80)}`)
      const outside = groups.reduce((rest, g) => rest.replace(g, ''), html)
      if (checkedRadios(outside) > 1) wrong.push(`${file}: ${checkedRadios(outside)} radios selected outside any group`)
    }
    expect(wrong).toEqual([])
  })
})
