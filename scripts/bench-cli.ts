/**
 * `npm run bench:cli [-- RUNS]`: start-up time of the single-file command line, measured, not
 * asserted by a test (timings depend on the machine and its load). Builds dist/dingtalk.mjs into
 * an empty folder, then runs a few commands RUNS times each (default 15) and prints the median
 * and the range of the wall time and the median CPU time, beside `node -e 0` (Node's own start-up)
 * and an empty ES module on the same machine.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCliBundle, CLI_FILE_NAME } from './lib/cli-bundle'

const runs = Number(process.argv[2] ?? 15)
const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'))
const bundle = await buildCliBundle(join(dir, 'build', CLI_FILE_NAME))
const file = join(dir, CLI_FILE_NAME)
copyFileSync(bundle.path, file)
rmSync(join(dir, 'build'), { recursive: true })
const empty = join(dir, 'empty.mjs')
writeFileSync(empty, '')

const CASES: [string, string[]][] = [
  ['node -e 0 (Node itself)', ['-e', '0']],
  ['node empty.mjs (an empty ES module)', [empty]],
  ['--help', [file, '--help']],
  ['sign', [file, 'sign', '--secret=SECfedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210', '--timestamp', '1700000000000']],
  ['validate', [file, 'validate', '--field', 'robotKeywords', '--value', '跟投']],
  [
    'send --dry-run',
    [file, 'send', '--webhook', 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', '--text', '跟投', '--dry-run'],
  ],
]

// Reports the child's own CPU time on fd 3 when it exits: on a busy machine the wall time mostly
// measures the wait for a CPU, the CPU time what the start-up costs.
const CPU_PROBE = 'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>{const u=process.cpuUsage();writeSync(3,String((u.user+u.system)/1000))})'

function time(args: string[]): { wall: number; cpu: number } {
  const started = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', CPU_PROBE, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  })
  const wall = Number(process.hrtime.bigint() - started) / 1e6
  if (r.status !== 0) throw new Error(`${args.slice(1).join(' ')} exited ${r.status}`)
  return { wall, cpu: Number(String(r.output[3])) }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

console.log(`${CLI_FILE_NAME}: ${bundle.bytes} bytes (${(bundle.bytes / 1024).toFixed(1)} KB), sha256 ${bundle.sha256}`)
console.log(`Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), load ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} runs each, in an empty folder\n`)
console.log('| command | wall, median | wall, min – max | CPU time, median |')
console.log('| --- | --- | --- | --- |')
for (const [name, args] of CASES) {
  time(args) // warm the file cache
  const results = Array.from({ length: runs }, () => time(args))
  const wall = results.map((r) => r.wall)
  const cpu = results.map((r) => r.cpu)
  console.log(`| ${name} | ${median(wall).toFixed(0)} ms | ${Math.min(...wall).toFixed(0)} – ${Math.max(...wall).toFixed(0)} ms | ${median(cpu).toFixed(0)} ms |`)
}
rmSync(dir, { recursive: true, force: true })
