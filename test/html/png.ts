/**
 * A tiny PNG reader for the screenshot tests: 8-bit RGB or RGBA, not interlaced (what Chromium writes). Decodes the
 * chunks, inflates the image data with node:zlib and undoes the row filters.
 */
import { inflateSync } from 'node:zlib'

export interface Image {
  readonly width: number
  readonly height: number
  /** RGBA, 4 bytes per pixel, row by row. */
  readonly rgba: Uint8Array
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

export const decodePng = (buf: Buffer): Image => {
  if (!SIGNATURE.every((b, i) => buf[i] === b)) throw new Error('not a PNG file')
  let pos = 8
  let width = 0
  let height = 0
  let colorType = -1
  const idat: Buffer[] = []
  while (pos < buf.length) {
    const length = buf.readUInt32BE(pos)
    const type = buf.toString('ascii', pos + 4, pos + 8)
    const data = buf.subarray(pos + 8, pos + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      const depth = data[8]
      colorType = data[9] ?? -1
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0)
        throw new Error(
          `unsupported PNG: depth ${String(depth)}, colour type ${String(colorType)}, interlace ${String(data[12])}`,
        )
    } else if (type === 'IDAT') idat.push(data)
    else if (type === 'IEND') break
    pos += 12 + length
  }
  const channels = colorType === 6 ? 4 : 3
  const stride = width * channels
  const raw = inflateSync(Buffer.concat(idat))
  const out = new Uint8Array(width * height * 4)
  let prev = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const cur = new Uint8Array(stride)
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (cur[x - channels] as number) : 0
      const b = prev[x] as number
      const c = x >= channels ? (prev[x - channels] as number) : 0
      const v = line[x] as number
      cur[x] =
        filter === 0
          ? v
          : filter === 1
            ? v + a
            : filter === 2
              ? v + b
              : filter === 3
                ? v + ((a + b) >> 1)
                : v + paeth(a, b, c)
    }
    for (let x = 0; x < width; x++) {
      out[(y * width + x) * 4] = cur[x * channels] as number
      out[(y * width + x) * 4 + 1] = cur[x * channels + 1] as number
      out[(y * width + x) * 4 + 2] = cur[x * channels + 2] as number
      out[(y * width + x) * 4 + 3] = channels === 4 ? (cur[x * channels + 3] as number) : 255
    }
    prev = cur
  }
  return { width, height, rgba: out }
}

/** How many pixels in rows [top, bottom) are within `tolerance` of the colour `#rrggbb`. */
export const countColor = (img: Image, hex: string, top = 0, bottom = img.height, tolerance = 3): number => {
  const r = parseInt(hex.slice(1, 3), 16)
  const g = parseInt(hex.slice(3, 5), 16)
  const b = parseInt(hex.slice(5, 7), 16)
  let n = 0
  for (let y = Math.max(0, top); y < Math.min(img.height, bottom); y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4
      if (
        Math.abs((img.rgba[i] as number) - r) <= tolerance &&
        Math.abs((img.rgba[i + 1] as number) - g) <= tolerance &&
        Math.abs((img.rgba[i + 2] as number) - b) <= tolerance
      )
        n++
    }
  return n
}

/** The share of pixels in rows [top, bottom) that are not (near) white. */
export const inkShare = (img: Image, top = 0, bottom = img.height): number => {
  let ink = 0
  let all = 0
  for (let y = Math.max(0, top); y < Math.min(img.height, bottom); y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4
      all++
      if (
        (img.rgba[i] as number) < 240 ||
        (img.rgba[i + 1] as number) < 240 ||
        (img.rgba[i + 2] as number) < 240
      )
        ink++
    }
  return all === 0 ? 0 : ink / all
}
