// Remembers the reader's language in this browser: a choice in the language switch is kept in localStorage, and a
// page opened without ?lang= in another language than the one kept is opened again in it. The answers are kept in
// localStorage too (questionnaire.js), so switching language mid-questionnaire keeps them.
(function () {
  'use strict';
  const key = 'leg-advisor-language';
  const page = document.documentElement.lang;
  const asked = new URLSearchParams(window.location.search).get('lang');
  let kept = null;
  try {
    kept = localStorage.getItem(key);
    if (asked) {
      localStorage.setItem(key, page);
    }
  } catch (e) {
    // storage refused (private mode): the language still follows ?lang= and the browser's own
  }
  if (!asked && kept && kept !== page) {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', kept);
    window.location.replace(url.toString());
  }
})();
