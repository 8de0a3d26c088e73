// The report for a period and a site (the Review filter's from, to and site): answers each week,
// ratings per question over time, themes with their size and trend, quotes only from answers whose
// person allowed quoting, and the "you said, we did" progress. Printed from the browser.
import { get, el, formatDate } from './api.js';
import { barChart } from './charts.js';

function table(caption, head, rows) {
  return el('table', {}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))));
}

// Rising, falling or steady: the later half of the weeks against the earlier half.
function trend(byWeek, weeks) {
  if (weeks.length < 2) return 'one week only';
  const half = Math.floor(weeks.length / 2);
  const sum = (ws) => ws.reduce((n, w) => n + (byWeek[w] || 0), 0);
  const early = sum(weeks.slice(0, half)), late = sum(weeks.slice(half));
  if (late > early * 1.2) return `rising (${early} then ${late})`;
  if (late < early * 0.8) return `falling (${early} then ${late})`;
  return `steady (${early} then ${late})`;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const [summary, meta, { outcomes }] = await Promise.all([get(`summary?${params}`), get('meta'), get('outcomes')]);
  const prompt = (id) => (meta.prompts.find((p) => p.id === id)?.text?.en) || id || 'no question';
  const siteName = params.get('site') ? (meta.sites.find((s) => s.id === params.get('site'))?.name || params.get('site')) : 'all sites';
  const day = (ms) => new Date(Number(ms)).toISOString().slice(0, 10);
  const period = `${params.get('from') ? day(params.get('from')) : 'the first answer'} to ${params.get('to') ? day(Number(params.get('to')) - 1) : 'today'}`;
  document.getElementById('season-scope').textContent = `${summary.total} answers at ${siteName}, from ${period}.`;

  const weeks = summary.by_week.map(([w]) => w);
  document.getElementById('season-weeks').append(barChart('Answers each week (weeks start on Monday)', summary.by_week, 'Week starting'));

  const ratingRows = Object.entries(summary.ratings_by_prompt_week).map(([p, byWeek]) => [prompt(p),
    ...weeks.map((w) => (byWeek[w] ? `${byWeek[w].average.toFixed(1)} (${byWeek[w].count})` : '–'))]);
  document.getElementById('season-ratings').append(ratingRows.length
    ? table('Average rating out of 5 each week (how many rated)', ['Question', ...weeks], ratingRows)
    : el('p', {}, 'No ratings in this period.'));

  const themeRows = Object.entries(summary.themes_by_week)
    .map(([t, byWeek]) => [t, Object.values(byWeek).reduce((a, b) => a + b, 0), byWeek])
    .sort((a, b) => b[1] - a[1])
    .map(([t, n, byWeek]) => [t, String(n), trend(byWeek, weeks)]);
  document.getElementById('season-themes').append(themeRows.length
    ? table('Themes by how many answers carry them', ['Theme', 'Answers', 'Trend over the period'], themeRows)
    : el('p', {}, 'No answers have a theme yet.'));

  document.getElementById('season-quotes').append(...(summary.quotes.length
    ? summary.quotes.map((q) => el('figure', {}, el('blockquote', { lang: q.language || 'en', dir: 'auto' }, q.text),
      el('figcaption', {}, `Asked “${prompt(q.prompt_id)}”, ${day(q.created_at)}`)))
    : [el('p', {}, 'No one in this period said their words may be quoted.')]));

  const shown = outcomes.filter((o) => !params.get('site') || !(o.sites || []).length || o.sites.includes(params.get('site')));
  document.getElementById('season-did').append(shown.length
    ? table('What changed', ['You said', 'We did', 'When', 'Shown on the kiosks'],
      shown.map((o) => [o.said?.en || '', o.did?.en || '', formatDate(o.happened_at), o.published ? 'yes' : 'not yet']))
    : el('p', {}, 'Nothing recorded yet.'));
}

document.getElementById('print').addEventListener('click', () => window.print());
main().catch((err) => { document.getElementById('season-scope').textContent = `Could not load the report: ${err.message}. Sign in to the dashboard first.`; });
