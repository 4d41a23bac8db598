/* Suggestions while typing (issue 15 §3) for every search form with data-suggest.
 *
 * Without this script the form is a plain GET form. With it, the input becomes an ARIA
 * combobox (aria-expanded, aria-controls, aria-activedescendant) over a listbox of popular
 * searches and titles from GET data-suggest?q=… (JSON: queries, titles [{title, url}]).
 * Keys: Down/Up move through the options, Enter takes the active one (a search: submit it;
 * a title: open the article), Escape closes the list (a second Escape clears nothing: the
 * browser's own behaviour). Labels come from the form's data-suggest-* attributes (the
 * template translates them). Requests wait for a pause in typing; a late answer to an older
 * text is dropped; any failure (429, network) just closes the list.
 */
(function () {
  "use strict";
  var DELAY_MS = 150;
  var MAX_CHARS = 50;
  var counter = 0;

  function setup(form) {
    var input = form.querySelector("input[name=q]");
    var url = form.getAttribute("data-suggest");
    if (!input || !url || !window.fetch) return;
    counter += 1;
    var id = "suggest-" + counter;
    var list = document.createElement("ul");
    list.id = id;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("aria-label") || "");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    form.classList.add("has-suggest");
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");

    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;
    var shownFor = null;

    function close() {
      list.hidden = true;
      list.textContent = "";
      options = [];
      active = -1;
      shownFor = null;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      if (active >= 0 && options[active]) {
        options[active].el.classList.remove("is-active");
        options[active].el.setAttribute("aria-selected", "false");
      }
      active = index;
      if (active >= 0 && options[active]) {
        var el = options[active].el;
        el.classList.add("is-active");
        el.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", el.id);
        if (el.scrollIntoView) el.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(option) {
      if (option.url) {
        window.location.href = option.url;
        return;
      }
      input.value = option.text;
      close();
      if (form.requestSubmit) form.requestSubmit();
      else form.submit();
    }

    function addOption(text, kindLabel, href) {
      var li = document.createElement("li");
      var index = options.length;
      li.id = id + "-" + index;
      li.className = "suggest-option" + (href ? " suggest-title" : " suggest-query");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var label = document.createElement("span");
      label.className = "suggest-text";
      label.textContent = text;
      li.appendChild(label);
      if (kindLabel) {
        var kind = document.createElement("span");
        kind.className = "suggest-kind";
        kind.textContent = kindLabel;
        li.appendChild(kind);
      }
      li.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep the focus in the input
      });
      li.addEventListener("click", function () {
        choose(options[index]);
      });
      list.appendChild(li);
      options.push({ el: li, text: text, url: href || "" });
    }

    function show(text, data) {
      list.textContent = "";
      options = [];
      active = -1;
      var queries = Array.isArray(data.queries) ? data.queries : [];
      var titles = Array.isArray(data.titles) ? data.titles : [];
      queries.forEach(function (q) {
        if (typeof q === "string") addOption(q, form.getAttribute("data-suggest-queries"), "");
      });
      titles.forEach(function (t) {
        // Only this site's own article paths: nothing else is ever followed.
        if (t && typeof t.title === "string" && typeof t.url === "string" && /^\/[^\/\\]/.test(t.url)) {
          addOption(t.title, form.getAttribute("data-suggest-titles"), t.url);
        }
      });
      if (!options.length) {
        close();
        status.textContent = form.getAttribute("data-suggest-none") || "";
        return;
      }
      shownFor = text;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      input.removeAttribute("aria-activedescendant");
      status.textContent = (form.getAttribute("data-suggest-status") || "{n}").replace("{n}", String(options.length));
    }

    function ask() {
      var text = input.value.trim().slice(0, MAX_CHARS);
      if (!text) {
        close();
        return;
      }
      if (text === shownFor) return;
      asked += 1;
      var ticket = asked;
      fetch(url + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          // A late answer to an older text, or the reader left the box: drop it.
          if (ticket !== asked || document.activeElement !== input) return;
          show(text, data || {});
        })
        .catch(function () {
          if (ticket === asked) close();
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && options.length > 0;
      if (event.key === "ArrowDown" || event.key === "Down") {
        if (!open) {
          shownFor = null;
          ask();
          return;
        }
        event.preventDefault();
        highlight(active + 1 >= options.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp" || event.key === "Up") {
        if (!open) return;
        event.preventDefault();
        highlight(active - 1 < 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (open && active >= 0) {
          event.preventDefault();
          choose(options[active]);
        } else {
          close(); // the form submits what was typed
        }
      } else if (event.key === "Escape" || event.key === "Esc") {
        if (open) {
          event.preventDefault();
          close();
        }
      }
    });
    input.addEventListener("blur", function () {
      clearTimeout(timer);
      asked += 1; // an answer still on its way is dropped
      close();
    });
  }

  function init() {
    var forms = document.querySelectorAll("form[data-suggest]");
    for (var i = 0; i < forms.length; i++) setup(forms[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
