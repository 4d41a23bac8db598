/* Engagement: copy-link button and confirmations. Loaded with `defer`; the page works
   without it (the link stays selectable, forms post without confirmation). */
(function () {
  "use strict";

  function copyText(input) {
    var text = input.value;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      input.focus();
      input.select();
      input.setSelectionRange(0, text.length);
      try {
        if (document.execCommand("copy")) { resolve(); } else { reject(new Error("copy refused")); }
      } catch (err) { reject(err); }
    });
  }

  document.querySelectorAll("button.share-copy").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy-target"));
    if (!input) { return; }
    var hint = button.parentNode.querySelector(".share-hint");
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(input).then(function () {
        if (hint) { hint.textContent = button.getAttribute("data-copied-label"); }
      }, function () {
        input.select();
        if (hint) { hint.textContent = button.getAttribute("data-failed-label"); }
      });
    });
  });

  document.querySelectorAll("input.share-url").forEach(function (input) {
    input.addEventListener("focus", function () { input.select(); });
  });

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (target && !window.confirm(target.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });
})();
