// @ts-check
/*
 * Reference docs behaviour: theme toggle, mobile menu, tabs (schema variants, examples, code
 * samples), copy buttons and search. A classic script (not a module) so it runs from file://.
 * Everything is rendered in the HTML already; this file only switches what is shown.
 */
(function () {
  'use strict';

  var html = document.documentElement;
  var root = html.getAttribute('data-root') || '';

  /** @param {string} key @returns {string | null} */
  function load(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  /** @param {string} key @param {string} value */
  function save(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (e) {
      /* storage may be disabled; the choice then lasts for this page only */
    }
  }

  /** @param {string} text */
  function announce(text) {
    var live = document.getElementById('live-region');
    if (live) live.textContent = text;
  }

  // ── theme ──────────────────────────────────────────────

  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  /** @returns {'light' | 'dark'} */
  function currentTheme() {
    var set = html.getAttribute('data-theme');
    if (set === 'light' || set === 'dark') return set;
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }

  function syncThemeButton() {
    var button = document.querySelector('.theme-toggle');
    if (button) button.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false');
  }

  var themeButton = document.querySelector('.theme-toggle');
  if (themeButton) {
    themeButton.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      save('docs-theme', next);
      syncThemeButton();
      announce(next === 'dark' ? 'Dark theme' : 'Light theme');
    });
  }
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener('change', syncThemeButton);
  syncThemeButton();

  // ── mobile menu ────────────────────────────────────────

  var navToggle = document.querySelector('.nav-toggle');
  var sidebar = document.getElementById('sidebar');
  if (navToggle && sidebar) {
    var toggle = navToggle;
    var nav = sidebar;
    toggle.addEventListener('click', function () {
      var open = !nav.hasAttribute('data-open');
      if (open) nav.setAttribute('data-open', '');
      else nav.removeAttribute('data-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    nav.addEventListener('click', function (event) {
      var target = /** @type {Element} */ (event.target);
      if (target.closest && target.closest('a')) {
        nav.removeAttribute('data-open');
        toggle.setAttribute('aria-expanded', 'false');
      }
    });
  }

  // ── tabs ───────────────────────────────────────────────

  /** @param {Element} tab */
  function activateTab(tab) {
    var list = tab.closest('[role="tablist"]');
    if (!list) return;
    var tabs = list.querySelectorAll('[role="tab"]');
    for (var i = 0; i < tabs.length; i++) {
      var other = /** @type {HTMLElement} */ (tabs[i]);
      var selected = other === tab;
      other.setAttribute('aria-selected', selected ? 'true' : 'false');
      other.tabIndex = selected ? 0 : -1;
      var panelId = other.getAttribute('aria-controls');
      var panel = panelId ? document.getElementById(panelId) : null;
      if (panel) panel.hidden = !selected;
    }
  }

  /** Selects the same key (e.g. "python") in every synced tab list on the page and remembers it. */
  /** @param {string} group @param {string} key */
  function activateSynced(group, key) {
    var lists = document.querySelectorAll('[role="tablist"][data-sync="' + group + '"]');
    for (var i = 0; i < lists.length; i++) {
      var match = lists[i].querySelector('[role="tab"][data-key="' + key + '"]');
      if (match) activateTab(match);
    }
    save('docs-tab-' + group, key);
  }

  document.addEventListener('click', function (event) {
    var target = /** @type {Element} */ (event.target);
    var tab = target.closest ? target.closest('[role="tab"]') : null;
    if (!tab) return;
    var list = tab.closest('[role="tablist"]');
    var group = list ? list.getAttribute('data-sync') : null;
    var key = tab.getAttribute('data-key');
    if (group && key) activateSynced(group, key);
    else activateTab(tab);
  });

  document.addEventListener('keydown', function (event) {
    var target = /** @type {Element} */ (event.target);
    if (!target.getAttribute || target.getAttribute('role') !== 'tab') return;
    var list = target.closest('[role="tablist"]');
    if (!list) return;
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
    var index = tabs.indexOf(target);
    var next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    var tab = /** @type {HTMLElement} */ (tabs[next]);
    tab.focus();
    tab.click();
  });

  // Restore remembered synced choices (sample language).
  var syncedLists = document.querySelectorAll('[role="tablist"][data-sync]');
  /** @type {Record<string, boolean>} */
  var restored = {};
  for (var s = 0; s < syncedLists.length; s++) {
    var group = syncedLists[s].getAttribute('data-sync') || '';
    if (restored[group]) continue;
    restored[group] = true;
    var saved = load('docs-tab-' + group);
    if (saved) activateSynced(group, saved);
  }

  /** Reveals an anchor target that sits in a hidden tab panel or a closed <details>. */
  function revealHashTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (!target) return;
    /** @type {Element | null} */
    var node = target;
    while (node && node !== document.body) {
      if (node.getAttribute('role') === 'tabpanel' && /** @type {HTMLElement} */ (node).hidden) {
        var tab = document.querySelector('[role="tab"][aria-controls="' + node.id + '"]');
        if (tab) activateTab(tab);
      }
      if (node.tagName === 'DETAILS') /** @type {HTMLDetailsElement} */ (node).open = true;
      node = node.parentElement;
    }
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', revealHashTarget);
  if (location.hash) revealHashTarget();

  // ── copy buttons ───────────────────────────────────────

  /** @param {string} text @returns {Promise<void>} */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error('copy failed'));
    });
  }

  document.addEventListener('click', function (event) {
    var target = /** @type {Element} */ (event.target);
    var button = target.closest ? target.closest('button.copy') : null;
    if (!button) return;
    var box = button.closest('.code');
    var code = box ? box.querySelector('pre') : null;
    if (!code) return;
    var label = button;
    copyText(code.textContent || '').then(
      function () {
        label.textContent = 'Copied';
        announce('Copied to clipboard');
        setTimeout(function () {
          label.textContent = 'Copy';
        }, 1500);
      },
      function () {
        label.textContent = 'Press Ctrl+C';
      },
    );
  });

  // ── search ─────────────────────────────────────────────

  /**
   * @typedef {{ k: string, t: string, z?: string, s?: string, id?: string, u: string, w?: string }} Entry
   * k: kind (op, page, family, schema), t: title, z: Chinese title, s: subtitle (method + path),
   * id: operationId or schema name, u: url relative to the docs root, w: extra words (parameters, fields).
   */

  var input = /** @type {HTMLInputElement | null} */ (document.getElementById('search-input'));
  var list = document.getElementById('search-results');
  /** @type {Entry[]} */
  var entries = [];
  /** @type {'idle' | 'loading' | 'ready'} */
  var indexState = 'idle';
  /** Enter pressed before the index arrived: open the best match as soon as it does. */
  var enterPending = false;

  /**
   * Loads search-index.js on first use (focus or hover of the search box), so pages stay light:
   * the index of a large spec is hundreds of KB. A script element, not fetch, works from file://.
   */
  function loadIndex() {
    if (indexState !== 'idle') return;
    indexState = 'loading';
    var script = document.createElement('script');
    script.src = root + 'search-index.js';
    script.onload = function () {
      var data = /** @type {{ DOCS_SEARCH_INDEX?: { entries: Entry[] } }} */ (/** @type {unknown} */ (window))
        .DOCS_SEARCH_INDEX;
      if (data && Array.isArray(data.entries)) entries = data.entries;
      indexState = 'ready';
      if (input && input.value.trim()) {
        shown = search(input.value);
        active = shown.length > 0 ? 0 : -1;
        render();
        if (enterPending && shown[0]) go(shown[0]);
      }
      enterPending = false;
    };
    script.onerror = function () {
      indexState = 'idle';
      enterPending = false;
    };
    document.head.appendChild(script);
  }

  /** @type {Entry[]} */
  var shown = [];
  var active = -1;

  var KIND_WEIGHT = /** @type {Record<string, number>} */ ({ op: 6, page: 4, family: 5, schema: 2 });
  var KIND_LABEL = /** @type {Record<string, string>} */ ({
    op: 'operation',
    page: 'page',
    family: 'family',
    schema: 'schema',
  });

  /** @param {string} hay @param {string} term @param {number} base @returns {number} */
  function fieldScore(hay, term, base) {
    if (!hay) return 0;
    var i = hay.indexOf(term);
    if (i < 0) return 0;
    if (hay.length === term.length) return base * 4;
    if (i === 0) return base * 3;
    var before = hay.charAt(i - 1);
    if (/[\s/._\-{(]/.test(before)) return base * 2;
    return base;
  }

  /** @param {Entry} e @param {string[]} terms @returns {number} */
  function score(e, terms) {
    var total = 0;
    var id = (e.id || '').toLowerCase();
    var title = e.t.toLowerCase();
    var zh = (e.z || '').toLowerCase();
    var sub = (e.s || '').toLowerCase();
    var words = (e.w || '').toLowerCase();
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i] || '';
      var best = Math.max(
        fieldScore(id, term, 10),
        fieldScore(title, term, 9),
        fieldScore(zh, term, 9),
        fieldScore(sub, term, 6),
        fieldScore(words, term, 2),
      );
      if (best === 0) return 0;
      total += best;
    }
    return total + (KIND_WEIGHT[e.k] || 0);
  }

  /** @param {string} query @returns {Entry[]} */
  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    /** @type {{ e: Entry, score: number, i: number }[]} */
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var entry = /** @type {Entry} */ (entries[i]);
      var value = score(entry, terms);
      if (value > 0) hits.push({ e: entry, score: value, i: i });
    }
    hits.sort(function (a, b) {
      return b.score - a.score || a.i - b.i;
    });
    return hits.slice(0, 20).map(function (h) {
      return h.e;
    });
  }

  /** @param {string} tag @param {string} className @param {string} text */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  function render() {
    if (!list || !input) return;
    list.textContent = '';
    if (!input.value.trim()) {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      return;
    }
    if (shown.length === 0) {
      var empty = el('li', 'r-empty', indexState === 'ready' ? 'No matches' : 'Loading the search index…');
      empty.setAttribute('role', 'option');
      empty.setAttribute('aria-disabled', 'true');
      list.appendChild(empty);
    }
    for (var i = 0; i < shown.length; i++) {
      var e = /** @type {Entry} */ (shown[i]);
      var item = document.createElement('li');
      item.id = 'search-result-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', i === active ? 'true' : 'false');
      item.setAttribute('data-index', String(i));
      item.appendChild(el('span', 'r-kind', KIND_LABEL[e.k] || e.k));
      item.appendChild(el('span', 'r-title', e.t + (e.z ? ' · ' + e.z : '')));
      if (e.s) item.appendChild(el('span', 'r-sub', e.s));
      list.appendChild(item);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', 'search-result-' + active);
      var current = document.getElementById('search-result-' + active);
      if (current && current.scrollIntoView) current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  /** @param {Entry} e */
  function go(e) {
    var url = root + e.u;
    if (list) list.hidden = true;
    if (input) input.setAttribute('aria-expanded', 'false');
    location.href = url;
  }

  if (input && list) {
    var box = input;
    var results = list;
    box.addEventListener('input', function () {
      enterPending = false;
      shown = search(box.value);
      active = shown.length > 0 ? 0 : -1;
      render();
    });
    box.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (shown.length === 0) return;
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        active = (active + step + shown.length) % shown.length;
        render();
      } else if (event.key === 'Enter') {
        var chosen = shown[active >= 0 ? active : 0];
        if (chosen) {
          event.preventDefault();
          go(chosen);
        } else if (indexState !== 'ready') {
          event.preventDefault();
          enterPending = true;
          loadIndex();
        }
      } else if (event.key === 'Escape') {
        enterPending = false;
        box.value = '';
        shown = [];
        active = -1;
        render();
      }
    });
    box.addEventListener('focus', function () {
      loadIndex();
      if (box.value.trim()) render();
    });
    box.addEventListener('pointerenter', loadIndex);
    results.addEventListener('mousedown', function (event) {
      // mousedown (not click) so the choice lands before the input's blur hides the list
      var target = /** @type {Element} */ (event.target);
      var item = target.closest ? target.closest('li[data-index]') : null;
      if (!item) return;
      event.preventDefault();
      var chosen = shown[Number(item.getAttribute('data-index'))];
      if (chosen) go(chosen);
    });
    box.addEventListener('blur', function () {
      results.hidden = true;
      box.setAttribute('aria-expanded', 'false');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      var target = /** @type {HTMLElement} */ (event.target);
      var tag = target.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return;
      event.preventDefault();
      box.focus();
      box.select();
    });
  }
})();
