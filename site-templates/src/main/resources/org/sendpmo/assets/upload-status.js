// On a pending upload's page: asks for the upload's state every two seconds (for up to five minutes)
// and reloads the page once it has been read. Without script the page offers a refresh link.
(function () {
  'use strict';
  var status = document.getElementById('upload-status');
  if (!status || status.getAttribute('data-pending') !== 'true' || !window.fetch) {
    return;
  }
  var url = status.getAttribute('data-status-url');
  var tries = 0;
  function check() {
    tries += 1;
    fetch(url, {headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.json(); })
      .then(function (upload) {
        if (upload.state !== 'PENDING') {
          window.location.reload();
        } else if (tries < 150) {
          window.setTimeout(check, 2000);
        }
      })
      .catch(function () {
        if (tries < 150) {
          window.setTimeout(check, 5000);
        }
      });
  }
  window.setTimeout(check, 1000);
})();
