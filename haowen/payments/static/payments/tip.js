/* Tip form: typing a custom amount selects the 自定义 option. */
(function () {
  "use strict";
  var forms = document.querySelectorAll(".tip-form");
  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector("input[name=custom_amount]");
    var radio = form.querySelector("input[name=amount][value=custom]");
    if (!input || !radio) { return; }
    input.addEventListener("focus", function () { radio.checked = true; });
    input.addEventListener("input", function () { radio.checked = true; });
  });
})();
