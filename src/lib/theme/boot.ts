import { THEME_KEY } from './theme.ts';

/**
 * Runs inline in <head> before first paint, so it is self-contained source text:
 * a stored choice wins, otherwise the system preference.
 */
export const themeBootScript = `(()=>{let t;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})()`;
