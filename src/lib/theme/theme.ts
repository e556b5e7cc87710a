export type Theme = 'light' | 'dark';

/** The localStorage key that remembers the reader's theme choice. */
export const THEME_KEY = 'attune-theme';

/** Remembers the choice; private browsing can refuse storage, and the theme still applies for this page. */
export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    /* the choice simply is not remembered */
  }
}
