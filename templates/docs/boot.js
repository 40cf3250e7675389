// @ts-check
/*
 * Runs before first paint (a blocking script in every page's head): the saved theme, the interface
 * language (saved, else the browser's) and the "JS is on" flag are applied before anything is
 * drawn, so nothing shifts. Shared by every page, so no page carries it.
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
    /* storage may be disabled */
  }
  if (l !== 'zh' && l !== 'en') l = /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
  d.setAttribute('data-lang', l);
  d.lang = l;
})();
