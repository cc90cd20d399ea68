/*
 * Demo LinxDMS - page script of the "Financiamento" screen (all three flows).
 * Plain ES2017 for a dated page. The page keeps its own model, changed ONLY by its event
 * listeners (input/change/blur/click), like WebForms onchange scripts: a test that sets
 * .value without firing events leaves the model stale on purpose.
 */
(() => {
  const cfg = JSON.parse(document.getElementById('linxdms-config').textContent);
  let model = cfg.model;
  const ids = cfg.ids;
  const fieldsById = {};
  const fieldsByKey = {};
  cfg.fields.forEach((f) => {
    fieldsById[f.id] = f;
    fieldsByKey[f.key] = f;
  });
  const masks = {};
  const events = {};
  const eventLog = [];
  let postbacks = 0;
  const postbackLog = [];
  let pending = 0;

  // ---- parsing / formatting (pt-BR) --------------------------------------------------------
  function digits(s) {
    return String(s || '').replace(/\D/g, '');
  }
  function parseMoney(s) {
    const t = String(s || '')
      .replace(/R\$/g, '')
      .replace(/\s/g, '')
      .replace(/\./g, '')
      .replace(',', '.');
    if (t === '' || t === '-') return null;
    const n = Number(t);
    return Number.isFinite(n) ? Math.round(n * 100) : null;
  }
  function parseDec(s) {
    const t = String(s || '')
      .replace(/%/g, '')
      .replace(/\s/g, '')
      .replace(/\./g, '')
      .replace(',', '.');
    if (t === '') return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  function parseDate(s) {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(s || '').trim());
    return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
  }
  function fmtMoney(c) {
    if (c === null || c === undefined) return '';
    const neg = c < 0;
    const a = Math.abs(c);
    const i = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const t = `${(neg ? '-' : '') + i},${String(a % 100).padStart(2, '0')}`;
    return cfg.moneyPrefix ? `R$ ${t}` : t;
  }
  function fmtDec(n, d) {
    return n === null || n === undefined ? '' : n.toFixed(d).replace('.', ',');
  }
  function round2(n) {
    return Math.round(n * 100) / 100;
  }
  function orNull(s) {
    return s === '' || s === undefined ? null : s;
  }

  // field key -> [model section or null, property, parser]
  const MAP = {
    clienteCpf: ['cliente', 'cpf', (v) => orNull(digits(v))],
    clienteNascimento: ['cliente', 'nascimento', parseDate],
    clienteEmail: ['cliente', 'email', (v) => orNull(String(v).trim())],
    clienteTelefone: ['cliente', 'telefone', (v) => orNull(digits(v))],
    clienteRenda: ['cliente', 'rendaCents', parseMoney],
    clienteProfissao: ['cliente', 'profissao', orNull],
    loja: [null, 'loja', orNull],
    veiculoValor: ['veiculo', 'valorCents', parseMoney],
    financeira: ['negociacao', 'financeira', orNull],
    plano: ['negociacao', 'plano', orNull],
    valorEntrada: ['negociacao', 'valorEntradaCents', (v) => parseMoney(v) || 0],
    percEntrada: ['negociacao', 'percEntrada', parseDec],
    prazo: [
      'negociacao',
      'prazo',
      (v) => {
        const n = parseInt(digits(v), 10);
        return Number.isFinite(n) ? n : null;
      },
    ],
    coeficiente: ['negociacao', 'coeficiente', parseDec],
    retorno: ['negociacao', 'retorno', orNull],
    propostaFinanceira: ['negociacao', 'propostaFinanceira', String],
    situacao: ['negociacao', 'situacao', orNull],
    observacao: ['negociacao', 'observacao', String],
  };
  const RECALC_KEYS = {
    veiculoValor: 1,
    valorEntrada: 1,
    percEntrada: 1,
    prazo: 1,
    coeficiente: 1,
    retorno: 1,
  };

  function setModelField(key, value) {
    const m = MAP[key];
    if (!m) return;
    const parsed = m[2](value);
    if (m[0]) model[m[0]][m[1]] = parsed;
    else model[m[1]] = parsed;
    if (key === 'coeficiente') model.negociacao.coeficienteDigitado = true;
    model.revision++;
  }

  function el(key) {
    const f = fieldsByKey[key];
    return f ? document.getElementById(f.id) : null;
  }

  function writeField(key, text) {
    const f = fieldsByKey[key];
    const node = el(key);
    if (!node) return;
    if (f.control === 'span') {
      node.textContent = text;
      return;
    }
    if (masks[f.id]) masks[f.id].value = text;
    else node.value = text;
  }

  // The page's own recalculation, as an onchange script would do it.
  function recalc(source) {
    const n = model.negociacao;
    const valor = model.veiculo.valorCents || 0;
    if (source === 'percEntrada' && n.percEntrada !== null) {
      n.valorEntradaCents = Math.round((valor * n.percEntrada) / 100);
      writeField('valorEntrada', fmtMoney(n.valorEntradaCents));
    } else {
      n.percEntrada = valor > 0 ? round2(((n.valorEntradaCents || 0) / valor) * 100) : null;
      writeField('percEntrada', fmtDec(n.percEntrada, 2));
    }
    n.valorFinanciadoCents = Math.max(0, valor - (n.valorEntradaCents || 0));
    if (
      source !== 'coeficiente' &&
      !(n.coeficienteDigitado && source !== 'prazo' && source !== 'financeira')
    ) {
      const row = cfg.coeficientes[n.financeira] || {};
      const coef = row[String(n.prazo)];
      n.coeficiente = coef === undefined ? null : coef;
      n.coeficienteDigitado = false;
      writeField('coeficiente', fmtDec(n.coeficiente, 6));
    }
    const t = cfg.financeiras[n.financeira];
    n.taxaMes = t ? t.taxaMes : null;
    n.cetMes = t ? t.cetMes : null;
    n.cetAno = t ? t.cetAno : null;
    n.parcelaCents = n.coeficiente === null ? null : Math.round(n.valorFinanciadoCents * n.coeficiente);
    n.retornoValorCents = Math.round((n.valorFinanciadoCents * (cfg.retornos[n.retorno] || 0)) / 100);
    writeField('valorFinanciado', fmtMoney(n.valorFinanciadoCents));
    writeField('taxaMes', fmtDec(n.taxaMes, 2));
    writeField('cetMes', fmtDec(n.cetMes, 2));
    writeField('cetAno', fmtDec(n.cetAno, 2));
    writeField('parcela', n.parcelaCents === null ? '' : fmtMoney(n.parcelaCents));
    writeField('retornoValor', fmtMoney(n.retornoValorCents));
    model.recalculos++;
    model.revision++;
  }

  // ---- masks (imask) ------------------------------------------------------------------------
  function numberOpts(scale) {
    return {
      mask: Number,
      scale: scale,
      thousandsSeparator: '.',
      radix: ',',
      mapToRadix: [','],
      padFractionalZeros: true,
      normalizeZeros: true,
      min: 0,
      max: 999999999,
    };
  }
  function maskOptions(kind) {
    switch (kind) {
      case 'money':
        return numberOpts(2);
      case 'money-rs':
        return { mask: 'R$ num', lazy: true, blocks: { num: numberOpts(2) } };
      case 'percent':
        return Object.assign(numberOpts(2), { max: 100 });
      case 'coef':
        return Object.assign(numberOpts(6), { thousandsSeparator: '', max: 1 });
      case 'int':
        return { mask: '00' };
      case 'cpf':
        return { mask: '000.000.000-00' };
      case 'date':
        return { mask: '00/00/0000' };
      case 'phone':
        return { mask: [{ mask: '(00) 0000-0000' }, { mask: '(00) 00000-0000' }] };
      default:
        return null;
    }
  }
  function applyMasks(root) {
    if (!window.IMask) return;
    const nodes = root.querySelectorAll('input[data-mask]');
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const opts = maskOptions(node.getAttribute('data-mask'));
      if (!opts) continue;
      if (masks[node.id]) masks[node.id].destroy();
      masks[node.id] = window.IMask(node, opts);
    }
  }

  // ---- event log (what the page received, per element id) ------------------------------------
  const LOGGED = ['input', 'change', 'blur', 'focus', 'keydown', 'keyup', 'keypress', 'paste', 'click'];
  LOGGED.forEach((type) => {
    document.addEventListener(
      type,
      (e) => {
        const id = e.target?.id;
        if (!id) return;
        let c = events[id];
        if (!c) {
          c = {};
          events[id] = c;
        }
        c[type] = (c[type] || 0) + 1;
        if (!e.isTrusted) c.untrusted = (c.untrusted || 0) + 1;
        eventLog.push({ id: id, type: type, trusted: e.isTrusted, at: Math.round(performance.now()) });
        if (eventLog.length > 500) eventLog.shift();
      },
      true,
    );
  });

  // ---- field listeners -------------------------------------------------------------------------
  function onValueEvent(e) {
    const t = e.target;
    if (!t?.id) return;
    if (t.id === ids.propostaCredere) {
      model.propostaCredere = t.value;
      model.raw[t.id] = t.value;
      if (e.type === 'change') anexarPropostaCredere(t.value);
      return;
    }
    const f = fieldsById[t.id];
    if (f?.mode !== 'edit') return;
    model.raw[t.id] = t.value;
    setModelField(f.key, t.value);
    if ((e.type === 'change' || e.type === 'blur') && RECALC_KEYS[f.key]) recalc(f.key);
  }
  document.addEventListener('input', onValueEvent);
  document.addEventListener('change', onValueEvent);
  document.addEventListener('blur', onValueEvent, true);

  // Enter in a text field behaves like the page's default button (Calcular), as WebForms pages do.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target && e.target.tagName === 'INPUT' && fieldsById[e.target.id]) {
      e.preventDefault();
      const btn = document.getElementById(ids.btnCalcular);
      if (btn) postBack(btn.getAttribute('name') || ids.btnCalcular.replace(/_/g, '$'), '');
    }
  });

  // ---- "Anexos/Documentos do atendimento" ---------------------------------------------------
  function today() {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  }
  function anexarPropostaCredere(ref) {
    ref = String(ref || '').trim();
    if (!ref) return;
    const exists = model.anexos.some((a) => a.tipo === 'CREDERE' && a.referencia === ref);
    if (exists) return;
    const a = { tipo: 'CREDERE', descricao: 'Proposta CREDERE', referencia: ref, data: today() };
    model.anexos.push(a);
    model.revision++;
    const table = document.getElementById(ids.anexosList);
    if (table) {
      const tr = document.createElement('tr');
      [a.tipo, a.descricao, a.referencia, a.data.split('-').reverse().join('/')].forEach((text) => {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      tr.className = 'novo';
      table.tBodies[0].appendChild(tr);
    }
    const hidden = document.getElementById(ids.propostaCredereHidden);
    if (hidden)
      hidden.value = JSON.stringify(
        model.anexos.filter((x) => x.tipo === 'CREDERE').map((x) => x.referencia),
      );
  }

  // ---- tabs ------------------------------------------------------------------------------------
  function showTab(aba) {
    const dados = document.getElementById(ids.panelDados);
    const fator = document.getElementById(ids.panelFator);
    const tabD = document.getElementById(ids.tabDados);
    const tabF = document.getElementById(ids.tabFator);
    const isFator = aba === 'fator';
    dados.style.display = isFator ? 'none' : '';
    dados.style.visibility = isFator ? 'hidden' : '';
    fator.style.display = isFator ? '' : 'none';
    fator.style.visibility = isFator ? '' : 'hidden';
    const activeClass =
      cfg.flow === 'fluxo-avancado'
        ? 'ajax__tab_active'
        : cfg.flow === 'gestao-showroom'
          ? 'ativa'
          : 'aba ativa';
    const idleClass = cfg.flow === 'linxdms-veiculos' ? 'aba' : '';
    const holderD = cfg.flow === 'gestao-showroom' ? tabD.parentNode : tabD;
    const holderF = cfg.flow === 'gestao-showroom' ? tabF.parentNode : tabF;
    holderD.className = isFator ? idleClass : activeClass;
    holderF.className = isFator ? activeClass : idleClass;
    document.getElementById(ids.activeTabHidden).value = aba;
    model.abaAtiva = aba;
    model.revision++;
  }
  document.addEventListener('click', (e) => {
    const t = e.target?.closest ? e.target.closest('[data-aba]') : null;
    if (!t) return;
    e.preventDefault();
    const aba = t.getAttribute('data-aba');
    if (aba) showTab(aba);
  });

  // ---- partial postback (UpdatePanel) ----------------------------------------------------------
  function postBack(target, arg) {
    const form = document.forms.aspnetForm;
    form.__EVENTTARGET.value = target;
    form.__EVENTARGUMENT.value = arg || '';
    const body = new URLSearchParams(new FormData(form));
    body.set('__ASYNCPOST', 'true');
    const wait = document.getElementById('divAguarde');
    if (wait) wait.style.display = 'block';
    pending++;
    return fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'X-MicrosoftAjax': 'Delta=true', 'X-Requested-With': 'XMLHttpRequest' },
    })
      .then((r) => r.json())
      .then((d) => {
        if (d.redirect) {
          window.location.href = d.redirect;
          return;
        }
        const old = document.getElementById(ids.updatePanel);
        const holder = document.createElement('div');
        holder.innerHTML = d.html;
        const fresh = holder.firstElementChild;
        Object.keys(masks).forEach((id) => {
          if (old.contains(masks[id].el.input || masks[id].el)) {
            masks[id].destroy();
            delete masks[id];
          }
        });
        old.parentNode.replaceChild(fresh, old);
        form.__VIEWSTATE.value = d.viewState;
        const keep = {
          anexos: model.anexos,
          propostaCredere: model.propostaCredere,
          raw: model.raw,
          abaAtiva: model.abaAtiva,
        };
        const rev = model.revision;
        const rec = model.recalculos;
        model = d.model;
        model.anexos = keep.anexos;
        model.propostaCredere = keep.propostaCredere;
        model.raw = keep.raw;
        model.abaAtiva = keep.abaAtiva;
        model.revision = rev + 1;
        model.recalculos = rec;
        applyMasks(fresh);
        postbacks++;
        postbackLog.push({ target: target, at: Math.round(performance.now()) });
        document.dispatchEvent(new CustomEvent('linxdms:endRequest', { detail: { target: target } }));
      })
      .catch((err) => {
        console.error('LinxDMS: falha no postback parcial', err);
      })
      .then(() => {
        pending--;
        if (wait && pending === 0) wait.style.display = 'none';
      });
  }

  function cancelar() {
    if (cfg.cancelUrl) window.location.href = cfg.cancelUrl;
    else if (window.parent && window.parent !== window && window.parent.LinxDMSShowroom)
      window.parent.LinxDMSShowroom.fecharFinanciamento();
  }

  window.LinxDMS = { postBack: postBack, cancelar: cancelar, showTab: showTab };
  window.__linxdms = {
    flow: cfg.flow,
    getModel: () => JSON.parse(JSON.stringify(model)),
    events: events,
    eventLog: eventLog,
    postbackLog: postbackLog,
    get postbacks() {
      return postbacks;
    },
    get pendingPostbacks() {
      return pending;
    },
    fieldIds: () => {
      const out = {};
      cfg.fields.forEach((f) => {
        out[f.key] = f.id;
      });
      return out;
    },
    resetEvents: () => {
      Object.keys(events).forEach((k) => {
        delete events[k];
      });
      eventLog.length = 0;
    },
  };

  applyMasks(document);
})();
