import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipDirectory } from './build-zip.mjs';

/** Reads a ZIP through its central directory, as store uploaders and browsers do. */
function readZip(path: string): Map<string, string> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const packedSize = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(zip.subarray(dataStart, dataStart + packedSize)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe('zipDirectory', () => {
  it('packs every file with forward-slash paths and gives the same bytes twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safepost-zip-'));
    mkdirSync(join(dir, 'src', 'popup'), { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), '{"manifest_version":3}');
    writeFileSync(join(dir, 'src', 'popup', 'index.html'), '<!doctype html>'.repeat(50));
    const a = join(dir, '..', `${dir.split('/').pop()}-a.zip`);
    const b = join(dir, '..', `${dir.split('/').pop()}-b.zip`);
    expect(zipDirectory(dir, a)).toBe(2);
    zipDirectory(dir, b);
    expect(readZip(a)).toEqual(new Map([
      ['manifest.json', '{"manifest_version":3}'],
      ['src/popup/index.html', '<!doctype html>'.repeat(50)],
    ]));
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});
