/*
 * Demo LinxDMS - "heavy" page behaviour: every tick the page rewrites some grid cells, toggles
 * row classes, adds/removes a notification and forces a layout, timing its own work.
 * window.__linxdms.perf exposes the numbers so a benchmark can compare runs with and without
 * the extension (the extension's observers run on the same main thread).
 */
(() => {
  const INTERVAL_MS = 50;
  const CELLS_PER_TICK = 40;
  const grid = document.getElementById('gvEstoqueHeavy');
  const list = document.getElementById('lstNotificacoesHeavy');
  if (!grid) return;
  const rows = grid.tBodies[0].rows;
  let seed = 12345;
  function rnd(n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  }
  const perf = {
    ticks: 0,
    workMs: 0,
    maxWorkMs: 0,
    lateMs: 0,
    maxLateMs: 0,
    mutations: 0,
    intervalMs: INTERVAL_MS,
    running: false,
    samples: [],
  };
  let timer = null;
  let expected = 0;

  function tick() {
    const start = performance.now();
    const late = Math.max(0, start - expected);
    expected = start + INTERVAL_MS;
    for (let i = 0; i < CELLS_PER_TICK; i++) {
      const row = rows[rnd(rows.length)];
      row.cells[7].textContent = `${new Date().toLocaleTimeString('pt-BR')}.${perf.ticks % 1000}`;
      row.className = row.className === 'alterada' ? '' : 'alterada';
      perf.mutations += 2;
    }
    const li = document.createElement('li');
    li.textContent = `Estoque atualizado (${perf.ticks})`;
    list.appendChild(li);
    if (list.children.length > 20) list.removeChild(list.firstChild);
    perf.mutations += 2;
    // Reading layout forces style/layout work, which grows when other code dirties the DOM.
    void grid.offsetHeight;
    const work = performance.now() - start;
    perf.ticks++;
    perf.workMs += work;
    perf.lateMs += late;
    if (work > perf.maxWorkMs) perf.maxWorkMs = work;
    if (late > perf.maxLateMs) perf.maxLateMs = late;
    perf.samples.push(Math.round(work * 1000) / 1000);
    if (perf.samples.length > 2000) perf.samples.shift();
  }

  const api = {
    get stats() {
      return {
        ticks: perf.ticks,
        workMs: perf.workMs,
        meanWorkMs: perf.ticks ? perf.workMs / perf.ticks : 0,
        maxWorkMs: perf.maxWorkMs,
        lateMs: perf.lateMs,
        meanLateMs: perf.ticks ? perf.lateMs / perf.ticks : 0,
        maxLateMs: perf.maxLateMs,
        mutations: perf.mutations,
        intervalMs: perf.intervalMs,
        running: perf.running,
        domNodes: document.getElementsByTagName('*').length,
      };
    },
    snapshot: () => JSON.parse(JSON.stringify(api.stats)),
    samples: () => perf.samples.slice(),
    reset: () => {
      perf.ticks = 0;
      perf.workMs = 0;
      perf.maxWorkMs = 0;
      perf.lateMs = 0;
      perf.maxLateMs = 0;
      perf.mutations = 0;
      perf.samples = [];
    },
    start: () => {
      if (timer) return;
      expected = performance.now() + INTERVAL_MS;
      timer = setInterval(tick, INTERVAL_MS);
      perf.running = true;
    },
    stop: () => {
      if (timer) clearInterval(timer);
      timer = null;
      perf.running = false;
    },
    /** Times one call of the page's own recalculation path (a synthetic change on Valor de entrada). */
    timeRecalc: (fieldId) => {
      const node = document.getElementById(fieldId);
      if (!node) return null;
      const t = performance.now();
      node.dispatchEvent(new Event('change', { bubbles: true }));
      return performance.now() - t;
    },
  };
  window.__linxdms = window.__linxdms || {};
  window.__linxdms.perf = api;
  api.start();
})();
