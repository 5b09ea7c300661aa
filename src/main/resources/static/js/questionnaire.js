// The web questionnaire: shows a question only when its condition holds, keeps a draft in localStorage, moves
// through the sections, imports and exports the answers file, and sends the answers for checking, then for the
// report. The page itself is generated from the questionnaire by the server; nothing here knows a question.
(function () {
  'use strict';

  const form = document.getElementById('questionnaire');
  const version = form.dataset.version;
  const storageKey = 'leg-advisor.draft.' + version;
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
      const input = question.querySelector('input[type=number]');
      return input.value === '' || isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber;
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
        input.value = typeof value === 'number' ? String(value) : '';
      } else {
        input.value = typeof value === 'string' ? value : '';
      }
    });
    syncDontKnow(question);
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
  }

  function refresh() {
    const doc = collect();
    save(doc);
    progress(doc);
    return doc;
  }

  // ---- progress and sections -------------------------------------------------------------------------------

  function progress(doc) {
    let answered = 0;
    let shown = 0;
    steps.forEach(function (step, index) {
      const inStep = questions.filter(function (q) { return step.contains(q) && !q.hidden; });
      const done = inStep.filter(function (q) { return doc.answers[q.dataset.question] !== undefined; }).length;
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
    current = Math.max(0, Math.min(steps.length - 1, index));
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
    form.querySelectorAll('.error').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    form.querySelectorAll('.has-error').forEach(function (el) { el.classList.remove('has-error'); });
  }

  function message(problem) {
    return 'Expected ' + problem.expected + (problem.given ? ', got ' + problem.given : '') + '.';
  }

  function showProblems(problems) {
    clearProblems();
    const list = document.getElementById('error-list');
    let first = null;
    problems.forEach(function (problem) {
      const slot = document.getElementById('error-' + problem.field);
      const item = document.createElement('li');
      const text = (problem.field ? problem.field + ': ' : '') + message(problem);
      if (slot) {
        slot.textContent = message(problem);
        slot.hidden = false;
        const holder = document.getElementById('question-' + problem.field);
        holder.classList.add('has-error');
        holder.querySelectorAll('input, textarea').forEach(function (input) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', slot.id);
        });
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
    status.textContent = form.dataset.checking;
    fetch('api/answers/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(doc)
    }).then(function (response) {
      if (response.ok) {
        document.getElementById('report-answers').value = JSON.stringify(doc);
        document.getElementById('report-form').submit();
        return null;
      }
      return response.json().then(function (problem) {
        status.textContent = problem.title || '';
        showProblems(problem.problems || [{ field: '', expected: problem.detail || problem.title }]);
      });
    }).catch(function (error) {
      status.textContent = String(error);
    });
  }

  // ---- import, export, start over --------------------------------------------------------------------------

  function importFile(event) {
    const file = event.target.files[0];
    if (!file) {
      return;
    }
    file.text().then(function (text) {
      const doc = JSON.parse(text);
      clearProblems();
      const ignored = fill(doc);
      refresh();
      status.textContent = 'Imported ' + file.name + '.' +
        (ignored.length ? ' Not in this questionnaire, so ignored: ' + ignored.join(', ') + '.' : '');
    }).catch(function (error) {
      status.textContent = file.name + ' is not an answers file: ' + error.message;
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
    fill({});
    clearProblems();
    refresh();
    show(0, true);
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
  show(0, false);
}());
