/* Reader tools (no inline script: CSP). 复制全文 copies the article body the page already
   shows (rendered only for readers entitled to the whole text); 打印 opens the print dialog
   on the print view. Without JavaScript the buttons stay hidden; the print view still prints. */
(function () {
  "use strict";
  var copy = document.querySelector(".copy-all");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var body = document.querySelector(".doc-body");
      if (!body) { return; }
      var title = document.querySelector(".doc-title");
      var text = (title ? title.innerText + "\n\n" : "") + body.innerText;
      navigator.clipboard.writeText(text).then(function () {
        copy.textContent = copy.getAttribute("data-done");
      });
    });
  }
  var printNow = document.querySelector(".print-now");
  if (printNow) {
    printNow.hidden = false;
    printNow.addEventListener("click", function () { window.print(); });
  }
})();
