/* A step's form (tasks/form.xhtml):
   - autosave: the draft goes to PUT /api/tasks/{id}/draft every 20 seconds when it changed and when a
     field loses focus (the session's CSRF token in X-CSRF-Token);
   - nothing lost: every change is also kept in this browser (localStorage, one entry per task), so a
     form submitted after the session expired still has its text when it is opened again after signing
     in; the page then says that unsaved text was restored;
   - rows (agenda, themes, materials, checklist): "add a row" copies an empty row.
   The line formats are those of the server: cells joined by " | ", one row a line. Without this script
   the form works as before (blank rows are offered, "save draft" saves). */
(function () {
  'use strict';
  var form = document.querySelector('form[data-task]');
  if (!form) {
    return;
  }
  var task = form.getAttribute('data-task');
  var draftUrl = form.getAttribute('data-draft-url');
  var csrf = form.getAttribute('data-csrf');
  var key = 'rh-task-draft:' + task;
  var status = document.getElementById('autosave-status');
  var notice = document.getElementById('restored-notice');
  var MAX_AGE_MS = 30 * 24 * 3600 * 1000;

  function rowItems(box) {
    return Array.prototype.slice.call(box.querySelectorAll('.row-item'));
  }

  function collect() {
    var out = {};
    form.querySelectorAll('[data-field]').forEach(function (el) {
      var name = el.getAttribute('data-field');
      if (el.type === 'checkbox') {
        var list = out[name] ? out[name].split(',') : [];
        if (el.checked) {
          list.push(el.value);
        }
        out[name] = list.join(',');
      } else if (el.type === 'radio') {
        if (!(name in out)) {
          out[name] = '';
        }
        if (el.checked) {
          out[name] = el.value;
        }
      } else {
        out[name] = el.value.trim();
      }
    });
    form.querySelectorAll('[data-rows]').forEach(function (box) {
      var checklist = box.querySelector('select[data-col]') !== null;
      var lines = [];
      rowItems(box).forEach(function (row) {
        var cells = [];
        var any = false;
        row.querySelectorAll('[data-col]').forEach(function (cell) {
          var v = cell.value.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
          cells[Number(cell.getAttribute('data-col'))] = v;
          if (v && !(checklist && cell.tagName === 'SELECT')) {
            any = true;
          }
        });
        if (any) {
          lines.push(cells.join(' | '));
        }
      });
      out[box.getAttribute('data-rows')] = lines.join('\n');
    });
    return out;
  }

  function addRow(box) {
    var rows = rowItems(box);
    var copy = rows[rows.length - 1].cloneNode(true);
    copy.querySelectorAll('input').forEach(function (i) { i.value = ''; });
    copy.querySelectorAll('select').forEach(function (s) { s.value = 'no'; });
    rows[rows.length - 1].parentNode.insertBefore(copy, rows[rows.length - 1].nextSibling);
    return copy;
  }

  function apply(fields) {
    form.querySelectorAll('[data-field]').forEach(function (el) {
      var name = el.getAttribute('data-field');
      if (!(name in fields)) {
        return;
      }
      if (el.type === 'checkbox') {
        el.checked = fields[name].split(',').indexOf(el.value) >= 0;
      } else if (el.type === 'radio') {
        el.checked = fields[name] === el.value;
      } else {
        el.value = fields[name];
      }
    });
    form.querySelectorAll('[data-rows]').forEach(function (box) {
      var name = box.getAttribute('data-rows');
      if (!(name in fields)) {
        return;
      }
      var lines = fields[name] ? fields[name].split('\n') : [];
      while (rowItems(box).length < lines.length + 1) {
        addRow(box);
      }
      rowItems(box).forEach(function (row, r) {
        var cells = r < lines.length ? lines[r].split('|') : [];
        row.querySelectorAll('[data-col]').forEach(function (cell) {
          var c = Number(cell.getAttribute('data-col'));
          var v = c < cells.length ? cells[c].trim() : '';
          cell.value = cell.tagName === 'SELECT' ? (v === 'yes' ? 'yes' : 'no') : v;
        });
      });
    });
  }

  function same(a, b) {
    var keys = Object.keys(a).concat(Object.keys(b));
    return keys.every(function (k) { return (a[k] || '') === (b[k] || ''); });
  }

  function keepLocally() {
    try {
      localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), fields: collect() }));
    } catch (e) {
      /* storage full or disabled: the server draft still works */
    }
  }

  function say(attr, detail) {
    if (status) {
      status.textContent = status.getAttribute(attr) + (detail ? ' ' + detail : '');
    }
  }

  // Forget what other tasks left behind long ago.
  try {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var k = localStorage.key(i);
      if (k && k.indexOf('rh-task-draft:') === 0) {
        var entry = JSON.parse(localStorage.getItem(k) || '{}');
        if (!entry.savedAt || Date.now() - entry.savedAt > MAX_AGE_MS) {
          localStorage.removeItem(k);
        }
      }
    }
  } catch (e) {
    /* ignore */
  }

  // Text typed here before (e.g. submitted after the session expired) comes back.
  var stored = null;
  try {
    stored = JSON.parse(localStorage.getItem(key) || 'null');
  } catch (e) {
    stored = null;
  }
  if (stored && stored.fields && !same(stored.fields, collect())) {
    apply(stored.fields);
    if (notice) {
      notice.hidden = false;
    }
  }

  form.querySelectorAll('[data-add-row]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var box = form.querySelector('[data-rows="' + button.getAttribute('data-add-row') + '"]');
      var row = addRow(box);
      var first = row.querySelector('input');
      if (first) {
        first.focus();
      }
    });
  });

  var lastSent = JSON.stringify(collect());
  var timer = null;
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(keepLocally, 300);
  });
  form.addEventListener('change', keepLocally);
  form.addEventListener('submit', keepLocally);

  // One draft request at a time, so that an older draft never lands after a newer one.
  var inFlight = false;
  var again = false;

  function saveToServer() {
    if (!draftUrl || !window.fetch) {
      return;
    }
    if (inFlight) {
      again = true;
      return;
    }
    var fields = collect();
    var body = JSON.stringify(fields);
    if (body === lastSent) {
      return;
    }
    keepLocally();
    inFlight = true;
    fetch(draftUrl, {
      method: 'PUT',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf || '' },
      body: JSON.stringify({ fields: fields })
    }).then(function (r) {
      if (r.status === 204) {
        lastSent = body;
        say('data-saved', new Date().toLocaleTimeString());
      } else if (r.status === 400) {
        say('data-invalid');
      } else {
        say('data-failed');
      }
    }).catch(function () {
      say('data-failed');
    }).then(function () {
      inFlight = false;
      if (again) {
        again = false;
        saveToServer();
      }
    });
  }

  if (draftUrl) {
    setInterval(saveToServer, 20000);
    form.addEventListener('focusout', function (e) {
      if (e.target && e.target.matches('input, textarea, select')) {
        saveToServer();
      }
    });
  }
}());
