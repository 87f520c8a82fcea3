// Upload page, enhanced: each file is sent as its own request body to POST /api/uploads?name=..., so
// the browser can show how much has been sent, then "Importing…" while the server reads it, then the
// result. Without JavaScript the form posts as multipart to /upload and the server shows the same.
// Everything the server says is put in with textContent, never as HTML.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var input = document.getElementById('f-files');
  var progress = document.getElementById('upload-progress');
  var results = document.getElementById('upload-results');
  var button = form.querySelector('button[type=submit]');
  var limitBytes = parseInt(form.getAttribute('data-limit'), 10) * 1000 * 1000;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function status(fileName, message, fraction) {
    progress.hidden = false;
    progress.textContent = '';
    var p = el('p', fileName + ': ' + message);
    p.setAttribute('role', 'status');
    progress.appendChild(p);
    var bar = el('div', null, 'bar');
    var fill = el('span');
    fill.className = '';
    bar.appendChild(fill);
    progress.appendChild(bar);
    // width through the CSSOM: allowed by the page's Content-Security-Policy
    fill.style.width = Math.round(100 * Math.max(0, Math.min(1, fraction))) + '%';
  }

  function showResult(u) {
    var card = el('div', null, 'card upload-result');
    card.appendChild(el('h3', u.name));
    card.appendChild(el('p', u.files_imported + ' file(s) imported: ' + u.activities + ' activit' + (u.activities === 1 ? 'y' : 'ies')
      + ', ' + u.wellness_days + ' wellness day(s), ' + u.run_log_records + ' weather record(s); ' + u.duplicates
      + ' duplicate(s) already stored; ' + u.ignored + ' ignored; ' + u.refused.length + ' refused.', 'summary'));
    if (u.refused.length) {
      card.appendChild(el('p', 'Refused, with the reason:'));
      var ul = el('ul', null, 'refused');
      u.refused.forEach(function (r) {
        var li = el('li');
        li.appendChild(el('strong', r.name));
        li.appendChild(document.createTextNode(': ' + r.reason));
        ul.appendChild(li);
      });
      card.appendChild(ul);
    }
    if (u.warnings.length) {
      card.appendChild(el('p', 'Values dropped from files that were otherwise used:'));
      var wl = el('ul', null, 'warnings');
      u.warnings.slice(0, 10).forEach(function (w) { wl.appendChild(el('li', w)); });
      card.appendChild(wl);
      if (u.warnings.length > 10) { card.appendChild(el('p', '… and ' + (u.warnings.length - 10) + ' more.', 'muted')); }
    }
    results.appendChild(card);
  }

  function showError(name, message) {
    var box = el('div', null, 'form-errors');
    box.setAttribute('role', 'alert');
    box.appendChild(el('p', name + ': ' + message));
    results.appendChild(box);
  }

  function sendOne(files, i, done) {
    if (i >= files.length) { done(); return; }
    var f = files[i];
    if (limitBytes > 0 && f.size > limitBytes) {
      showError(f.name, 'larger than the limit of ' + form.getAttribute('data-limit') + '; refused before sending. Import bigger archives with `heavylegs import FILE`.');
      sendOne(files, i + 1, done);
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads?name=' + encodeURIComponent(f.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { status(f.name, 'sending ' + Math.round(100 * e.loaded / e.total) + ' %', e.loaded / e.total); }
    };
    xhr.upload.onload = function () { status(f.name, 'importing…', 1); };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (xhr.status === 200 && body && body.uploads) {
        body.uploads.forEach(showResult);
      } else {
        showError(f.name, body && body.message ? body.message : 'the server answered ' + xhr.status);
      }
      sendOne(files, i + 1, done);
    };
    xhr.onerror = function () { showError(f.name, 'the upload was interrupted'); sendOne(files, i + 1, done); };
    status(f.name, 'sending…', 0);
    xhr.send(f);
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var files = Array.prototype.slice.call(input.files || []);
    results.textContent = '';
    if (!files.length) { showError('Upload', 'no file was chosen: pick one or more FIT, TCX, GPX or zip files'); return; }
    button.disabled = true;
    results.appendChild(el('h2', 'Import result'));
    sendOne(files, 0, function () {
      button.disabled = false;
      progress.hidden = true;
      var p = el('p');
      var a1 = el('a', 'See the runs'); a1.href = '/runs';
      var a2 = el('a', 'Back to the overview'); a2.href = '/';
      p.appendChild(a1); p.appendChild(document.createTextNode(' · ')); p.appendChild(a2);
      results.appendChild(p);
      input.value = '';
    });
  });
}());
