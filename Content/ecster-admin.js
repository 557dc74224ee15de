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

    var paper = panel.querySelector('.ecster-paper-consent');
    if (paper) paper.addEventListener('click', function () {
      if (!confirm(panel.dataset.paperConfirm)) return;
      post(panel.dataset.paperConsentUrl).then(function (r) { if (r.error) alert(r.error); location.reload(); });
    });

    var start = panel.querySelector('.ecster-start-consent');
    if (start) start.addEventListener('click', function () {
      var progress = panel.querySelector('.ecster-consent-progress');
      post(panel.dataset.startConsentUrl).then(function (step) {
        if (step.error) { alert(step.error); return; }
        progress.hidden = false;
        show(panel, step);
        poll(panel, step.consentId);
      });
    });
  }

  // The QR code changes with every poll (animated BankID QR); the server draws it as SVG, shown as an image so no
  // markup from the answer ever enters the page.
  function show(panel, step) {
    if (step.qrSvg) panel.querySelector('.ecster-consent-qr').src = 'data:image/svg+xml;base64,' + btoa(step.qrSvg);
    if (step.autoStartToken) panel.querySelector('.ecster-consent-autostart').href = 'bankid:///?autostarttoken=' + encodeURIComponent(step.autoStartToken) + '&redirect=null';
    panel.querySelector('.ecster-consent-status').textContent = (step.status || '') + (step.hintCode ? ' (' + step.hintCode + ')' : '');
  }

  function poll(panel, consentId) {
    setTimeout(function () {
      post(panel.dataset.collectConsentUrl, { consentId: consentId }).then(function (step) {
        if (step.error) { alert(step.error); return; }
        show(panel, step);
        if (step.status === 'PENDING') poll(panel, consentId); else location.reload();
      });
    }, 2000);
  }

  function start() { document.querySelectorAll('.ecster-order-panel').forEach(init); }

  // Views/Shared/_Assets.cshtml calls this again for a panel inserted after the script has loaded.
  window.EcsterStart = window.EcsterStart || {};
  window.EcsterStart['ecster-admin'] = start;

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
