export { shellQuote } from './shell-quote'
export { buildCurlCommand, type CurlRequest } from './build-curl'
