// The printable summary: the Review filter's contributions counted by prompt, site, format, theme
// over time and rating, as charts with their numbers.
import { get } from './api.js';
import { barChart, stackedColumns } from './charts.js';

// `items` may carry a `count` (the anonymous counts answers past the retention period leave).
function count(items, key) {
  const m = new Map();
  for (const it of items) for (const k of [].concat(key(it))) m.set(k, (m.get(k) || 0) + (it.count || 1));
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const q = location.search.slice(1);
  const [{ contributions: held }, meta, retained] = await Promise.all([get(`contributions?${q}`), get('meta'), get(`retained-counts?${q}`)]);
  // Answers purged after the retention period still count by prompt, month, format and rating.
  const past = retained.counts.map((r) => ({ ...r, created_at: Date.parse(`${r.month}-01T00:00:00Z`), retained: true }));
  const contributions = [...held, ...past];
  const total = held.length + past.reduce((n, r) => n + r.count, 0);
  const prompt = (id) => (meta.prompts.find((p) => p.id === id)?.text?.en) || id || 'no prompt';
  const site = (id) => (meta.sites.find((s) => s.id === id)?.name) || id || 'no site';
  document.getElementById('summary-scope').textContent =
    `${total} contributions${q ? ` matching ${decodeURIComponent(q.replaceAll('&', ', '))}` : ''}, as of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`
    + (past.length ? ` ${total - held.length} of them are past the retention period and kept only as counts (no site or theme).` : '');
  document.getElementById('by-prompt').append(barChart('Contributions by prompt', count(contributions, (c) => prompt(c.prompt_id))));
  document.getElementById('by-site').append(barChart('Contributions by site', count(held, (c) => site(c.site_id))));
  document.getElementById('by-format').append(barChart('Contributions by format', count(contributions, (c) => c.format || 'unknown')));
  const series = {};
  const periods = new Set();
  for (const c of held) {
    const month = new Date(c.created_at || 0).toISOString().slice(0, 7);
    periods.add(month);
    for (const t of c.tags && c.tags.length ? c.tags : ['no theme']) {
      series[t] = series[t] || {};
      series[t][month] = (series[t][month] || 0) + 1;
    }
  }
  document.getElementById('by-theme').append(stackedColumns('Themes by month', [...periods].sort(), series));
  const ratings = [1, 2, 3, 4, 5].map((r) => [`${r} of 5`, contributions.filter((c) => c.rating === r).reduce((n, c) => n + (c.count || 1), 0)]);
  document.getElementById('by-rating').append(barChart('Rating distribution', ratings));
}

document.getElementById('print').addEventListener('click', () => window.print());
main().catch((err) => { document.getElementById('summary-scope').textContent = `Could not load the summary: ${err.message}. Sign in to the dashboard first.`; });
