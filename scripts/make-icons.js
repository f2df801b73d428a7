// Draws media/icon.png (a shield with a key slot) without image tools: raw RGBA rows, zlib, PNG chunks.
const fs = require('fs');
const zlib = require('zlib');

const SIZE = 128;

/** CRC-32 as PNG chunks need it. */
function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** One PNG chunk. */
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Colour of one pixel: a shield (gold on dark) with a keyhole. */
function pixel(x, y) {
  const cx = SIZE / 2, nx = (x - cx) / (SIZE * 0.4), ny = (y - SIZE * 0.12) / (SIZE * 0.78);
  const inShield = ny >= 0 && ny <= 1 && Math.abs(nx) <= (ny < 0.55 ? 1 : Math.sqrt(Math.max(0, 1 - ((ny - 0.55) / 0.45) ** 2)));
  const keyhole = Math.hypot(x - cx, y - SIZE * 0.45) < SIZE * 0.09 || (Math.abs(x - cx) < SIZE * 0.035 && y > SIZE * 0.45 && y < SIZE * 0.68);
  if (!inShield) return [0, 0, 0, 0];
  if (keyhole) return [24, 28, 38, 255];
  return [240, 185, 11, 255];
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync('media/icon.png', png);
console.log(`media/icon.png ${png.length} bytes`);
