/**
 * `npm run build:cli`: writes dist/dingtalk.mjs, the command line as one file (see
 * scripts/lib/cli-bundle.ts), and prints its size and SHA-256.
 */
import { relative } from 'node:path'
import { buildCliBundle, REPO_ROOT } from './lib/cli-bundle'

const bundle = await buildCliBundle(process.argv[2])
console.log(`${relative(REPO_ROOT, bundle.path) || bundle.path}  ${(bundle.bytes / 1024).toFixed(1)} KB  sha256 ${bundle.sha256}`)
