/**
 * What has been typed after one more key, while the search dialog loads and there is no field to type into yet: a
 * printable character is added, Backspace takes the last one off. Any other key (Tab, arrows, Enter) is not typing,
 * and gives undefined.
 */
export function typedAfter(typed: string, key: string): string | undefined {
  if (key === 'Backspace') return [...typed].slice(0, -1).join('');
  // Printable keys are named by the one character they type ("a", "é", " "); the rest by a word ("Shift").
  return [...key].length === 1 ? typed + key : undefined;
}
