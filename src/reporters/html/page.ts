/**
 * The shell every HTML page of the report shares: one self-contained document (its style
 * inline, no request to anywhere: the Content-Security-Policy forbids any), readable without
 * script; the overview's small sorting and filtering script is its only script, allowed by its
 * hash.
 */
import { createHash } from 'node:crypto';
import { escapeHtml as h } from '../escape.js';
import type { ReportLocale } from './words.js';

const STYLE = `
:root{--fg:#1a1a1a;--muted:#4a4a4a;--bg:#fff;--line:#c8c8c8;--e:#a4001d;--w:#7a4d00;--i:#1d4f91;--eb:#ffe0e3;--wb:#fff1c2;--ib:#e1ecfb;--ok:#1e6b2e}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
main,header,footer{max-width:110rem;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:1rem 0 .5rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-top:3px solid var(--fg);padding-top:.75rem}h3{font-size:1.15rem;margin:1.5rem 0 .5rem}h4{font-size:1rem;margin:1rem 0 .25rem}
a{color:#0645ad}a:visited{color:#5a2d91}
:focus-visible{outline:3px solid #0a58ca;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
code,.mono{font-family:ui-monospace,"Cascadia Mono","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#f0f0f0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.st{font-weight:600;white-space:nowrap}.st-present{color:var(--ok)}.st-vague{color:var(--w)}.st-missing{color:var(--e)}.st-not-applicable{color:var(--muted)}
.sev{font-weight:700;text-transform:uppercase;font-size:.8em;letter-spacing:.03em}.sev.e{color:var(--e)}.sev.w{color:var(--w)}.sev.i{color:var(--i)}
ol.fl{padding-left:1.5rem}ol.fl li{margin:.25rem 0}
.text{border:1px solid var(--line);margin:.5rem 0}
.r{display:grid;grid-template-columns:3.5rem minmax(0,1fr);border-top:1px solid #eee}
.r:first-child{border-top:0}
.ln{color:var(--muted);text-align:right;padding:0 .5rem;font-variant-numeric:tabular-nums;user-select:none;font-size:.85em;line-height:1.75}
.s{white-space:pre-wrap;overflow-wrap:anywhere;padding:0 .5rem;min-height:1.5em;font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}
.ns{grid-column:2;padding:.25rem .5rem .5rem}
mark{color:inherit;border-bottom:2px solid}mark.e{background:var(--eb);border-color:var(--e)}mark.w{background:var(--wb);border-color:var(--w)}mark.i{background:var(--ib);border-color:var(--i)}
a.pin,span.pin{display:inline-block;min-width:1.4em;padding:0 .2em;border-radius:.7em;font:700 .75em/1.4 system-ui,sans-serif;text-align:center;text-decoration:none;color:#fff;vertical-align:.15em;margin:0 .1em}
.pin.e{background:var(--e)}.pin.w{background:var(--w)}.pin.i{background:var(--i)}
.note{border-left:4px solid;padding:.35rem .6rem;margin:.35rem 0;background:#fafafa;font-size:.92em}.note.e{border-color:var(--e)}.note.w{border-color:var(--w)}.note.i{border-color:var(--i)}
.note p{margin:.2rem 0}.note .fix{color:#333}
.note:target,li:target,.r:target{outline:3px solid #0a58ca}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
table.ov{font-size:.85rem;table-layout:fixed;width:100rem;border-collapse:separate;border-spacing:0;border-left:1px solid var(--line);border-top:1px solid var(--line)}table.ov th,table.ov td{border-width:0 1px 1px 0}table.ov td{overflow-wrap:anywhere}table.ov td.c{text-align:center;font-weight:700;padding:.2rem .3rem}
td.p{color:var(--ok)}td.v{color:var(--w);background:var(--wb)}td.m{color:var(--e);background:var(--eb)}td.n{color:var(--muted)}
th button{all:unset;cursor:pointer;text-decoration:underline dotted}th button:focus-visible{outline:3px solid #0a58ca}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end;margin:.5rem 0}
.controls input,.controls select{font:inherit;padding:.2rem .4rem}
.scroll{overflow-x:auto}
footer{color:var(--muted);font-size:.85rem;margin-top:2rem;padding-bottom:2rem}
@media (min-width:72rem){.r{grid-template-columns:3.5rem minmax(0,1fr) 26rem}.ns{grid-column:3;grid-row:1;padding:0 .5rem .25rem;border-left:1px solid #eee}}
@media print{
@page{size:A4;margin:14mm 12mm}
body{font-size:10pt;color:#000}main,header,footer{max-width:none;padding:0}
.skip,.controls{display:none}
h2{break-before:page;border-top:0}article:first-of-type h2{break-before:auto}
h2,h3,h4{break-after:avoid}
.r{grid-template-columns:2.5rem minmax(0,1fr);break-inside:avoid}.ns{grid-column:2;grid-row:auto;border-left:0}
.note,tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
mark,.pin,td.m,td.v,.note{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.scroll{overflow:visible}
}
`;

