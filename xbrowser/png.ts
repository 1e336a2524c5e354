/** What a downloaded file must be to count as the PNG the export promises. */
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The image's size, read from its IHDR chunk after checking the PNG signature, and the whole file
 * decoded (pngjs checks every chunk's CRC and inflates the pixels), so that a truncated or
 * corrupted file fails. Throws saying what is wrong, naming the file.
 */
export function pngSize(bytes: Buffer, file: string): { width: number; height: number } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error(`${file}: not a PNG (its first bytes are ${bytes.subarray(0, 8).toString('hex') || 'none'}, not ${SIGNATURE.toString('hex')})`);
  }
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error(`${file}: a PNG signature without an IHDR chunk`);
  const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  try {
    const decoded = PNG.sync.read(bytes);
    if (decoded.width !== size.width || decoded.height !== size.height) throw new Error('its pixels do not match its header');
  } catch (error) {
    throw new Error(`${file}: does not decode as a PNG (${error instanceof Error ? error.message : String(error)})`);
  }
  return size;
}
