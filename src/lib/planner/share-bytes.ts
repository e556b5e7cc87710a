// The byte handling of plan links: deflate-raw through the browser's own CompressionStream (no library ships for
// it), URL-safe base64 and a CRC-32, since deflate-raw carries no checksum of its own.

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

const streamOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();

/** True where the browser can pack and unpack plan links (every current browser; not Safari before 16.4). */
export const canCompress = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** `text` as UTF-8, compressed with deflate-raw. */
export async function deflate(text: string): Promise<Uint8Array> {
  return (await collect(streamOf(new TextEncoder().encode(text)).pipeThrough(new CompressionStream('deflate-raw')), Infinity))!;
}

/**
 * Unpacks deflate-raw `bytes`; null when they unpack to more than `limit` bytes, so a small link cannot make the page
 * unpack megabytes. Throws when the bytes are not deflate-raw data.
 */
export async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  return collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit);
}

/** Bytes as base64url without padding: the characters a URL carries unchanged. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text; null when it holds other characters or cannot be base64 at all. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[\w-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The CRC-32 of ASCII text, as 8 hex digits: enough to tell a link damaged on the way from a whole one. */
export function crc32(text: string): string {
  let crc = ~0;
  for (let index = 0; index < text.length; index++) {
    crc ^= text.charCodeAt(index) & 0xff;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (~crc >>> 0).toString(16).padStart(8, '0');
}
