/** Styles of the badge's shadow root. System colours and fonts only: nothing is loaded from anywhere. */
export const BADGE_CSS = `
:host { all: initial; display: block; position: relative; height: 0; z-index: 2147483000; }
* { box-sizing: border-box; }
.sp { --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --focus: #0969da;
  --clean: #1a7f37; --info: #0969da; --warn: #9a6700; --block: #cf222e;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .sp { --bg: #161b22; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --focus: #4493f8;
    --clean: #3fb950; --info: #4493f8; --warn: #d29922; --block: #f85149; }
}
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
button:disabled { cursor: not-allowed; opacity: .6; }
.badge { position: absolute; right: 6px; bottom: 6px; display: inline-flex; align-items: center; gap: 4px;
  min-width: 28px; height: 24px; padding: 0 8px; border-radius: 12px; border: 1px solid var(--line);
  background: var(--bg); font-weight: 600; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--clean); }
.s-info .dot { background: var(--info); } .s-warn .dot { background: var(--warn); } .s-block .dot { background: var(--block); }
.panel { position: absolute; right: 6px; bottom: 36px; width: min(380px, 92vw); max-height: min(60vh, 480px);
  overflow: auto; padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--bg);
  box-shadow: 0 6px 20px rgba(0,0,0,.25); }
.panel.below { bottom: auto; top: 4px; }
.panel:focus { outline: none; }
.panel h2, .question h2 { margin: 0 0 6px; font-size: 14px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 8px 0; border-top: 1px solid var(--line); }
.tag { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 8px; font-size: 11px; font-weight: 700;
  text-transform: uppercase; color: var(--bg); background: var(--info); }
.tag.warn { background: var(--warn); } .tag.block { background: var(--block); }
.fixes { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.fixes button, .question button { padding: 3px 10px; border-radius: 6px; border: 1px solid var(--line); background: transparent; }
.fixes button:hover, .question button:hover { border-color: var(--focus); }
.note, .len { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.question { position: fixed; left: 50%; top: 30%; transform: translateX(-50%); width: min(420px, 92vw);
  padding: 16px; border: 1px solid var(--line); border-radius: 10px; background: var(--bg);
  box-shadow: 0 10px 30px rgba(0,0,0,.35); }
.question .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
.question .primary { background: var(--focus); color: #fff; border-color: var(--focus); }
.mirror { position: absolute; overflow: hidden; pointer-events: none; color: transparent; white-space: pre-wrap;
  overflow-wrap: break-word; }
.mirror mark { color: transparent; background: transparent; border-bottom: 2px solid var(--info); }
.mirror mark.warn { border-bottom-color: var(--warn); } .mirror mark.block { border-bottom-color: var(--block); background: rgba(207,34,46,.12); }
`;

/** Highlight styles live in the tree that holds the text (the page, or the box's shadow root). */
export const HIGHLIGHT_CSS = `
::highlight(safepost-block) { background-color: rgba(207, 34, 46, .18); text-decoration: underline wavy #cf222e; }
::highlight(safepost-warn) { text-decoration: underline wavy #bf8700; }
::highlight(safepost-info) { text-decoration: underline dotted #0969da; }
`;
