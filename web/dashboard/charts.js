// Charts drawn as inline SVG, each with a data table beside it so the numbers are readable without sight.
const NS = 'http://www.w3.org/2000/svg';
// Colours from a palette that keeps 4.5:1 against white and stays distinct for common colour blindness.
export const palette = ['#0b5394', '#a1410d', '#2e7d32', '#6a1b9a', '#b00020', '#00695c', '#4e342e', '#37474f'];
let uid = 0;

function svgEl(tag, attrs = {}, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

function table(caption, head, rows) {
  const t = document.createElement('table');
  t.createCaption().textContent = caption;
  const tr = t.createTHead().insertRow();
  for (const h of head) { const th = document.createElement('th'); th.scope = 'col'; th.textContent = h; tr.append(th); }
  const body = t.createTBody();
  for (const r of rows) { const row = body.insertRow(); r.forEach((c) => { row.insertCell().textContent = String(c); }); }
  return t;
}

// entries: [[label, count], ...] drawn as horizontal bars; `what` names the labels' column.
export function barChart(title, entries, what) {
  const id = `chart-${++uid}`;
  const figure = document.createElement('figure');
  const bar = 22, gap = 8, labelW = 220, width = 640;
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const height = Math.max(1, entries.length) * (bar + gap) + 10;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': id, class: 'chart' });
  svg.append(svgEl('title', { id }, `${title}: ${entries.map(([l, n]) => `${l} ${n}`).join(', ') || 'no data'}`));
  entries.forEach(([label, n], i) => {
    const y = 5 + i * (bar + gap);
    const w = Math.round(((width - labelW - 60) * n) / max);
    svg.append(svgEl('text', { x: labelW - 8, y: y + bar * 0.7, 'text-anchor': 'end', class: 'label' }, String(label).slice(0, 34)));
    svg.append(svgEl('rect', { x: labelW, y, width: Math.max(w, n ? 2 : 0), height: bar, fill: palette[0] }));
    svg.append(svgEl('text', { x: labelW + w + 6, y: y + bar * 0.7, class: 'value' }, String(n)));
  });
  const cap = document.createElement('figcaption');
  cap.textContent = title;
  figure.append(cap, svg, table(`${title} (numbers)`, [what, 'Contributions'], entries));
  return figure;
}

// series: {theme: {period: count}}; periods sorted; drawn as stacked columns per period.
export function stackedColumns(title, periods, series) {
  const id = `chart-${++uid}`;
  const figure = document.createElement('figure');
  const names = Object.keys(series);
  const width = 640, height = 260, left = 40, bottom = 40;
  const totals = periods.map((p) => names.reduce((s, n) => s + (series[n][p] || 0), 0));
  const max = Math.max(1, ...totals);
  const colW = Math.max(8, Math.floor((width - left - 10) / Math.max(1, periods.length)) - 8);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height + 24 * Math.ceil(names.length / 3)}`, role: 'img', 'aria-labelledby': id, class: 'chart' });
  svg.append(svgEl('title', { id }, `${title}: ${periods.map((p, i) => `${p} ${totals[i]}`).join(', ') || 'no data'}`));
  periods.forEach((p, i) => {
    let y = height - bottom;
    const x = left + i * (colW + 8);
    names.forEach((n, k) => {
      const h = Math.round(((height - bottom - 10) * (series[n][p] || 0)) / max);
      y -= h;
      if (h) svg.append(svgEl('rect', { x, y, width: colW, height: h, fill: palette[k % palette.length] }));
    });
    svg.append(svgEl('text', { x: x + colW / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'label' }, p));
  });
  names.forEach((n, k) => {
    const x = 10 + (k % 3) * 210, y = height + 4 + Math.floor(k / 3) * 24;
    svg.append(svgEl('rect', { x, y, width: 14, height: 14, fill: palette[k % palette.length] }));
    svg.append(svgEl('text', { x: x + 20, y: y + 12, class: 'label' }, n.slice(0, 26)));
  });
  const cap = document.createElement('figcaption');
  cap.textContent = title;
  figure.append(cap, svg, table(`${title} (numbers)`, ['Month', ...names], periods.map((p) => [p, ...names.map((n) => series[n][p] || 0)])));
  return figure;
}
