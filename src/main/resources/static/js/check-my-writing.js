// With JavaScript, "Check my writing" checks as you type. Without it, the button does the same.
(function () {
  var form = document.getElementById('check-form');
  var results = document.getElementById('results');
  var status = document.getElementById('check-status');
  if (!form || !results || !window.fetch || !window.FormData) {
    return;
  }
  var textarea = form.querySelector('textarea');
  var timer = null;
  var latest = 0;

  function check() {
    var request = ++latest;
    fetch('/check-my-writing/results', {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'text/html' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null || request !== latest) {
        return;
      }
      results.innerHTML = html;
      var summary = document.getElementById('results-summary');
      status.textContent = summary ? 'Checked. ' + summary.textContent : '';
    }).catch(function () { /* the button still works */ });
  }

  textarea.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  });
  form.addEventListener('change', function (event) {
    if (event.target !== textarea && textarea.value.trim() !== '') {
      check();
    }
  });
})();
