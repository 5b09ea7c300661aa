// The web questionnaire: shows a question only when its condition holds, checks numbers as they are typed, keeps a
// draft in localStorage (and, for a new round of a LEG, on the server), moves through the sections, imports and exports the answers file, and sends the answers for
// checking, then for the report. The page itself is generated from the questionnaire by the server, checks
// included (data-whole-number, data-at-most, data-min, data-max); nothing here knows a question.
(function () {
  'use strict';

  const form = document.getElementById('questionnaire');
  const version = form.dataset.version;
  // A new round of a LEG keeps its own copy, apart from the anonymous questionnaire's, and its draft on the server.
  const serverStatus = document.getElementById('server-status');
  const storageKey = 'leg-advisor.draft.' + version + (serverStatus ? '@' + serverStatus.dataset.draft : '');
  // The section being worked on, so that a reload returns to it.
  const sectionKey = 'leg-advisor.section.' + version;
  const questions = Array.from(form.querySelectorAll('[data-question]'));
  const byId = new Map(questions.map(function (q) { return [q.dataset.question, q]; }));
  const legInputs = Array.from(form.querySelectorAll('[data-leg]'));
  const steps = Array.from(form.querySelectorAll('section.step'));
  const stepLinks = Array.from(document.querySelectorAll('.step-link'));
  const status = document.getElementById('status');
  let current = 0;

  // ---- reading and writing one question --------------------------------------------------------------------

  function inputs(question) {
    return Array.from(question.querySelectorAll('input, textarea'));
  }

  function read(question) {
    const type = question.dataset.type;
    const all = inputs(question);
    const dontKnow = all.find(function (i) { return i.value === 'dont_know' && i.checked; });
    if (dontKnow) {
      return 'dont_know';
    }
    if (type === 'yes_partly_no' || type === 'single_choice') {
      const checked = all.find(function (i) { return i.checked; });
      return checked ? checked.value : undefined;
    }
    if (type === 'multi_choice') {
      const values = all.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
      return values.length ? values : undefined;
    }
    if (type === 'number') {
      // What cannot be read as a number is kept as typed, so that it is shown, saved and refused, never dropped.
      const typed = question.querySelector('input.number-input').value.trim();
      return typed === '' ? undefined : (isNaN(asNumber(typed)) ? typed : asNumber(typed));
    }
    const text = question.querySelector('textarea').value;
    return text.trim() === '' ? undefined : text;
  }

  function write(question, value) {
    const type = question.dataset.type;
    inputs(question).forEach(function (input) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        input.checked = Array.isArray(value) ? value.indexOf(input.value) >= 0 : input.value === String(value);
      } else if (type === 'number') {
        input.value = typeof value === 'number' || (typeof value === 'string' && value !== 'dont_know')
          ? String(value) : '';
      } else {
        input.value = typeof value === 'string' ? value : '';
      }
    });
    syncDontKnow(question);
  }

  // Digits with an optional decimal point, and an optional sign: no thousands separators, no exponent.
  function asNumber(typed) {
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(typed) ? Number(typed) : NaN;
  }

  // "Don't know" excludes the other answers of a number or multiple-choice question.
  function syncDontKnow(question) {
    const exclusive = question.querySelector('input.exclusive');
    if (!exclusive) {
      return;
    }
    inputs(question).forEach(function (input) {
      if (input !== exclusive) {
        input.disabled = exclusive.checked;
        if (exclusive.checked && input.type === 'checkbox') {
          input.checked = false;
        }
      }
    });
  }

  // ---- the whole document ----------------------------------------------------------------------------------

  function conditionMet(question, answers) {
    const controlling = question.dataset.showIf;
    if (!controlling) {
      return true;
    }
    const given = answers[controlling];
    if (given === undefined) {
      return false;
    }
    const anyOf = question.dataset.anyOf.split(' ');
    const values = Array.isArray(given) ? given : [String(given)];
    return values.some(function (v) { return anyOf.indexOf(v) >= 0; });
  }

  // Builds the answers document from the page, in questionnaire order, showing or hiding each conditional
  // question as it goes: a question whose controlling question is hidden is hidden too.
  function collect() {
    const leg = {};
    legInputs.forEach(function (input) {
      if (input.value.trim() !== '') {
        leg[input.dataset.leg] = input.value;
      }
    });
    const answers = {};
    questions.forEach(function (question) {
      const visible = conditionMet(question, answers);
      question.hidden = !visible;
      if (visible) {
        const value = read(question);
        if (value !== undefined) {
          answers[question.dataset.question] = value;
        }
      }
    });
    return { questionnaireVersion: version, leg: leg, answers: answers };
  }

  function fill(doc) {
    const leg = doc.leg || {};
    legInputs.forEach(function (input) {
      input.value = typeof leg[input.dataset.leg] === 'string' ? leg[input.dataset.leg] : '';
    });
    const answers = doc.answers || {};
    questions.forEach(function (question) {
      write(question, answers[question.dataset.question]);
    });
    return Object.keys(answers).filter(function (id) { return !byId.has(id); });
  }

  function save(doc) {
    try {
      localStorage.setItem(storageKey, JSON.stringify(doc));
    } catch (e) {
      // Private windows may refuse storage; the form still works for this visit.
    }
    if (server) {
      server.changed(doc);
    }
  }

  function refresh() {
    const doc = collect();
    save(doc);
    const related = new Map();
    const problems = liveProblems(doc, related);
    showLive(problems, related);
    progress(doc, problems);
    return doc;
  }

  // ---- checks as the officer types -------------------------------------------------------------------------

  function fillIn(template, values) {
    return values.reduce(function (text, value, i) { return text.split('{' + i + '}').join(String(value)); },
      template);
  }

  function numberOf(question) {
    return question.querySelector('legend .number').dataset.number;
  }

  function textOf(question) {
    return question.querySelector('legend .question-text').textContent.trim();
  }

  // A number answer's own problem: not a number, out of range, or a fraction where things are counted.
  function numberProblem(question, value) {
    const data = question.dataset;
    const kind = data.wholeNumber ? form.dataset.aWholeNumber : form.dataset.aNumber;
    if (typeof value === 'string') {
      return fillIn(form.dataset.notANumber, [kind, value]);
    }
    const below = data.min !== undefined && value < Number(data.min);
    const above = data.max !== undefined && value > Number(data.max);
    if (below || above) {
      return fillIn(form.dataset.outOfRange, [kind, data.min, data.max, value]);
    }
    if (data.wholeNumber && !Number.isInteger(value)) {
      return fillIn(form.dataset.notANumber, [kind, value]);
    }
    return null;
  }

  // The problems of the answers shown, by question id: each number on its own, then each number bounded by
  // another question's answer (data-at-most) against it, when both are valid numbers. The bounding question gets a
  // word too (in related), so that the clash is seen beside both; only the bounded answer counts as a problem.
  function liveProblems(doc, related) {
    const problems = new Map();
    questions.forEach(function (question) {
      const value = doc.answers[question.dataset.question];
      if (question.dataset.type === 'number' && value !== undefined && value !== 'dont_know') {
        const problem = numberProblem(question, value);
        if (problem) {
          problems.set(question.dataset.question, problem);
        }
      }
    });
    questions.forEach(function (question) {
      const id = question.dataset.question;
      const bound = question.dataset.atMost;
      const value = doc.answers[id];
      const limit = doc.answers[bound];
      if (bound && typeof value === 'number' && typeof limit === 'number' && !problems.has(id) &&
          !problems.has(bound) && value > limit) {
        const other = byId.get(bound);
        problems.set(id, fillIn(form.dataset.atMost, [value, limit, numberOf(other), textOf(other)]));
        if (related && !related.has(bound)) {
          related.set(bound, fillIn(form.dataset.boundBy, [numberOf(question), textOf(question), value]));
        }
      }
    });
    return problems;
  }

  function markInvalid(question, slot) {
    question.classList.add('has-error');
    question.querySelectorAll('input, textarea').forEach(function (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', slot.id);
    });
  }

  function markValid(question) {
    question.classList.remove('has-error');
    question.querySelectorAll('input, textarea').forEach(function (input) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
  }

  // Shows each live problem next to its question, and takes away those fixed; problems the server found stay
  // until the next check.
  function showLive(problems, related) {
    questions.forEach(function (question) {
      const id = question.dataset.question;
      const slot = document.getElementById('error-' + id);
      if (problems.has(id)) {
        slot.textContent = problems.get(id);
        slot.hidden = false;
        slot.dataset.live = 'true';
        markInvalid(question, slot);
      } else if (related.has(id) && (slot.dataset.live || slot.hidden)) {
        // The answer itself is valid: its message is described beside it, without marking it invalid.
        markValid(question);
        slot.textContent = related.get(id);
        slot.hidden = false;
        slot.dataset.live = 'true';
        question.querySelectorAll('input').forEach(function (input) {
          input.setAttribute('aria-describedby', slot.id);
        });
      } else if (slot.dataset.live) {
        slot.textContent = '';
        slot.hidden = true;
        delete slot.dataset.live;
        markValid(question);
      }
    });
  }

  // ---- progress and sections -------------------------------------------------------------------------------

  // An answer with a problem is not counted as answered; a section with problems says how many.
  function progress(doc, problems) {
    let answered = 0;
    let shown = 0;
    steps.forEach(function (step, index) {
      const inStep = questions.filter(function (q) { return step.contains(q) && !q.hidden; });
      const done = inStep.filter(function (q) {
        return doc.answers[q.dataset.question] !== undefined && !problems.has(q.dataset.question);
      }).length;
      const toCheck = inStep.filter(function (q) { return problems.has(q.dataset.question); }).length;
      const marker = document.querySelector('[data-problems-for="' + index + '"]');
      marker.textContent = toCheck ? fillIn(form.dataset.toCheck, [toCheck]) : '';
      stepLinks[index].classList.toggle('has-problems', toCheck > 0);
      const count = document.querySelector('[data-count-for="' + index + '"]');
      if (index === 0) {
        count.textContent = doc.leg.name ? '\u2713' : '';
      } else {
        count.textContent = done + '/' + inStep.length;
      }
      answered += done;
      shown += inStep.length;
    });
    const text = document.getElementById('progress-text');
    text.textContent = text.dataset.template.replace('{0}', answered).replace('{1}', shown);
    document.getElementById('progress-bar').style.width = (shown ? 100 * answered / shown : 0) + '%';
  }

  function show(index, focus) {
    if (server) {
      server.flush(false);
    }
    current = Math.max(0, Math.min(steps.length - 1, index));
    try {
      localStorage.setItem(sectionKey, steps[current].id);
    } catch (e) {
      // Without storage, a reload starts at the first section.
    }
    steps.forEach(function (step, i) { step.classList.toggle('current', i === current); });
    stepLinks.forEach(function (link, i) {
      if (i === current) {
        link.setAttribute('aria-current', 'step');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    if (focus) {
      const heading = steps[current].querySelector('h2');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  function stepOf(element) {
    return steps.findIndex(function (step) { return step.contains(element); });
  }

  // ---- problems from the API -------------------------------------------------------------------------------

  function clearProblems() {
    document.getElementById('error-summary').hidden = true;
    document.getElementById('error-list').textContent = '';
    form.querySelectorAll('.error').forEach(function (p) { p.hidden = true; p.textContent = ''; delete p.dataset.live; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    form.querySelectorAll('.has-error').forEach(function (el) { el.classList.remove('has-error'); });
  }

  // The server's problem in words; a problem found as the officer typed keeps the form's own words.
  function message(problem, live) {
    if (live.has(problem.field)) {
      return live.get(problem.field);
    }
    return 'Expected ' + problem.expected + (problem.given ? ', got ' + problem.given : '') + '.';
  }

  // How the summary names a problem's field: a question by its number and text, a field about the LEG by its label.
  function summaryText(field, text) {
    const question = byId.get(field);
    if (question) {
      return fillIn(form.dataset.inSummary, [numberOf(question), textOf(question), text]);
    }
    const label = field ? form.querySelector('#question-' + CSS.escape(field) + ' label') : null;
    return (label ? label.textContent + ': ' : (field ? field + ': ' : '')) + text;
  }

  function showProblems(problems, live) {
    clearProblems();
    const list = document.getElementById('error-list');
    let first = null;
    const fields = problems.map(function (problem) { return problem.field; });
    live.forEach(function (text, field) {
      if (fields.indexOf(field) < 0) {
        problems = problems.concat([{ field: field }]);
      }
    });
    problems.forEach(function (problem) {
      const slot = document.getElementById('error-' + problem.field);
      const item = document.createElement('li');
      const text = summaryText(problem.field, message(problem, live));
      if (slot) {
        slot.textContent = message(problem, live);
        slot.hidden = false;
        if (live.has(problem.field)) {
          slot.dataset.live = 'true';
        }
        const holder = document.getElementById('question-' + problem.field);
        markInvalid(holder, slot);
        const link = document.createElement('a');
        link.href = '#question-' + problem.field;
        link.textContent = text;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          show(stepOf(holder), false);
          const control = holder.querySelector('input, textarea');
          (control || holder).focus();
        });
        item.appendChild(link);
        first = first || holder;
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
    });
    const summary = document.getElementById('error-summary');
    summary.hidden = false;
    if (first) {
      show(stepOf(first), false);
    }
    summary.focus();
  }

  // ---- submitting ------------------------------------------------------------------------------------------

  function submit(event) {
    event.preventDefault();
    const doc = refresh();
    const live = liveProblems(doc, null);
    status.textContent = form.dataset.checking;
    fetch('api/answers/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(doc)
    }).then(function (response) {
      if (response.ok && live.size > 0) {
        // The server checks everything the form checks; should it ever accept what the form refuses, the form wins.
        status.textContent = '';
        showProblems([], live);
        return null;
      }
      if (response.ok) {
        document.getElementById('report-answers').value = JSON.stringify(doc);
        document.getElementById('report-form').submit();
        return null;
      }
      return response.json().then(function (problem) {
        status.textContent = problem.title || '';
        showProblems(problem.problems || [{ field: '', expected: problem.detail || problem.title }], live);
      });
    }).catch(function (error) {
      status.textContent = String(error);
    });
  }

  // ---- import, export, start over --------------------------------------------------------------------------

  // An imported file is held to the limits of typing: each value the form cannot take as it stands (an answer not
  // offered, text longer than a field takes, a list where one answer is expected, a follow-up its parent does not
  // ask) is left out and listed by question number and text. Numbers out of range are taken, and marked as typed.
  const importReport = document.getElementById('import-report');

  function given(value) {
    const text = typeof value === 'string' ? '"' + value + '"' : JSON.stringify(value);
    return text.length > 60 ? text.substring(0, 57) + '...' : text;
  }

  function labelsOf(question) {
    return Array.from(question.querySelectorAll('label.choice')).map(function (label) {
      return label.textContent.trim();
    }).join('; ');
  }

  function offered(question, value) {
    return typeof value === 'string' && inputs(question).some(function (input) {
      return (input.type === 'radio' || input.type === 'checkbox') && input.value === value;
    });
  }

  // The value the form takes for a question, or undefined, with the reason in refused.
  function takeAnswer(question, value, refused) {
    const data = importReport.dataset;
    const type = question.dataset.type;
    const refuse = function (what, expected) {
      refused.push(fillIn(data.refused, [numberOf(question), textOf(question), what, expected]));
      return undefined;
    };
    if (type === 'text') {
      const limit = question.querySelector('textarea').maxLength;
      if (typeof value !== 'string') {
        return refuse(given(value), data.text);
      }
      return value.length > limit ? refuse(value.length + ' characters', fillIn(data.characters, [limit])) : value;
    }
    if (value === 'dont_know') {
      return value;
    }
    if (type === 'number') {
      const ok = typeof value === 'number' || (typeof value === 'string' && value.length <= 60);
      return ok ? value : refuse(given(value), question.dataset.wholeNumber ? form.dataset.aWholeNumber
        : form.dataset.aNumber);
    }
    if (type === 'multi_choice') {
      if (!Array.isArray(value)) {
        return refuse(given(value), data.aList);
      }
      const taken = value.filter(function (choice) {
        return offered(question, choice) || refuse(given(choice), fillIn(data.oneOf, [labelsOf(question)]));
      });
      return taken.length ? taken : undefined;
    }
    return offered(question, value) ? value : refuse(given(value), fillIn(data.oneOf, [labelsOf(question)]));
  }

  function takeImport(doc, refused) {
    const taken = { leg: {}, answers: {} };
    const leg = doc && typeof doc.leg === 'object' && doc.leg ? doc.leg : {};
    legInputs.forEach(function (input) {
      const value = leg[input.dataset.leg];
      const label = form.querySelector('label[for="' + input.id + '"]').textContent.trim();
      if (value === undefined || value === null) {
        return;
      }
      if (typeof value !== 'string') {
        refused.push(fillIn(importReport.dataset.legRefused, [label, given(value), importReport.dataset.text]));
      } else if (input.maxLength > 0 && value.length > input.maxLength) {
        refused.push(fillIn(importReport.dataset.legRefused, [label, value.length + ' characters',
          fillIn(importReport.dataset.characters, [input.maxLength])]));
      } else {
        taken.leg[input.dataset.leg] = value;
      }
    });
    const answers = doc && typeof doc.answers === 'object' && doc.answers ? doc.answers : {};
    Object.keys(answers).forEach(function (id) {
      const question = byId.get(id);
      if (question) {
        const value = takeAnswer(question, answers[id], refused);
        if (value !== undefined) {
          taken.answers[id] = value;
        }
      }
    });
    return taken;
  }

  function reportImport(name, refused, unknown) {
    const data = importReport.dataset;
    const list = document.getElementById('import-list');
    list.textContent = '';
    refused.forEach(function (text) {
      const item = document.createElement('li');
      item.textContent = text;
      list.appendChild(item);
    });
    if (unknown.length) {
      const item = document.createElement('li');
      item.textContent = fillIn(data.unknown, [unknown.join(', ')]);
      list.appendChild(item);
    }
    const count = refused.length + unknown.length;
    document.getElementById('import-title').textContent = count ? fillIn(data.title, [count, name]) : '';
    importReport.hidden = count === 0;
    status.textContent = fillIn(data.done, [name]);
  }

  function importFile(event) {
    const file = event.target.files[0];
    if (!file) {
      return;
    }
    file.text().then(function (text) {
      const doc = JSON.parse(text);
      const refused = [];
      const taken = takeImport(doc, refused);
      const unknown = Object.keys(doc && typeof doc.answers === 'object' && doc.answers ? doc.answers : {})
        .filter(function (id) { return !byId.has(id); });
      clearProblems();
      fill(taken);
      const kept = refresh();
      // A follow-up its parent's answer does not ask is not shown, so not taken either.
      Object.keys(taken.answers).forEach(function (id) {
        if (kept.answers[id] === undefined) {
          const question = byId.get(id);
          refused.push(fillIn(importReport.dataset.notAsked, [numberOf(question), textOf(question),
            given(taken.answers[id]), numberOf(byId.get(question.dataset.showIf))]));
        }
      });
      reportImport(file.name, refused, unknown);
    }).catch(function (error) {
      importReport.hidden = true;
      status.textContent = fillIn(importReport.dataset.unreadable, [file.name, error.message]);
    }).finally(function () {
      event.target.value = '';
    });
  }

  function exportFile() {
    const doc = refresh();
    const name = (doc.leg.name || 'leg').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'leg';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' }));
    link.download = name + '.answers.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function reset(event) {
    if (!window.confirm(event.target.dataset.confirm)) {
      return;
    }
    localStorage.removeItem(storageKey);
    localStorage.removeItem(sectionKey);
    fill({});
    clearProblems();
    refresh();
    show(0, true);
  }

  // ---- the LEG's draft on the server ------------------------------------------------------------------------

  // For a new round of a LEG: opens the LEG's draft (it wins over this browser's copy, unless this browser has
  // changes the server has not had yet), then saves the answers 1.5 s after the last change, on a change of section
  // and on leaving the page, saying each time whether it was saved. The anonymous questionnaire never gets here.
  function serverDraft(element) {
    const lang = '?lang=' + encodeURIComponent(document.documentElement.lang || 'en');
    const url = element.dataset.draft + lang;
    const pendingKey = storageKey + '.pending';
    let csrf = null;
    let latest = null;
    let sent = null;
    let timer = null;

    function say(template, values) {
      element.textContent = fillIn(element.dataset[template], values || []);
    }
    // Whether the server has the answers as they stand (data-state: saved, pending or failed), for the eye of a
    // style or a test; a screen reader hears only the status's words.
    function pending(yes) {
      element.dataset.state = yes ? 'pending' : 'saved';
      try {
        if (yes) {
          localStorage.setItem(pendingKey, '1');
        } else {
          localStorage.removeItem(pendingKey);
        }
      } catch (e) {
        // Without storage, nothing is kept to send later either.
      }
    }
    function hasPending() {
      try {
        return localStorage.getItem(pendingKey) === '1';
      } catch (e) {
        return false;
      }
    }
    // Why the server did not take it, in words: its problem's detail, or what the answer shows.
    function reason(response) {
      if (response.type === 'opaqueredirect' || response.status === 401) {
        return Promise.resolve(element.dataset.loggedOut);
      }
      return response.json().then(function (problem) {
        return problem.detail || element.dataset.refused;
      }, function () {
        return element.dataset.refused;
      });
    }
    function refused(response) {
      element.dataset.state = 'failed';
      return reason(response).then(function (text) { say('notSaved', [text]); });
    }
    function unreachable() {
      element.dataset.state = 'failed';
      say('notSaved', [element.dataset.unreachable]);
    }
    function request(method, body, keepalive) {
      const headers = { 'Accept': 'application/json' };
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        headers[csrf.header] = csrf.token;
      }
      return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin',
        redirect: 'manual', keepalive: keepalive && body.length < 60000 });
    }
    function flush(keepalive) {
      clearTimeout(timer);
      timer = null;
      if (!csrf || latest === null || latest === sent) {
        return;
      }
      const body = latest;
      request('PUT', body, keepalive).then(function (response) {
        if (!response.ok) {
          return refused(response);
        }
        return response.json().then(function (saved) {
          sent = body;
          pending(latest !== body);
          if (saved.replacedBy) {
            say('replaced', [saved.savedAt, saved.replacedBy, saved.replacedAt]);
          } else {
            say('saved', [saved.savedAt]);
          }
        });
      }, unreachable);
    }
    function changed(doc) {
      latest = JSON.stringify(doc);
      if (!csrf || latest === sent) {
        return;
      }
      pending(true);
      clearTimeout(timer);
      timer = setTimeout(function () { flush(false); }, 1500);
    }
    function open() {
      const keepLocal = hasPending();
      request('GET').then(function (response) {
        if (!response.ok) {
          return refused(response);
        }
        return response.json().then(function (opened) {
          if (opened.draft && !keepLocal) {
            fill(opened.draft.answers);
            clearProblems();
            refresh();
            sent = latest;
            say('continued', [opened.legName, opened.draft.savedBy, opened.draft.savedAt]);
          } else {
            sent = keepLocal ? null : latest;
            say('intro', [opened.legName]);
          }
          // From here on, changes go to the server (before, they were the page filling itself in).
          csrf = { header: opened.csrfHeader, token: opened.csrfToken };
          flush(false);
        });
      }, unreachable);
    }
    window.addEventListener('pagehide', function () { flush(true); });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        flush(true);
      }
    });
    return { open: open, changed: changed, flush: flush };
  }

  // ---- wiring ----------------------------------------------------------------------------------------------

  form.addEventListener('change', function (event) {
    const question = event.target.closest('[data-question]');
    if (question) {
      syncDontKnow(question);
    }
    refresh();
  });
  form.addEventListener('input', refresh);
  form.addEventListener('submit', submit);
  form.addEventListener('click', function (event) {
    const go = event.target.closest('[data-go]');
    if (go) {
      show(current + (go.dataset.go === 'next' ? 1 : -1), true);
    }
    const clear = event.target.closest('[data-clear]');
    if (clear) {
      write(clear.closest('[data-question]'), undefined);
      refresh();
    }
  });
  stepLinks.forEach(function (link) {
    link.addEventListener('click', function () { show(Number(link.dataset.step), true); });
  });
  document.getElementById('import-file').addEventListener('change', importFile);
  document.getElementById('export').addEventListener('click', exportFile);
  document.getElementById('reset').addEventListener('click', reset);

  const server = serverStatus ? serverDraft(serverStatus) : null;
  document.body.classList.add('js');
  try {
    const draft = localStorage.getItem(storageKey);
    if (draft) {
      fill(JSON.parse(draft));
    }
  } catch (e) {
    localStorage.removeItem(storageKey);
  }
  refresh();
  show(Math.max(0, steps.findIndex(function (step) { return step.id === savedSection(); })), false);
  if (server) {
    server.open();
  }

  function savedSection() {
    try {
      return localStorage.getItem(sectionKey);
    } catch (e) {
      return null;
    }
  }
}());
