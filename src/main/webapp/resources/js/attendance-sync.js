/*
 * The attendance grid on a trainer's flaky connection. When a save does not reach the server, the
 * ticks stay as they are, the grid's live region says so (its text comes from the page, in the
 * user's language), and the save is sent again every few seconds and as soon as the browser is
 * back online, until it arrives. Sending the whole grid again is safe: each mark sets a flag.
 */
var TenagaAttendance = (function () {
  var RETRY_AFTER_MS = 5000;
  var pending = false;
  var timer = null;

  function retry() {
    clearTimeout(timer);
    timer = null;
    var save = document.querySelector('[data-attendance-save]');
    if (pending && save) {
      save.click();
    }
  }

  window.addEventListener('online', retry);

  return {
    /** The request failed: retried only when no answer came back (offline, gateway, restart). */
    failed: function (xhr) {
      if (xhr && xhr.status && [502, 503, 504].indexOf(xhr.status) < 0) {
        return;
      }
      pending = true;
      var region = document.querySelector('[data-attendance-offline]');
      if (region) {
        region.firstElementChild.textContent = region.getAttribute('data-attendance-offline');
      }
      clearTimeout(timer);
      timer = setTimeout(retry, RETRY_AFTER_MS);
    },
    /** The server answered: the note it rendered replaces the offline one. */
    arrived: function () {
      pending = false;
      clearTimeout(timer);
      timer = null;
    }
  };
}());
