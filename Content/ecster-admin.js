// The Ecster panel on the admin order page. The panel sits inside nopCommerce's order form, so its actions are
// buttons posting with fetch (the page's antiforgery token), never nested forms.
(function () {
  'use strict';

  function post(url, data) {
    var body = new URLSearchParams(data || {});
    var token = document.querySelector('input[name="__RequestVerificationToken"]');
    if (token) body.append('__RequestVerificationToken', token.value);
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(camel);
  }

  // nopCommerce serialises JSON with PascalCase names; the panel reads camelCase either way.
  function camel(o) {
    var out = {};
    Object.keys(o || {}).forEach(function (k) { out[k.charAt(0).toLowerCase() + k.slice(1)] = o[k]; });
    return out;
  }

  function init(panel) {
    if (panel.getAttribute('data-ecster-ready') === 'true') return; // started again for markup added later
    panel.setAttribute('data-ecster-ready', 'true');
    var resolve = panel.querySelector('.ecster-resolve');
    if (resolve) resolve.addEventListener('click', function () {
      post(panel.dataset.resolveUrl).then(function (r) { if (r.error) alert(r.error); location.reload(); });
    });

    var start = panel.querySelector('.ecster-start-consent');
    if (start) start.addEventListener('click', function () {
      var progress = panel.querySelector('.ecster-consent-progress');
      post(panel.dataset.startConsentUrl).then(function (step) {
        if (step.error) { alert(step.error); return; }
        progress.hidden = false;
        show(panel, step);
        poll(panel, step.signatureId, step.pollTime);
      });
    });
  }

  // Ecster's signature answer has a status and a startURL, no QR data: the page shows the status and, for a
  // BankID on this device, the link (the server passes on only a bankid: link). Text only, never markup.
  function show(panel, step) {
    var link = panel.querySelector('.ecster-consent-autostart');
    if (step.startUrl) { link.href = step.startUrl; link.hidden = false; }
    panel.querySelector('.ecster-consent-status').textContent = step.status || '';
  }

  function poll(panel, signatureId, pollTime) {
    setTimeout(function () {
      post(panel.dataset.collectConsentUrl, { signatureId: signatureId }).then(function (step) {
        if (step.error) { alert(step.error); return; }
        show(panel, step);
        if (step.pending) poll(panel, signatureId, step.pollTime); else location.reload();
      });
    }, pollTime || 2000);
  }

  function start() { document.querySelectorAll('.ecster-order-panel').forEach(init); }

  // Views/Shared/_Assets.cshtml calls this again for a panel inserted after the script has loaded.
  window.EcsterStart = window.EcsterStart || {};
  window.EcsterStart['ecster-admin'] = start;

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
