// The date filters: whatever format the browser's picker shows, the hint beside them says the
// chosen range in ISO (yyyy-mm-dd), the form the archive and the address use.
(function () {
  "use strict";
  var hint = document.getElementById("date-hint");
  if (!hint) return;
  var fields = Array.prototype.slice.call(document.querySelectorAll('input[type="date"]'));
  function show() {
    var values = fields.map(function (f) { return f.value || "…"; });
    hint.textContent = "Dates as yyyy-mm-dd" + (values.join("") === "……" ? "" : ": " + values.join(" to "));
  }
  fields.forEach(function (f) { f.addEventListener("input", show); f.addEventListener("change", show); });
})();

// Keyboard review on the article page: j/k move between paragraphs, e edits, r marks reviewed.
// The forms work without this script; it only adds the current-paragraph cursor and the keys.
(function () {
  "use strict";
  var units = Array.prototype.slice.call(document.querySelectorAll(".unit"));
  if (!units.length) return;
  var current = -1;

  function select(i, scroll, remember) {
    if (i < 0 || i >= units.length) return;
    if (current >= 0) units[current].classList.remove("current");
    current = i;
    var unit = units[i];
    unit.classList.add("current");
    if (scroll) unit.scrollIntoView({ block: "nearest" });
    // The cursor survives the reload after a save: the server redirects back to this anchor. Not
    // on the first paint of a page opened without one: Chromium scrolls to a fragment set before
    // the load ends, which would push the title out of view.
    if (remember !== false) history.replaceState(null, "", "#" + unit.id);
  }

  function start() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    var i = target ? units.indexOf(target) : -1;
    select(i >= 0 ? i : 0, i >= 0, i >= 0);
  }

  function edit() {
    var details = units[current].querySelector("details.edit");
    if (!details) return;
    details.open = true;
    var box = details.querySelector("textarea");
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }

  function markReviewed() {
    var form = units[current].querySelector("form.review-form");
    if (form) form.requestSubmit();
  }

  document.addEventListener("keydown", function (event) {
    var field = event.target.closest && event.target.closest("textarea, input, select, [contenteditable]");
    if (field) {
      if (field.tagName === "TEXTAREA" && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        field.form.requestSubmit();
      } else if (field.tagName === "TEXTAREA" && event.key === "Escape") {
        var details = field.closest("details");
        field.value = field.defaultValue;
        if (details) details.open = false;
        field.blur();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case "j": select(current + 1, true); break;
      case "k": select(current - 1, true); break;
      case "e": edit(); break;
      case "r": markReviewed(); break;
      default: return;
    }
    event.preventDefault();
  });

  units.forEach(function (unit, i) {
    unit.addEventListener("click", function () { if (i !== current) select(i, false); });
  });
  start();
})();
