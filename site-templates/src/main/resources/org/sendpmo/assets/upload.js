// Enhances the upload form: the browser checks the file's SHA-256, asks the api for a presigned URL,
// PUTs the file straight to storage with a progress bar, then tells the api it is there and opens the
// upload's status page. Without this script (or without crypto.subtle, which needs HTTPS or localhost)
// the form posts the file to the api as usual.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.fetch || !window.Promise || !window.crypto || !window.crypto.subtle) {
    return;
  }
  var progress = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-progress-bar');
  var text = document.getElementById('upload-progress-text');
  var button = form.querySelector('button[type=submit]');

  function say(message) {
    progress.hidden = false;
    text.textContent = message;
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function json(response) {
    return response.json().then(function (body) {
      if (!response.ok) {
        throw new Error(body.message || 'The upload could not start (status ' + response.status + ').');
      }
      return body;
    });
  }

  function put(file, target) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      var lastSaid = -1;
      xhr.open('PUT', target.url);
      Object.keys(target.headers).forEach(function (name) {
        xhr.setRequestHeader(name, target.headers[name]);
      });
      xhr.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable) {
          return;
        }
        var percent = Math.round(e.loaded * 100 / e.total);
        bar.value = percent;
        // announce in quarters, not every percent, so a screen reader is not flooded
        if (Math.floor(percent / 25) !== lastSaid) {
          lastSaid = Math.floor(percent / 25);
          say('Uploading: ' + percent + '% sent');
        }
      });
      xhr.onload = function () {
        // 412: the store already holds these exact bytes (an earlier attempt landed)
        if ((xhr.status >= 200 && xhr.status < 300) || xhr.status === 412) {
          resolve();
        } else {
          reject(new Error('The file could not be stored (status ' + xhr.status + '). Try again in a minute.'));
        }
      };
      xhr.onerror = function () {
        reject(new Error('The file could not be sent. Check your connection and try again.'));
      };
      xhr.send(file);
    });
  }

  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    var file = input.files && input.files[0];
    if (!file) {
      return; // the server says a file is needed, on the page, as without script
    }
    event.preventDefault();
    button.disabled = true;
    var kind = form.querySelector('input[name=kind]:checked');
    var dryRun = form.querySelector('input[name=dryRun]').checked;
    // the form's CSRF token, sent as a header: the api refuses a state-changing request without it
    var csrf = form.querySelector('input[name=csrfToken]').value;
    say('Checking the file before sending it…');
    file.arrayBuffer()
      .then(function (bytes) { return window.crypto.subtle.digest('SHA-256', bytes); })
      .then(function (digest) {
        return fetch(form.getAttribute('data-api'), {
          method: 'POST',
          headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf},
          body: JSON.stringify({kind: kind ? kind.value : '', fileName: file.name, sizeBytes: file.size,
            sha256: hex(digest), dryRun: dryRun})
        }).then(json);
      })
      .then(function (answer) {
        if (!answer.put) {
          return answer; // already uploaded: go straight to its result
        }
        return put(file, answer.put)
          .then(function () { return fetch(answer.sentUrl, {method: 'POST', headers: {'Accept': 'application/json', 'X-CSRF-Token': csrf}}); })
          .then(function () { return answer; });
      })
      .then(function (answer) {
        say('Sent. Opening the result…');
        window.location.assign(answer.statusUrl);
      })
      .catch(function (error) {
        say(error.message + ' Nothing was recorded.');
        button.disabled = false;
      });
  });
})();
