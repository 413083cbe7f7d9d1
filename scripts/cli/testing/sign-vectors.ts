/**
 * Reference vectors for DingTalk's signature, base64(HMAC-SHA256(key, timestamp + "\n" + key)),
 * each with where it was published. The CLI tests sign each and compare. `computed` vectors were
 * made by us (Node crypto and Python's hmac agree) and are kept apart: they cover characters the
 * published ones lack, but prove nothing about DingTalk on their own. Test data only.
 */
export interface SignVector {
  id: string
  timestamp: string
  key: string
  /** base64, as in the callback headers; URL-encode it for a webhook. */
  base64: string
  source: string
  /** What the key is: a group robot's 加签 secret, or an AppSecret-like arbitrary key. */
  kind: 'robot' | 'arbitrary'
}

export const PUBLISHED_VECTORS: readonly SignVector[] = [
  {
    id: 'catchzeng',
    timestamp: '1582163555000',
    key: 'SECb90923e19e58b466481e9e7b7a5b4f108a4531abde590ad3967fb29f0eae5c68',
    base64: 'BQKsG+QOCl+bYJOLc6pxDHxjVquzlZPWgvRzeN2J5zY=',
    source: 'https://github.com/CatchZeng/dingtalk/blob/master/internal/security/security_test.go (signed = "BQKsG%2BQOCl%2BbYJOLc6pxDHxjVquzlZPWgvRzeN2J5zY%3D")',
    kind: 'robot',
  },
  {
    id: 'A4',
    timestamp: '1700000000000',
    key: 'SEC1234567890abcdef',
    base64: 'RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI=',
    source: 'public Swift test PushSigningAndResponseTests (module CodeIslandCore); the code index did not name its repository',
    kind: 'robot',
  },
  {
    id: 'A3',
    timestamp: '1577262236757',
    key: 'this is secret',
    base64: 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=',
    source:
      'same Swift test as A4; the key is the one of DingTalk\'s own 加签 sample (https://open.dingtalk.com/document/robots/customize-robot-security-settings), the timestamp the example of its callback docs',
    kind: 'arbitrary',
  },
  {
    id: 'B1',
    timestamp: '1577262236757',
    key: 'this is a secret',
    base64: 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=',
    source:
      'public Rust test of an inbound robot callback ("calculated independently with Python hmac/hashlib"; repository not named by the code index); the example values of https://open.dingtalk.com/document/development/receive-message',
    kind: 'arbitrary',
  },
]

export const COMPUTED_VECTORS: readonly SignVector[] = [
  {
    id: 'C1',
    timestamp: '1546084445901',
    key: 'testappSecret',
    base64: 'fYP0TV8RJULxGabs59wSO94FZbNekbH7ebQJu2oy+/0=',
    source: 'computed by us: the robot recipe on the login-free sample inputs of francistm/dingtalk-sdk spec/dingtalk_spec.rb; has both "+" and "/"',
    kind: 'arbitrary',
  },
]
