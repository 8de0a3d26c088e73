// The printable summary: the Review filter's contributions counted by the server by prompt, site,
// format, week, theme over time and rating, drawn as charts with their numbers. Answers purged after
// the retention period still count by prompt, month, format and rating (their anonymous counts).
import { get } from './api.js';
import { barChart, stackedColumns } from './charts.js';

// Adds the retained counts to one of the server's ranked [[key, n], …] lists, keeping it ranked.
function withRetained(entries, retained, key) {
  const m = new Map(entries);
  for (const r of retained) m.set(key(r), (m.get(key(r)) || 0) + r.count);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const q = location.search.slice(1);
  const [summary, meta, retained] = await Promise.all([get(`summary?${q}`), get('meta'), get(`retained-counts?${q}`)]);
  const past = retained.counts;
  const pastTotal = past.reduce((n, r) => n + r.count, 0);
  const total = summary.total + pastTotal;
  const asked = await get('contact-back/counts');
  document.getElementById('summary-contact').textContent =
    `Asked to be contacted: ${asked.waiting} waiting, ${asked.contacted} contacted (the whole organisation, whatever the filter).`;
  const prompt = (id) => (meta.prompts.find((p) => p.id === id)?.text?.en) || id || 'no prompt';
  const site = (id) => (meta.sites.find((s) => s.id === id)?.name) || id || 'no site';
  const named = (entries, name) => entries.map(([key, n]) => [name(key), n]);
  document.getElementById('summary-scope').textContent =
    `${total} contributions${q ? ` matching ${decodeURIComponent(q.replaceAll('&', ', '))}` : ''}, as of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`
    + (pastTotal ? ` ${pastTotal} of them are past the retention period and kept only as counts (no site, week or theme).` : '');
  document.getElementById('summary-assisted').textContent = `Assisted by an outreach worker (written or recorded for the person): ${summary.assisted} of ${summary.total}.`;
  document.getElementById('by-prompt').append(barChart('Contributions by prompt',
    named(withRetained(summary.by_prompt, past, (r) => r.prompt_id), prompt), 'Prompt'));
  document.getElementById('by-site').append(barChart('Contributions by site', named(summary.by_site, site), 'Site'));
  document.getElementById('by-format').append(barChart('Contributions by format',
    named(withRetained(summary.by_format, past, (r) => r.format), (f) => f || 'unknown'), 'Format'));
  document.getElementById('by-week').append(barChart('Contributions by week (starting Monday)', summary.by_week, 'Week starting'));
  const series = {};
  for (const [theme, months] of Object.entries(summary.themes_by_month)) series[theme || 'no theme'] = months;
  document.getElementById('by-theme').append(stackedColumns('Themes by month', summary.months, series));
  const ratings = [1, 2, 3, 4, 5].map((r) => [`${r} of 5`,
    (summary.by_rating[r] || 0) + past.filter((c) => c.rating === r).reduce((n, c) => n + c.count, 0)]);
  document.getElementById('by-rating').append(barChart('Rating distribution', ratings, 'Rating'));
}

document.getElementById('print').addEventListener('click', () => window.print());
main().catch((err) => { document.getElementById('summary-scope').textContent = `Could not load the summary: ${err.message}. Sign in to the dashboard first.`; });
