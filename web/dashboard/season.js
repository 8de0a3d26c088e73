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

const trendWords = { rising: 'rising', falling: 'falling', steady: 'steady' };
const trend = (t) => (t.trend === 'one_week' ? 'one week only' : `${trendWords[t.trend]} (${t.earlier} then ${t.later})`);

// The figures come worked out from the server (report.json), the same numbers report.csv exports.
async function main() {
  const params = new URLSearchParams(location.search);
  const [report, meta] = await Promise.all([get(`report.json?${params}`), get('meta')]);
  const prompt = (id) => (meta.prompts.find((p) => p.id === id)?.text?.en) || id || 'no question';
  const siteName = params.get('site') ? (meta.sites.find((s) => s.id === params.get('site'))?.name || params.get('site')) : 'all sites';
  const day = (ms) => new Date(Number(ms)).toISOString().slice(0, 10);
  const period = `${params.get('from') ? day(params.get('from')) : 'the first answer'} to ${params.get('to') ? day(Number(params.get('to')) - 1) : 'today'}`;
  document.getElementById('season-scope').textContent = `${report.total} answers at ${siteName}, from ${period}.`;

  const weeks = report.answers_by_week.map((w) => w.week);
  document.getElementById('season-weeks').append(barChart('Answers each week (weeks start on Monday)',
    report.answers_by_week.map((w) => [w.week, w.answers]), 'Week starting'));

  const byPrompt = new Map();
  for (const r of report.ratings_by_prompt_week) {
    if (!byPrompt.has(r.prompt_id)) byPrompt.set(r.prompt_id, {});
    byPrompt.get(r.prompt_id)[r.week] = r;
  }
  const ratingRows = [...byPrompt].map(([p, byWeek]) => [prompt(p),
    ...weeks.map((w) => (byWeek[w] ? `${byWeek[w].average.toFixed(1)} (${byWeek[w].count})` : '–'))]);
  document.getElementById('season-ratings').append(ratingRows.length
    ? table('Average rating out of 5 each week (how many rated)', ['Question', ...weeks], ratingRows)
    : el('p', {}, 'No ratings in this period.'));

  const themeRows = report.themes.map((t) => [t.theme, String(t.answers), trend(t)]);
  document.getElementById('season-themes').append(themeRows.length
    ? table('Themes by how many answers carry them', ['Theme', 'Answers', 'Trend over the period'], themeRows)
    : el('p', {}, 'No answers have a theme yet.'));

  document.getElementById('season-quotes').append(...(report.quotes.length
    ? report.quotes.map((q) => el('figure', {}, el('blockquote', { lang: q.language || 'en', dir: 'auto' }, q.text),
      el('figcaption', {}, `Asked “${prompt(q.prompt_id)}”, ${day(q.created_at)}`)))
    : [el('p', {}, 'No one in this period said their words may be quoted.')]));

  const shown = report.you_said_we_did;
  document.getElementById('season-did').append(shown.length
    ? table('What changed', ['You said', 'We did', 'When', 'Shown on the kiosks'],
      shown.map((o) => [o.said?.en || '', o.did?.en || '', formatDate(o.happened_at), o.published ? 'yes' : 'not yet']))
    : el('p', {}, 'Nothing recorded yet.'));
}

document.getElementById('print').addEventListener('click', () => window.print());
main().catch((err) => { document.getElementById('season-scope').textContent = `Could not load the report: ${err.message}. Sign in to the dashboard first.`; });
