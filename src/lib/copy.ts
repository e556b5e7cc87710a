/** How long a copy button says what happened before it reads "Copy" again. */
const SAID_FOR_MS = 3000;

/**
 * Copies `text` to the clipboard; false when the browser refuses (an insecure origin, a denied permission), so the
 * caller can say what to do instead.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A small "Copy" button's answer to a press: "Copied" or "Copy failed" for a while, and, in `status`, a sentence
 * for screen readers that says what to do when copying was refused.
 */
export async function copyFromButton(button: HTMLButtonElement, text: string, status?: HTMLElement): Promise<void> {
  const copied = await copyToClipboard(text);
  button.textContent = copied ? 'Copied' : 'Copy failed';
  if (status) status.textContent = copied ? 'Copied to the clipboard' : 'Copying was refused; select the text and copy it';
  setTimeout(() => {
    button.textContent = 'Copy';
    if (status) status.textContent = '';
  }, SAID_FOR_MS);
}
