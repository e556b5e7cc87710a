import { MemoryStorage as PageStorage } from '../../src/lib/planner/memory-storage';

/**
 * The planner's in-memory storage with the faults a real browser has: a size limit (a full quota), and reads or
 * writes that throw (site data blocked).
 */
export class MemoryStorage extends PageStorage {
  private readonly quota: number;
  /** Set to make every read or write throw, as a browser that blocks site data does. */
  blocked = false;
  constructor(quota = Infinity) {
    super();
    this.quota = quota;
  }
  private check(): void {
    if (this.blocked) throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
  override getItem(key: string) {
    this.check();
    return super.getItem(key);
  }
  override setItem(key: string, value: string) {
    this.check();
    const used = [...this.items].reduce((sum, [name, text]) => sum + (name === key ? 0 : name.length + text.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
  override removeItem(key: string) {
    this.check();
    super.removeItem(key);
  }
}
