/**
 * Debian's Chromium with a DevTools port for Lighthouse (which drives Chrome over the
 * DevTools protocol, not through playwright). Same binary and flags as the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../lib/browser'

export interface DebuggableChrome {
  port: number
  path: string
  close(): Promise<void>
}

/** The port from Chromium's "DevTools listening on ws://127.0.0.1:PORT/…" line. */
export function devtoolsPort(stderr: string): number | null {
  const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)
  return m ? Number(m[1]) : null
}

export async function launchDebuggableChrome(): Promise<DebuggableChrome> {
  const path = findChromium()
  if (!path) throw new Error(`No Chromium found. ${INSTALL_HINT}`)
  const profile = mkdtempSync(join(tmpdir(), 'gt-faq-lighthouse-'))
  const child: ChildProcess = spawn(
    path,
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${stderr}`)), 20_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const found = devtoolsPort(stderr)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited (${code}):\n${stderr}`))
    })
  })
  child.stderr!.resume()
  return {
    port,
    path,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      child.stderr?.destroy()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
