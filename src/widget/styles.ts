/**
 * The widget's stylesheet, scoped to its shadow root. `all: initial` on the
 * root stops the host page's inherited fonts and colours; the accent colour
 * comes in through the `--accent` custom property (validated beforehand).
 */
export const CSS = `
.root{all:initial;font:14px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2329;position:fixed;bottom:20px;right:20px;display:flex;flex-direction:column;align-items:flex-end;gap:12px;-webkit-text-size-adjust:100%}
.root.left{right:auto;left:20px;align-items:flex-start}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button,textarea{font:inherit;color:inherit}
.launcher{display:flex;align-items:center;gap:8px;border:0;border-radius:24px;padding:12px 18px;background:var(--accent);color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 16px rgba(0,0,0,.2)}
.launcher svg{width:20px;height:20px;fill:currentColor}
:focus-visible{outline:3px solid #ffb020;outline-offset:2px}
textarea:focus-visible{outline:2px solid var(--accent);outline-offset:0;border-color:transparent}
.panel{display:flex;flex-direction:column;width:380px;max-width:calc(100vw - 24px);height:600px;max-height:calc(100vh - 100px);background:#fff;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.25);overflow:hidden}
header{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;background:var(--accent);color:#fff}
h2{margin:0;font-size:16px;font-weight:600}
.close{border:0;background:transparent;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:4px 8px;border-radius:6px}
.log{flex:1;overflow-y:auto;padding:12px;background:#f5f6f7;display:flex;flex-direction:column;gap:10px;overscroll-behavior:contain}
.msg{max-width:88%;display:flex;flex-direction:column;gap:4px}
.msg.user{align-self:flex-end}
.msg.bot{align-self:flex-start}
.bubble{padding:8px 12px;border-radius:10px;background:#fff;border:1px solid #e5e6eb;word-wrap:break-word;overflow-wrap:anywhere}
.user .bubble{background:var(--accent);color:#fff;border-color:transparent;white-space:pre-wrap}
.bubble p,.bubble ul,.bubble ol,.bubble blockquote{margin:0 0 6px}
.bubble>:last-child{margin-bottom:0}
.bubble ul,.bubble ol{padding-left:20px}
.bubble blockquote{border-left:3px solid #c9cdd4;padding-left:8px;color:#4e5969}
.bubble code{background:#f2f3f5;padding:0 4px;border-radius:4px}
.bubble a{color:var(--accent);text-decoration:underline}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.fb{display:flex;gap:4px;align-items:center;font-size:12px;color:#86909c}
.fb button{border:1px solid #e5e6eb;background:#fff;border-radius:12px;padding:1px 8px;cursor:pointer}
.fb button[aria-pressed=true]{border-color:var(--accent);background:#e8f0fe}
.fb button:disabled{cursor:default}
.typing .bubble span{display:inline-block;width:6px;height:6px;margin:0 2px;border-radius:50%;background:#86909c;animation:b 1s infinite}
.typing .bubble span:nth-child(2){animation-delay:.2s}.typing .bubble span:nth-child(3){animation-delay:.4s}
@keyframes b{0%,80%,100%{opacity:.3}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.typing .bubble span{animation:none}}
.error{display:flex;align-items:center;gap:8px;padding:8px 12px;background:#fff1f0;color:#a8071a;border-top:1px solid #ffccc7}
.error button{margin-left:auto;border:1px solid #a8071a;background:#fff;color:#a8071a;border-radius:6px;padding:2px 10px;cursor:pointer}
.quick{display:flex;flex-wrap:wrap;gap:6px;padding:8px 12px 0;background:#fff}
.quick button{border:1px solid var(--accent);color:var(--accent);background:#fff;border-radius:14px;padding:4px 10px;cursor:pointer;text-align:left}
form{display:flex;gap:8px;align-items:flex-end;padding:10px 12px;background:#fff;border-top:1px solid #e5e6eb}
textarea{flex:1;resize:none;border:1px solid #c9cdd4;border-radius:8px;padding:8px 10px;min-height:40px;max-height:120px;background:#fff}
.send{border:0;border-radius:8px;padding:9px 14px;background:var(--accent);color:#fff;cursor:pointer;font-weight:600}
.send:disabled{opacity:.6;cursor:default}
@media (max-width:480px){.root,.root.left{bottom:12px;right:12px;left:auto}.root.left{left:12px;right:auto}.root.open{inset:0;gap:0}.root.open .launcher{display:none}.root.open .panel{width:100vw;max-width:none;height:100%;max-height:none;border-radius:0}textarea{font-size:16px}}
`;
