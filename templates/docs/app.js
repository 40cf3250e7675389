// @ts-check
/*
 * Reference docs behaviour: interface language, theme toggle, the sidebar (drawn from nav.js,
 * shared by every page), mobile menu, tabs (schema variants, examples, code samples), copy
 * buttons and search. A classic script (not a module) so it runs from file://. Content is
 * rendered in the HTML already; this file only switches what is shown.
 */
(function () {
  'use strict';

  var html = document.documentElement;
  var root = html.getAttribute('data-root') || '';

  /**
   * Settles once the first contentful paint is on screen (the browser reports it when the frame is
   * presented, not when it is merely begun): the work it triggers (the header's controls, the
   * sidebar tree) then does not compete with rasterising that frame. Where paint timing is not
   * reported, the next animation frame and a task; a hidden page (no paint) settles on a timer.
   */
  var firstPaint = new Promise(function (resolve) {
    var done = function () {
      setTimeout(resolve, 0);
    };
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('paint') < 0) {
      if (window.requestAnimationFrame) window.requestAnimationFrame(done);
      else done();
      return;
    }
    if (performance.getEntriesByName('first-contentful-paint').length) return done();
    var observer = new PerformanceObserver(function (list) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(function () {
      observer.disconnect();
      done();
    }, 1000);
  });
  /** @param {() => void} fn */
  function afterFirstPaint(fn) {
    firstPaint.then(fn);
  }

  // The header's controls work only with JavaScript, so this script adds them rather than every
  // page carrying their markup (pages without JavaScript keep the brand link and the sidebar).
  // The menu button (left of the brand on narrow screens) is added now, so the brand never moves.
  var topbar = document.querySelector('.topbar');
  if (topbar) {
    topbar.insertAdjacentHTML(
      'afterbegin',
      '<button class="icon-button nav-toggle" type="button" aria-controls="sidebar" aria-expanded="false" data-i18n="nav.menu">Menu</button>',
    );
  }

  /**
   * The search box and the language and theme buttons, at the bar's right end, are added after the
   * first frame: on a page in English their text is all that needs a fallback font (the button's
   * 中文, a CJK font found through the whole font list), and a text field present at
   * DOMContentLoaded makes Chromium lay the page out right then for form autofill; both held the
   * first paint. Nothing shown moves when they appear (they take the bar's free end).
   */
  var controlsDrawn = false;
  function drawControls() {
    if (controlsDrawn || !topbar) return;
    controlsDrawn = true;
    topbar.insertAdjacentHTML(
      'beforeend',
      '<div class="search" role="search">' +
        '<label class="visually-hidden" for="search-input" data-i18n="search.label">Search operations, titles, parameters and schemas</label>' +
        '<input id="search-input" type="search" placeholder="Search…" data-i18n-placeholder="search.placeholder" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results">' +
        '<kbd aria-hidden="true">/</kbd>' +
        '<ul id="search-results" class="search-results" role="listbox" aria-label="Search results" data-i18n-label="search.results" hidden></ul>' +
        '</div>' +
        (html.getAttribute('data-lang-only') === 'en'
          ? ''
          : '<button class="icon-button lang-toggle" type="button" data-i18n="lang.switch" data-i18n-title="lang.title" title="切换到中文界面">中文</button>') +
        '<button class="icon-button theme-toggle" type="button" aria-pressed="false" title="Toggle dark theme" data-i18n-title="theme.title"><span aria-hidden="true">◐</span><span class="visually-hidden" data-i18n="theme.label">Dark theme</span></button>',
    );
    applyStrings(topbar);
    syncThemeButton();
    wireSearch();
  }

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

  // ── interface language ─────────────────────────────────

  /**
   * Every interface string, in English and Chinese. Elements carry `data-i18n` (text),
   * `data-i18n-placeholder`, `data-i18n-label` (aria-label) or `data-i18n-title` with a key.
   * The choice is on <html data-lang> (set before first paint by the page's head script).
   */
  var STRINGS = /** @type {Record<'en' | 'zh', Record<string, string>>} */ ({
    en: {
      'nav.api': 'API',
      'nav.overview': 'Overview',
      'nav.schemas': 'Schemas',
      'nav.families': 'Families',
      'nav.menu': 'Menu',
      'nav.label': 'API reference',
      'skip': 'Skip to content',
      'theme.label': 'Dark theme',
      'theme.title': 'Toggle dark theme',
      'lang.switch': '中文',
      'lang.title': '切换到中文界面',
      'search.label': 'Search operations, titles, parameters and schemas',
      'search.placeholder': 'Search…',
      'search.results': 'Search results',
      'search.none': 'No matches',
      'search.loading': 'Loading the search index…',
      'kind.op': 'operation',
      'kind.page': 'page',
      'kind.family': 'family',
      'kind.schema': 'schema',
      'th.method': 'Method',
      'th.operation': 'Operation',
      'th.path': 'Path',
      'th.field': 'Field',
      'th.type': 'Type',
      'th.description': 'Description',
      'th.parameter': 'Parameter',
      'h.samples': 'Request samples',
      'h.auth': 'Authentication',
      'h.params': 'Parameters',
      'h.body': 'Request body',
      'h.responses': 'Responses',
      'h.callbacks': 'Callbacks',
      'h.pages': 'Documented pages',
      'h.families': 'Families',
      'h.operations': 'All operations',
      'h.servers': 'Base URL',
      'h.tasks': 'Async tasks',
      'h.streaming': 'Streaming operations',
      'h.webhooks': 'Webhooks',
      'schema.usedBy': 'Used by',
      'copy': 'Copy',
      'copied': 'Copied',
      'badge.required': 'required',
      'badge.stream': 'streams (SSE)',
      'badge.retry': 'retry-safe',
      'badge.noretry': 'not retried once sent',
    },
    zh: {
      'nav.api': 'API',
      'nav.overview': '概览',
      'nav.schemas': '数据结构',
      'nav.families': '分组',
      'nav.menu': '菜单',
      'nav.label': 'API 参考',
      'skip': '跳到正文',
      'theme.label': '深色主题',
      'theme.title': '切换深色主题',
      'lang.switch': 'English',
      'lang.title': 'Switch the interface to English',
      'search.label': '搜索接口、标题、参数和数据结构',
      'search.placeholder': '搜索…',
      'search.results': '搜索结果',
      'search.none': '没有匹配项',
      'search.loading': '正在加载搜索索引…',
      'kind.op': '接口',
      'kind.page': '页面',
      'kind.family': '分组',
      'kind.schema': '数据结构',
      'th.method': '方法',
      'th.operation': '接口',
      'th.path': '路径',
      'th.field': '字段',
      'th.type': '类型',
      'th.description': '说明',
      'th.parameter': '参数',
      'h.samples': '请求示例',
      'h.auth': '鉴权',
      'h.params': '参数',
      'h.body': '请求体',
      'h.responses': '响应',
      'h.callbacks': '回调',
      'h.pages': '对应文档页',
      'h.families': '分组',
      'h.operations': '全部接口',
      'h.servers': '基础地址',
      'h.tasks': '异步任务',
      'h.streaming': '流式接口',
      'h.webhooks': 'Webhook 回调',
      'schema.usedBy': '使用者',
      'copy': '复制',
      'copied': '已复制',
      'badge.required': '必填',
      'badge.stream': '流式 (SSE)',
      'badge.retry': '可安全重试',
      'badge.noretry': '发出后不重试',
    },
  });

  /** @returns {'en' | 'zh'} */
  function currentLang() {
    return html.getAttribute('data-lang') === 'zh' ? 'zh' : 'en';
  }

  /** @param {string} key @returns {string} */
  function t(key) {
    var own = STRINGS[currentLang()][key];
    return own !== undefined ? own : STRINGS.en[key] !== undefined ? STRINGS.en[key] : key;
  }

  var I18N_ATTRS = [
    ['data-i18n-placeholder', 'placeholder'],
    ['data-i18n-label', 'aria-label'],
    ['data-i18n-title', 'title'],
  ];

  // Labels the pages repeat many times are found by their class, not marked one by one (page size).
  var I18N_CLASSES = [
    ['button.copy', 'copy'],
    ['.badge.req', 'badge.required'],
    ['.op-badges .badge.stream', 'badge.stream'],
    ['.op-badges .badge.warn', 'badge.noretry'],
    ['.op-badges .badge[title]:not(.warn)', 'badge.retry'],
  ];

  /** @param {Element} node @param {string} text */
  function writeText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  /** @param {ParentNode} [scope] where to write them (the whole page by default) */
  function applyStrings(scope) {
    var from = scope || document;
    var nodes = from.querySelectorAll('[data-i18n]');
    // Only what differs is written: the pages carry the English strings, so on load in English
    // nothing changes and nothing is laid out again.
    for (var i = 0; i < nodes.length; i++) {
      var node = /** @type {Element} */ (nodes[i]);
      writeText(node, t(node.getAttribute('data-i18n') || ''));
    }
    for (var c = 0; c < I18N_CLASSES.length; c++) {
      var rule = /** @type {string[]} */ (I18N_CLASSES[c]);
      var found = from.querySelectorAll(/** @type {string} */ (rule[0]));
      for (var k = 0; k < found.length; k++) writeText(/** @type {Element} */ (found[k]), t(/** @type {string} */ (rule[1])));
    }
    for (var a = 0; a < I18N_ATTRS.length; a++) {
      var pair = /** @type {string[]} */ (I18N_ATTRS[a]);
      var attr = /** @type {string} */ (pair[1]);
      var marked = from.querySelectorAll('[' + pair[0] + ']');
      for (var j = 0; j < marked.length; j++) {
        var el = /** @type {Element} */ (marked[j]);
        var value = t(el.getAttribute(/** @type {string} */ (pair[0])) || '');
        if (el.getAttribute(attr) !== value) el.setAttribute(attr, value);
      }
    }
  }

  /** @param {'en' | 'zh'} lang */
  function setLang(lang) {
    html.setAttribute('data-lang', lang);
    html.lang = lang === 'zh' ? 'zh' : 'en';
    applyStrings();
    renderNav();
    document.dispatchEvent(new CustomEvent('docs-lang', { detail: { lang: lang } }));
  }

  // Read by other page scripts (e.g. the try-it console) for their own strings.
  /** @type {{ DOCS_I18N?: unknown }} */ (/** @type {unknown} */ (window)).DOCS_I18N = {
    lang: currentLang,
    t: t,
  };

  /** @param {Event} event @param {string} selector @returns {boolean} */
  function clicked(event, selector) {
    var target = /** @type {Element} */ (event.target);
    return Boolean(target.closest && target.closest(selector));
  }

  document.addEventListener('click', function (event) {
    if (!clicked(event, '.lang-toggle')) return;
    /** @type {'en' | 'zh'} */
    var next = currentLang() === 'zh' ? 'en' : 'zh';
    save('docs-lang', next);
    setLang(next);
    announce(next === 'zh' ? '界面语言：中文' : 'Interface language: English');
  });

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

  document.addEventListener('click', function (event) {
    if (!clicked(event, '.theme-toggle')) return;
    var next = currentTheme() === 'dark' ? 'light' : 'dark';
    html.setAttribute('data-theme', next);
    save('docs-theme', next);
    syncThemeButton();
    announce(next === 'dark' ? 'Dark theme' : 'Light theme');
  });
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener('change', syncThemeButton);

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

  // ── navigation, drawn from nav.js (one file for the whole site) ──

  /**
   * @typedef {{ id: string, m: string, t: string, z?: string, u: string, p?: [string, string][] }} NavOp
   * @typedef {{ t: string, z?: string, u: string, ops: NavOp[] }} NavFamily
   */

  /** @param {string} u @returns {string} */
  function pathOf(u) {
    return new URL(root + u, location.href).pathname;
  }

  /**
   * A title in the interface language first: Chinese titles lead when it is Chinese.
   * @param {string} en @param {string | undefined} zh @returns {DocumentFragment}
   */
  function titleNodes(en, zh) {
    var out = document.createDocumentFragment();
    var first = currentLang() === 'zh' && zh ? zh : en;
    var second = first === en ? zh : en;
    out.appendChild(document.createTextNode(first));
    if (second) {
      var small = document.createElement('span');
      small.className = 'zh';
      if (second === zh) small.lang = 'zh';
      small.textContent = second;
      out.appendChild(small);
    }
    return out;
  }

  var METHOD_CLASSES = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

  /** @param {NavOp} op @param {string} here */
  function navOpItem(op, here) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = root + op.u;
    if (pathOf(op.u) === here) link.setAttribute('aria-current', 'page');
    var line = document.createElement('span');
    line.className = 'op-line';
    var method = document.createElement('span');
    method.className = 'method ' + (METHOD_CLASSES.indexOf(op.m) >= 0 ? 'm-' + op.m.toLowerCase() : 'm-other');
    method.textContent = op.m;
    var text = document.createElement('span');
    text.className = 'op-text';
    text.appendChild(titleNodes(op.t, op.z));
    line.appendChild(method);
    line.appendChild(text);
    link.appendChild(line);
    item.appendChild(link);
    if (op.p) {
      var pages = document.createElement('ul');
      pages.className = 'nav-pages';
      for (var i = 0; i < op.p.length; i++) {
        var page = /** @type {[string, string]} */ (op.p[i]);
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + op.u + '#' + encodeURIComponent(page[1]);
        a.lang = 'zh';
        a.textContent = page[0];
        li.appendChild(a);
        pages.appendChild(li);
      }
      item.appendChild(pages);
    }
    return item;
  }

  function renderNav() {
    var tree = document.querySelector('#sidebar .nav-tree');
    var data = /** @type {{ DOCS_NAV?: NavFamily[] }} */ (/** @type {unknown} */ (window)).DOCS_NAV;
    if (!tree || !Array.isArray(data)) return;
    var here = location.pathname;
    var heading = document.createElement('p');
    heading.className = 'nav-section';
    heading.textContent = t('nav.families');
    var families = document.createElement('ul');
    families.className = 'nav-families';
    for (var i = 0; i < data.length; i++) {
      var f = /** @type {NavFamily} */ (data[i]);
      var isFamilyPage = pathOf(f.u) === here;
      var current = isFamilyPage;
      for (var j = 0; j < f.ops.length && !current; j++) {
        if (pathOf(/** @type {NavOp} */ (f.ops[j]).u) === here) current = true;
      }
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + f.u;
      if (isFamilyPage) link.setAttribute('aria-current', 'page');
      var count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(f.ops.length);
      link.appendChild(count);
      link.appendChild(titleNodes(f.t, f.z));
      item.appendChild(link);
      if (current) {
        var ops = document.createElement('ul');
        ops.className = 'nav-ops';
        for (var k = 0; k < f.ops.length; k++) ops.appendChild(navOpItem(/** @type {NavOp} */ (f.ops[k]), here));
        item.appendChild(ops);
      }
      families.appendChild(item);
    }
    tree.textContent = '';
    tree.appendChild(heading);
    tree.appendChild(families);
  }

  // A link from the one-page-per-family layout (families/x.html#operationId) follows on to the operation's page.
  var movedRow = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  var movedTo = movedRow ? movedRow.getAttribute('data-moved-to') : null;
  // Once the page's other scripts have loaded: leaving earlier would abort their requests.
  if (movedTo) {
    var target = movedTo;
    window.addEventListener('load', function () {
      location.replace(target);
    });
  }

  applyStrings();
  // The family tree is drawn after the next frame: the first paint waits neither for nav.js (its
  // data, loaded only then) nor for the tree, which only adds lines below the sidebar's static
  // links (nothing already shown moves). A script element, not fetch, works from file://.
  function loadNav() {
    // A page that sends the reader on (movedTo, above) draws no tree: its request would be cut off.
    if (movedTo) return;
    var script = document.createElement('script');
    script.src = root + 'nav.js';
    script.onload = renderNav;
    document.head.appendChild(script);
  }
  afterFirstPaint(drawControls);
  afterFirstPaint(loadNav);

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
    var shown = document.getElementById(tab.getAttribute('aria-controls') || '');
    // After the first frame (as the open trees): this may run while the page is still starting.
    if (shown)
      afterFirstPaint(function () {
        fillShownOnDemand(/** @type {Element} */ (shown));
      });
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

  // ── schema trees on demand ─────────────────────────────
  // A named schema's tree is rendered once, on its own page. Elsewhere a closed <details
  // class="on-demand"> links to that page; opened (or open from the start) it is filled with the
  // page's tree when the site is served over HTTP. From file:// the browser refuses the fetch, and
  // the link stays.

  /** @type {Record<string, Promise<Document>>} */
  var schemaPages = {};
  var onDemandCount = 0;

  /** @param {string} url @returns {Promise<Document>} */
  function schemaPage(url) {
    var cached = schemaPages[url];
    if (cached) return cached;
    var fetched = fetch(url)
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      })
      .then(function (text) {
        return new DOMParser().parseFromString(text, 'text/html');
      });
    schemaPages[url] = fetched;
    fetched.catch(function () {
      delete schemaPages[url];
    });
    return fetched;
  }

  /**
   * A copy of a schema page's tree, fit for this page: links resolved against the schema page,
   * ids made unique (the same tree may appear twice here), and nested on-demand trees closed
   * (they load when the reader opens them, so cycles between schemas never load by themselves).
   * @param {Element} body @param {string} base @returns {Element}
   */
  function adoptTree(body, base) {
    var tree = /** @type {Element} */ (document.importNode(body, true));
    var prefix = 'od' + ++onDemandCount + '-';
    var links = tree.querySelectorAll('[href]');
    for (var i = 0; i < links.length; i++) {
      var link = /** @type {Element} */ (links[i]);
      link.setAttribute('href', new URL(link.getAttribute('href') || '', base).href);
    }
    var marked = tree.querySelectorAll('[data-src]');
    for (var m = 0; m < marked.length; m++) {
      var node = /** @type {Element} */ (marked[m]);
      node.setAttribute('data-src', new URL(node.getAttribute('data-src') || '', base).href);
      node.removeAttribute('open');
    }
    var refs = ['id', 'aria-controls', 'aria-labelledby'];
    var all = tree.querySelectorAll('[id], [aria-controls], [aria-labelledby]');
    for (var a = 0; a < all.length; a++) {
      for (var r = 0; r < refs.length; r++) {
        var name = /** @type {string} */ (refs[r]);
        var value = all[a].getAttribute(name);
        if (value) all[a].setAttribute(name, prefix + value);
      }
    }
    tree.removeAttribute('data-schema');
    return tree;
  }

  /** @param {HTMLDetailsElement} details */
  function fillOnDemand(details) {
    if (location.protocol === 'file:' || details.getAttribute('data-state')) return;
    var src = details.getAttribute('data-src');
    if (!src) return;
    var url = new URL(src, location.href);
    url.hash = '';
    details.setAttribute('data-state', 'loading');
    details.setAttribute('aria-busy', 'true');
    schemaPage(url.href).then(
      function (doc) {
        var body = doc.querySelector('.schema-body');
        details.removeAttribute('aria-busy');
        if (!body) {
          details.setAttribute('data-state', 'missing');
          return;
        }
        var link = details.querySelector(':scope > .on-demand-link');
        if (link) link.remove();
        details.appendChild(adoptTree(body, url.href));
        details.setAttribute('data-state', 'loaded');
        applyStrings();
      },
      function () {
        // Keep the link; a later opening tries again.
        details.removeAttribute('aria-busy');
        details.removeAttribute('data-state');
      },
    );
  }

  document.addEventListener(
    'toggle',
    function (event) {
      var target = /** @type {HTMLDetailsElement} */ (event.target);
      // A tree open from the start also fires this once parsed (when is up to the browser): one in
      // a hidden tab panel waits for its tab (fillShownOnDemand below).
      if (
        target.open &&
        target.classList &&
        target.classList.contains('on-demand') &&
        !target.closest('[role="tabpanel"][hidden]')
      )
        fillOnDemand(target);
    },
    true,
  );
  // Trees open from the start are fetched after the first frame: the first paint waits neither
  // for their pages nor for laying them out. One in a hidden tab panel (a union variant's fields)
  // is fetched when its tab is first shown.
  /** @param {ParentNode} root */
  function fillShownOnDemand(root) {
    var openOnDemand = root.querySelectorAll('details.on-demand[open]');
    for (var od = 0; od < openOnDemand.length; od++) {
      var details = /** @type {HTMLDetailsElement} */ (openOnDemand[od]);
      if (!details.closest('[role="tabpanel"][hidden]')) fillOnDemand(details);
    }
  }
  afterFirstPaint(function () {
    fillShownOnDemand(document);
  });

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
        label.textContent = t('copied');
        announce('Copied to clipboard');
        setTimeout(function () {
          label.textContent = t('copy');
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

  /** @type {HTMLInputElement | null} */
  var input = null;
  /** @type {HTMLElement | null} */
  var list = null;
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
    // Every term starts a word of the entry's name: the kind then decides first (an operation
    // "Create embeddings" above the schema `Embedding` for "embedding").
    var named = true;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i] || '';
      if (Math.max(fieldScore(id, term, 1), fieldScore(title, term, 1), fieldScore(zh, term, 1)) < 2)
        named = false;
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
    return total + nameBonus(id, title, zh, terms) + (KIND_WEIGHT[e.k] || 0) * (named ? 20 : 1);
  }

  /**
   * A name or title holding the whole query outranks entries that match its words one by one across
   * fields and descriptions ("special event" finds "Get special event" before schemas that only say it).
   * @param {string} id @param {string} title @param {string} zh @param {string[]} terms @returns {number}
   */
  function nameBonus(id, title, zh, terms) {
    if (terms.length < 2) return 0;
    var phrase = terms.join(' ');
    var inName =
      title.indexOf(phrase) >= 0 ||
      zh.indexOf(phrase) >= 0 ||
      id.replace(/[\s_\-.]/g, '').indexOf(terms.join('')) >= 0;
    return inName ? 40 * terms.length : 0;
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
      var empty = el('li', 'r-empty', t(indexState === 'ready' ? 'search.none' : 'search.loading'));
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
      item.appendChild(el('span', 'r-kind', t('kind.' + e.k)));
      item.appendChild(el('span', 'r-title', currentLang() === 'zh' && e.z ? e.z + ' · ' + e.t : e.t + (e.z ? ' · ' + e.z : '')));
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

  // "/" focuses the search box from anywhere (drawing it first if a reader is that quick).
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = /** @type {HTMLElement} */ (event.target);
    var tag = target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return;
    drawControls();
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  function wireSearch() {
    input = /** @type {HTMLInputElement | null} */ (document.getElementById('search-input'));
    list = document.getElementById('search-results');
    if (!input || !list) return;
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
  }
})();
