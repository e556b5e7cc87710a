/** Decimal units throughout, as hosts and browsers report transfer sizes. */
export const GB = 1e9;
export const MB = 1e6;
export const kB = 1e3;

export const formatBytes = (bytes: number) =>
  bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / kB).toFixed(bytes >= 100 * kB ? 0 : 1)} kB`;
export const formatMs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const formatRatio = (ratio: number) => `${ratio.toFixed(2)}×`;
export const count = (value: number) => value.toLocaleString('en');
