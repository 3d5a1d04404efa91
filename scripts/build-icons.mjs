#!/usr/bin/env node
// Draws the toolbar and store icons (a shield with a check mark) as PNGs into assets/icons. Run once when
// the design changes; the PNGs are committed so the build needs no image tooling.
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const SHIELD = [0x1f, 0x6f, 0x8b];
const MARK = [0xff, 0xff, 0xff];

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of one pixel by the shield (0..1), from 4×4 supersampling; coordinates in unit square. */
function inShield(x, y) {
  const cx = 0.5;
  if (y < 0.08 || y > 0.94) return false;
  if (y < 0.5) return Math.abs(x - cx) <= 0.4;
  // lower half narrows to a point along a parabola
  const t = (y - 0.5) / 0.44;
  return Math.abs(x - cx) <= 0.4 * (1 - t * t);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inMark(x, y, width) {
  return distanceToSegment(x, y, 0.3, 0.5, 0.45, 0.66) <= width || distanceToSegment(x, y, 0.45, 0.66, 0.72, 0.34) <= width;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  const stroke = size <= 16 ? 0.075 : 0.06;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inShield(x, y)) {
            shield++;
            if (inMark(x, y, stroke)) mark++;
          }
        }
      }
      const n = samples * samples;
      const alpha = shield / n;
      const m = shield ? mark / shield : 0;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(SHIELD[c] * (1 - m) + MARK[c] * m);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, rgba);
}

const outDir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(`${outDir}icon-${size}.png`, draw(size));
console.log(`icons: wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
