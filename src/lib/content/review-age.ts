/**
 * Entries older than this many days are stale: playbooks drift from reality within months. A module of its own, so
 * that the content check can name it without loading the review report and its schemas.
 */
export const STALE_AFTER_DAYS = 180;
