/* Ecster payment step: BankID for the shopper's personal number (on this device, or on their phone), then Ecster's
   options for the exact order total.
   Talks to the plugin's JSON endpoints with fetch; nothing here reloads the page. Texts come localised from the
   server (data attributes and answers); data is inserted with textContent only, never as HTML. */
(function () {
  'use strict';

  // Ecster says when to collect again (pollTime); a missing or absurd value is held to this range, which also
  // keeps the page inside the server's per-customer rate limit.
  var POLL_DEFAULT_MS = 2000;
  var POLL_MIN_MS = 1500;
  var POLL_MAX_MS = 10000;

  function pollDelay(ms) {
    var n = Number(ms);
    if (!isFinite(n) || n <= 0) return POLL_DEFAULT_MS;
    return Math.min(POLL_MAX_MS, Math.max(POLL_MIN_MS, Math.round(n)));
  }

  // A link from an answer becomes an href only when it opens the BankID app or an https page (as ExternalLink on the
  // server): never javascript:, data: or a clear-text page.
  function safeLink(url) { return /^(bankid|https):/i.test(String(url || '').trim()) ? String(url).trim() : null; }

  function init(root) {
    if (root.getAttribute('data-ecster-ready') === 'true') return; // the checkout may insert this view again
    root.setAttribute('data-ecster-ready', 'true');

    var d = root.dataset;
    var q = function (selector) { return root.querySelector(selector); };
    var identify = q('[data-ecster-identify]');
    var bankid = q('[data-ecster-bankid]');
    var autostart = q('[data-ecster-autostart]');
    var status = q('[data-ecster-status]');
    var retry = q('[data-ecster-retry]');
    var options = q('[data-ecster-options]');
    var optionList = q('[data-ecster-option-list]');
    var total = q('[data-ecster-total]');
    var idDocument = q('[data-ecster-id-document]');
    var pollTimer = null;
    var busy = false;

    function stopTimers() { clearTimeout(pollTimer); pollTimer = null; }

    function show(element, visible) { if (element) element.hidden = !visible; }

    function say(text, isError) {
      status.textContent = text || '';
      status.classList.toggle('ecster-checkout__error', !!isError);
    }

    function post(url, fields) {
      var body = new URLSearchParams(fields || {});
      body.append('__RequestVerificationToken', d.token);
      return fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' },
        body: body
      }).then(function (response) {
        return response.json().catch(function () { return { status: 'error', message: d.textNetwork }; });
      }, function () {
        return { status: 'error', message: d.textNetwork };
      });
    }

    function startIdentifying() {
      stopTimers();
      show(identify, true);
      show(idDocument, true);
      show(bankid, false);
      show(retry, false);
      show(options, false);
      optionList.replaceChildren();
    }

    // One answer from any endpoint decides what the page shows next.
    function handle(step) {
      if (step.message) say(step.message, step.status === 'error' || step.status === 'failed');
      switch (step.status) {
        case 'pending':
          return;
        case 'options':
          stopTimers();
          show(identify, false);
          show(idDocument, false);
          show(bankid, false);
          renderOptions(step);
          return;
        default: // failed, cancelled, error: the shopper may start again
          stopTimers();
          show(bankid, false);
          show(retry, true);
      }
    }

    function renderOptions(step) {
      total.textContent = step.total ? d.textTotal + ': ' + step.total : '';
      optionList.replaceChildren();
      (step.options || []).forEach(function (option, index) {
        var id = 'ecster-option-' + index;
        var wrapper = document.createElement('div');
        wrapper.className = 'ecster-checkout__option';
        var radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'EcsterPaymentOptionId';
        radio.id = id;
        radio.value = option.id;
        radio.setAttribute('aria-describedby', id + '-details');
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = option.description;
        var details = document.createElement('dl');
        details.id = id + '-details';
        [
          [d.textMonthly, option.months > 1 ? option.monthlyAmount : null],
          [d.textMonths, option.months > 1 ? String(option.months) : null],
          [d.textSetup, option.setupFee],
          [d.textMonthlyFee, option.monthlyFee],
          [d.textInvoiceFee, option.invoiceFee],
          [d.textNominal, option.nominalInterest],
          [d.textEffective, option.effectiveInterest],
          [d.textTotalAmount, option.totalAmount]
        ].forEach(function (pair) {
          if (pair[1] === null || pair[1] === undefined) return;
          var term = document.createElement('dt');
          term.textContent = pair[0];
          var value = document.createElement('dd');
          value.textContent = pair[1];
          details.append(term, value);
        });
        wrapper.append(radio, label, details);
        optionList.append(wrapper);
      });
      show(options, true);
      var first = optionList.querySelector('input');
      if (first) first.focus();
    }

    // One collect at a time, each after the wait Ecster asked for; the personal number goes along because the
    // server keeps it nowhere and the ticket needs it.
    function collectAfter(ms, personalNumber) {
      pollTimer = setTimeout(function () {
        post(d.collectUrl, { personalNumber: personalNumber }).then(function (step) {
          if (pollTimer === null) return; // cancelled or left meanwhile
          handle(step);
          if (step.status === 'pending') collectAfter(pollDelay(step.pollAfterMs), personalNumber);
        });
      }, ms);
    }

    function start(device) {
      if (busy) return;
      busy = true;
      var personalNumber = q('[data-ecster-personal-number]').value.trim();
      post(d.startUrl, { device: device, personalNumber: personalNumber }).then(function (step) {
        busy = false;
        handle(step);
        if (step.status !== 'pending') return;
        show(identify, false);
        show(idDocument, false);
        show(bankid, true);
        var appLink = safeLink(step.autoStartUrl);
        if (appLink) {
          autostart.href = appLink;
          show(autostart, true);
          window.location.href = appLink; // opens the BankID app; the page keeps polling
        } else {
          show(autostart, false);
        }
        collectAfter(pollDelay(step.pollAfterMs), personalNumber);
      });
    }

    root.querySelectorAll('[data-ecster-start]').forEach(function (button) {
      button.addEventListener('click', function () { start(button.getAttribute('data-ecster-start')); });
    });
    q('[data-ecster-cancel]').addEventListener('click', function () {
      stopTimers();
      post(d.cancelUrl).then(function (step) { handle(step); startIdentifying(); });
    });
    retry.addEventListener('click', function () { say(''); startIdentifying(); });

    var idSubmit = q('[data-ecster-id-document-submit]');
    if (idSubmit) {
      idSubmit.addEventListener('click', function () {
        var fields = {};
        idDocument.querySelectorAll('[data-field]').forEach(function (input) {
          if (input.type === 'checkbox') { if (input.checked) fields[input.getAttribute('data-field')] = 'true'; }
          else fields[input.getAttribute('data-field')] = input.value.trim();
        });
        post(d.documentUrl, fields).then(handle);
      });
    }

    // No polling from a page the shopper has left.
    window.addEventListener('pagehide', stopTimers);

    if (d.resume === 'true') {
      show(identify, false);
      post(d.optionsUrl).then(function (step) {
        handle(step);
        if (step.status !== 'options') startIdentifying();
      });
    } else {
      startIdentifying();
    }
  }

  function initAll() { document.querySelectorAll('[data-ecster-checkout]').forEach(init); }

  // Views/Shared/_Assets.cshtml calls this again when the checkout inserts the step after the script has loaded.
  window.EcsterStart = window.EcsterStart || {};
  window.EcsterStart['ecster-checkout'] = initAll;

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', initAll);
  else initAll();
})();
