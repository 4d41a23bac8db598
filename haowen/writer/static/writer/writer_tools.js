/* Writer's tools (haowen/library): open the outline on wide screens; copy the filled-in text.
   Everything works without this file: the outline is a <details> (closed on phones), and the
   filled-in text can be selected by hand. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var outline = document.querySelector("[data-wt-outline]");
    if (outline && window.matchMedia && window.matchMedia("(min-width: 641px)").matches) {
      outline.open = true;
    }
    // The bar's 提纲 link jumps to the outline: open it too (without this file the link
    // jumps to its closed <details>, one tap away).
    var openers = document.querySelectorAll("[data-wt-open-outline]");
    Array.prototype.forEach.call(openers, function (link) {
      link.addEventListener("click", function () {
        if (outline) { outline.open = true; }
      });
    });
    var buttons = document.querySelectorAll("[data-wt-copy]");
    Array.prototype.forEach.call(buttons, function (button) {
      var target = document.getElementById(button.getAttribute("data-wt-copy"));
      if (!target || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var paragraphs = target.querySelectorAll("p");
        var text = Array.prototype.map.call(paragraphs, function (p) { return p.textContent; }).join("\n");
        navigator.clipboard.writeText(text).then(function () {
          var note = button.parentNode.querySelector(".wt-copied");
          if (note) { note.hidden = false; }
        });
      });
    });
  });
})();
