/// <reference types="astro/client" />

/** The URL of the search dialog's code (integrations/search-dialog-url.ts). */
declare module 'virtual:attune/search-dialog-url' {
  const url: string;
  export default url;
}
