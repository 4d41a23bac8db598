/* Pay page: poll the order state until paid, closed or expired (no inline script: CSP). */
(function () {
  "use strict";
  var box = document.getElementById("pay-box");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-status-url");
  var go = box.getAttribute("data-go");
  var state = box.getAttribute("data-state");
  var delay = 2000;
  var stopped = false;

  function show(name) {
    ["pay-open", "pay-done", "pay-closed"].forEach(function (cls) {
      var el = box.querySelector("." + cls);
      if (el) { el.hidden = cls !== name; }
    });
  }

  function apply(data) {
    if (data.paid) {
      // A membership order: the buyer's new last day (the page rendered before payment had none).
      var until = box.querySelector("[data-until]");
      if (until && data.membership_until) { until.textContent = data.membership_until; }
      show("pay-done"); stopped = true; return;
    }
    if (!data.open) { show("pay-closed"); stopped = true; return; }
  }

  function poll() {
    if (stopped) { return; }
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data) { apply(data); }
        delay = Math.min(delay + 500, 5000);
        if (!stopped) { window.setTimeout(poll, delay); }
      })
      .catch(function () {
        delay = Math.min(delay * 2, 15000);
        window.setTimeout(poll, delay);
      });
  }

  if (state !== "created" && state !== "pending") { return; }
  if (go && /^https:\/\//.test(go)) { window.location.assign(go); }
  window.setTimeout(poll, delay);
})();
