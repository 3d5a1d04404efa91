import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_DIR } from './paths.js';

export interface Certificate {
  key: string;
  cert: string;
}

/** A throw-away self-signed certificate for every fixture host, made with the system's openssl. */
export function makeCertificate(hosts: readonly string[]): Certificate {
  mkdirSync(RUN_DIR, { recursive: true });
  const dir = mkdtempSync(join(RUN_DIR, 'cert-'));
  const config = [
    '[req]', 'distinguished_name = dn', 'x509_extensions = ext', 'prompt = no',
    '[dn]', 'CN = SafePost test fixtures',
    '[ext]', `subjectAltName = ${hosts.map((h) => `DNS:${h}`).join(', ')}, IP:127.0.0.1`,
    'basicConstraints = critical, CA:FALSE', 'extendedKeyUsage = serverAuth',
  ].join('\n');
  writeFileSync(join(dir, 'openssl.cnf'), config);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-sha256',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-config', join(dir, 'openssl.cnf'),
  ], { stdio: 'pipe' });
  const pair = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}
