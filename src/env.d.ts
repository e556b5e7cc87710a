/// <reference types="astro/client" />

/** The URL of the search dialog's code (integrations/lazy-chunk-urls.ts). */
declare module 'virtual:attune/search-dialog-url' {
  const url: string;
  export default url;
}

/** The URL of the code that follows old /wordtracks/#<id> links (integrations/lazy-chunk-urls.ts). */
declare module 'virtual:attune/old-link-url' {
  const url: string;
  export default url;
}
