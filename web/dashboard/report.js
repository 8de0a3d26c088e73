// Export and report: links that carry the Review filter.
import { filterQuery } from './review.js';

export async function showReport() {
  const q = filterQuery();
  const suffix = q ? `?${q}` : '';
  document.getElementById('export-csv').href = `api/export.csv${suffix}`;
  document.getElementById('export-json').href = `api/export.json${suffix}`;
  document.getElementById('summary-link').href = `summary.html${suffix}`;
  document.getElementById('season-link').href = `season.html${suffix}`;
  document.getElementById('report-filter').textContent = q ? decodeURIComponent(q.replaceAll('&', ', ')) : 'everything';
}
