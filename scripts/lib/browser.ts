/**
 * Debian's Chromium through playwright-core: no browser download works on our machines.
 * CHROME_PATH wins, then the usual system paths.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

export const INSTALL_HINT =
  'Install Debian\'s Chromium (apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH to a Chrome/Chromium binary.'

/** Flags that keep Chromium quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`)
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, ...options })
}
