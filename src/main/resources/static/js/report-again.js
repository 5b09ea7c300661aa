// The page of a report address no longer kept by the server (or of /report without one): offers to make the report
// again from the answers this browser keeps, exactly as the questionnaire would send them.
(function () {
  'use strict';

  const form = document.getElementById('report-again');
  let draft = null;
  try {
    draft = localStorage.getItem('leg-advisor.draft.' + form.dataset.version);
  } catch (e) {
    // Storage refused (a private window): only the way back to the questionnaire is offered.
  }
  if (draft) {
    document.getElementById('report-again-answers').value = draft;
    form.hidden = false;
  }
}());
