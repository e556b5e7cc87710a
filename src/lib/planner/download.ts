/** Hands `text` to the browser as a file to save under `name`. */
export function downloadFile(name: string, text: string, type = 'application/json'): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  link.click();
  URL.revokeObjectURL(link.href);
}
