/*
 * The try-it console. Each operation's markup holds a hook (`<div class="try" data-try="operationId">`);
 * this script turns it into a form on demand. What it knows about an operation is the mock's own
 * route table and the samples' request (assets/console-data.js), and it validates with the mock's
 * own validator and builds query strings and form bodies with the client's own serialisation (both in
 * assets/shared-validator.js), all loaded when a console first opens.
 * The API key lives in sessionStorage only. Plain ES2017, no dependencies, works from file://.
 */
(function () {
  'use strict';

  // ───────────── interface strings (English and Chinese; chosen from data-lang / lang) ─────────────
  var STRINGS = {
    en: {
      open: 'Try it',
      close: 'Hide console',
      heading: 'Try it',
      loading: 'Loading the console…',
      loadFailed: 'The console could not load its data ({0}).',
      baseUrl: 'Base URL',
      apiKey: 'API key',
      apiKeyHint: 'Kept in this tab only (sessionStorage); sent only with the call.',
      mockKeyHint: 'Optional: the mock accepts any key.',
      parameters: 'Parameters',
      body: 'Request body',
      mediaType: 'Media type',
      file: 'file',
      required: 'required',
      send: 'Send',
      sending: 'Sending…',
      isRequired: 'is required',
      fixFields: 'Fix the marked fields; nothing was sent.',
      invalidJson: 'is not valid JSON',
      response: 'Response',
      headers: 'Headers ({0})',
      events: 'Events: {0}',
      streamEnded: 'Stream ended after {0} events.',
      bytes: '{0} bytes of {1}',
      download: 'Download',
      image: 'Image from the response',
      wait: 'Wait for result',
      waiting: 'Polling {0}…',
      taskState: '{0} (status {1})',
      taskDone: 'Task finished: {0}.',
      taskNoId: 'The response carries no task id at {0}.',
      corsBlocked:
        'The browser could not complete the call to {0}. Either the server is unreachable, or it does not allow calls from this page (cross-origin requests need the server to send CORS headers, and the browser blocks them otherwise). Run the call with the curl sample instead, or open these docs from the mock (shellapi-gen mock --docs), where every call works.',
      networkFailed: 'The call to {0} failed before an answer arrived ({1}).',
      samplesFollow: 'The samples follow the form, optional fields included.',
    },
    zh: {
      open: '在线调试',
      close: '收起调试台',
      heading: '在线调试',
      loading: '正在加载调试台…',
      loadFailed: '调试台数据加载失败（{0}）。',
      baseUrl: '基础 URL',
      apiKey: 'API 密钥',
      apiKeyHint: '仅保存在当前标签页（sessionStorage），只随本次请求发送。',
      mockKeyHint: '可留空：模拟服务器接受任意密钥。',
      parameters: '参数',
      body: '请求体',
      mediaType: '媒体类型',
      file: '文件',
      required: '必填',
      send: '发送',
      sending: '发送中…',
      isRequired: '为必填项',
      fixFields: '请修正标出的字段；请求未发送。',
      invalidJson: '不是有效的 JSON',
      response: '响应',
      headers: '响应头（{0}）',
      events: '事件：{0}',
      streamEnded: '流已结束，共 {0} 个事件。',
      bytes: '{0} 字节，类型 {1}',
      download: '下载',
      image: '响应中的图片',
      wait: '等待结果',
      waiting: '正在轮询 {0}…',
      taskState: '{0}（状态 {1}）',
      taskDone: '任务结束：{0}。',
      taskNoId: '响应中 {0} 处没有任务 ID。',
      corsBlocked:
        '浏览器无法完成对 {0} 的请求：服务器不可达，或它不允许来自本页面的跨域请求（服务器需返回 CORS 响应头，否则浏览器会拦截）。请改用 curl 示例，或通过模拟服务器打开本文档（shellapi-gen mock --docs），那里每个调用都能直接运行。',
      networkFailed: '对 {0} 的请求在收到响应前失败（{1}）。',
      samplesFollow: '示例代码随表单内容更新（含选填字段）。',
    },
  };

  var html = document.documentElement;
  function lang() {
    var l = html.getAttribute('data-lang') || html.getAttribute('lang') || 'en';
    return /^zh/i.test(l) ? 'zh' : 'en';
  }
  function t(key) {
    var text = (STRINGS[lang()] || STRINGS.en)[key] || STRINGS.en[key] || key;
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (_m, i) {
      return String(args[Number(i)]);
    });
  }
  /** An element whose text is an interface string: relabelled when the language changes. */
  function el(tag, attrs, key) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) {
      if (attrs[name] === false || attrs[name] === undefined) continue;
      if (name === 'text') node.textContent = attrs[name];
      else node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
    }
    if (key) {
      node.setAttribute('data-i18n', key);
      node.textContent = t(key);
    }
    return node;
  }
  new MutationObserver(function () {
    var nodes = document.querySelectorAll('.try [data-i18n]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute('data-i18n'));
    var toggles = document.querySelectorAll('.try-toggle');
    for (var j = 0; j < toggles.length; j++)
      toggles[j].textContent = t(toggles[j].getAttribute('aria-expanded') === 'true' ? 'close' : 'open');
  }).observe(html, { attributes: true, attributeFilter: ['lang', 'data-lang'] });

  // ───────────── data (loaded once, on first open) ─────────────
  var root = html.getAttribute('data-root') || '';
  var ready;
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + src;
      s.onload = resolve;
      s.onerror = function () {
        reject(new Error(src));
      };
      document.head.appendChild(s);
    });
  }
  var envReady;
  function loadEnv() {
    return (envReady = envReady || loadScript('assets/console-env.js'));
  }
  function loadData() {
    ready =
      ready ||
      Promise.all([
        loadEnv(),
        loadScript('assets/shared-validator.js'),
        loadScript('assets/console-data.js'),
      ]).then(function () {
        var data = window.ShellConsoleData;
        return {
          routes: data.routes,
          env: window.ShellConsoleEnv || {},
          mock: window.ShellMock,
          compiler: window.ShellMock.createSchemaCompiler(data.routes.schemas, data.routes.checkSchemas),
        };
      });
    return ready;
  }

  // Served by the mock: the samples call it from the start, not only once the console is open, so
  // a sample copied at once runs (the console's own default base URL, defaultBase).
  if (/^https?:$/.test(location.protocol) && document.querySelector('.samples [data-slot="base:"]'))
    loadEnv().then(function () {
      var env = window.ShellConsoleEnv || {};
      if (!env.sameOrigin || typeof env.basePath !== 'string') return;
      var slots = document.querySelectorAll('.samples [data-slot="base:"]');
      for (var i = 0; i < slots.length; i++) {
        var encode = encoderOf(slots[i].getAttribute('data-enc'));
        if (encode && slots[i].exampleText === undefined) slots[i].textContent = encode(location.origin + env.basePath);
      }
    }, function () {});

  var KEY_STORE = 'shell-console-key';
  var BASE_STORE = 'shell-console-base';
  function session(name, value) {
    try {
      if (value === undefined) return sessionStorage.getItem(name) || '';
      sessionStorage.setItem(name, value);
    } catch (e) {
      /* storage disabled: the field still works for this page */
    }
    return '';
  }
  function defaultBase(d) {
    if (d.env.sameOrigin && /^https?:$/.test(location.protocol))
      return location.origin + d.routes.basePath;
    return d.routes.serverUrl;
  }

  // ───────────── schema helpers (facts from the mock's validator and route table) ─────────────
  function enumOf(schema, d) {
    var s = d.compiler.resolve(schema);
    return s && typeof s === 'object' && Array.isArray(s.enum) ? s.enum : undefined;
  }
  /** Whether a field's value is JSON text (its coercion, as the mock reads it, admits no string). */
  function isStructured(coerce) {
    var types = (coerce && coerce.types) || [];
    return types.indexOf('string') < 0 && (types.indexOf('object') >= 0 || types.indexOf('array') >= 0);
  }
  function asText(value) {
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? value : JSON.stringify(value, null, isPlain(value) ? 0 : 2);
  }
  function isPlain(value) {
    return value === null || typeof value !== 'object';
  }

  // ───────────── the form ─────────────
  var seq = 0;
  function field(container, spec) {
    var id = 'try-f' + ++seq;
    var wrap = el('div', { class: 'try-field' });
    var label = el('label', { for: id });
    label.appendChild(el('span', { class: 'try-name', text: spec.name }));
    if (spec.where) label.appendChild(el('span', { class: 'try-where', text: spec.where }));
    // A parameter's serialisation style where it is not the default (as the parameter table shows it).
    if (spec.style) label.appendChild(el('span', { class: 'try-where try-style', text: spec.style }));
    if (spec.required) label.appendChild(el('span', { class: 'try-req' }, 'required'));
    wrap.appendChild(label);
    var input;
    if (spec.kind === 'file') {
      input = el('input', { type: 'file', id: id, multiple: spec.multiple });
    } else if (spec.kind === 'select') {
      input = el('select', { id: id });
      if (!spec.required) input.appendChild(el('option', { value: '', text: '' }));
      spec.options.forEach(function (v) {
        var o = el('option', { value: asText(v), text: asText(v) });
        input.appendChild(o);
      });
      input.value = spec.value;
    } else if (spec.kind === 'textarea') {
      input = el('textarea', { id: id, rows: Math.min(12, Math.max(3, spec.value.split('\n').length)), spellcheck: 'false' });
      input.value = spec.value;
    } else {
      input = el('input', { type: spec.type || 'text', id: id, autocomplete: 'off', spellcheck: 'false' });
      input.value = spec.value;
    }
    input.setAttribute('data-field', spec.field || spec.name);
    if (spec.required) input.setAttribute('aria-required', 'true');
    var message = el('p', { class: 'try-field-error', id: id + '-error', hidden: true });
    input.setAttribute('aria-describedby', id + '-error' + (spec.hint ? ' ' + id + '-hint' : ''));
    wrap.appendChild(input);
    if (spec.hint) wrap.appendChild(el('p', { class: 'try-hint', id: id + '-hint' }, spec.hint));
    wrap.appendChild(message);
    container.appendChild(wrap);
    return { input: input, message: message, spec: spec };
  }

  /** True while the form is read only to refill the samples: no messages then. */
  var quiet = false;
  function showIssue(f, text) {
    if (quiet) return;
    f.message.hidden = !text;
    f.message.textContent = text ? (f.spec.name + ' ' + text) : '';
    if (text) f.input.setAttribute('aria-invalid', 'true');
    else f.input.removeAttribute('aria-invalid');
  }

  /** The media types a request body may be sent as (the first is the samples'). */
  function bodyContents(op) {
    if (!op.requestBody) return [];
    return op.requestBody.contents.filter(function (c) {
      return c.kind !== 'event-stream';
    });
  }

  /** Fills `container` with the inputs of one media type's body (replacing any there), prefilled from `example`. */
  function bodyFields(state, container, content, example) {
    var op = state.op;
    container.textContent = '';
    state.content = content;
    state.props = [];
    state.whole = undefined;
    // The inputs were decided at generation time (console-fields.ts), from the mock's own walk.
    var inputs = (state.fields && state.fields[content.mediaType]) || [];
    var coercions = (content.coerce && content.coerce.properties) || {};
    if (content.kind === 'binary') {
      state.whole = field(container, { name: t('file'), kind: 'file', required: op.requestBody.required });
    } else if (inputs.length > 0) {
      inputs.forEach(function (input) {
        var name = input.name;
        var value = example && typeof example === 'object' && !Array.isArray(example) ? example[name] : undefined;
        var f = field(container, {
          name: name,
          required: Boolean(input.required),
          kind: input.file ? 'file' : input.options ? 'select' : isStructured(coercions[name]) ? 'textarea' : 'text',
          multiple: input.file === 'many',
          options: input.options,
          value: input.file ? '' : asText(value),
        });
        f.prop = name;
        f.coerce = coercions[name];
        state.props.push(f);
      });
    } else {
      state.whole = field(container, {
        name: content.mediaType,
        kind: 'textarea',
        required: op.requestBody.required,
        value: content.kind === 'text' ? asText(example) : example === undefined ? '' : JSON.stringify(example, null, 2),
      });
    }
  }

  function buildConsole(hook, d, id) {
    var own = (window.ShellConsoleOps || {})[id];
    if (!own) return;
    var op = own.operation;
    var start = own.start || { params: {} };
    var form = el('form', { class: 'try-form', novalidate: true, 'aria-label': t('heading') + ' · ' + id });
    var state = { op: op, fields: own.fields, samples: own.samples, streamSamples: own.streamSamples, poll: own.poll, d: d, params: [], props: [], whole: undefined, hook: hook };

    var conn = el('fieldset', { class: 'try-conn' });
    conn.appendChild(el('legend', {}, 'heading'));
    state.base = field(conn, { field: 'base-url', name: t('baseUrl'), value: session(BASE_STORE) || defaultBase(d), type: 'url' });
    state.base.input.addEventListener('input', function () {
      session(BASE_STORE, state.base.input.value);
    });
    if (op.security.some(function (r) { return r.length > 0; })) {
      state.key = field(conn, {
        field: 'api-key',
        name: t('apiKey'),
        value: session(KEY_STORE),
        type: 'password',
        hint: d.env.sameOrigin ? 'mockKeyHint' : 'apiKeyHint',
      });
      state.key.input.setAttribute('autocomplete', 'off');
      state.key.input.addEventListener('input', function () {
        session(KEY_STORE, state.key.input.value);
      });
    }
    form.appendChild(conn);

    var params = op.parameters.filter(function (p) {
      // Cookies go only where the page can set them: served by the mock, the page's cookies reach it.
      if (p.in === 'cookie') return d.env.sameOrigin;
      return !(p.in === 'header' && /^(accept|content-type|authorization)$/i.test(p.name));
    });
    if (params.length) {
      var set = el('fieldset', { class: 'try-params' });
      set.appendChild(el('legend', {}, 'parameters'));
      params.forEach(function (p) {
        var values = enumOf(p.schema, d);
        var f = field(set, {
          name: p.name,
          where: p.in,
          style: (own.styles || {})[p.in + ':' + p.name],
          required: p.required,
          // An array or object value is JSON text, laid out on lines as a body field's is.
          kind: values ? 'select' : isStructured(p.coerce) ? 'textarea' : 'text',
          options: values,
          value: asText(start.params[p.in + ':' + p.name]),
        });
        f.param = p;
        state.params.push(f);
      });
      form.appendChild(set);
    }

    var contents = bodyContents(op);
    if (contents.length) {
      var body = el('fieldset', { class: 'try-body-fields' });
      var legend = el('legend');
      legend.appendChild(el('span', {}, 'body'));
      body.appendChild(legend);
      var fields = el('div', { class: 'try-body-inputs' });
      if (contents.length > 1) {
        // Several media types (JSON and multipart, say): the reader picks; the fields follow.
        var choice = field(body, {
          field: 'media-type',
          name: t('mediaType'),
          kind: 'select',
          required: true,
          options: contents.map(function (c) {
            return c.mediaType;
          }),
          value: contents[0].mediaType,
        });
        choice.input.addEventListener('change', function () {
          var picked = contents.filter(function (c) {
            return c.mediaType === choice.input.value;
          })[0];
          if (picked) bodyFields(state, fields, picked, start.body);
          showMediaSamples(state, choice.input.value);
          refillSamples(state);
        });
      } else {
        legend.appendChild(el('span', { class: 'try-where', text: contents[0].mediaType }));
      }
      body.appendChild(fields);
      bodyFields(state, fields, contents[0], start.body);
      form.appendChild(body);
    }

    var actions = el('div', { class: 'try-actions' });
    var send = el('button', { type: 'submit', class: 'try-send' }, 'send');
    actions.appendChild(send);
    actions.appendChild(el('p', { class: 'try-hint' }, 'samplesFollow'));
    state.summary = el('p', { class: 'try-summary', role: 'alert', hidden: true });
    actions.appendChild(state.summary);
    form.appendChild(actions);
    state.output = el('section', { class: 'try-output', 'aria-live': 'polite', 'aria-label': t('response') });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      submit(state);
    });
    form.addEventListener('input', function () {
      refillSamples(state);
    });
    hook.appendChild(form);
    hook.appendChild(state.output);
    // The base URL may differ from the spec's server already (the mock's origin, a saved one).
    refillSamples(state);
  }

  // ───────────── reading the form (with the mock's coercion and validator) ─────────────
  function readValues(state) {
    var d = state.d;
    var M = d.mock;
    var bad = false;
    var out = { params: [], body: undefined, bodyKind: state.content && state.content.kind };
    state.params.forEach(function (f) {
      var p = f.param;
      var text = f.input.value;
      showIssue(f, '');
      if (text === '') {
        if (p.required) {
          showIssue(f, t('isRequired'));
          bad = true;
        }
        return;
      }
      var value = M.coerceText(text, p.coerce);
      var issues = p.schema === undefined ? [] : validator(d, p.check || p.schema)(value, 'request');
      if (issues.length) {
        showIssue(f, issuesText(issues));
        bad = true;
      }
      out.params.push({ param: p, text: text, value: value });
    });
    var c = state.content;
    if (!c) return bad && !quiet ? undefined : out;
    if (state.whole) {
      var f = state.whole;
      showIssue(f, '');
      if (f.spec.kind === 'file') {
        out.body = f.input.files[0];
        if (!out.body && f.spec.required) {
          showIssue(f, t('isRequired'));
          bad = true;
        }
        return bad && !quiet ? undefined : out;
      }
      var text = f.input.value;
      if (text === '') {
        if (f.spec.required) {
          showIssue(f, t('isRequired'));
          bad = true;
        }
        return bad && !quiet ? undefined : out;
      }
      var value = text;
      if (c.kind !== 'text') {
        try {
          value = JSON.parse(text);
        } catch (e) {
          showIssue(f, t('invalidJson'));
          return quiet ? out : undefined;
        }
      }
      var issues = c.schema === undefined ? [] : validator(d, c.check || c.schema)(value, 'request');
      if (issues.length) {
        showIssue(f, issuesText(issues));
        bad = true;
      }
      out.body = value;
      return bad && !quiet ? undefined : out;
    }
    // One field per property: coerce the text as the mock coerces form fields, then validate the whole object.
    var object = {};
    var check = {};
    state.props.forEach(function (f) {
      showIssue(f, '');
      if (f.spec.kind === 'file') {
        var files = Array.prototype.slice.call(f.input.files);
        if (!files.length) return;
        var stand = files.map(function (file) {
          return new M.MockFile(file.name, file.type || 'application/octet-stream', new Uint8Array(0));
        });
        object[f.prop] = f.spec.multiple ? files : files[0];
        check[f.prop] = f.spec.multiple ? stand : stand[0];
        return;
      }
      if (f.input.value === '') return;
      var v = M.coerceText(f.input.value, f.coerce);
      if (f.spec.kind === 'textarea' && typeof v === 'string' && c.kind === 'json') {
        try {
          v = JSON.parse(f.input.value);
        } catch (e) {
          /* left a string: the validator names the type it wants */
        }
      }
      object[f.prop] = v;
      check[f.prop] = v;
    });
    var issues2 =
      c.schema === undefined
        ? []
        : validator(d, c.check || c.schema)(check, c.kind === 'multipart' ? 'files' : 'request');
    issues2.forEach(function (issue) {
      var name = M.pointerTokens(issue.pointer)[0];
      var target = state.props.filter(function (f) {
        return f.prop === name;
      })[0];
      if (target && target.message.hidden) {
        showIssue(target, issuesText([issue], '/' + name));
        bad = true;
      } else if (!target && !quiet) {
        state.summary.hidden = false;
        state.summary.textContent = issuesText([issue]);
        bad = true;
      }
    });
    out.body = object;
    return bad && !quiet ? undefined : out;
  }

  var compiled = new Map();
  function validator(d, schema) {
    if (!compiled.has(schema)) compiled.set(schema, d.compiler.compile(schema));
    return compiled.get(schema);
  }
  function issuesText(issues, under) {
    return issues
      .map(function (i) {
        var at = i.pointer.slice((under || '').length);
        return (at ? at + ' ' : '') + (i.keyword === 'required' ? t('isRequired') : i.message);
      })
      .join('; ');
  }

  // ───────────── samples that follow the form (slots emitted by generator/emit/docs/sample-slots.ts) ─────────────
  var ENCODERS = {
    // A `'` stays as the printers write it: as is in a URL, `'\''` inside curl's single quotes.
    url: function (v) {
      return encodeURIComponent(v);
    },
    'url-sh': function (v) {
      return ENCODERS.sh(ENCODERS.url(v));
    },
    // A urlencoded field in Python (HTTP)'s body text, as URLSearchParams writes it (a space is `+`).
    form: function (v) {
      return new URLSearchParams([['', v]]).toString().slice(1);
    },
    sh: function (v) {
      return v.replace(/'/g, "'\\''");
    },
    json: function (v) {
      return JSON.stringify(v).slice(1, -1);
    },
    'json-sh': function (v) {
      return ENCODERS.sh(ENCODERS.json(v));
    },
    ts: function (v) {
      return v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
    },
    // A number or boolean, given as its JSON text, as a literal of the language.
    lit: function (v) {
      return v;
    },
    py: function (v) {
      return v === 'true' ? 'True' : v === 'false' ? 'False' : v;
    },
    // A whole list or object (its JSON text), as the printers write it (sample-slots.ts).
    'parts-sh': function (v, key) {
      return listOf(v)
        .map(function (item) {
          return ENCODERS.sh(partText(item));
        })
        .join("' \\\n  -F '" + ENCODERS.sh(fieldName(key)) + '=');
    },
    'parts-py': function (v, key) {
      return listOf(v)
        .map(function (item) {
          return JSON.stringify(partText(item));
        })
        .join(')),\n        (' + JSON.stringify(fieldName(key)) + ', (None, ');
    },
    // A urlencoded list field: one `--data-urlencode` per item (as parts-sh), or requests' `data` list.
    'data-sh': function (v, key) {
      return listOf(v)
        .map(function (item) {
          return ENCODERS.sh(partText(item));
        })
        .join("' \\\n  --data-urlencode '" + ENCODERS.sh(fieldName(key)) + '=');
    },
    'py-texts': function (v) {
      return pyLiteral(listOf(v).map(partText), 2);
    },
    'ts-val': function (v) {
      return tsLiteral(JSON.parse(v), 1);
    },
    'ts-arg': function (v) {
      return tsLiteral(JSON.parse(v), 0);
    },
    'py-val': function (v) {
      return pyLiteral(JSON.parse(v), 1);
    },
    // A query value in requests' `params`; undefined (the example kept) for one it writes otherwise.
    'py-req': function (v) {
      var value = requestsValue(JSON.parse(v));
      return value === undefined ? undefined : pyLiteral(value, 1);
    },
  };
  var WHOLE = { 'parts-sh': true, 'parts-py': true, 'data-sh': true, 'py-texts': true, 'ts-val': true, 'ts-arg': true, 'py-val': true, 'py-req': true };
  /** Serialised by the runtime: parameters (`q:`, `p:`, `h-sh:`, `h-json:`) and urlencoded fields (`fsh:`, `fjson:`). */
  var RUNTIME_ENC = /^(q|p|h-sh|h-json|fsh|fjson):/;
  /** A JSON body's array or object property at a depth (sample-slots.ts `TreeEncoding`). */
  var TREE_ENC = /^(jv-sh|ts-val|py-val):(\d+)$/;
  function isWhole(enc) {
    return Boolean(WHOLE[enc]) || RUNTIME_ENC.test(enc) || TREE_ENC.test(enc);
  }
  // A query value as requests' `params` takes it (generator/emit/docs/samples.ts `requestsValue`).
  function requestsValue(value) {
    function item(v) {
      return typeof v === 'boolean' ? String(v) : v === null || typeof v !== 'object' ? v : undefined;
    }
    if (!Array.isArray(value)) return item(value);
    var items = value.map(item);
    return items.indexOf(undefined) >= 0 ? undefined : items;
  }
  /** The serialisers of assets/shared-validator.js (set when a console opens). */
  var runtime;
  /**
   * The encoder of a slot: a fixed one, or a whole list or object parameter as the runtime
   * serialises it (sample-slots.ts `encodeSlot`): `q:<style>:<explode>` query pairs (names
   * included), `p:<style>:<explode>` a path segment, `h-sh:<explode>` / `h-json:<explode>` a header's text.
   */
  function encoderOf(enc) {
    if (ENCODERS[enc]) return ENCODERS[enc];
    var tree = TREE_ENC.exec(enc);
    if (tree)
      return function (v) {
        var value = JSON.parse(v);
        var depth = Number(tree[2]);
        if (tree[1] === 'ts-val') return tsLiteral(value, depth);
        if (tree[1] === 'py-val') return pyLiteral(value, depth);
        return ENCODERS.sh(JSON.stringify(value, null, 2).replace(/\n/g, '\n' + new Array(depth + 1).join('  ')));
      };
    var parts = enc.split(':');
    // The root URL where the spec names no host (sample-slots.ts `EnvEncoding`): '' reads the variable.
    var env = enc.slice(enc.indexOf(':') + 1);
    if (parts[0] === 'env-sh')
      return function (v) {
        return v ? v.replace(/[$`"\\]/g, '\\$&') : '${' + env + '}';
      };
    if (parts[0] === 'env-py')
      return function (v) {
        return v ? pyString(v) : 'os.environ[' + pyString(env) + ']';
      };
    if (!runtime) return undefined;
    // A cookie value as the SDKs send it (cookie.ts `cookieText`: a `'` too is `%27`).
    if (enc === 'cookie') return runtime.cookieText;
    // `:sh`: inside curl's single-quoted URL.
    var inWord = parts[3] === 'sh' ? ENCODERS.sh : function (text) {
      return text;
    };
    if (parts[0] === 'q')
      return function (v, key) {
        var name = key.split(':').slice(2).join(':');
        return inWord(runtime.styledPairs(name, JSON.parse(v), { style: parts[1], explode: parts[2] === '1' }).join('&'));
      };
    if (parts[0] === 'p')
      return function (v, key) {
        var name = key.split(':').slice(2).join(':');
        return inWord(runtime.expandStyled(name, JSON.parse(v), { style: parts[1], explode: parts[2] === '1' }, encodeURIComponent));
      };
    // A urlencoded field's form text in its style ('' none), `name=` included.
    if (parts[0] === 'fsh' || parts[0] === 'fjson')
      return function (v, key) {
        var field = {};
        var styles = {};
        field[fieldName(key)] = JSON.parse(v);
        if (parts[1]) styles[fieldName(key)] = { style: parts[1], explode: parts[2] === '1' };
        var text = runtime.formBodyText(field, styles);
        return parts[0] === 'fsh' ? ENCODERS.sh(text) : ENCODERS.json(text);
      };
    if (parts[0] === 'h-sh' || parts[0] === 'h-json')
      return function (v) {
        var text = runtime.headerText(JSON.parse(v), parts[1] === '1');
        text = text === undefined || text === null ? '' : text;
        return parts[0] === 'h-sh' ? ENCODERS.sh(text) : ENCODERS.json(text);
      };
    return undefined;
  }
  function fieldName(key) {
    return (key.split('/')[1] || '').replace(/~1/g, '/').replace(/~0/g, '~');
  }
  function partText(v) {
    return typeof v === 'string' ? v : JSON.stringify(v);
  }
  function listOf(v) {
    var value = JSON.parse(v);
    return Array.isArray(value) ? value : [value];
  }
  // The TypeScript printer's literal (generator/emit/surface/example.ts `literal`, type-printer `quote`).
  function tsQuote(text) {
    var escaped = text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    return "'" + escaped.replace(/[\0-\x08\n-\x1f\x7f\u2028\u2029]/g, function (c) {
      return c === '\n' ? '\\n' : '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
    }) + "'";
  }
  function tsLiteral(value, indent) {
    var pad = new Array(indent + 2).join('  ');
    var end = new Array(indent + 1).join('  ');
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
    if (typeof value === 'string') return tsQuote(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      var inline = value.map(function (v) {
        return tsLiteral(v, 0);
      });
      if (inline.every(function (v) { return v.indexOf('\n') < 0; }) && inline.join(', ').length < 60)
        return '[' + inline.join(', ') + ']';
      return '[\n' + value.map(function (v) { return pad + tsLiteral(v, indent + 1) + ','; }).join('\n') + '\n' + end + ']';
    }
    var keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    return '{\n' + keys.map(function (k) {
      var name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : tsQuote(k);
      return pad + name + ': ' + tsLiteral(value[k], indent + 1) + ',';
    }).join('\n') + '\n' + end + '}';
  }
  // The Python printers' string and literal (generator/emit/surface/python-literal.ts), one item a line.
  function pyString(text) {
    return JSON.stringify(text).replace(/\x7f/g, '\\u007f');
  }
  function pyLiteral(value, indent) {
    var pad = new Array(indent + 2).join('    ');
    var end = new Array(indent + 1).join('    ');
    if (value === null) return 'None';
    if (value === true) return 'True';
    if (value === false) return 'False';
    if (typeof value === 'number') return JSON.stringify(value);
    if (typeof value === 'string') return pyString(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      return '[\n' + value.map(function (v) { return pad + pyLiteral(v, indent + 1) + ','; }).join('\n') + '\n' + end + ']';
    }
    var keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    return '{\n' + keys.map(function (k) {
      return pad + pyString(k) + ': ' + pyLiteral(value[k], indent + 1) + ',';
    }).join('\n') + '\n' + end + '}';
  }

  /**
   * A form value as a slot of this encoding takes it: literal slots take a number or boolean (as
   * JSON text), text slots take text; anything else keeps the example.
   */
  function slotText(value, enc) {
    // A JSON body's property slot writes any JSON value the field holds.
    if (TREE_ENC.test(enc)) return value === undefined ? undefined : JSON.stringify(value);
    if (isWhole(enc)) return value !== undefined && value !== null && typeof value === 'object' ? JSON.stringify(value) : undefined;
    var literal = enc === 'lit' || enc === 'py';
    if (typeof value === 'number' || typeof value === 'boolean')
      return literal ? JSON.stringify(value) : String(value);
    return typeof value === 'string' && !literal ? value : undefined;
  }

  /** The text a slot of encoding `enc` stands for in the form now, or undefined to keep the example's. */
  function slotValue(key, enc, state, values) {
    if (key === 'base:') return state.base.input.value.replace(/\/+$/, '');
    if (key.indexOf('param:') === 0) {
      var f = state.params.filter(function (p) {
        return 'param:' + p.param.in + ':' + p.param.name === key;
      })[0];
      if (!f) return undefined;
      if (enc !== 'lit' && enc !== 'py' && !isWhole(enc)) return f.input.value;
      // A literal takes the value as the mock's coercion reads the text (a number, a boolean).
      var read = values.params.filter(function (v) {
        return v.param === f.param;
      })[0];
      if (read && !isPlain(read.value)) return JSON.stringify(read.value);
      return read && !RUNTIME_ENC.test(enc) ? slotText(read.value, enc) : undefined;
    }
    if (key.indexOf('body:') === 0 && values.body !== undefined && !(values.body instanceof Blob)) {
      return slotText(state.d.mock.getAtPointer(values.body, key.slice(5)), enc);
    }
    return undefined;
  }

  /** Shows the samples of the media type the form sends (when the page has a sample per media type). */
  function showMediaSamples(state, mediaType) {
    var section = state.hook.closest('section.op') || document;
    var tabs = section.querySelectorAll('.samples .media-types [role="tab"]');
    for (var i = 0; i < tabs.length; i++) {
      if (tabs[i].getAttribute('data-key') === mediaType && tabs[i].getAttribute('aria-selected') !== 'true')
        tabs[i].click();
    }
  }

  /**
   * Whether the form sends something for an optional field (`param:in:name`, `body:/name`): read
   * from what Send writes, so an empty list or object query parameter (no pair), urlencoded field
   * (no pair) or multipart field (no part) leaves the samples as it leaves the request.
   */
  function isFilled(key, values, state) {
    if (key.indexOf('param:') === 0)
      return values.params.some(function (v) {
        if ('param:' + v.param.in + ':' + v.param.name !== key) return false;
        return v.param.in !== 'query' || queryPairs(state.d, v.param, v).length > 0;
      });
    var body = values.body;
    if (key.indexOf('body:/') !== 0 || !body || typeof body !== 'object' || body instanceof Blob) return false;
    var name = key.slice(6).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.prototype.hasOwnProperty.call(body, name)) return false;
    var kind = state.content && state.content.kind;
    if (kind === 'multipart')
      return multipartParts(body).some(function (part) {
        return part[0] === name;
      });
    if (kind === 'urlencoded') return formText(state, oneField(name, body[name])) !== '';
    return true;
  }

  /**
   * Redraws the request samples with the optional fields the form holds (texts printed by the
   * generator, sample-fields.ts): every field's piece where it is filled, none where it is empty,
   * the samples without any optional field when none is. The slots are refilled afterwards.
   */
  function redrawFieldSamples(state, section, values) {
    var codes = section.querySelectorAll('.samples code[data-sample]');
    // With the stream flag on (as the mock reads it), the streaming call's samples.
    var stream = state.op.stream;
    var streaming = stream && stream.requestFlag !== undefined && state.d.mock.streamFlagged(stream, values.body);
    for (var i = 0; i < codes.length; i++) {
      var code = codes[i];
      if (code.staticHtml === undefined) code.staticHtml = code.innerHTML;
      // The streaming block draws the streaming call's samples whatever the flag says.
      var samples = (streaming || code.closest('[data-stream]') ? state.streamSamples : state.samples) || {};
      var media = blockMedia(code);
      var variant = samples[media];
      var texts = variant && variant.langs[code.getAttribute('data-sample')];
      if (!texts || otherMedia(state, media)) {
        if (code.innerHTML !== code.staticHtml) code.innerHTML = code.staticHtml;
        continue;
      }
      var filled = function (key) {
        return isFilled(key, values, state);
      };
      var parts = texts.none && !variant.fields.some(filled) ? texts.none : texts.all;
      // A number is a copy of the block's static sample (templates/docs/sample-copy.ts).
      parts = runtime.expandCopies(parts, staticParts(code));
      code.textContent = '';
      // Text is `[text, field?]`, a slot `[key, enc, example text, field?]` (`field` indexes `fields`).
      // A left-out query field or body member leaves a mark where its piece was (its separator
      // goes once the slots are filled, tidyQuery); texts either side of any other field join up.
      var gapOf;
      parts.forEach(function (part) {
        var field = part.length === 2 || part.length === 4 ? variant.fields[part[part.length - 1]] : '';
        if (field && !filled(field)) {
          if (runtime.leavesGap(field) && gapOf !== field) code.appendChild(el('span', { class: 'query-gap' }));
          gapOf = field;
          return;
        }
        gapOf = undefined;
        var last = code.lastChild;
        if (part.length >= 3) code.appendChild(el('span', { class: 'slot', 'data-slot': part[0], 'data-enc': part[1], text: part[2] }));
        else if (last && last.nodeType === 3) last.data += part[0];
        else code.appendChild(document.createTextNode(part[0]));
      });
    }
  }

  /** The block's static sample as parts: its texts, and its slots (`[key, enc, text]`). */
  function staticParts(code) {
    if (code.staticParts) return code.staticParts;
    var holder = document.createElement('code');
    holder.innerHTML = code.staticHtml;
    var out = [];
    for (var n = holder.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && n.hasAttribute('data-slot'))
        out.push([n.getAttribute('data-slot'), n.getAttribute('data-enc'), n.textContent]);
      else out.push([n.textContent]);
    }
    code.staticParts = out;
    return out;
  }

  function refillSamples(state) {
    runtime = state.d.mock;
    var section = state.hook.closest('section.op') || document;
    quiet = true;
    var values;
    try {
      values = readValues(state) || { params: [] };
    } finally {
      quiet = false;
    }
    redrawFieldSamples(state, section, values);
    var slots = section.querySelectorAll('.samples [data-slot]');
    if (!slots.length) return;
    for (var i = 0; i < slots.length; i++) {
      var span = slots[i];
      if (span.exampleText === undefined) span.exampleText = span.textContent;
      // The samples of another media type than the form's keep their example body (the base URL
      // and the parameters are the form's in every one).
      var key = span.getAttribute('data-slot');
      if (key.indexOf('body:') === 0 && otherMedia(state, blockMedia(span))) {
        span.textContent = span.exampleText;
        continue;
      }
      var enc = span.getAttribute('data-enc');
      var value = slotValue(key, enc, state, values);
      var encode = encoderOf(enc);
      var text = value === undefined || !encode ? undefined : encode(value, key);
      span.textContent = text === undefined ? span.exampleText : text;
    }
    var codes = section.querySelectorAll('.samples code[data-sample]');
    for (var c = 0; c < codes.length; c++) templateTexts(codes[c]);
    var gaps = section.querySelectorAll('.samples [data-slot][data-enc^="q:"], .samples .query-gap');
    for (var j = 0; j < gaps.length; j++) tidyQuery(gaps[j]);
  }

  /**
   * The media type a sample block sends (its `data-media`, or the streaming block's
   * `data-stream`), '' where the page shows one: the key of its samples in the console data.
   */
  function blockMedia(node) {
    var media = node.closest('[data-media]');
    if (media) return media.getAttribute('data-media');
    var stream = node.closest('[data-stream]');
    return stream ? stream.getAttribute('data-stream') : '';
  }
  // Whether a block sends another media type than the form (its body keeps the example's values).
  function otherMedia(state, media) {
    return Boolean(media && state.content && media !== state.content.mediaType);
  }

  // A sample's texts as the template gives them (a static sample keeps its nodes between refills).
  function templateTexts(code) {
    for (var n = code.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 3) {
        if (n.templateText === undefined) n.templateText = n.data;
        else n.data = n.templateText;
      }
  }

  /**
   * A query piece left out (an empty query slot: a list or object that sends no pair; the mark of a
   * query field left empty) takes its separator along, as Send's URL does, by the rule the
   * generator checks the samples with (templates/docs/query-gap.ts, in shared-validator.js).
   */
  function tidyQuery(node) {
    if (node.textContent !== '') return;
    var before = textNear(node, 'previousSibling');
    var after = textNear(node, 'nextSibling');
    var tidy = runtime.tidyQueryGap(before && before.data, after && after.data);
    if (before && tidy[0] !== before.data) before.data = tidy[0];
    if (after && tidy[1] !== after.data) after.data = tidy[1];
  }
  // The nearest text beside `node` that is not empty (skipping empty text and empty query slots).
  function textNear(node, dir) {
    for (var n = node[dir]; n; n = n[dir]) {
      if (n.textContent === '') continue;
      return n.nodeType === 3 ? n : undefined;
    }
    return undefined;
  }

  // ───────────── building and sending the request ─────────────
  /**
   * A multipart body's parts (`[name, value]`): one per item of a list, so an empty list sends
   * none; the samples leave out a field that sends no part (`isFilled`).
   */
  function multipartParts(body) {
    var parts = [];
    Object.keys(body).forEach(function (k) {
      var v = body[k];
      (Array.isArray(v) ? v : [v]).forEach(function (item) {
        parts.push([k, item]);
      });
    });
    return parts;
  }

  /** A urlencoded body's text (the client's own), each field in the style the IR decided (the route's `styles`). */
  function formText(state, fields) {
    return state.d.mock.formBodyText(fields, state.content.styles || {});
  }

  /**
   * Browsers do not let fetch set a Cookie header: a cookie parameter becomes a page cookie (the
   * mock serves the page, so fetch sends it along), encoded as the SDKs send it; `v` undefined
   * (left empty) removes it.
   */
  function setCookie(d, name, v) {
    var pair = v === undefined ? '' : d.mock.cookieHeader(oneField(name, wireValue(v)));
    document.cookie = (pair || name + '=') + '; path=/; SameSite=Strict' + (v === undefined ? '; Max-Age=0' : '');
  }
  function oneField(name, value) {
    var out = {};
    out[name] = value;
    return out;
  }

  /**
   * A parameter's value as the SDKs' serialisers take it (the client's query-styles.ts,
   * param-styles.ts and cookie.ts, in assets/shared-validator.js): an array or object as read
   * from the field, a scalar as typed (`2.50` stays `2.50`).
   */
  function wireValue(v) {
    return isPlain(v.value) ? v.text : v.value;
  }
  function queryPairs(d, p, v) {
    return d.mock.styledPairs(p.name, wireValue(v), { style: p.style, explode: p.explode });
  }

  function requestOf(state, values) {
    var op = state.op;
    var d = state.d;
    var base = state.base.input.value.replace(/\/+$/, '');
    var path = op.path;
    var query = [];
    var headers = {};
    if (d.env.sameOrigin)
      op.parameters.forEach(function (p) {
        if (p.in === 'cookie') setCookie(d, p.name, undefined);
      });
    values.params.forEach(function (v) {
      var p = v.param;
      var style = { style: p.style, explode: p.explode };
      if (p.in === 'path')
        path = path.split('{' + p.name + '}').join(d.mock.expandStyled(p.name, wireValue(v), style, encodeURIComponent));
      else if (p.in === 'header') headers[p.name] = d.mock.headerText(wireValue(v), p.explode);
      else if (p.in === 'cookie') setCookie(d, p.name, v);
      else if (p.in === 'query') query.push.apply(query, queryPairs(d, p, v));
    });
    var key = state.key ? state.key.input.value : '';
    if (!key && state.key && d.env.sameOrigin) key = 'mock-key';
    var requirement = op.security[0] || [];
    if (key)
      requirement.forEach(function (name) {
        var s = d.routes.securitySchemes[name];
        if (!s) return;
        if (s.type === 'apiKey' && s.in === 'header') headers[s.paramName] = key;
        else if (s.type === 'apiKey' && s.in === 'query') query.push(d.mock.pair(s.paramName, key));
        else if (s.type === 'http' && /^basic$/i.test(s.scheme || '')) headers.Authorization = 'Basic ' + btoa(key.includes(':') ? key : key + ':');
        else if (s.type !== 'apiKey') headers.Authorization = 'Bearer ' + key;
      });
    var body;
    var c = state.content;
    if (c && values.body !== undefined) {
      if (c.kind === 'multipart') {
        body = new FormData();
        multipartParts(values.body).forEach(function (part) {
          var item = part[1];
          if (item instanceof Blob) body.append(part[0], item, item.name);
          else body.append(part[0], typeof item === 'string' ? item : JSON.stringify(item));
        });
      } else if (c.kind === 'urlencoded') {
        body = formText(state, values.body);
        headers['Content-Type'] = c.mediaType;
      } else if (c.kind === 'binary') {
        body = values.body;
        headers['Content-Type'] = c.mediaType;
      } else if (c.kind === 'text') {
        body = values.body;
        headers['Content-Type'] = c.mediaType;
      } else {
        body = JSON.stringify(values.body);
        headers['Content-Type'] = c.mediaType;
      }
    }
    var qs = query.join('&');
    return {
      url: base + path + (qs ? '?' + qs : ''),
      init: { method: op.method.toUpperCase(), headers: headers, body: body },
    };
  }

  function submit(state) {
    state.summary.hidden = true;
    var values = readValues(state);
    if (!values) {
      state.summary.hidden = false;
      state.summary.textContent = state.summary.textContent || t('fixFields');
      if (state.summary.textContent !== t('fixFields'))
        state.summary.textContent = t('fixFields') + ' ' + state.summary.textContent;
      var first = state.hook.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
      return;
    }
    var request = requestOf(state, values);
    if (state.abort) state.abort.abort();
    state.abort = new AbortController();
    request.init.signal = state.abort.signal;
    var out = state.output;
    out.textContent = '';
    out.appendChild(el('h4', {}, 'response'));
    var status = el('p', { class: 'try-status' }, 'sending');
    out.appendChild(status);
    call(request, state, status).catch(function (e) {
      if (e && e.name === 'AbortError') return;
      status.remove();
      out.appendChild(el('p', { class: 'try-error', role: 'alert', text: failureText(request.url, e) }));
    });
  }

  function failureText(url, e) {
    var target;
    try {
      target = new URL(url);
    } catch (x) {
      return String(e && e.message);
    }
    var cross = location.protocol === 'file:' || target.origin !== location.origin;
    return e instanceof TypeError && cross ? t('corsBlocked', target.origin) : t('networkFailed', target.origin, e && e.message);
  }

  function call(request, state, status) {
    return fetch(request.url, request.init).then(function (res) {
      var out = state.output;
      status.removeAttribute('data-i18n');
      status.textContent = res.status + ' ' + res.statusText;
      status.className = 'try-status ' + (res.ok ? 'ok' : 'err');
      var list = [];
      res.headers.forEach(function (v, k) {
        list.push(k + ': ' + v);
      });
      var details = el('details', { class: 'try-headers' });
      details.appendChild(el('summary', { text: t('headers', list.length) }));
      details.appendChild(el('pre', { tabindex: '0', text: list.sort().join('\n') }));
      out.appendChild(details);
      var type = (res.headers.get('content-type') || '').toLowerCase();
      if (type.indexOf('text/event-stream') === 0) return readEvents(res, out, state);
      if (/json/.test(type))
        return res.text().then(function (text) {
          var value;
          try {
            value = JSON.parse(text);
            out.appendChild(el('pre', { tabindex: '0', class: 'try-body', text: JSON.stringify(value, null, 2) }));
          } catch (e) {
            out.appendChild(el('pre', { tabindex: '0', class: 'try-body', text: text }));
          }
          if (res.ok && state.op.submit && value !== undefined) taskButton(state, value);
        });
      if (/^(image|audio|video)\//.test(type) || /octet-stream|pdf|zip/.test(type))
        return res.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          out.appendChild(el('p', { class: 'try-meta', text: t('bytes', blob.size, type) }));
          if (type.indexOf('image/') === 0) out.appendChild(el('img', { class: 'try-media', src: url, alt: t('image') }));
          else if (type.indexOf('audio/') === 0) out.appendChild(el('audio', { class: 'try-media', src: url, controls: true }));
          else if (type.indexOf('video/') === 0) out.appendChild(el('video', { class: 'try-media', src: url, controls: true }));
          out.appendChild(el('a', { href: url, download: 'response', class: 'try-download' }, 'download'));
        });
      return res.text().then(function (text) {
        out.appendChild(el('pre', { tabindex: '0', class: 'try-body', text: text }));
      });
    });
  }

  /** Events appear as they arrive: the body is read chunk by chunk, one list item per `data:` line. */
  function readEvents(res, out, state) {
    var counter = el('p', { class: 'try-meta', text: t('events', 0) });
    var list = el('ol', { class: 'try-events' });
    out.appendChild(counter);
    out.appendChild(list);
    var reader = res.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    var count = 0;
    var terminator = state.op.stream && state.op.stream.terminator;
    function line(text) {
      if (text.indexOf('data:') !== 0) return;
      var data = text.slice(5).trim();
      var shown = data;
      if (data !== terminator) {
        try {
          shown = JSON.stringify(JSON.parse(data), null, 2);
        } catch (e) {
          /* not JSON: shown as sent */
        }
      }
      var item = el('li');
      item.appendChild(el('pre', { tabindex: '0', text: shown }));
      list.appendChild(item);
      count++;
      counter.textContent = t('events', count);
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          if (buffer) line(buffer);
          counter.textContent = t('streamEnded', count);
          counter.classList.add('done');
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        var lines = buffer.split(/\r?\n/);
        buffer = lines.pop();
        lines.forEach(line);
        return pump();
      });
    }
    return pump();
  }

  // ───────────── task families: poll the returned task to its end ─────────────
  function taskButton(state, answer) {
    var d = state.d;
    var submitInfo = state.op.submit;
    var family = d.routes.taskFamilies.filter(function (f) {
      return f.name === submitInfo.family;
    })[0];
    var poll = state.poll;
    if (!family || !poll) return;
    var out = state.output;
    var taskId = d.mock.getAtPointer(answer, submitInfo.idPointer);
    if (taskId === undefined || taskId === null) {
      out.appendChild(el('p', { class: 'try-meta', text: t('taskNoId', submitInfo.idPointer) }));
      return;
    }
    var button = el('button', { type: 'button', class: 'try-wait' }, 'wait');
    var states = el('ol', { class: 'try-task-states' });
    out.appendChild(button);
    out.appendChild(states);
    button.addEventListener('click', function () {
      button.disabled = true;
      waitForTask(state, family, poll, String(taskId), states).then(
        function () {
          button.disabled = false;
        },
        function (e) {
          button.disabled = false;
          states.appendChild(el('li', { class: 'try-error', text: failureText(state.base.input.value, e) }));
        },
      );
    });
  }

  function canonicalState(family, status) {
    var names = Object.keys(family.states);
    for (var i = 0; i < names.length; i++)
      if (family.states[names[i]].some(function (v) { return v === status; })) return names[i];
    return undefined;
  }

  function waitForTask(state, family, poll, taskId, list) {
    var d = state.d;
    var input = (poll.taskRole && poll.taskRole.input) || { in: 'path', name: (/\{([^}]+)\}/.exec(poll.path) || [])[1] };
    var values = { params: [], body: undefined };
    poll.parameters.forEach(function (p) {
      if (p.in === input.in && p.name === input.name) values.params.push({ param: p, text: taskId, value: taskId });
    });
    var pollState = { op: poll, d: d, base: state.base, key: state.key, content: undefined };
    if (input.in === 'body') {
      pollState.content = bodyContents(poll)[0];
      values.body = {};
      values.body[input.name] = taskId;
    }
    var scale = d.env.pollScale || 1;
    var interval = Math.max(50, family.intervalMs * scale);
    list.textContent = '';
    list.appendChild(el('li', { class: 'try-meta', text: t('waiting', poll.operationId) }));
    function round() {
      var request = requestOf(pollState, values);
      return fetch(request.url, request.init)
        .then(function (res) {
          return res.json().then(function (task) {
            return { res: res, task: task };
          });
        })
        .then(function (r) {
          var status = d.mock.getAtPointer(r.task, family.status);
          var canonical = r.res.ok ? canonicalState(family, status) : 'failed';
          var progress = family.progress ? d.mock.getAtPointer(r.task, family.progress.pointer) : undefined;
          var text = t('taskState', canonical || '?', asText(status)) + (progress !== undefined && progress !== null && progress !== '' ? ' · ' + asText(progress) : '');
          var last = list.lastElementChild;
          if (!last || last.getAttribute('data-state') !== canonical || last.textContent !== text) {
            var item = el('li', { 'data-state': canonical || 'unknown', text: text });
            list.appendChild(item);
          }
          if (canonical === 'succeeded' || canonical === 'failed' || canonical === 'cancelled' || !r.res.ok) {
            list.appendChild(el('li', { class: 'try-task-final', text: t('taskDone', canonical) }));
            state.output.appendChild(el('pre', { tabindex: '0', class: 'try-body try-task-body', text: JSON.stringify(r.task, null, 2) }));
            return undefined;
          }
          return new Promise(function (resolve) {
            setTimeout(resolve, interval);
          }).then(round);
        });
    }
    return round();
  }

  // ───────────── mounting ─────────────
  function mount(hook) {
    var id = hook.getAttribute('data-try');
    var panelId = 'try-panel-' + id;
    var toggle = el('button', { type: 'button', class: 'try-toggle', 'aria-expanded': 'false', 'aria-controls': panelId, text: t('open') });
    var panel = el('div', { class: 'try-panel', id: panelId, hidden: true });
    hook.appendChild(toggle);
    hook.appendChild(panel);
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = t(open ? 'close' : 'open');
      panel.hidden = !open;
      if (!open || panel.getAttribute('data-built')) return;
      panel.setAttribute('data-built', 'loading');
      var note = el('p', { class: 'try-meta' }, 'loading');
      panel.appendChild(note);
      Promise.all([loadData(), loadScript(hook.getAttribute('data-try-data'))]).then(
        function (loaded) {
          var d = loaded[0];
          note.remove();
          buildConsole(panel, d, id);
          panel.setAttribute('data-built', 'yes');
          var first = panel.querySelector('input, select, textarea');
          if (first) first.focus();
        },
        function (e) {
          note.removeAttribute('data-i18n');
          note.textContent = t('loadFailed', e.message);
          panel.removeAttribute('data-built');
          ready = undefined;
        },
      );
    });
  }
  function init() {
    var hooks = document.querySelectorAll('.try[data-try]');
    for (var i = 0; i < hooks.length; i++) mount(hooks[i]);
  }
  // The toggles are drawn after the first frame, so the first paint does not wait for them
  // (console.css keeps their room, so nothing moves when they appear).
  function afterFirstFrame() {
    if (window.requestAnimationFrame)
      window.requestAnimationFrame(function () {
        setTimeout(init, 0);
      });
    else setTimeout(init, 0);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterFirstFrame);
  else afterFirstFrame();

  window.ShellConsole = { strings: STRINGS, open: loadData };
})();
