/**
 * The two icons the unified manifest wants, derived at build time from the
 * project's own icons (assets/), so that no second copy of the artwork is
 * kept: `color` 192×192 (icon-128.png, resampled) and `outline` 32×32 (the
 * white parts of icon-32.png, white on transparent).
 *
 * A minimal PNG reader/writer for 8-bit RGBA, non-interlaced images (what
 * assets/ holds); anything else is refused with an error (a build error).
 */
const zlib = require("zlib");

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 of PNG chunks. */
function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * @param {Buffer} bytes a PNG file
 * @returns {{ width: number, height: number, data: Uint8Array }} RGBA pixels, row by row
 */
function decodePng(bytes) {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  const idat = [];
  for (let at = 8; at < bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString("ascii", at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || colour !== 6 || interlace !== 0) throw new Error("only 8-bit RGBA, non-interlaced PNGs are supported");
    } else if (type === "IDAT") idat.push(body);
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? data[y * stride + x - 4] : 0;
      const b = y > 0 ? data[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? data[(y - 1) * stride + x - 4] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      data[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, data };
}

/** @returns {Buffer} a PNG file of the RGBA pixels (filter 0, deflate level 9). */
function encodePng({ width, height, data }) {
  const chunk = (type, body) => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, "ascii");
    body.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) Buffer.from(data.buffer, data.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** Bilinear resampling (premultiplied alpha, so transparent corners do not bleed). */
function resize(img, size) {
  const out = new Uint8Array(size * size * 4);
  const px = (x, y, k) => img.data[(Math.min(img.height - 1, Math.max(0, y)) * img.width + Math.min(img.width - 1, Math.max(0, x))) * 4 + k];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sx = ((x + 0.5) * img.width) / size - 0.5;
      const sy = ((y + 0.5) * img.height) / size - 0.5;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      const [fx, fy] = [sx - x0, sy - y0];
      const w = [(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy];
      const pts = [[x0, y0], [x0 + 1, y0], [x0, y0 + 1], [x0 + 1, y0 + 1]];
      let a = 0;
      const rgb = [0, 0, 0];
      pts.forEach(([u, v], i) => {
        const al = px(u, v, 3) / 255;
        a += w[i] * al;
        for (let k = 0; k < 3; k++) rgb[k] += w[i] * al * px(u, v, k);
      });
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) out[o + k] = a > 0 ? Math.round(rgb[k] / a) : 0;
      out[o + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data: out };
}

/** The white parts of an icon as white on transparent (alpha from how white and opaque each pixel is). */
function outline(img) {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < img.data.length; i += 4) {
    const whiteness = Math.min(img.data[i], img.data[i + 1], img.data[i + 2]) / 255;
    out.set([255, 255, 255, Math.round(255 * img.data[i + 3] / 255 * Math.max(0, (whiteness - 0.5) * 2))], i);
  }
  return { width: img.width, height: img.height, data: out };
}

/**
 * The unified manifest's icons from assets/icon-128.png and assets/icon-32.png.
 * @param {Buffer} icon128
 * @param {Buffer} icon32
 * @returns {{ color: Buffer, outline: Buffer }} PNG files, 192×192 and 32×32
 */
function unifiedIcons(icon128, icon32) {
  return { color: encodePng(resize(decodePng(icon128), 192)), outline: encodePng(outline(decodePng(icon32))) };
}

module.exports = { decodePng, encodePng, resize, outline, unifiedIcons };
