// @ts-check
/*
 * Runs before first paint, inline in every page's head ahead of the stylesheet (the emitter drops
 * these comments): the saved theme, the interface language (saved, else the browser's) and the
 * "JS is on" flag are applied before anything is drawn, so nothing shifts.
 * Comments stay on lines of their own: the emitter drops such lines and keeps one statement a line.
 */
(function () {
  var d = document.documentElement;
  d.setAttribute('data-js', '');
  var l = null;
  try {
    var t = localStorage.getItem('docs-theme');
    if (t === 'light' || t === 'dark') d.setAttribute('data-theme', t);
    l = localStorage.getItem('docs-lang');
  } catch (e) {
    // storage may be disabled
  }
  if (l !== 'zh' && l !== 'en') l = /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
  // a spec without Chinese titles: its docs are in English only
  if (d.getAttribute('data-lang-only') === 'en') l = 'en';
  d.setAttribute('data-lang', l);
  d.lang = l;
})();
