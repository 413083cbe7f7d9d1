/**
 * Made-up example values, used by the "fill in an example" buttons, the pages and the tests.
 * None of them belongs to a real organisation: they only have the observed shapes
 * (see credentials/shapes.ts). IPs come from the
 * documentation ranges of RFC 5737, domains from example.com.
 */
export const EXAMPLE = {
  corpId: 'ding0a1b2c3d4e5f6a7b',
  corpIdLong: 'ding3f8e2a7c5b1d4e6f9a0b1c2d3e4f5a6b',
  appKey: 'dingexamplek3y9zq2mx',
  appSecret: 'EXAMPLE-only_PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM',
  agentId: '1987654321',
  ssoSecret: 'EXAMPLEonlySs0SecretK3yzq9',
  appName: '跟投系统',
  appDescription: '企业跟投管理平台',
  homepageUrl: 'https://gt.example.com/m/',
  pcHomepageUrl: 'https://gt.example.com/pc/',
  adminUrl: 'https://gt.example.com/admin/',
  serverIps: '203.0.113.10,198.51.100.*',
  robotAccessToken: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  robotWebhook:
    'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  robotSecret: 'SECfedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210',
  robotKeywords: '跟投',
  robotIps: '203.0.113.10,198.51.100.0/24',
  userName: '张三',
  mobile: '13800000000',
} as const