/**
 * The overview's sorting and filtering: progressive enhancement (the page is whole without
 * it). Sorting by a column keeps its direction in aria-sort; the filter matches the row's text
 * and its rule ids (data-r).
 */
export const OVERVIEW_SCRIPT = `(function(){
var t=document.getElementById('ov');if(!t)return;var b=t.tBodies[0];var rows=Array.prototype.slice.call(b.rows);
var rank={'\\u2713':0,'~':1,'\\u2717':2,'\\u2013':3,'':4};
function key(r,i,num){var c=r.cells[i];var s=c?c.textContent.trim():'';if(num){var n=parseFloat(s);return isNaN(n)?-1:n}if(c&&c.classList.contains('c'))return s in rank?rank[s]:5;return s.toLowerCase()}
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){var btn=th.querySelector('button');if(!btn)return;btn.hidden=false;var lab=th.querySelector('.lab');if(lab)lab.hidden=true;
btn.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(t.tHead.rows[0].cells,function(o){o.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');
var num=th.classList.contains('num');var k=rows.map(function(r,j){return [key(r,i,num),j,r]});k.sort(function(x,y){return (x[0]<y[0]?-1:x[0]>y[0]?1:x[1]-y[1])*(asc?1:-1)});var f=document.createDocumentFragment();k.forEach(function(x){f.appendChild(x[2])});b.appendChild(f)})});
var box=document.getElementById('ov-controls');var q=document.getElementById('ov-q');var sel=document.getElementById('ov-s');var out=document.getElementById('ov-n');if(!box)return;box.hidden=false;
var text=rows.map(function(r){return (r.textContent+' '+(r.getAttribute('data-r')||'')).toLowerCase()});
function apply(){var s=q.value.trim().toLowerCase();var m=sel.value;var n=0;rows.forEach(function(r,j){var ok=(!s||text[j].indexOf(s)>=0)&&(m==='all'||(m==='e'&&r.getAttribute('data-e')!=='0')||(m==='m'&&r.querySelector('td.m')));r.hidden=!ok;if(ok)n++});out.textContent=out.getAttribute('data-t').replace('{shown}',n)}
q.addEventListener('input',apply);sel.addEventListener('change',apply);apply()})();`;

const SCRIPT_HASH = createHash('sha256').update(OVERVIEW_SCRIPT).digest('base64');

/** The head of a page and the start of its body; `withScript`: the overview's script is allowed. */
export function pageStart(title: string, locale: ReportLocale, withScript: boolean, skip?: { href: string; label: string }): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${withScript ? `'sha256-${SCRIPT_HASH}'` : "'none'"}; base-uri 'none'; form-action 'none'`;
  return (
    `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n<meta name="referrer" content="no-referrer">\n` +
    `<title>${h(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    (skip ? `<a class="skip" href="${h(skip.href)}">${h(skip.label)}</a>\n` : '')
  );
}

/** The end of a page: its footer, the script when allowed, and the closing tags. */
export function pageEnd(footer: string, withScript: boolean): string {
  return `<footer><p>${h(footer)}</p></footer>\n${withScript ? `<script>${OVERVIEW_SCRIPT}</script>\n` : ''}</body>\n</html>\n`;
}
