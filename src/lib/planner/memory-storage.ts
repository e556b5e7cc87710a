import type { PlanStorage } from './plan-store.ts';

/**
 * A Web Storage that lives only as long as the page: where the browser lets the planner keep nothing, the planner
 * saves here, so every save, import and undo runs the same code, and says plainly that nothing will be kept.
 */
export class MemoryStorage implements PlanStorage {
  protected items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
