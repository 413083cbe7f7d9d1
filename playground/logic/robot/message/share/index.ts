export { decodeShareHash, encodeShareHash, MAX_SHARE_HASH_LENGTH, SHARE_HASH_KEY, type DecodedShare } from './share-link'
export { findSecretInShare, shareSafetyProblem } from './secret-guard'
export { fromBase64Url, toBase64Url } from './base64url'
