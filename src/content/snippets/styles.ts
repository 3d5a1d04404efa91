/** The picker's styles, inside its shadow root; light and dark follow the page's colour scheme. */
export const PICKER_CSS = `
:host { all: initial; }
.pk { position: fixed; z-index: 2147483647; top: 12vh; left: 50%; transform: translateX(-50%); width: min(420px, 92vw);
  max-height: 70vh; overflow: auto; font: 14px/1.45 system-ui, sans-serif; color: #1b1c1f; background: #fff;
  border: 1px solid #8a9099; border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.25); padding: .7rem; }
@media (prefers-color-scheme: dark) { .pk { color: #eceef1; background: #1d1f23; border-color: #7d838d; } }
h2 { font-size: 1rem; margin: 0 0 .4rem; }
input { font: inherit; color: inherit; background: transparent; width: 100%; box-sizing: border-box; padding: .35rem .5rem;
  border: 1px solid #8a9099; border-radius: 6px; }
ul { list-style: none; margin: .5rem 0 0; padding: 0; }
li { padding: .35rem .5rem; border-radius: 6px; cursor: pointer; }
li[aria-selected=true] { background: #0b57d0; color: #fff; }
@media (prefers-color-scheme: dark) { li[aria-selected=true] { background: #8ab4f8; color: #0d1b33; } }
.sc { opacity: .8; font-size: .85em; margin-left: .4rem; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid #8a9099; border-radius: 6px; padding: .25rem .6rem; cursor: pointer; }
button.primary { background: #0b57d0; color: #fff; border-color: #0b57d0; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.row { display: flex; gap: .5rem; margin-top: .6rem; flex-wrap: wrap; }
.warn { background: #fff4dc; color: #1b1c1f; border-radius: 6px; padding: .4rem .5rem; margin-top: .4rem; }
label { display: block; font-weight: 600; margin: .4rem 0 .2rem; }
.muted { opacity: .8; }
`;
