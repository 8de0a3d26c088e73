// Export and report: links that carry the Review filter (and, for an admin who asks, contact details).
import { filterQuery } from './review.js';

function exportLinks(q) {
  // Contact details only when an admin ticks the box; the server checks the role and audits it.
  const contact = document.getElementById('export-contact').checked ? 'contact=1' : '';
  const query = [q, contact].filter(Boolean).join('&');
  const suffix = query ? `?${query}` : '';
  document.getElementById('export-csv').href = `api/export.csv${suffix}`;
  document.getElementById('export-json').href = `api/export.json${suffix}`;
}

document.getElementById('export-contact').addEventListener('change', () => exportLinks(filterQuery()));

export async function showReport() {
  const q = filterQuery();
  const suffix = q ? `?${q}` : '';
  exportLinks(q);
  document.getElementById('summary-link').href = `summary.html${suffix}`;
  document.getElementById('season-link').href = `season.html${suffix}`;
  document.getElementById('report-csv').href = `api/report.csv${suffix}`;
  document.getElementById('report-json').href = `api/report.json${suffix}`;
  document.getElementById('report-filter').textContent = q ? decodeURIComponent(q.replaceAll('&', ', ')) : 'everything';
}
