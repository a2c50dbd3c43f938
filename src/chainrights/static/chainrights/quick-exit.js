/* Quick exit on the worker pages: leave for a neutral site without a history entry.
   The link works without this script (a plain link, which stays in the history); with it,
   the page is blanked and replaced (location.replace), and the Escape key does the same. */
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.title = "";
    document.body.style.display = "none";
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") { leave(event); }
  });
}());
