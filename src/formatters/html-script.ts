/**
 * The script of the html summary, a constant (no report data is put into it;
 * it reads the page's data- attributes). It makes the table headers sort
 * buttons; works the filters (search, agency, rule, severity, template) on
 * the table rows and the report sections alike; shows the sections 50 at a
 * time; opens a section when a link or the address points into it; opens all
 * before printing. Without it the page shows everything in its default order.
 */
export const PAGE_SCRIPT = `
(function () {
  var table = document.getElementById('reports');
  var body = table && table.tBodies[0];
  var sections = Array.prototype.slice.call(document.querySelectorAll('#sections > details.report'));
  var form = document.getElementById('filters');
  var more = document.getElementById('more');
  var PAGE = 50;
  var limit = PAGE;
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });

  // Sorting: each header becomes a button; a second click reverses; empty keys stay last.
  if (table && table.tHead && body) {
    var heads = table.tHead.rows[0].cells;
    var key = function (cell) { var v = cell.getAttribute('data-sort'); return v === null ? cell.textContent.trim() : v; };
    var compare = function (a, b) {
      var x = Number(a), y = Number(b);
      if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
      return collator.compare(a, b);
    };
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var rows = Array.prototype.map.call(body.rows, function (row, i) { return { row: row, i: i, k: key(row.cells[col]) }; });
        rows.sort(function (a, b) { return (a.k === '') - (b.k === '') || compare(a.k, b.k) * dir || a.i - b.i; });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  }

  // Filtering: a report matches when every chosen filter holds and the search words are in its section's text.
  var texts = {};
  sections.forEach(function (s) { texts[s.id] = s.textContent.toLowerCase(); });
  var has = function (list, word) { return (' ' + list + ' ').indexOf(' ' + word + ' ') >= 0; };
  function matches(el) {
    if (!form) return true;
    var f = form.elements;
    if (f.agency.value && el.getAttribute('data-agency') !== f.agency.value) return false;
    if (f.template.value && el.getAttribute('data-template') !== f.template.value) return false;
    if (f.rule.value && !has(el.getAttribute('data-rules'), f.rule.value)) return false;
    if (f.sev.value && !has(el.getAttribute('data-sev'), f.sev.value)) return false;
    var words = f.q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var text = texts[el.getAttribute('data-entry')] || '';
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }
  function apply() {
    var shown = 0;
    if (body) Array.prototype.forEach.call(body.rows, function (row) { row.hidden = !matches(row); });
    sections.forEach(function (s) {
      var ok = matches(s);
      if (ok) shown++;
      s.hidden = !ok || shown > limit;
    });
    if (more) more.parentNode.hidden = shown <= limit;
    if (form) {
      var out = form.elements.count;
      out.value = out.getAttribute('data-template').replace('{shown}', shown).replace('{total}', sections.length);
    }
  }
  if (form) {
    form.hidden = false;
    form.addEventListener('input', function () { limit = PAGE; apply(); });
    form.addEventListener('reset', function () { setTimeout(function () { limit = PAGE; apply(); }, 0); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
  }
  if (more) more.addEventListener('click', function () { limit += PAGE; apply(); });

  // Open all / close all.
  var toggles = document.querySelector('.toggles');
  if (toggles) {
    toggles.hidden = false;
    toggles.addEventListener('click', function (e) {
      var open = e.target.getAttribute && e.target.getAttribute('data-open');
      if (open === null || open === undefined) return;
      sections.forEach(function (s) { if (!s.hidden) s.open = open === '1'; });
    });
  }

  // A link into a report (its section, a finding, another file of it) shows and opens it.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') { el.hidden = false; el.open = true; }
    }
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', reveal);
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; d.hidden = false; });
  });
  apply();
  reveal();
})();
`;
