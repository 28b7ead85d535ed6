// Keyboard shortcuts for the approval inbox. Keys never fire while typing in a field.
(function () {
  "use strict";

  function typing(target) {
    if (!target) return false;
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  function go(selector) {
    var link = document.querySelector(selector);
    if (link) { window.location.assign(link.getAttribute("href")); return true; }
    return false;
  }

  function focus(id) {
    var field = document.getElementById(id);
    if (field) { field.focus(); return true; }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (typing(event.target)) return;
    var handled = false;
    switch (event.key) {
      case "a": {
        var form = document.getElementById("approve-form");
        if (form) { form.requestSubmit(document.getElementById("approve")); handled = true; }
        break;
      }
      case "j": case "n":
        handled = go("a[rel=next]") || go("table.inbox tbody tr a.button");
        break;
      case "k": case "p":
        handled = go("a[rel=prev]");
        break;
      case "e":
        handled = focus("body");
        break;
      case "r":
        handled = focus("reason");
        break;
      case "u":
        handled = go("header.top nav a[href='/']");
        break;
    }
    if (handled) event.preventDefault();
  });

  // A click anywhere on an inbox row opens its draft (links inside the row keep their own target).
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("tr[data-href]");
    if (row && !event.target.closest("a, button, input, select, textarea")) {
      window.location.assign(row.getAttribute("data-href"));
    }
  });
})();
