// Draws the Teams app icons and writes them as PNG, with Node's own zlib and nothing else:
//   node manifest/teams/make-icons.mjs [output folder, default: this folder]
// color.png   192x192, full colour: a white target (HIT) on the FeedbackBot navy, edge to edge,
//             because Teams rounds the corners itself.
// outline.png 32x32, the same target in white on a transparent background, as Teams requires
//             (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
// Edges are anti-aliased by 8x8 supersampling; the outline varies only in alpha, never in colour.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const output = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const navy = [0x1d, 0x35, 0x57];
const white = [0xff, 0xff, 0xff];
const green = [0x2a, 0x9d, 0x8f];

// The target in units of the icon's size: a ring and a centre dot.
const ring = { outer: 0.40, inner: 0.30 };
const dot = 0.14;

// Fraction of the pixel (x, y) that `inside(u, v)` covers, u and v in 0..1 of the icon's size.
function coverage(size, x, y, inside) {
  const samples = 8;
  let hits = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      if (inside((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size)) hits++;
    }
  }
  return hits / (samples * samples);
}

const distance = (u, v) => Math.hypot(u - 0.5, v - 0.5);
const inRing = (u, v) => distance(u, v) <= ring.outer && distance(u, v) >= ring.inner;
const inDot = (u, v) => distance(u, v) <= dot;

function colorIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const whiteShare = coverage(size, x, y, inRing);
      const greenShare = coverage(size, x, y, inDot);
      const navyShare = 1 - whiteShare - greenShare;
      const offset = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(navy[c] * navyShare + white[c] * whiteShare + green[c] * greenShare);
      }
      rgba[offset + 3] = 255;
    }
  }
  return rgba;
}

function outlineIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const share = coverage(size, x, y, (u, v) => inRing(u, v) || inDot(u, v));
      const offset = (y * size + x) * 4;
      rgba.set(white, offset);
      rgba[offset + 3] = Math.round(255 * share);
    }
  }
  return rgba;
}

// PNG: signature, IHDR (8-bit RGBA), one IDAT of filter-0 scanlines, IEND (RFC 2083).
function png(size, rgba) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(join(output, 'color.png'), png(192, colorIcon(192)));
writeFileSync(join(output, 'outline.png'), png(32, outlineIcon(32)));
console.log(`wrote color.png (192x192) and outline.png (32x32) to ${output}`);
