// Monthly-cost figure: recomputed in the page when product attributes change the price (same formula and
// rounding as the server: annuity factor x price + monthly fee, whole öre half away from zero, then whole
// kronor rounded up), and the terms dialog fetched on demand. No request reaches Ecster from here.
(function () {
  'use strict';

  // nopCommerce sends the new price formatted ("1 299,00 kr" or "SEK1,299.00"): keep digits and the last
  // separator when it is followed by exactly two digits (the decimals).
  function parsePrice(text) {
    if (!text) return null;
    var cleaned = String(text).replace(/[^0-9.,]/g, '');
    var match = cleaned.match(/^(.*?)[.,](\d{2})$/);
    var whole = (match ? match[1] : cleaned).replace(/[.,]/g, '');
    if (!whole) return null;
    var value = Number(whole + (match ? '.' + match[2] : ''));
    return isFinite(value) ? value : null;
  }

  function lowestMonthly(factors, price) {
    var best = null;
    factors.forEach(function (f) {
      if (price < f.MinAmount || (f.MaxAmount > 0 && price > f.MaxAmount)) return;
      var monthly = Math.round((price * f.AnnuityFactor + f.MonthlyFee) * 100) / 100;
      if (best === null || monthly < best) best = monthly;
    });
    return best === null ? null : Math.ceil(best);
  }

  function init(widget) {
    if (widget.getAttribute('data-ecster-ready') === 'true') return; // started again for markup added later
    widget.setAttribute('data-ecster-ready', 'true');
    var factors = JSON.parse(widget.getAttribute('data-factors') || '[]');
    var amount = widget.querySelector('.ecster-monthly-cost__amount');
    var dialog = widget.querySelector('dialog');
    var body = widget.querySelector('.ecster-terms-dialog__body');

    if (widget.getAttribute('data-follow-attributes') === 'true' && window.jQuery) {
      window.jQuery(document).on('product_attributes_changed', function (e) {
        var price = parsePrice(e.changedData && e.changedData.price);
        if (price === null) return;
        var monthly = lowestMonthly(factors, price);
        widget.hidden = monthly === null;
        if (monthly !== null) {
          widget.setAttribute('data-price', String(price));
          amount.textContent = monthly.toLocaleString('sv-SE');
        }
      });
    }

    var opener = widget.querySelector('.ecster-monthly-cost__open');
    // showModal makes the page behind inert and closes on Escape; focus goes to the dialog's first control and
    // back to the button that opened it. A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener('close', function () { opener.focus(); });
    dialog.addEventListener('click', function (e) {
      if (e.target !== dialog) return;
      var box = dialog.getBoundingClientRect();
      if (e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom) dialog.close();
    });

    opener.addEventListener('click', function () {
      var url = widget.getAttribute('data-terms-url') + '?price=' + encodeURIComponent(widget.getAttribute('data-price'));
      fetch(url, { credentials: 'same-origin' })
        .then(function (r) { return r.status === 200 ? r.text() : ''; })
        .then(function (html) {
          if (!html) { widget.hidden = true; return; }
          body.innerHTML = html;
          if (dialog.open) return;
          if (dialog.showModal) dialog.showModal(); else dialog.setAttribute('open', '');
          var close = dialog.querySelector('.ecster-terms-dialog__close');
          if (close) close.focus();
        })
        .catch(function () { widget.hidden = true; });
    });
  }

  function start() {
    document.querySelectorAll('.ecster-monthly-cost').forEach(init);
  }

  // Views/Shared/_Assets.cshtml calls this again for a widget inserted after the script has loaded.
  window.EcsterStart = window.EcsterStart || {};
  window.EcsterStart['ecster-terms'] = start;

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
